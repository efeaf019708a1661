/**
 * Tone-mark placement: "uỷ"/"ủy", "hoà"/"hòa", "thuỷ"/"thủy" are the same word written in two styles.
 * The product stores and displays one canonical form (the new style, `normalizeTone`), compares
 * the two as equal (`sameText`, `toneKey`), and keeps the original wherever the user wrote it.
 */
import { cleanText } from './text';
import { parseSyllable, splitTone, TONE_MARKS, type ToneStyle, toneIndex } from './syllable';

export type { ToneStyle } from './syllable';

const MARK_OF: Record<string, string> = Object.fromEntries(Object.entries(TONE_MARKS).map(([mark, tone]) => [tone, mark]));

/**
 * Moves the tone mark of one word to where `style` puts it ("Thủy" → "Thuỷ" in the new style).
 * Words that are not Vietnamese syllables (names, initials, English) are returned unchanged.
 */
export function placeTone(word: string, style: ToneStyle = 'new'): string {
  const syllable = parseSyllable(word);
  if (!syllable || syllable.tone === 'ngang') return word;
  const { base } = splitTone(word);
  const at = syllable.onset.length + toneIndex(syllable, style);
  const target = base[at]!;
  const marked = (target.normalize('NFD') + MARK_OF[syllable.tone]!).normalize('NFC');
  const placed = base.slice(0, at) + marked + base.slice(at + 1);
  return placed === word.normalize('NFC') ? word : placed;
}

const WORD = /[\p{L}\p{M}]+/gu;
/** Words already placed, per style. Vietnamese has ~7,000 syllables; the cap keeps odd input from growing it. */
const CACHE = { new: new Map<string, string>(), old: new Map<string, string>() };
const CACHE_LIMIT = 20_000;

function cachedPlace(word: string, style: ToneStyle): string {
  const cache = CACHE[style];
  let placed = cache.get(word);
  if (placed === undefined) {
    placed = /^[a-zA-Z]+$/.test(word) ? word : placeTone(word, style);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(word, placed);
  }
  return placed;
}

/** Puts every tone mark of a text in the given style (default: the new style, the canonical form). */
export function normalizeTone(text: string, style: ToneStyle = 'new'): string {
  return text.normalize('NFC').replace(WORD, (word) => cachedPlace(word, style));
}

/** Key under which spellings that differ only in tone placement, NFC/NFD, case or spacing are equal. */
export function toneKey(text: string): string {
  return normalizeTone(cleanText(text)).toLowerCase();
}

/** "Ủy ban" and "Uỷ ban" are the same text; "Ủy ban" and "Uy ban" are not. */
export function sameText(a: string, b: string): boolean {
  return toneKey(a) === toneKey(b);
}
