/**
 * Vietnamese text basics shared by every search and sort in the product.
 * Pure functions: no I/O; runs in Node and in the browser.
 */

const INVISIBLES = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
const ODD_SPACES = /[\u00A0\u2000-\u200A\u202F\u205F\u3000\t]/g;
/** Characters a document must not keep: invisibles and controls (removed), odd spaces (made plain). */
const ODD_CHARS = /[\u200B-\u200D\u2060\uFEFF\u00AD\u0000-\u0008\u000E-\u001F\u007F-\u0084\u0086-\u009F\u00A0\u2000-\u200A\u202F\u205F\u3000\v\f]/g;
/** Invisibles plus C0/C1 controls other than tab and newline: leftovers of legacy decoders and PDF extraction. */
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD\u0000-\u0008\u000E-\u001F\u007F-\u0084\u0086-\u009F]/;
const LINE_BREAK = /\r\n|[\r\n\u0085\u2028\u2029]/;

/** NFC, invisible characters removed, odd spaces made plain, runs of spaces collapsed, trimmed. */
export function cleanText(input: string): string {
  return input.normalize('NFC').replace(INVISIBLES, '').replace(ODD_SPACES, ' ').replace(/ {2,}/g, ' ').trim();
}

/**
 * Search key: no diacritics, "đ" → "d", lower case, single spaces.
 * "Cục Thống kê", "cuc thong ke", "Đảng uỷ" and "dang ủy" all fold to comparable keys.
 */
export function searchKey(input: string): string {
  return cleanText(input)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase();
}

const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

/** Vietnamese alphabetical order (a ă â b c d đ e ê …), numbers in numeric order. */
export function compareVi(a: string, b: string): number {
  return collator.compare(a, b);
}

/**
 * Normalises a whole document while keeping its lines, so that line numbers stay those of the file:
 * NFC (repairs NFD input), BOM / zero-width / control characters removed, non-breaking and other odd
 * spaces made plain, each line trimmed. A gap of a tab or three or more spaces inside a line becomes
 * one tab: it is the column break of a flattened two-column header, which the letter parser needs.
 * Idempotent.
 */
export function normalizeText(input: string): string {
  const text = input.normalize('NFC').replace(ODD_CHARS, (ch) => (INVISIBLE.test(ch) ? '' : ' '));
  return text.split(LINE_BREAK).map(cleanLine).join('\n');
}

const NEEDS_CLEANING = /\t| {2}/;

function cleanLine(line: string): string {
  // Most lines need nothing: cheap checks first, the regexes only for the others.
  if (line[0] !== ' ' && line[line.length - 1] !== ' ' && !NEEDS_CLEANING.test(line)) return line;
  let out = line.includes('\t') || line.includes('   ') ? line.replace(/(?:\t| +\t)[ \t]*| {3,}/g, '\t') : line;
  if (out.includes('  ')) out = out.replace(/ {2,}/g, ' ');
  let start = 0;
  let end = out.length;
  while (start < end && (out[start] === ' ' || out[start] === '\t')) start++;
  while (end > start && (out[end - 1] === ' ' || out[end - 1] === '\t')) end--;
  return out.slice(start, end);
}

/**
 * Folded form of every UTF-16 unit below U+2000 (Latin, Latin Extended, combining marks, the
 * Vietnamese block U+1EA0–U+1EF9): base letter without marks, "đ" → "d", lower case. A unit that
 * does not fold to exactly one unit (a lone combining mark) folds to itself. Built once, ~8k entries.
 */
const FOLD_LIMIT = 0x2000;
const BEYOND_TABLE = /[^\u0000-\u1fff\u2010-\u206f]/;
const FOLD_TABLE = (() => {
  const table = new Uint16Array(FOLD_LIMIT);
  for (let c = 0; c < FOLD_LIMIT; c++) {
    const ch = String.fromCharCode(c);
    const base = ch.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase();
    table[c] = base.length === 1 ? base.charCodeAt(0) : c;
  }
  return table;
})();
// ignoreBOM keeps a leading U+FEFF, so the output stays as long as the input (little-endian: every
// platform a browser or Node runs on).
const UTF16 = new TextDecoder('utf-16le', { ignoreBOM: true });
const BUFFER_MAX = 1 << 17;
let buffer = new Uint16Array(1024);
/** A character outside Latin (with Extended-A/B and Additional, so all of Vietnamese) and punctuation. */
const LATIN_ONLY_NOT = /[^\u0000-\u024f\u1e00-\u1eff\u2010-\u206f]/;

/**
 * Like `searchKey` but index-aligned with its (NFC) input: `foldText(s)[i]` is the folded `s[i]`.
 * The parsers match folded patterns ("ban dan van tinh uy") and slice the original text at the same
 * offsets, so the text keeps the writer's own diacritics and capitals.
 */
export function foldText(input: string): string {
  // Short strings (names, phrases) of other scripts: the native functions, which agree with the
  // table below the U+2000 range it covers (and on punctuation) when they keep the length (they
  // nearly always do). Not for Latin and Vietnamese text: there the table gives the same result
  // (no combining marks to reorder, no context-dependent case) three times faster.
  if (input.length <= 256 && LATIN_ONLY_NOT.test(input) && !BEYOND_TABLE.test(input)) {
    const native = input.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase();
    if (native.length === input.length && !/[\u0300-\u036f]/.test(input)) return native;
  }
  // One buffer reused across calls (decode copies out of it): no allocation per call. Past
  // BUFFER_MAX a buffer of its own, so that one huge file does not keep megabytes alive.
  if (buffer.length < input.length && input.length <= BUFFER_MAX) buffer = new Uint16Array(Math.min(BUFFER_MAX, Math.max(input.length, 2 * buffer.length)));
  const codes = input.length <= buffer.length ? buffer : new Uint16Array(input.length);
  for (let i = 0; i < input.length; i++) {
    const c = input.charCodeAt(i);
    codes[i] = c < FOLD_LIMIT ? FOLD_TABLE[c]! : c;
  }
  return UTF16.decode(codes.subarray(0, input.length));
}
