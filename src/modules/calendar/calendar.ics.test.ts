import { describe, expect, it } from 'vitest';
import { escapeText, foldLine, renderIcs } from './calendar.ics';

describe('lịch ICS viết tay (RFC 5545)', () => {
  it('thoát dấu phẩy, chấm phẩy, gạch chéo ngược và xuống dòng trong văn bản', () => {
    expect(escapeText('Báo cáo; sơ kết, đánh giá\\ năm\n2024')).toBe('Báo cáo\\; sơ kết\\, đánh giá\\\\ năm\\n2024');
  });

  it('gấp dòng dài ở 75 byte, không cắt đôi ký tự tiếng Việt, dòng tiếp bắt đầu bằng dấu cách', () => {
    const line = `SUMMARY:${'Hạn nộp: Đăng ký mô hình “Dân vận khéo” của Đảng bộ Cục Thống kê tỉnh Yên Bái '.repeat(3)}`;
    const folded = foldLine(line);
    const parts = folded.split('\r\n');
    expect(parts.length).toBeGreaterThan(3);
    for (const p of parts) expect(Buffer.byteLength(p, 'utf8')).toBeLessThanOrEqual(75);
    for (const p of parts.slice(1)) expect(p.startsWith(' ')).toBe(true);
    expect(parts.map((p, i) => (i === 0 ? p : p.slice(1))).join('')).toBe(line);
    expect(folded).not.toContain('\uFFFD');
  });

  it('một ngày cả ngày: DTSTART;VALUE=DATE và DTEND là ngày hôm sau, mọi dòng kết thúc bằng CRLF', () => {
    const ics = renderIcs({
      name: 'Hạn nộp — Cục Thống kê', now: new Date('2024-05-15T03:04:05.678Z'),
      events: [{ uid: 'yeu-cau-1-don-vi-2@danvan', date: '2024-12-31', summary: 'Hạn nộp: Báo cáo, tổng kết' }],
    });
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(ics).toContain('\r\nX-WR-CALNAME:Hạn nộp — Cục Thống kê\r\n');
    expect(ics).toContain('\r\nDTSTAMP:20240515T030405Z\r\n');
    expect(ics).toContain('\r\nDTSTART;VALUE=DATE:20241231\r\nDTEND;VALUE=DATE:20250101\r\n');
    expect(ics).toContain('\r\nSUMMARY:Hạn nộp: Báo cáo\\, tổng kết\r\n');
  });
});
