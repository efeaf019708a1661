/**
 * Document symbols (số, ký hiệu), tolerant of the stray spaces letters are full of ("13- ĐA/ TU"):
 * - Party (HD 36-HD/VPTW): number-TYPE/ISSUER — "1720-CV/ĐUK", "13-ĐA/TU", "170-KH/BCĐTU";
 * - State (NĐ 30/2020/NĐ-CP): number/TYPE-ISSUER — "33/CT-TTg", "76/NQ-CP"; a công văn has no
 *   type: number/ISSUER-UNIT — "1234/UBND-VX";
 * - legal documents with their year: "30/2020/NĐ-CP", "07/2024/QĐ-UBND"; laws: "10/2022/QH15".
 */
import { docTypeByAbbr, issuerByCode } from './issuers';
import { defaultVocabulary, type Vocabulary } from './vocabulary';

export type SymbolForm = 'party' | 'state' | 'state-cv' | 'legal' | 'law';

export interface DocSymbol {
  form: SymbolForm;
  /** As written, leading zeros kept ("02"). */
  number: string;
  /** Year of a legal document or law, else null. */
  year: number | null;
  /** Type abbreviation ("KH"); "CV" for a State công văn; null for a law. */
  type: string | null;
  /** Issuer codes: one, or several for a joint (liên tịch) document. */
  issuers: string[];
  /** Drafting unit of a State công văn ("VX" in "1234/UBND-VX"), else null. */
  unit: string | null;
  /** Legislature of a law or Quốc hội resolution ("QH15" → 15), else null. */
  term: number | null;
}

export interface SymbolMatch {
  index: number;
  length: number;
  /** As written, spaces included. */
  raw: string;
  symbol: DocSymbol;
  /** Canonical form, without spaces. */
  canonical: string;
  /** True when the raw text has spaces inside the symbol (a SYMBOL_FORMAT mistake). */
  spaced: boolean;
}

/**
 * One code of a symbol: starts with a capital; a lower-case letter may follow a capital but not
 * another lower-case letter, so "TTg", "CTr", "QĐi", "ThU" are codes while "Ban" is a word.
 */
const CODE = String.raw`[A-ZĐ](?:[A-ZĐ0-9]|[a-zđ](?![a-zđ]))*`;
// Sticky, and tried only after a digit that ends a number (see findSymbols): a regex opening with a
// lookbehind would be tried at every character of the letter. No "u" flag (Đ is a plain BMP
// character): the end of the symbol is checked by `endsWord` instead of a Unicode lookahead.
const CODE_END = String.raw`(?![A-Za-z0-9Đđ])`;
const CODES = String.raw`${CODE}${CODE_END}(?:\s*-\s*${CODE}${CODE_END})*`;
const PARTY_AT = new RegExp(String.raw`(\d{1,5})\s*-\s*(${CODE})\s*\/\s*(${CODES})`, 'y');
const STATE_AT = new RegExp(String.raw`(\d{1,5})\s*\/\s*(?:(\d{4})\s*\/\s*)?(${CODES})`, 'y');
/** A number followed by "-" or "/": where a symbol can start. */
const CANDIDATE = /\d+\s*[-/]/g;

/** Letter or digit (what may not touch a symbol on either side). */
function isWordChar(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  if (c < 0x80) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return /\p{L}|\p{N}/u.test(ch);
}

/** The match, if it ends at a word boundary ("…/TU," yes, "…/TUx" no). */
function endsWord(text: string, m: RegExpExecArray | null): RegExpExecArray | null {
  return m && !isWordChar(text[m.index + m[0].length]) ? m : null;
}

const splitCodes = (codes: string): string[] => codes.split('-').map((c) => c.trim());

function partySymbol(number: string, type: string, issuers: string): DocSymbol {
  return { form: 'party', number, year: null, type, issuers: splitCodes(issuers), unit: null, term: null };
}

/** Tells "76/NQ-CP" (typed) from "1234/UBND-VX" (công văn) and "10/2022/QH15" (law). */
function stateSymbol(number: string, yearText: string | undefined, codesText: string, vocab: Vocabulary): DocSymbol | null {
  const codes = splitCodes(codesText);
  const year = yearText ? Number(yearText) : null;
  const base = { number, year, unit: null, term: null };
  if (year !== null && codes.length === 1) {
    const law = /^(.*?)(\d+)$/.exec(codes[0]!);
    return { ...base, form: 'law', type: null, issuers: [law ? law[1]! : codes[0]!], term: law ? Number(law[2]) : null };
  }
  if (codes.length < 2) return null;
  const [first, ...rest] = codes as [string, ...string[]];
  const typed = docTypeByAbbr(first, 'state', vocab) !== undefined || (!issuerByCode(first, vocab) && issuerByCode(rest[0]!, vocab) !== undefined);
  if (year !== null || typed) return { ...base, form: year !== null ? 'legal' : 'state', type: first, issuers: rest };
  return { ...base, form: 'state-cv', type: 'CV', issuers: [first], unit: rest.join('-') };
}

/** Parsed symbols by their raw text, per vocabulary: letters cite the same documents over and over. */
const CACHE_LIMIT = 512;
const PARSED = new WeakMap<Vocabulary, Map<string, Omit<SymbolMatch, 'index'>>>();

/** The symbol whose number starts at `at`, or null. */
function symbolAt(text: string, at: number, vocab: Vocabulary): Omit<SymbolMatch, 'index'> | null {
  const m = rawSymbolAt(text, at);
  if (!m) return null;
  let memo = PARSED.get(vocab);
  if (!memo) PARSED.set(vocab, (memo = new Map()));
  let parsed = memo.get(m.raw);
  if (!parsed) {
    const symbol = m.form === 'party' ? partySymbol(m.groups[0]!, m.groups[1]!, m.groups[2]!) : stateSymbol(m.groups[0]!, m.groups[1], m.groups[2]!, vocab);
    if (!symbol) return null;
    parsed = { length: m.raw.length, raw: m.raw, symbol, canonical: formatSymbol(symbol), spaced: /\s/.test(m.raw) };
    if (memo.size >= CACHE_LIMIT) memo.clear();
    memo.set(m.raw, parsed);
  }
  return parsed;
}

/** The raw match of a symbol whose number starts at `at`. */
function rawSymbolAt(text: string, at: number): { raw: string; form: 'party' | 'state'; groups: (string | undefined)[] } | null {
  const before = text[at - 1];
  const blocked = isWordChar(before) || before === '/' || before === '.';
  if (!blocked) {
    PARTY_AT.lastIndex = at;
    const m = endsWord(text, PARTY_AT.exec(text));
    if (m) return { raw: m[0], form: 'party', groups: [m[1], m[2], m[3]] };
  }
  if (!blocked && before !== '-') {
    STATE_AT.lastIndex = at;
    const m = endsWord(text, STATE_AT.exec(text));
    // One code and no year ("12/CP") is not a symbol we know how to read.
    if (m && (m[2] !== undefined || m[3]!.includes('-'))) return { raw: m[0], form: 'state', groups: [m[1], m[2], m[3]] };
  }
  return null;
}

/** The canonical form: no spaces, the writer's capitals kept. */
export function formatSymbol(s: DocSymbol): string {
  const issuers = s.issuers.join('-');
  switch (s.form) {
    case 'party':
      return `${s.number}-${s.type}/${issuers}`;
    case 'state':
      return `${s.number}/${s.type}-${issuers}`;
    case 'state-cv':
      return `${s.number}/${issuers}-${s.unit}`;
    case 'legal':
      return `${s.number}/${s.year}/${s.type}-${issuers}`;
    case 'law':
      return `${s.number}/${s.year}/${issuers}${s.term ?? ''}`;
  }
}

function scanSymbols(text: string, vocab: Vocabulary): SymbolMatch[] {
  const out: SymbolMatch[] = [];
  CANDIDATE.lastIndex = 0;
  for (let c = CANDIDATE.exec(text); c; c = CANDIDATE.exec(text)) {
    // A code (capital letter) or a year and "/" must follow the separator: skips dates and fractions cheaply.
    let next = c.index + c[0].length;
    while (text.charCodeAt(next) === 32) next++;
    const code = text.charCodeAt(next);
    const capital = (code >= 65 && code <= 90) || code === 0x110;
    if (!capital && !(code >= 48 && code <= 57 && /^\d{4}\s*\//.test(text.slice(next, next + 7)))) continue;
    const found = symbolAt(text, c.index, vocab);
    if (!found) continue;
    // Spelled out rather than spread: this runs for every citation of every letter.
    out.push({ length: found.length, raw: found.raw, symbol: found.symbol, canonical: found.canonical, spaced: found.spaced, index: c.index });
    CANDIDATE.lastIndex = c.index + found.length;
  }
  return out;
}

/** Every document symbol in a text, in order. */
export function findSymbols(text: string, vocab: Vocabulary = defaultVocabulary()): SymbolMatch[] {
  return scanSymbols(text, vocab);
}

/** Parses a string that is exactly one symbol (stray spaces allowed); null otherwise. */
export function parseSymbol(text: string, vocab: Vocabulary = defaultVocabulary()): DocSymbol | null {
  const trimmed = text.trim();
  const found = findSymbols(trimmed, vocab);
  return found.length === 1 && found[0]!.index === 0 && found[0]!.length === trimmed.length ? found[0]!.symbol : null;
}

/** The symbol's issuer code as the vocabulary knows it ("QH15" → "QH"). */
export function issuerCodeOf(s: DocSymbol): string {
  return s.issuers[0] ?? '';
}
