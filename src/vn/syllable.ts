/**
 * Vietnamese syllable structure: onset + nucleus (vowels) + coda, and one tone.
 * Used to place tone marks (old / new style) and to score how Vietnamese a decoded text looks
 * (legacy-encoding detection). Lenient on rare spellings, strict on what mojibake breaks.
 */

export type Tone = 'ngang' | 'sac' | 'huyen' | 'hoi' | 'nga' | 'nang';

/** Combining tone marks (NFD) → tone. */
export const TONE_MARKS: Readonly<Record<string, Tone>> = {
  '\u0301': 'sac',
  '\u0300': 'huyen',
  '\u0309': 'hoi',
  '\u0303': 'nga',
  '\u0323': 'nang',
};

const ONSETS = ['ngh', 'ng', 'nh', 'ch', 'gh', 'gi', 'kh', 'ph', 'qu', 'th', 'tr', 'b', 'c', 'd', 'đ', 'g', 'h', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'x', ''];
const CODAS = ['ch', 'ng', 'nh', 'c', 'm', 'n', 'p', 't', ''];
const NUCLEI = new Set(
  (
    'a ă â e ê i o ô ơ u ư y ' +
    'ai ao au ay âu ây eo êu ia iê iu oa oă oe oi oo ôi ơi ua uâ uê ui uô uơ uy ưa ưi ươ ưu yê ' +
    'oai oay oeo uây uôi uya uyê uyu ươi ươu iêu yêu uơi'
  ).split(' '),
);
/** Vowels carrying a quality mark: the tone goes on them whatever the style. */
const MARKED_VOWELS = new Set(['ă', 'â', 'ê', 'ô', 'ơ', 'ư']);
const FRONT = /^[ieêy]/;

export interface ToneSplit {
  /** The word in NFC without its tone mark(s); case kept. */
  base: string;
  tone: Tone;
  /** How many tone marks the word had (a valid syllable has at most one). */
  marks: number;
}

/** Separates a word's tone mark from its letters ("Thủy" → base "Thuy", tone "hoi"). */
export function splitTone(word: string): ToneSplit {
  let tone: Tone = 'ngang';
  let marks = 0;
  let rest = '';
  for (const ch of word.normalize('NFD')) {
    const t = TONE_MARKS[ch];
    if (t) {
      tone = t;
      marks++;
    } else rest += ch;
  }
  return { base: rest.normalize('NFC'), tone, marks };
}

export interface Syllable {
  onset: string;
  nucleus: string;
  coda: string;
  tone: Tone;
}

/** Splits a lower-case toneless word into onset / nucleus / coda, or null when none fits. */
function splitParts(lower: string): Omit<Syllable, 'tone'> | null {
  for (const onset of ONSETS) {
    if (!lower.startsWith(onset)) continue;
    const rest = lower.slice(onset.length);
    for (const coda of CODAS) {
      if (!rest.endsWith(coda)) continue;
      const nucleus = rest.slice(0, rest.length - coda.length);
      if (NUCLEI.has(nucleus) && spellingAllowed(onset, nucleus)) return { onset, nucleus, coda };
    }
  }
  return null;
}

/** Spelling rules that mis-decoded text breaks: k/gh/ngh only before i e ê y, c/g/ng never there. */
function spellingAllowed(onset: string, nucleus: string): boolean {
  const front = FRONT.test(nucleus);
  if (onset === 'k' || onset === 'gh' || onset === 'ngh') return front;
  if (onset === 'c' || onset === 'ng') return !front;
  if (onset === 'g') return !front || nucleus.startsWith('i');
  if (onset === 'qu') return !nucleus.startsWith('u') && !nucleus.startsWith('o');
  return true;
}

/** Parses one word as a Vietnamese syllable; null when it is not one (English, mojibake, initials). */
export function parseSyllable(word: string): Syllable | null {
  const { base, tone, marks } = splitTone(word);
  if (marks > 1 || base.length === 0 || base.length > 7) return null;
  const lower = base.toLowerCase();
  if (!/^[a-zđăâêôơư]+$/.test(lower)) return null;
  const parts = splitParts(lower);
  if (!parts) return null;
  // Stopped codas (c ch p t) take only the rising or the heavy tone: "các", "mạc", never "càc".
  if (/^(c|ch|p|t)$/.test(parts.coda) && tone !== 'sac' && tone !== 'nang') return null;
  return { ...parts, tone };
}

export function isVietnameseSyllable(word: string): boolean {
  return parseSyllable(word) !== null;
}

export type ToneStyle = 'new' | 'old';

/**
 * Index, inside the nucleus, of the vowel that carries the tone.
 * New style (Bộ GD&ĐT 1984, QĐ 1989/QĐ-BGDĐT 2018): "hoà", "thuỷ", "uỷ"; old style: "hòa", "thủy", "ủy".
 * The two differ only for oa / oe / uy without a final consonant.
 */
export function toneIndex(s: Syllable, style: ToneStyle): number {
  const n = s.nucleus;
  for (let i = n.length - 1; i >= 0; i--) if (MARKED_VOWELS.has(n[i]!)) return i;
  if (s.coda !== '') return n.length - 1;
  if (n.length === 3) return 1;
  if (n.length === 2) return style === 'new' && /^(oa|oe|uy)$/.test(n) ? 1 : 0;
  return 0;
}
