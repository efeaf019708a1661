/**
 * The configurable vocabulary of document types and issuers. Party document rules change (boards
 * merge, codes are renamed), so the data lives in ./data/*.json, is loaded through plain imports
 * (it works in the browser too) and can be extended or overridden without code changes.
 */
import docTypesData from './data/doc-types.json';
import issuersData from './data/issuers.json';
import { cleanText, foldText } from './text';

export type DocSystem = 'party' | 'state';
export type IssuerKind = 'party' | 'state' | 'mass';

export interface Issuer {
  code: string;
  name: string;
  kind: IssuerKind;
  /** Names that identify the issuer in a letter ("Ban Dân vận Tỉnh ủy"). */
  patterns: string[];
}

export interface DocType {
  /** Abbreviation in symbols ("KH"); null for a type cited by name only ("Luật"). */
  abbr: string | null;
  name: string;
  systems: DocSystem[];
  aliases?: string[];
}

export interface PartyBoard {
  prefix: string;
  name: string;
}

export interface PartyLevel {
  suffix: string;
  names: string[];
}

export interface VocabularyInput {
  issuers?: Issuer[];
  docTypes?: DocType[];
  partyBoards?: PartyBoard[];
  partyLevels?: PartyLevel[];
}

export interface NamePattern<T> {
  /** Folded name ("ban dan van tinh uy"). */
  key: string;
  value: T;
}

/**
 * Folded names indexed by their first two words and by their last two words (one-word names by
 * that word), each list longest first: a lookup then tries a handful of names, not all of them.
 */
export interface NameIndex<T> {
  byHead: ReadonlyMap<string, readonly NamePattern<T>[]>;
  byTail: ReadonlyMap<string, readonly NamePattern<T>[]>;
  byKey: ReadonlyMap<string, readonly T[]>;
}

export interface Vocabulary {
  readonly issuers: ReadonlyMap<string, Issuer>;
  /** Issuers by upper-cased code, for codes typed in the wrong case ("Ttg"). */
  readonly issuersUpper: ReadonlyMap<string, Issuer>;
  /** Document types by abbreviation (TT has two: Thông tri, Thông tư). */
  readonly typesByAbbr: ReadonlyMap<string, readonly DocType[]>;
  readonly docTypes: readonly DocType[];
  /** Issuer names, folded; longest first, so "Ban Thường vụ Tỉnh ủy" wins over "Tỉnh ủy". */
  readonly issuerNames: NameIndex<Issuer>;
  /** Document type names and aliases, folded. */
  readonly typeNames: NameIndex<DocType>;
  /** The input it was built from, so it can be extended again. */
  readonly source: Required<VocabularyInput>;
}

/** Folded form used for every name comparison (no diacritics, lower case, single spaces). */
export const foldName = (name: string): string => foldText(cleanText(name));

/** Board × level ("Ban Dân vận" × "Tỉnh ủy" = BDVTU), then explicit entries merged in by code. */
function buildIssuers(input: Required<VocabularyInput>): Map<string, Issuer> {
  const map = new Map<string, Issuer>();
  for (const board of input.partyBoards) {
    for (const level of input.partyLevels) {
      const names = level.names.map((n) => `${board.name} ${n}`);
      map.set(board.prefix + level.suffix, { code: board.prefix + level.suffix, name: names[0]!, kind: 'party', patterns: names });
    }
  }
  for (const issuer of input.issuers) {
    const composed = map.get(issuer.code);
    const patterns = [...new Set([...(composed?.patterns ?? []), ...issuer.patterns])];
    map.set(issuer.code, { ...issuer, patterns });
  }
  return map;
}

function indexNames<T>(patterns: NamePattern<T>[]): NameIndex<T> {
  const sorted = patterns.filter((p) => p.key.length > 0).sort((a, b) => b.key.length - a.key.length);
  const group = (word: (key: string) => string): Map<string, NamePattern<T>[]> => {
    const map = new Map<string, NamePattern<T>[]>();
    for (const p of sorted) map.set(word(p.key), [...(map.get(word(p.key)) ?? []), p]);
    return map;
  };
  const byKey = new Map<string, T[]>();
  for (const p of sorted) byKey.set(p.key, [...(byKey.get(p.key) ?? []), p.value]);
  const head = (k: string): string => k.split(' ').slice(0, 2).join(' ');
  const tail = (k: string): string => k.split(' ').slice(-2).join(' ');
  return { byHead: group(head), byTail: group(tail), byKey };
}

/** Builds a vocabulary: the input's lists are appended to `base` (entries with the same code or abbreviation replace it). */
export function createVocabulary(input: VocabularyInput = {}, base: Required<VocabularyInput> = defaultSource()): Vocabulary {
  const replaceBy = <T>(list: T[], extra: T[] | undefined, key: (t: T) => string): T[] => {
    const keys = new Set((extra ?? []).map(key));
    return [...list.filter((t) => !keys.has(key(t))), ...(extra ?? [])];
  };
  const source: Required<VocabularyInput> = {
    issuers: replaceBy(base.issuers, input.issuers, (i) => i.code),
    docTypes: replaceBy(base.docTypes, input.docTypes, (t) => `${t.abbr ?? t.name}|${t.systems.join()}`),
    partyBoards: replaceBy(base.partyBoards, input.partyBoards, (b) => b.prefix),
    partyLevels: replaceBy(base.partyLevels, input.partyLevels, (l) => l.suffix),
  };
  const issuers = buildIssuers(source);
  const issuerNames = indexNames([...issuers.values()].flatMap((issuer) => issuer.patterns.map((p) => ({ key: foldName(p), value: issuer }))));
  const typeNames = indexNames(source.docTypes.flatMap((type) => [type.name, ...(type.aliases ?? [])].map((n) => ({ key: foldName(n), value: type }))));
  const issuersUpper = new Map([...issuers.values()].map((i) => [i.code.toUpperCase(), i]));
  const typesByAbbr = new Map<string, DocType[]>();
  for (const t of source.docTypes) if (t.abbr) typesByAbbr.set(t.abbr, [...(typesByAbbr.get(t.abbr) ?? []), t]);
  return { issuers, issuersUpper, typesByAbbr, docTypes: source.docTypes, issuerNames, typeNames, source };
}

function defaultSource(): Required<VocabularyInput> {
  return {
    issuers: issuersData.issuers as Issuer[],
    docTypes: docTypesData.docTypes as DocType[],
    partyBoards: issuersData.partyBoards,
    partyLevels: issuersData.partyLevels,
  };
}

let current: Vocabulary | null = null;

/** The vocabulary used when none is passed: the data files, plus whatever `extendVocabulary` added. */
export function defaultVocabulary(): Vocabulary {
  current ??= createVocabulary();
  return current;
}

/** Adds to (or overrides in) the default vocabulary, e.g. a deployment's own issuer codes. */
export function extendVocabulary(input: VocabularyInput): Vocabulary {
  current = createVocabulary(input, defaultVocabulary().source);
  return current;
}

/** Back to the data files alone (for tests). */
export function resetVocabulary(): void {
  current = null;
}
