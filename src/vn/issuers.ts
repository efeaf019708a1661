/**
 * Issuers and document types: lookups by code / abbreviation, and finding their names in text
 * ("… của Ban Dân vận Tỉnh uỷ về …" → BDVTU) regardless of diacritics, case or tone placement.
 * Matching works on `foldText` output, which is index-aligned with the original text.
 */
import { type DocSystem, type DocType, defaultVocabulary, type Issuer, type NameIndex, type NamePattern, type Vocabulary } from './vocabulary';

export interface NameMatch<T> {
  value: T;
  start: number;
  end: number;
}

/**
 * True when `text[i]` is a letter or digit (false outside the text). By code unit: the folded text
 * is nearly all ASCII, and these run for every name looked up.
 */
function isWordAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0x80) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return c === c && /[\p{L}\p{N}]/u.test(text[i]!); // c !== c: NaN, outside the text
}

/** End of the word starting at `at` (folded text: words are separated by single spaces or punctuation). */
function wordEnd(text: string, at: number): number {
  let end = at;
  while (isWordAt(text, end)) end++;
  return end;
}

/** Start of the word ending at `end`. */
function wordStart(text: string, end: number): number {
  let start = end;
  while (start > 0 && isWordAt(text, start - 1)) start--;
  return start;
}

function tryAt<T>(folded: string, at: number, list: readonly NamePattern<T>[] | undefined): NameMatch<T> | null {
  if (!list) return null;
  for (const p of list) {
    if (folded.startsWith(p.key, at) && !isWordAt(folded, at + p.key.length)) return { value: p.value, start: at, end: at + p.key.length };
  }
  return null;
}

function tryEnding<T>(folded: string, end: number, list: readonly NamePattern<T>[] | undefined): NameMatch<T> | null {
  if (!list) return null;
  for (const p of list) {
    const from = end - p.key.length;
    if (from >= 0 && folded.startsWith(p.key, from) && !isWordAt(folded, from - 1)) return { value: p.value, start: from, end };
  }
  return null;
}

/** The longest name that starts at `at` in the folded text and ends on a word boundary. */
function matchAt<T>(folded: string, at: number, index: NameIndex<T>): NameMatch<T> | null {
  const first = wordEnd(folded, at);
  if (first === at) return null;
  const second = folded[first] === ' ' ? wordEnd(folded, first + 1) : first;
  const two = second > first + 1 ? tryAt(folded, at, index.byHead.get(folded.slice(at, second))) : null;
  return two ?? tryAt(folded, at, index.byHead.get(folded.slice(at, first)));
}

/** The longest name that ends at `end` in the folded text and starts on a word boundary. */
function matchEnding<T>(folded: string, end: number, index: NameIndex<T>): NameMatch<T> | null {
  const last = wordStart(folded, end);
  if (last === end) return null;
  const before = folded[last - 1] === ' ' ? wordStart(folded, last - 1) : last;
  // Names ending in these two words first, then those ending in the last word alone.
  const two = before < last - 1 ? tryEnding(folded, end, index.byTail.get(folded.slice(before, end))) : null;
  return two ?? tryEnding(folded, end, index.byTail.get(folded.slice(last, end)));
}

/** Issuer by symbol code ("BDVTU", "TTg"); exact first, then ignoring case ("Ttg" typed for "TTg"). */
export function issuerByCode(code: string, vocab: Vocabulary = defaultVocabulary()): Issuer | undefined {
  return vocab.issuers.get(code) ?? vocab.issuersUpper.get(code.toUpperCase());
}

/** The issuer whose name starts at `at` in `folded` (a `foldText` string). */
export function issuerNameAt(folded: string, at: number, vocab: Vocabulary = defaultVocabulary()): NameMatch<Issuer> | null {
  return matchAt(folded, at, vocab.issuerNames);
}

/** The issuer whose name ends at `end` in `folded`. */
export function issuerNameEnding(folded: string, end: number, vocab: Vocabulary = defaultVocabulary()): NameMatch<Issuer> | null {
  return matchEnding(folded, end, vocab.issuerNames);
}

/** Codes of every issuer a name can denote: "Tỉnh ủy Yên Bái" → [TU]; unknown name → []. */
export function issuerCodesForName(folded: string, vocab: Vocabulary = defaultVocabulary()): string[] {
  const m = matchAt(folded, 0, vocab.issuerNames);
  return m ? issuerCodesForKey(folded.slice(0, m.end), vocab) : [];
}

/** Codes of the issuers whose folded name is exactly `key` (a name found by `issuerNameAt`). */
export function issuerCodesForKey(key: string, vocab: Vocabulary = defaultVocabulary()): string[] {
  return (vocab.issuerNames.byKey.get(key) ?? []).map((issuer) => issuer.code);
}

/** Document type by abbreviation, preferring the given system (TT: Thông tri in the Party, Thông tư in the State). */
export function docTypeByAbbr(abbr: string, system?: DocSystem, vocab: Vocabulary = defaultVocabulary()): DocType | undefined {
  const all = vocab.typesByAbbr.get(abbr) ?? [];
  return all.find((t) => !system || t.systems.includes(system)) ?? all[0];
}

/** The document type whose name ends at `end` in `folded` ("… Kế hoạch" before "số 170-KH/…"). */
export function docTypeNameEnding(folded: string, end: number, vocab: Vocabulary = defaultVocabulary()): NameMatch<DocType> | null {
  return matchEnding(folded, end, vocab.typeNames);
}

/** The document type whose name starts at `at` in `folded` (a heading "KẾ HOẠCH"). */
export function docTypeNameAt(folded: string, at: number, vocab: Vocabulary = defaultVocabulary()): NameMatch<DocType> | null {
  return matchAt(folded, at, vocab.typeNames);
}
