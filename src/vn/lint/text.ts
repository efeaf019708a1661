/**
 * Checks on the text itself: dates that do not exist, quotation marks left open or badly spaced,
 * and common misspellings (data/typos.json, extendable without code changes).
 */
import { findDates } from '../dates';
import typosData from '../data/typos.json';
import type { Line } from '../directive/document';
import { foldText } from '../text';
import { placeTone } from '../tone';
import { type Finding, finding, type Rule } from './types';

export const invalidDates: Rule = ({ lines, directive }) => {
  if (!lines) {
    return directive.references.flatMap((r) =>
      r.mentions.filter((m) => m.invalidDate).map((m) => finding('DATE_INVALID', `Ngày ${m.invalidDate} không tồn tại.`, m.line, { text: m.invalidDate! })),
    );
  }
  const out: Finding[] = [];
  for (const line of lines) {
    for (const d of findDates(line.text)) {
      if (!d.valid) out.push(finding('DATE_INVALID', `Ngày “${d.raw}” không tồn tại: ${d.problem}.`, line.no, { text: d.raw }));
    }
  }
  return out;
};

const OPEN = '“';
const CLOSE = '”';
const QUOTE = /[“”"]/g;
const QUOTE_TEST = /[“”"]/;
const excerpt = (text: string, at: number): string => text.slice(at, at + 60).replace(/\s+\S*$/u, '');

/** A quotation mark of a line and its offset. */
interface Quote {
  ch: string;
  index: number;
}

/** Pairs “ with ” on a line; what is left open (or closed without opening) is a finding. */
function unbalanced(line: Line, quotes: Quote[]): Finding[] {
  const t = line.text;
  const open: number[] = [];
  const stray: number[] = [];
  let straight = 0;
  for (const m of quotes) {
    if (m.ch === OPEN) open.push(m.index);
    else if (m.ch === CLOSE && open.pop() === undefined) stray.push(m.index);
    else if (m.ch === '"') straight++;
  }
  const opened = open.map((at) =>
    finding('QUOTE_UNCLOSED', `Dấu ngoặc kép mở trước “${excerpt(t, at + 1)}…” không được đóng.`, line.no, { text: excerpt(t, at) }),
  );
  const closed = stray.map((at) =>
    finding('QUOTE_UNCLOSED', `Dấu ngoặc kép đóng sau “…${t.slice(Math.max(0, at - 40), at)}” không có dấu mở.`, line.no, { text: t.slice(Math.max(0, at - 40), at + 1) }),
  );
  const odd = straight % 2 === 1 ? [finding('QUOTE_UNCLOSED', 'Dấu ngoặc kép (") lẻ: có một dấu không được đóng.', line.no)] : [];
  return [...opened, ...closed, ...odd];
}

/** The whitespace-delimited chunk of text around `at` (with the next word when `at` is a space). */
function chunkAround(text: string, from: number, to: number): string {
  let start = from;
  let end = to;
  while (start > 0 && !/\s/u.test(text[start - 1]!)) start--;
  while (end < text.length && !/\s/u.test(text[end]!)) end++;
  return text.slice(start, end);
}

const isWord = (ch: string | undefined): boolean => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
const isSpace = (ch: string | undefined): boolean => ch === ' ' || ch === '\t';

/** "về“Nâng cao" (no space before “), "“ Dân vận" (space inside the quotes), and their mirrors. */
function spacing(line: Line, quotes: Quote[]): Finding[] {
  const out: Finding[] = [];
  const t = line.text;
  for (const m of quotes) {
    const { ch, index: i } = m;
    if (ch === '"') continue;
    const outside = ch === OPEN ? isWord(t[i - 1]) : isWord(t[i + 1]);
    const inside = ch === OPEN ? isSpace(t[i + 1]) : isSpace(t[i - 1]);
    if (!outside && !inside) continue;
    const text = inside ? chunkAround(t, ch === OPEN ? i : i - 1, ch === OPEN ? i + 2 : i + 1) : chunkAround(t, i, i + 1);
    const what = inside ? 'Thừa khoảng trắng trong dấu ngoặc kép' : 'Thiếu khoảng trắng ngoài dấu ngoặc kép';
    out.push(finding('QUOTE_SPACING', `${what}: ${text}`, line.no, { text }));
  }
  return out;
}

export const quotes: Rule = ({ lines }) =>
  (lines ?? []).flatMap((line) => {
    if (!QUOTE_TEST.test(line.text)) return [];
    // An exec loop, not matchAll: matchAll clones the regex and builds an iterator for every line.
    const found: Quote[] = [];
    QUOTE.lastIndex = 0;
    for (let m = QUOTE.exec(line.text); m; m = QUOTE.exec(line.text)) found.push({ ch: m[0], index: m.index });
    return [...unbalanced(line, found), ...spacing(line, found)];
  });

interface Typo {
  re: RegExp;
  /** Folded texts, one of which must occur in the folded line before the exact regex is worth running. */
  hints: string[];
  right: string;
  note?: string;
}

/** An entry of data/typos.json: a whole-word misspelling, or a pattern for one that needs context. */
export interface TypoEntry {
  wrong?: string;
  pattern?: string;
  /** For a pattern: folded texts (no diacritics, lower case), one of which must occur in the line first. */
  hints?: string[];
  right: string;
  note?: string;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** "thuỷ" → "(?:thuỷ|thủy)": a word in both tone styles, so any accent placement matches. */
function bothStyles(phrase: string): string {
  return phrase
    .split(/\s+/)
    .map((w) => `(?:${[...new Set([placeTone(w, 'new'), placeTone(w, 'old')])].map(escape).join('|')})`)
    .join('\\s+');
}

export function compileTypos(entries: TypoEntry[]): Typo[] {
  return entries.map((t) => {
    const source = t.wrong ? String.raw`(?<![\p{L}])${bothStyles(t.wrong)}(?![\p{L}])` : (t.pattern ?? '(?!)');
    return { re: new RegExp(source, 'iuy'), hints: t.wrong ? [foldText(t.wrong)] : (t.hints ?? []), right: t.right, note: t.note };
  });
}

const TYPOS = compileTypos(typosData.typos as TypoEntry[]);

/** The exact check runs only where a hint occurs (sticky, at that offset): letters are long, typos rare. */
function typoAt(line: Line, t: Typo, at: number): Finding | null {
  t.re.lastIndex = at;
  const m = t.re.exec(line.text);
  if (!m) return null;
  const wrote = m[0];
  return finding('TYPO', `“${wrote}” có lẽ là “${t.right}”${t.note ? ` (${t.note})` : ''}.`, line.no, { text: wrote });
}

/** All hints in one alternation, so one pass over each folded line finds where entries may apply. */
const HINTS = new RegExp([...new Set(TYPOS.flatMap((t) => t.hints))].filter(Boolean).map(escape).join('|') || '(?!)', 'g');
const BY_HINT = new Map<string, Typo[]>();
for (const t of TYPOS) for (const h of t.hints) BY_HINT.set(h, [...(BY_HINT.get(h) ?? []), t]);

export const typos: Rule = ({ lines }) => {
  const out: Finding[] = [];
  for (const line of lines ?? []) {
    HINTS.lastIndex = 0;
    for (let m = HINTS.exec(line.fold); m; m = HINTS.exec(line.fold)) {
      for (const t of BY_HINT.get(m[0]) ?? []) {
        const f = typoAt(line, t, m.index);
        if (f) out.push(f);
      }
    }
  }
  return out;
};

export const textRules: Rule[] = [invalidDates, quotes, typos];
