import { describe, expect, it } from 'vitest';
import { isVietnameseSyllable, parseSyllable } from './syllable';
import { normalizeTone, placeTone, sameText, toneKey } from './tone';

describe('placeTone', () => {
  it('đặt dấu kiểu mới: "hòa" → "hoà", "thủy" → "thuỷ", "ủy" → "uỷ"', () => {
    expect(placeTone('hòa')).toBe('hoà');
    expect(placeTone('Thủy')).toBe('Thuỷ');
    expect(placeTone('ỦY')).toBe('UỶ');
    expect(placeTone('khỏe')).toBe('khoẻ');
  });
  it('đặt dấu kiểu cũ khi được yêu cầu', () => {
    expect(placeTone('hoà', 'old')).toBe('hòa');
    expect(placeTone('uỷ', 'old')).toBe('ủy');
  });
  it('không đổi chỗ dấu khi hai kiểu giống nhau', () => {
    for (const word of ['hoàn', 'quý', 'người', 'thuở', 'khuỷu', 'mía', 'của', 'giữ', 'gì', 'quốc', 'thuyết']) {
      expect(placeTone(word, 'new')).toBe(word);
      expect(placeTone(word, 'old')).toBe(word);
    }
  });
  it('để nguyên từ không phải âm tiết tiếng Việt', () => {
    expect(placeTone('QCDC')).toBe('QCDC');
    expect(placeTone('café')).toBe('café');
  });
});

describe('so sánh theo vị trí dấu', () => {
  it('coi "Ủy ban" và "Uỷ ban", "hòa" và "hoà" là một', () => {
    expect(sameText('Ủy ban nhân dân', 'Uỷ ban  nhân dân')).toBe(true);
    expect(sameText('Hòa Bình', 'hoà bình')).toBe(true);
    expect(sameText('Ủy ban', 'Uy ban')).toBe(false);
  });
  it('cho một dạng chuẩn duy nhất (kiểu mới) để lưu và hiển thị', () => {
    expect(normalizeTone('Đảng ủy Khối, Ủy ban, hòa thuận, thủy lợi')).toBe('Đảng uỷ Khối, Uỷ ban, hoà thuận, thuỷ lợi');
    expect(toneKey('ĐẢNG ỦY')).toBe(toneKey('Đảng uỷ'));
  });
});

describe('âm tiết tiếng Việt', () => {
  it('nhận ra âm tiết hợp lệ và loại chữ hỏng do sai bảng mã', () => {
    for (const w of ['Đảng', 'nghiêng', 'khuya', 'quyết', 'giặt', 'ươm', 'Trường']) expect(isVietnameseSyllable(w)).toBe(true);
    for (const w of ['Céng', 'viÖc', 'Coäng', 'àc', 'ngì', 'kan']) expect(isVietnameseSyllable(w)).toBe(false);
  });
  it('tách âm đầu, vần và thanh', () => {
    expect(parseSyllable('Nghiệp')).toEqual({ onset: 'ngh', nucleus: 'iê', coda: 'p', tone: 'nang' });
  });
});
