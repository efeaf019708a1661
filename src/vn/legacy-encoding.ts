/**
 * Reading Vietnamese text whatever it was saved as: UTF-8 (with or without BOM), UTF-16 with BOM,
 * Windows-1258, and the pre-Unicode font encodings TCVN3 (ABC) and VNI-Windows that old offices
 * still send. The encoding is chosen by scoring which decoding yields the most valid Vietnamese
 * syllables, and always reported, so a user can see what was assumed.
 */
import { CP1252, CP1258, invert, TCVN3, VNI_DECODE, VNI_LETTERS } from './legacy-tables';
import { isVietnameseSyllable, TONE_MARKS } from './syllable';

export type LegacyEncoding = 'windows-1258' | 'tcvn3' | 'vni';
export type EncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | LegacyEncoding;

export interface Decoded {
  text: string;
  encoding: EncodingName;
  bom: boolean;
  /** Valid minus invalid non-ASCII words (see `vietnameseScore`); higher is more Vietnamese. */
  score: number;
}

const LEGACY: readonly LegacyEncoding[] = ['windows-1258', 'tcvn3', 'vni'];

function mapBytes(bytes: Uint8Array, table: readonly string[]): string {
  const parts: string[] = new Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) parts[i] = table[bytes[i]!]!;
  return parts.join('');
}

function decodeVni(bytes: Uint8Array): string {
  const parts: string[] = [];
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    const pair = i + 1 < bytes.length ? VNI_DECODE.get((b << 8) | bytes[i + 1]!) : undefined;
    if (pair !== undefined) {
      parts.push(pair);
      i++;
    } else parts.push(VNI_DECODE.get(b) ?? CP1252[b]!);
  }
  return parts.join('');
}

/**
 * TCVN3 had no upper-case toned letters: headings were typed with a ".VnTimeH" font that draws
 * every letter as a capital, so they decode as "ĐảNG Bộ TỉNH". A line with such a word (a capital
 * after a small letter) and no word in plain small letters is a heading: it is put in capitals.
 */
function upperCaseHeadings(text: string): string {
  return text.replace(/[^\n]+/g, (line) => {
    const words = line.split(/\s+/);
    const mixed = words.some((w) => /\p{Ll}\p{Lu}/u.test(w));
    const plain = words.some((w) => /^\p{Ll}{2,}$/u.test(w));
    return mixed && !plain ? line.toUpperCase() : line;
  });
}

/** Decodes bytes of a known 8-bit Vietnamese encoding to NFC Unicode. */
export function decodeLegacy(bytes: Uint8Array, encoding: LegacyEncoding): string {
  if (encoding === 'vni') return decodeVni(bytes).normalize('NFC');
  if (encoding === 'tcvn3') return upperCaseHeadings(mapBytes(bytes, TCVN3).normalize('NFC'));
  return mapBytes(bytes, CP1258).normalize('NFC');
}

const ENCODERS = { tcvn3: invert(TCVN3), 'windows-1258': invert(CP1258), cp1252: invert(CP1252) };
/** TCVN3 fonts have no typographic quotes or dashes: write their ASCII stand-ins. */
const ASCII_PUNCT: Record<string, string> = { '“': '"', '”': '"', '‘': "'", '’': "'", '–': '-', '—': '-', '…': '...' };
const QUESTION = 0x3f;

function encodeChar(ch: string, encoding: LegacyEncoding): number[] {
  if (encoding === 'vni') {
    const letter = VNI_LETTERS.get(ch);
    return letter ? [...letter] : [ENCODERS.cp1252.get(ch) ?? QUESTION];
  }
  const table = ENCODERS[encoding];
  const direct = table.get(ch);
  if (direct !== undefined) return [direct];
  if (encoding === 'tcvn3' && ASCII_PUNCT[ch]) return [...ASCII_PUNCT[ch]!].map((c) => c.charCodeAt(0));
  // Windows-1258 writes most toned letters as base letter + combining tone mark. NFD may put the
  // tone before the quality mark ("ộ" = o + dot below + circumflex), so take the tone out by name.
  const nfd = ch.normalize('NFD');
  const tone = [...nfd].find((c) => TONE_MARKS[c]);
  const base = tone ? table.get(nfd.replace(tone, '').normalize('NFC')) : undefined;
  const mark = tone ? table.get(tone) : undefined;
  return base !== undefined && mark !== undefined ? [base, mark] : [QUESTION];
}

/** Encodes text in an 8-bit Vietnamese encoding; characters it cannot hold become "?". */
export function encodeLegacy(text: string, encoding: LegacyEncoding): Uint8Array {
  const out: number[] = [];
  for (const ch of text.normalize('NFC')) out.push(...encodeChar(ch, encoding));
  return Uint8Array.from(out);
}

const WORDS = /[\p{L}\p{M}]+/gu;
/** Latin-1 symbols, stray combining marks and U+FFFD: what a wrong decoding scatters through words. */
const STRAY = /[\u0080-\u00BF\u00D7\u00F7\u0300-\u036F\uFFFD]/g;

/** +1 per valid Vietnamese syllable with diacritics, −1 per invalid non-ASCII word, −½ per stray symbol. */
export function vietnameseScore(text: string): number {
  let score = 0;
  for (const word of text.match(WORDS) ?? []) {
    if (/^[\u0000-\u007F]*$/.test(word)) continue;
    score += isVietnameseSyllable(word) ? 1 : -1;
  }
  return score - (text.match(STRAY)?.length ?? 0) / 2;
}

function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

function byBom(bytes: Uint8Array): Decoded | null {
  const [a, b, c] = bytes;
  const make = (encoding: EncodingName, skip: number): Decoded => {
    const label = encoding === 'utf-8' ? 'utf-8' : encoding;
    const text = new TextDecoder(label).decode(bytes.subarray(skip)).normalize('NFC');
    return { text, encoding, bom: true, score: vietnameseScore(text) };
  };
  if (a === 0xef && b === 0xbb && c === 0xbf) return make('utf-8', 3);
  if (a === 0xff && b === 0xfe) return make('utf-16le', 2);
  if (a === 0xfe && b === 0xff) return make('utf-16be', 2);
  return null;
}

/** UTF-16 without a BOM: Vietnamese text in UTF-16 has a zero in most high (or low) bytes. */
function byZeros(bytes: Uint8Array): Decoded | null {
  if (bytes.length < 8 || bytes.length % 2) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < bytes.length; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const half = bytes.length / 2;
  const encoding = odd > half * 0.3 && even === 0 ? 'utf-16le' : even > half * 0.3 && odd === 0 ? 'utf-16be' : null;
  if (!encoding) return null;
  const text = new TextDecoder(encoding).decode(bytes).normalize('NFC');
  return { text, encoding, bom: false, score: vietnameseScore(text) };
}

/** Decodes a file's bytes, detecting the encoding (BOM, then strict UTF-8, then the best-scoring legacy one). */
export function decodeText(bytes: Uint8Array): Decoded {
  const marked = byBom(bytes) ?? byZeros(bytes);
  if (marked) return marked;
  const utf8 = strictUtf8(bytes);
  // Legacy 8-bit text is practically never valid UTF-8, so valid UTF-8 is taken as such.
  if (utf8 !== null) return { text: utf8.normalize('NFC'), encoding: 'utf-8', bom: false, score: vietnameseScore(utf8) };
  let best: Decoded | null = null;
  for (const encoding of LEGACY) {
    const text = decodeLegacy(bytes, encoding);
    const score = vietnameseScore(text);
    if (!best || score > best.score) best = { text, encoding, bom: false, score };
  }
  return best!;
}

/** A character no Windows-1252 byte decodes to (most Vietnamese letters): the text is not mojibake. */
const NOT_CP1252 = /[^\u0000-\u00FF\u0152\u0153\u0160\u0161\u0178\u017D\u017E\u0192\u02C6\u02DC\u2013\u2014\u2018-\u201A\u201C-\u201E\u2020-\u2022\u2026\u2030\u2039\u203A\u20AC\u2122]/;

/** The bytes a Windows-1252 reader turned into this text, or null when some character cannot come from it. */
function cp1252Bytes(text: string): Uint8Array | null {
  if (NOT_CP1252.test(text)) return null;
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const byte = ENCODERS.cp1252.get(text[i]!);
    if (byte === undefined) return null;
    out[i] = byte;
  }
  return out;
}

/**
 * Repairs legacy text that reached us already (wrongly) decoded, e.g. a DOCX typed with a ".VnTime"
 * font ("C«ng v¨n") or UTF-8 read as Windows-1252 ("CÃ´ng"). Returns null when the text looks fine.
 */
export function repairMojibake(text: string): { text: string; encoding: EncodingName } | null {
  if (!/[\u0080-\uFFFF]/.test(text)) return null;
  const bytes = cp1252Bytes(text);
  if (!bytes) return null;
  const own = vietnameseScore(text);
  let best: { text: string; encoding: EncodingName; score: number } | null = null;
  const utf8 = strictUtf8(bytes);
  if (utf8 !== null) best = { text: utf8.normalize('NFC'), encoding: 'utf-8', score: vietnameseScore(utf8) };
  for (const encoding of LEGACY) {
    const decoded = decodeLegacy(bytes, encoding);
    const score = vietnameseScore(decoded);
    if (!best || score > best.score) best = { text: decoded, encoding, score };
  }
  // Only a clear win counts: a short genuine text in Latin-1 letters ("Tôi là Hà") must stay as it is.
  if (!best || best.score <= 0 || best.score < own + Math.max(3, Math.abs(own) * 0.5)) return null;
  return { text: best.text, encoding: best.encoding };
}
