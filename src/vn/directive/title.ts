/**
 * The title of a cited document: what follows "về (việc)" up to the end of its clause. Titles
 * contain commas ("kiểm tra, giám sát …") and whole quotations with nested quotes, so a comma ends
 * the title only when a new clause starts after it ("…, Đảng uỷ Khối đề nghị", "…, trong đó").
 */

import { trimTrailing } from './document';

const OPEN = new Set(['“', '«']);
const CLOSE = new Set(['”', '»']);
/** After a comma, these start a new clause rather than continue the title. */
const CLAUSE_AFTER_COMMA = /^\s*(?:\p{Lu}|(?:trong đó|đồng thời|ngày|từ ngày|đến nay|hiện nay|tuy nhiên|nhưng|qua đó|vì vậy|do đó|nhằm|để|theo|với|đề nghị|yêu cầu|giao)(?![\p{L}]))/u;

const SPECIAL = /[“”«»";.,]| và /g;
const QUOTES = /[“”«»]/g;
/** "… và Thông tư số 01/2024/…": after "và", the next citation begins (not "… và các đoàn thể"). */
const NEXT_CITATION = /^\s*\p{Lu}\p{Ll}*(?:\s+\p{Ll}+){0,3}\s+(?:số\s+)?\d+\s*[-/]/u;

/** End of the title starting at `from`; quotes are skipped over unless `ignoreQuotes`. */
function titleEnd(text: string, from: number, ignoreQuotes: boolean): { end: number; unclosed: boolean } {
  let depth = 0;
  let straight = false;
  SPECIAL.lastIndex = from;
  // Jump from one special character to the next: titles are long, the characters that matter few.
  for (let m = SPECIAL.exec(text); m; m = SPECIAL.exec(text)) {
    const ch = m[0];
    const i = m.index;
    if (!ignoreQuotes) {
      if (OPEN.has(ch)) depth++;
      else if (CLOSE.has(ch)) depth = Math.max(0, depth - 1);
      else if (ch === '"') straight = !straight;
      if (depth > 0 || straight) continue;
    }
    if (ch === ';' || (ch === '.' && (i + 1 === text.length || text[i + 1] === ' ' || text[i + 1] === '\t'))) return { end: i, unclosed: false };
    if (ch === ',' && CLAUSE_AFTER_COMMA.test(text.slice(i + 1, i + 20))) return { end: i, unclosed: false };
    if (ch === ' và ' && NEXT_CITATION.test(text.slice(i + 4, i + 60))) return { end: i, unclosed: false };
  }
  return { end: text.length, unclosed: depth > 0 || straight };
}

/** Removes one pair of quotes around the whole title (“Nâng cao … năm 2030” → Nâng cao … năm 2030). */
function unquote(title: string): string {
  if (!OPEN.has(title[0]!) || !CLOSE.has(title[title.length - 1]!)) return title;
  // The first quote must close at the very end, not earlier (“A” và “B” is two quotations).
  let depth = 0;
  QUOTES.lastIndex = 0;
  for (let m = QUOTES.exec(title); m; m = QUOTES.exec(title)) {
    depth += OPEN.has(m[0]) ? 1 : -1;
    if (depth === 0 && m.index < title.length - 1) return title;
  }
  return title.slice(1, -1).trim();
}

/** The title that starts at `from` (right after "về" / "về việc"), or null if empty. */
export function titleAt(text: string, from: number): string | null {
  let found = titleEnd(text, from, false);
  // A quote never closed would swallow the rest of the line: read the clause without quotes then.
  if (found.unclosed) found = titleEnd(text, from, true);
  let title = unquote(trimTrailing(text.slice(from, found.end), ' \t,:'));
  // An opening quote that is never closed is a typo (the lint reports it), not part of the title.
  if (found.unclosed && OPEN.has(title[0] ?? '') && ![...title].some((ch) => CLOSE.has(ch))) title = title.slice(1).trimStart();
  return title || null;
}
