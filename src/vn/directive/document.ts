/**
 * The letter as the parsers see it: normalised lines (numbered as in the file) with their folded
 * twin for diacritic-blind matching, split into cells (columns of a flattened header) and sentences.
 */
import { foldText } from '../text';

export interface Line {
  /** 1-based line number in the file. */
  no: number;
  text: string;
  /** `foldText(text)`: same length, no diacritics, lower case. */
  fold: string;
}

export interface Span {
  line: Line;
  start: number;
  end: number;
  text: string;
  fold: string;
}

export function toLines(normalized: string): Line[] {
  // One fold for the whole text (it keeps every offset, newlines included), then cut into lines.
  const folded = foldText(normalized).split('\n');
  return normalized.split('\n').map((text, i) => ({ no: i + 1, text, fold: folded[i]! }));
}

function span(line: Line, start: number, end: number): Span {
  return { line, start, end, text: line.text.slice(start, end), fold: line.fold.slice(start, end) };
}

/** The columns of a line: a tab is the column break of a flattened two-column layout. */
export function cells(line: Line): Span[] {
  const out: Span[] = [];
  let start = 0;
  for (const part of line.text.split('\t')) {
    if (part.trim()) out.push(span(line, start, start + part.length));
    start += part.length + 1;
  }
  return out;
}

/** Abbreviations whose period does not end a sentence ("TP. Hồ Chí Minh", "ThS. Nguyễn"). */
const ABBREVIATIONS = new Set(['tp', 'ths', 'ts', 'gs', 'pgs', 'bs', 'ks', 'cn', 'st', 'đ/c', 'tt', 'q']);

/** Sentences of a line: split after ". ", "! ", "? ", "; " is kept inside (it separates list items). */
export function sentences(line: Line): Span[] {
  const out: Span[] = [];
  const re = /[.!?](?=\s+["“(]?[\p{Lu}\d])/gu;
  let start = 0;
  for (let m = re.exec(line.text); m; m = re.exec(line.text)) {
    const word = line.text.slice(Math.max(start, line.text.lastIndexOf(' ', m.index) + 1), m.index).toLowerCase();
    if (ABBREVIATIONS.has(word)) continue;
    out.push(span(line, start, m.index + 1));
    start = m.index + 1;
    while (line.text[start] === ' ') start++;
  }
  if (start < line.text.length) out.push(span(line, start, line.text.length));
  return out.filter((s) => s.text.trim() !== '');
}

/** True when every letter is a capital and there are at least two ("ĐẢNG ỦY KHỐI"). */
export function isUpperCase(text: string): boolean {
  return text === text.toUpperCase() && text !== text.toLowerCase() && TWO_LETTERS.test(text);
}

const TWO_LETTERS = /\p{L}[^]*\p{L}/u;

/** Removes trailing characters out of `chars` (and leading spaces): a loop, as `/[…]+$/` rescans long lines. */
export function trimTrailing(text: string, chars = ' \t;,.:/'): string {
  let end = text.length;
  while (end > 0 && chars.includes(text[end - 1]!)) end--;
  return text.slice(0, end).trimStart();
}

/** Strips list bullets and trailing separators from an item ("- Các đoàn thể khối." → "Các đoàn thể khối"). */
export function cleanItem(text: string): string {
  return trimTrailing(text.replace(/^\s*(?:[-–—+•*·]|\d{1,2}[.)]|[a-zđ]\))\s*/u, ''));
}

export const BULLET = /^\s*[-–—+•*·]\s*/u;

/**
 * True when `fold[at]` starts a word. The keyword regexes over folded text check this by hand
 * instead of opening with \b: a regex that opens with \b or a lookbehind is tried at every
 * character, one that opens with a literal jumps between candidates.
 */
export function startsWord(fold: string, at: number): boolean {
  const c = fold.charCodeAt(at - 1);
  return at === 0 || !((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90));
}
