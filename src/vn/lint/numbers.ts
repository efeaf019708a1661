/**
 * Checks on figures: parts that do not add up to their total, impossible fractions, one population
 * counted against two different totals, and phone numbers with the wrong number of digits.
 */
import type { Stat } from '../directive/types';
import { foldText } from '../text';
import { finding, type Rule } from './types';

/** The words of a folded text after its leading figures ("133 mo hinh dang ky" → ["mo", "hinh", "dang", "ky"]). */
const wordsOfFold = (fold: string): string[] => fold.replace(/^[\d\s/.,]+/, '').split(/\s+/).filter(Boolean);
/** The counted noun of "133 mô hình đăng ký" → ["mo", "hinh", "dang", "ky"] (folded words). */
const words = (text: string): string[] => wordsOfFold(foldText(text));

/** Same unit: the first words agree ("mô hình" in "133 mô hình đăng ký" and "02 mô hình cấp …"). */
function sameUnit(a: string[], b: string[]): boolean {
  const n = Math.min(2, a.length, b.length);
  return n === 0 || a.slice(0, n).join(' ') === b.slice(0, n).join(' ');
}

/**
 * "150 đảng viên, trong đó 40 nữ và 30 người dân tộc thiểu số" lists subsets that may overlap or
 * leave others out: such parts are not expected to add up, so they are not checked.
 */
const SUBSET = /\b(?:nu|dan toc|thieu so|ton giao|cong giao|phat giao|tre|tuoi|du bi|chinh thuc|moi ket nap|dang vien moi)\b/;

export const sums: Rule = ({ directive }) =>
  directive.stats.flatMap((s) => {
    if (s.kind !== 'breakdown' || s.parts.length < 2) return [];
    // Each text folded once: both checks below read the folded parts.
    const total = words(s.text);
    const folded = s.parts.map((p) => foldText(p.text));
    if (!folded.every((f) => sameUnit(total, wordsOfFold(f)))) return [];
    if (folded.some((f) => SUBSET.test(f))) return [];
    const sum = s.parts.reduce((acc, p) => acc + p.value, 0);
    if (sum === s.numerator) return [];
    const detail = `${s.parts.map((p) => p.value).join(' + ')} = ${sum}`;
    const message = `Tổng ${s.numerator} (“${s.text}”) không khớp các thành phần: ${detail}.`;
    // Parts that exceed the total cannot be right; parts short of it may be a partial list.
    return [{ ...finding('SUM_MISMATCH', message, s.line, { text: s.text }), severity: sum > s.numerator ? 'error' : 'warning' }];
  });

export const fractions: Rule = ({ directive }) =>
  directive.stats.flatMap((s) => {
    if (s.kind !== 'fraction' || s.denominator === null || (s.denominator > 0 && s.numerator <= s.denominator)) return [];
    const why = s.denominator === 0 ? 'mẫu số bằng 0' : 'tử số lớn hơn mẫu số';
    return [finding('FRACTION_INVALID', `Tỷ số ${s.numerator}/${s.denominator} không hợp lệ: ${why}.`, s.line, { text: s.text })];
  });

/** "30/74 chi, đảng bộ cơ sở" and "40/75 chi, đảng bộ cơ sở" on the same day: which total is right? */
export const totals: Rule = ({ directive }) => {
  const first = new Map<string, Stat>();
  return directive.stats.flatMap((s) => {
    if (s.kind !== 'fraction' || s.denominator === null) return [];
    const key = `${s.asOf}|${words(s.text).slice(0, 4).join(' ')}`;
    const seen = first.get(key);
    if (!seen) first.set(key, s);
    if (!seen || seen.denominator === s.denominator) return [];
    const message = `Cùng một tập hợp được đếm trên hai tổng số: ${seen.numerator}/${seen.denominator} (dòng ${seen.line}) và ${s.numerator}/${s.denominator}.`;
    return [finding('STAT_TOTAL_CONFLICT', message, s.line, { text: s.text })];
  });
};

export const phones: Rule = ({ directive }) =>
  directive.contacts.flatMap((c) => {
    if (!c.phone || /^0\d{9,10}$/.test(c.phone)) return [];
    return [finding('PHONE_INVALID', `Số điện thoại ${c.phone} của ${c.name} không đủ 10 hoặc 11 chữ số.`, c.line, { text: c.phone })];
  });

export const numberRules: Rule[] = [sums, fractions, totals, phones];
