import { describe, expect, it } from 'vitest';
import { symbolKey } from './symbol-key';

describe('khóa so khớp số ký hiệu văn bản', () => {
  it('viết có dấu, không dấu, thừa khoảng trắng hay chữ thường đều ra cùng một khóa', () => {
    for (const s of ['1720-CV/ĐUK', '1720 - CV/ĐUK', '1720-cv/đuk', '1720-CV/ĐUK'.normalize('NFD')]) expect(symbolKey(s)).toBe('1720-CV/DUK');
  });
  it('giữ nguyên số, năm và cơ quan ban hành: văn bản khác nhau vẫn khác khóa', () => {
    expect(symbolKey('30/2020/NĐ-CP')).toBe('30/2020/ND-CP');
    expect(symbolKey('33/CT-TTg')).not.toBe(symbolKey('33/CT-TU'));
  });
});
