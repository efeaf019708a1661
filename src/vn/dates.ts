/**
 * Dates as Vietnamese letters write them: "ngày 22 tháng 5 năm 2024", "22/5/2024", "22/05/2024",
 * "22-5-2024", "22.5.2024", "tháng 5 năm 2024", "tháng 5/2024", "năm 2024".
 * An impossible date (31/4/2024, 29/2/2023) is reported as invalid, never shifted to a real one.
 */

export interface VnDate {
  year: number;
  /** null for a year-only date. */
  month: number | null;
  /** null for a month or year date. */
  day: number | null;
}

export interface DateMatch {
  /** Offset and length of the date expression in the searched text. */
  index: number;
  length: number;
  raw: string;
  date: VnDate;
  valid: boolean;
  /** yyyy-mm-dd for a valid full date, otherwise null. */
  iso: string | null;
  /** Vietnamese reason when invalid. */
  problem?: string;
}

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return month === 2 && leap ? 29 : (DAYS[month - 1] ?? 0);
}

export function isValidDate(year: number, month: number, day: number): boolean {
  return Number.isInteger(year) && year >= 1000 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** `String(n).padStart(2, '0')`, spelled out: it runs for every date found. */
const pad = (n: number): string => {
  const s = String(n);
  return s.length < 2 ? `0${s}` : s;
};

/** Why a date cannot exist, in Vietnamese; undefined when it can. */
function problemOf(d: VnDate): string | undefined {
  if (d.year < 1000 || d.year > 9999) return `năm ${d.year} không hợp lệ`;
  if (d.month !== null && (d.month < 1 || d.month > 12)) return `tháng ${d.month} không tồn tại`;
  if (d.month !== null && d.day !== null && (d.day < 1 || d.day > daysInMonth(d.year, d.month))) {
    return `tháng ${d.month}/${d.year} chỉ có ${daysInMonth(d.year, d.month)} ngày`;
  }
  return undefined;
}

// Sticky regexes tried only where a date can start (see scanDates): a regex opening with a
// lookbehind would be tried at every character, and letters are long. The word forms need the
// Unicode, case-insensitive flags ("Ngày", "NGÀY"); the numeric ones do not, and run faster without.
const WORDS_AT = new RegExp(
  [
    String.raw`ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})(?!\d)`,
    String.raw`tháng\s+(\d{1,2})\s*(?:năm\s+|\/\s*)(\d{4})(?!\d)`,
    String.raw`năm\s+(\d{4})(?![\d/])`,
  ].join('|'),
  'iuy',
);
const NUMBERS_AT = /(\d{1,2})(?:\s*\/\s*(\d{1,2})\s*\/\s*(\d{4})(?![\d/])|-(\d{1,2})-(\d{4})(?![\d-])|\.(\d{1,2})\.(\d{4})(?!\d|\.\d))/y;

/** A letter, digit or one of "/.-" (what may not stand right before a numeric date). */
function blocksNumber(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  if (c < 0x80) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || ch === '/' || ch === '.' || ch === '-';
  return /\p{L}|\p{N}/u.test(ch);
}

function blocksWord(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  return c < 0x80 ? (c >= 65 && c <= 90) || (c >= 97 && c <= 122) : /\p{L}/u.test(ch);
}

function dateOf(day: number | null, month: number | null, year: number): VnDate {
  return { day, month, year };
}

function toMatch(m: RegExpExecArray, date: VnDate): DateMatch {
  const problem = problemOf(date);
  const match: DateMatch = { index: m.index, length: m[0].length, raw: m[0], date, valid: !problem, iso: problem ? null : toIso(date) };
  if (problem) match.problem = problem;
  return match;
}

/** A date starting exactly at `at`, where nothing before it forbids one (a letter, a digit, "/"). */
function dateStartingAt(text: string, at: number): DateMatch | null {
  const c = text.charCodeAt(at);
  if (c >= 48 && c <= 57) {
    if (blocksNumber(text[at - 1])) return null;
    NUMBERS_AT.lastIndex = at;
    const m = NUMBERS_AT.exec(text);
    if (!m) return null;
    const [month, year] = m[2] ? [m[2], m[3]] : m[4] ? [m[4], m[5]] : [m[6], m[7]];
    return toMatch(m, dateOf(Number(m[1]), Number(month), Number(year)));
  }
  if (blocksWord(text[at - 1])) return null;
  WORDS_AT.lastIndex = at;
  const m = WORDS_AT.exec(text);
  if (!m) return null;
  if (m[1]) return toMatch(m, dateOf(Number(m[1]), Number(m[2]), Number(m[3])));
  if (m[4]) return toMatch(m, dateOf(null, Number(m[4]), Number(m[5])));
  return toMatch(m, dateOf(null, null, Number(m[6])));
}

/**
 * Where a date may start: a day or month followed by a separator ("22/", "5-", "22."), or a word of
 * the long forms before a number. Plain flags (no "i", no "u"): this scan runs over every line.
 */
const CANDIDATE = /\d{1,2}\s*[/.-]|(?:ngày|tháng|năm|Ngày|Tháng|Năm|NGÀY|THÁNG|NĂM)\s+\d/g;

function scanDates(text: string): DateMatch[] {
  const out: DateMatch[] = [];
  CANDIDATE.lastIndex = 0;
  for (let c = CANDIDATE.exec(text); c; c = CANDIDATE.exec(text)) {
    const found = dateStartingAt(text, c.index);
    if (found) {
      out.push(found);
      CANDIDATE.lastIndex = found.index + found.length;
    } else if (text.charCodeAt(c.index) > 57) {
      // A word not opening a long form ("ngày 22/5/2024"): let the scan see its number.
      CANDIDATE.lastIndex = c.index + c[0].length - 1;
    }
  }
  return out;
}

/** Every date expression in a text, in order. */
export function findDates(text: string): DateMatch[] {
  return scanDates(text);
}

/** The date expression starting at `offset` (after optional spaces and the word "ngày"), or null. */
export function dateAt(text: string, offset = 0): DateMatch | null {
  let at = offset;
  while (at < text.length && /\s/.test(text[at]!)) at++;
  const found = dateStartingAt(text, at);
  if (found) return found;
  // "ngày 22/5/2024": the word belongs to the sentence, the date is what follows it.
  const word = /ngày\s+/iuy;
  word.lastIndex = at;
  return word.exec(text) ? dateStartingAt(text, word.lastIndex) : null;
}

/** Parses a string that is exactly one date expression ("ngày" and spaces around allowed). */
export function parseDate(text: string): DateMatch | null {
  const whole = (s: string): DateMatch | null => {
    const m = findDates(s);
    return m.length === 1 && m[0]!.index === 0 && m[0]!.length === s.length ? m[0]! : null;
  };
  const trimmed = text.trim();
  return whole(trimmed) ?? whole(trimmed.replace(/^ngày\s+(?=\d)/iu, ''));
}

/** yyyy-mm-dd for a full date; yyyy-mm for a month; yyyy for a year. */
export function toIso(d: VnDate): string {
  if (d.month === null) return String(d.year);
  if (d.day === null) return `${d.year}-${pad(d.month)}`;
  return `${d.year}-${pad(d.month)}-${pad(d.day)}`;
}

export function fromIso(iso: string): VnDate | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso);
  if (!m) return null;
  const d: VnDate = { year: Number(m[1]), month: m[2] ? Number(m[2]) : null, day: m[3] ? Number(m[3]) : null };
  return problemOf(d) ? null : d;
}

/** dd/mm/yyyy (or mm/yyyy, yyyy), the short form used in tables and messages. */
export function formatDate(d: VnDate | string): string {
  const date = typeof d === 'string' ? fromIso(d) : d;
  if (!date) return String(d);
  if (date.month === null) return String(date.year);
  if (date.day === null) return `${pad(date.month)}/${date.year}`;
  return `${pad(date.day)}/${pad(date.month)}/${date.year}`;
}

/**
 * "ngày 05 tháng 02 năm 2024": the place-and-date line of a letter. Nghị định 30/2020/NĐ-CP asks
 * for a leading zero on days below 10 and on months 1 and 2 only (so "tháng 5", "tháng 02").
 */
export function formatDateLong(d: VnDate | string): string {
  const date = typeof d === 'string' ? fromIso(d) : d;
  if (!date) return String(d);
  if (date.month === null) return `năm ${date.year}`;
  const month = date.month <= 2 ? pad(date.month) : String(date.month);
  if (date.day === null) return `tháng ${month} năm ${date.year}`;
  return `ngày ${date.day < 10 ? pad(date.day) : date.day} tháng ${month} năm ${date.year}`;
}
