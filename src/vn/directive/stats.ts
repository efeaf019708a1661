/**
 * Figures a letter reports: fractions ("30/74 chi, đảng bộ cơ sở …") and totals with their parts
 * ("133 mô hình đăng ký, trong đó có 02 … và 131 …: trong đó 73 … và 58 …"), each with the date it
 * is counted at ("Tính đến ngày 15/5/2024").
 */
import { dateAt } from '../dates';
import { type Line, startsWord, trimTrailing } from './document';
import type { Stat, StatPart } from './types';

const AS_OF = /(?:tinh den het|tinh den thoi diem|tinh den|tinh toi|den het)\s+/g;
/** "30/74 chi, …": a fraction followed by what it counts; "22/5/2024" is excluded by the "/" after it. */
const FRACTION = /(\d+)\s*\/\s*(\d+)(?![\d/])(?=\s+\p{L})/gu;
const TRONG_DO = /trong do\b/g;
/** A count right before "trong đó": number, words, optional "," or ":" (not a year: "năm 2024,"). */
/** After the total's number: its words up to "trong đó" ("133| mô hình đăng ký, "). */
const TOTAL_WORDS = /\s+(\p{L}[^\d,;:.]*?)\s*[,:]?\s*$/uy;
/** Before a number that is a count: not part of another number, date or fraction. */
const NOT_BEFORE_NUMBER = /[\p{N}/.,-]/u;
const NOT_A_COUNT_BEFORE = /(?:nam|thang|ngay|giai doan|khoa|so)\s*$/;
const PART_SPLIT = /(?:,\s*|\s+và\s+)(?=\d[\d.]*\s+\p{L})/u;
/** "12.450" is twelve thousand four hundred and fifty: Vietnamese groups thousands with dots. */
const count = (digits: string): number => Number(digits.replace(/\./g, ''));

/** A statistic before its as-of date is known, with its offset in the line. */
type Found = Omit<Stat, 'asOf'> & { index: number };

/** A comma inside a list of units ("chi, đảng bộ cơ sở", "huyện, thị xã, thành phố") does not end a clause. */
const LIST_COMMA = /^,\s+(?:đảng bộ|thị xã|thành phố|thị trấn|phường|xã|ban|ngành|đoàn thể)(?![\p{L}])/u;
const CLAUSE_STOP = /[;:,]|\.(?=\s|$)/g;

/** Where the clause starting at `from` ends. */
function clauseEnd(text: string, from: number): number {
  CLAUSE_STOP.lastIndex = from;
  for (let m = CLAUSE_STOP.exec(text); m; m = CLAUSE_STOP.exec(text)) {
    if (m[0] !== ',' || !LIST_COMMA.test(text.slice(m.index, m.index + 20))) return m.index;
  }
  return text.length;
}

function asOfDates(line: Line): { index: number; iso: string | null }[] {
  const out: { index: number; iso: string | null }[] = [];
  AS_OF.lastIndex = 0;
  for (let m = AS_OF.exec(line.fold); m; m = AS_OF.exec(line.fold)) {
    if (!startsWord(line.fold, m.index)) continue;
    const date = dateAt(line.text, m.index + m[0].length);
    if (date) out.push({ index: m.index, iso: date.iso });
  }
  return out;
}

function fractions(line: Line): Found[] {
  const out: Found[] = [];
  FRACTION.lastIndex = 0;
  for (let m = FRACTION.exec(line.text); m; m = FRACTION.exec(line.text)) {
    const before = line.text[m.index - 1];
    // "tháng 12/2024 …" is a month, not a fraction.
    if ((before && NOT_BEFORE_NUMBER.test(before)) || m[1]!.length > 6 || m[2]!.length > 6 || /thang\s*$/.test(line.fold.slice(Math.max(0, m.index - 8), m.index))) continue;
    const text = line.text.slice(m.index, clauseEnd(line.text, m.index)).trim();
    out.push({ text, numerator: Number(m[1]), denominator: Number(m[2]), kind: 'fraction', parts: [], line: line.no, index: m.index });
  }
  return out;
}

/**
 * The count right before "trong đó" (at `end`): the last number of the clause, when only words
 * follow it ("với 133 mô hình đăng ký, trong đó"). Found by stepping back, not by a regex tried
 * at every character of a long line.
 */
function totalBefore(line: Line, end: number): { 1: string; 2: string; index: number } | null {
  const text = line.text;
  let stop = end - 1;
  while (stop >= Math.max(0, end - 200) && !(text.charCodeAt(stop) >= 48 && text.charCodeAt(stop) <= 57)) stop--;
  if (stop < 0) return null;
  let start = stop;
  while (start > 0 && /[\d.]/.test(text[start - 1]!)) start--;
  const digits = text.slice(start, stop + 1);
  if (!/^(?:\d{1,3}(?:\.\d{3})+|\d{1,6})$/.test(digits)) return null;
  if (NOT_BEFORE_NUMBER.test(text[start - 1] ?? '') || NOT_A_COUNT_BEFORE.test(line.fold.slice(Math.max(0, start - 12), start))) return null;
  TOTAL_WORDS.lastIndex = stop + 1;
  const words = TOTAL_WORDS.exec(text.slice(0, end));
  return words ? { 1: digits, 2: words[1]!, index: start } : null;
}

function partsAfter(text: string, from: number): StatPart[] {
  const lead = /^\s*(?:có\s+)?:?\s*/u.exec(text.slice(from))![0].length;
  const clause = text.slice(from + lead, clauseEnd(text, from + lead));
  const parts: StatPart[] = [];
  for (const piece of clause.split(PART_SPLIT)) {
    const m = /^(\d{1,3}(?:\.\d{3})+|\d{1,6})\s+\p{L}/u.exec(piece.trim());
    if (!m) break;
    parts.push({ value: count(m[1]!), text: trimTrailing(piece, ' \t,;:.') });
  }
  return parts;
}

function breakdowns(line: Line): Found[] {
  const out: Found[] = [];
  TRONG_DO.lastIndex = 0;
  for (let m = TRONG_DO.exec(line.fold); m; m = TRONG_DO.exec(line.fold)) {
    if (!startsWord(line.fold, m.index)) continue;
    const total = totalBefore(line, m.index);
    if (!total) continue;
    const parts = partsAfter(line.text, m.index + m[0].length);
    if (parts.length === 0) continue;
    const text = `${total[1]} ${total[2]}`.trim();
    out.push({ text, numerator: count(total[1]!), denominator: null, kind: 'breakdown', parts, line: line.no, index: total.index });
  }
  return out;
}

/** Statistics of the body, in order, each with the latest "tính đến ngày …" before it on its line. */
export function parseStats(body: Line[]): Stat[] {
  const stats: Stat[] = [];
  for (const line of body) {
    if (!/\d/.test(line.text)) continue;
    const fracs = line.text.includes('/') ? fractions(line) : [];
    const found = line.fold.includes('trong do') ? [...fracs, ...breakdowns(line)].sort((a, b) => a.index - b.index) : fracs;
    // Most lines count nothing: their "tính đến" dates are not needed.
    if (found.length === 0) continue;
    const asOf = line.fold.includes('den') ? asOfDates(line) : [];
    for (const { index, ...stat } of found) {
      const date = asOf.filter((a) => a.index < index).pop();
      stats.push({ asOf: date?.iso ?? null, ...stat });
    }
  }
  return stats;
}
