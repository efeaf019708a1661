/**
 * `foldText` takes a table path for Latin and Vietnamese text of any length (with one buffer reused
 * across calls): it must give what the plain definition gives, and stay index-aligned.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldText } from './text';

const VI = 'aăâbcdđeêghiklmnoôơpqrstuưvxyàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ ÀÁĐƯƠỦỶẠ\t.,;:-/“”"()0123456789';
const viText = (maxLength: number) => fc.string({ unit: fc.constantFrom(...VI), maxLength });
/** The definition: marks removed, "đ" → "d", lower case (what `searchKey` does, without its space clean-up). */
const plainFold = (s: string): string => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase();

describe('foldText', () => {
  it('gấp chữ tiếng Việt đúng như định nghĩa, ngắn hay dài', () => {
    expect(foldText('Ban Dân vận Tỉnh uỷ ĐẢNG ỦY KHỐI')).toBe('ban dan van tinh uy dang uy khoi');
    fc.assert(fc.property(viText(600), (s) => foldText(s) === plainFold(s)));
  });

  it('giữ đúng vị trí từng ký tự với mọi chuỗi', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (s) => foldText(s).length === s.length));
  });

  it('gấp một đoạn như gấp cả văn bản chứa nó, kể cả sau một văn bản dài hơn', () => {
    fc.assert(
      fc.property(viText(300), viText(300), fc.string({ unit: 'binary', maxLength: 40 }), (a, b, odd) => {
        const whole = foldText(a + odd + b);
        // A long fold first, then short ones: the reused buffer must not leak the earlier text.
        expect(foldText(a)).toBe(whole.slice(0, a.length));
        expect(foldText(b)).toBe(whole.slice(a.length + odd.length));
      }),
    );
  });
});
