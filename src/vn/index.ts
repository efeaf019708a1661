/**
 * The Vietnamese text and official-document toolkit. Pure functions, no I/O: runs in Node and in
 * the browser. See README.md in this folder for the API and the JSON shapes.
 */
export { type Analysis, analyze, type AnalyzeOptions, type EncodingInfo } from './analyze';
export { type DateMatch, dateAt, findDates, formatDate, formatDateLong, fromIso, isValidDate, parseDate, toIso, type VnDate } from './dates';
export { parseDirective, parseLetter, type ParsedLetter, type ParseOptions } from './directive';
export type * from './directive/types';
export { docTypeByAbbr, issuerByCode, issuerCodesForName } from './issuers';
export { decodeLegacy, type Decoded, decodeText, encodeLegacy, type EncodingName, type LegacyEncoding, repairMojibake, vietnameseScore } from './legacy-encoding';
export { type Finding, LINT_CODES, type LintCode, lintDirective, type LintOptions, type Severity } from './lint';
export { type DocSymbol, findSymbols, formatSymbol, parseSymbol, type SymbolForm, type SymbolMatch } from './symbols';
export { isVietnameseSyllable, parseSyllable } from './syllable';
export { cleanText, compareVi, foldText, normalizeText, searchKey } from './text';
export { normalizeTone, placeTone, sameText, toneKey, type ToneStyle } from './tone';
export {
  createVocabulary, type DocType, defaultVocabulary, extendVocabulary, type Issuer, resetVocabulary, type Vocabulary, type VocabularyInput,
} from './vocabulary';
