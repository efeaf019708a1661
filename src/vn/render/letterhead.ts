/**
 * From the issuing committee in the tree to the words of its letterhead (place, the Party body above, the symbol's
 * suffix), shared by the summary report and the reminder letter. Pure.
 */

/** The committee as the tree knows it: its own name and the name of the body above it. */
export interface Committee { name: string; parentName: string | null }

/** Old-style tone placement ("UỶ"), as the committee prints its own letterhead (see the 1720-CV/ĐUK sample). */
export const upperVi = (s: string) => s.toLocaleUpperCase('vi').replace(/ỦY/g, 'UỶ');

/** "Yên Bái" from the body above ("Tỉnh ủy Yên Bái") or from the committee's own name; '' when neither says. */
export function placeOf(c: Pick<Committee, 'parentName' | 'name'>): string {
  const fromParent = c.parentName?.match(/^(?:Tỉnh|Thành) (?:ủy|uỷ)\s+(?:thành phố\s+)?(.+)$/iu)?.[1];
  if (fromParent) return fromParent.trim();
  return c.name.match(/(?:tỉnh|thành phố)\s+(.+)$/iu)?.[1]?.trim() ?? '';
}

/** "ĐẢNG BỘ TỈNH YÊN BÁI" from "Tỉnh ủy Yên Bái"; otherwise the body's own name in capitals. */
export function superiorOf(c: Pick<Committee, 'parentName'>, place: string): string {
  if (!c.parentName) return '';
  if (/^Tỉnh (?:ủy|uỷ)/iu.test(c.parentName)) return upperVi(`Đảng bộ tỉnh ${place}`);
  if (/^Thành (?:ủy|uỷ)/iu.test(c.parentName)) return upperVi(`Đảng bộ thành phố ${place}`);
  return upperVi(c.parentName);
}

/** The committee as it names itself in a sentence, without the place: "Đảng ủy Khối cơ quan và doanh nghiệp tỉnh". */
export function committeeInSentence(c: Pick<Committee, 'name'>, place: string): string {
  return place && c.name.endsWith(` ${place}`) ? c.name.slice(0, -place.length - 1) : c.name;
}

/** "BC/ĐUK": the type's abbreviation and the initials of the committee's first three words, diacritics dropped except Đ. */
export function symbolSuffixOf(type: string, committeeName: string): string {
  const initials = committeeName.split(/\s+/).slice(0, 3).map((w) => {
    const ch = w.charAt(0).toLocaleUpperCase('vi');
    return ch === 'Đ' ? ch : ch.normalize('NFD').replace(/\p{M}/gu, '');
  });
  return `${type}/${initials.join('')}`;
}
