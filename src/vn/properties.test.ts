/**
 * Property tests (fast-check): invariants that must hold for every input, not just the samples.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from './analyze';
import { formatDate, formatDateLong, fromIso, parseDate, toIso } from './dates';
import { parseLetter } from './directive';
import { lintDirective, RULES } from './lint';
import { type DocSymbol, formatSymbol, parseSymbol } from './symbols';
import { cleanText, normalizeText, searchKey } from './text';
import { normalizeTone } from './tone';
import { defaultVocabulary } from './vocabulary';

const SAMPLE = readFileSync(join(import.meta.dirname, 'fixtures', '1720-CV-DUK.txt'), 'utf8');
const VI = 'aăâbcdđeêghiklmnoôơpqrstuưvxyàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ ÀÁĐƯƠ\t\n.,;:-/“”"()0123456789';
/** Strings that look like letters: Vietnamese letters, digits and the punctuation parsers care about. */
const viText = fc.string({ unit: fc.constantFrom(...VI), maxLength: 300 });
const anyText = fc.string({ unit: 'binary', maxLength: 300 });
/** The sample letter with a random slice replaced by random text: close to real input, still odd. */
const mangled = fc.tuple(fc.nat(SAMPLE.length), fc.nat(400), fc.oneof(viText, anyText)).map(([at, cut, insert]) => SAMPLE.slice(0, at) + insert + SAMPLE.slice(at + cut));

describe('chuẩn hoá văn bản', () => {
  it('chuẩn hoá lần hai không đổi gì (idempotent)', () => {
    fc.assert(fc.property(fc.oneof(anyText, viText), (s) => normalizeText(normalizeText(s)) === normalizeText(s)));
    fc.assert(fc.property(fc.oneof(anyText, viText), (s) => cleanText(cleanText(s)) === cleanText(s)));
    fc.assert(fc.property(viText, (s) => normalizeTone(normalizeTone(s)) === normalizeTone(s)));
  });
  it('khoá tìm kiếm như nhau cho NFC và NFD: fold(x) = fold(NFD(x))', () => {
    fc.assert(fc.property(fc.oneof(anyText, viText), (s) => searchKey(s) === searchKey(s.normalize('NFD'))));
  });
  it('giữ nguyên số dòng', () => {
    fc.assert(fc.property(anyText, (s) => normalizeText(s).split('\n').length === s.split(/\r\n|[\r\n\u0085\u2028\u2029]/).length));
  });
});

const validDate = fc.date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2100, 11, 31)), noInvalidDate: true }).map((d) => ({
  year: d.getUTCFullYear(),
  month: d.getUTCMonth() + 1,
  day: d.getUTCDate(),
}));

describe('ngày', () => {
  it('viết rồi đọc lại ra đúng ngày (dd/mm/yyyy, dạng dài, ISO)', () => {
    fc.assert(
      fc.property(validDate, (d) => {
        expect(parseDate(formatDate(d))?.date).toEqual(d);
        expect(parseDate(formatDateLong(d))?.date).toEqual(d);
        expect(fromIso(toIso(d))).toEqual(d);
      }),
    );
  });
});

const PARTY_TYPES = ['NQ', 'QĐ', 'CT', 'KL', 'QC', 'QĐi', 'HD', 'BC', 'KH', 'ĐA', 'CTr', 'TB', 'CV', 'TTr'];
const STATE_TYPES = ['NQ', 'QĐ', 'CT', 'KH', 'HD', 'BC', 'TB', 'CTr', 'NĐ', 'TT', 'TTLT'];
const PARTY_ISSUERS = ['TW', 'TU', 'HU', 'ĐU', 'ĐUK', 'BDVTU', 'BCĐTU', 'BTGTU', 'ThU'];
const STATE_ISSUERS = ['CP', 'TTg', 'UBND', 'BNV', 'BTC', 'SNV'];
const num = fc.stringMatching(/^\d{1,4}$/);
const base = { year: null, unit: null, term: null };
const symbol: fc.Arbitrary<DocSymbol> = fc.oneof(
  fc.record({ number: num, type: fc.constantFrom(...PARTY_TYPES), issuers: fc.constantFrom(...PARTY_ISSUERS).map((i) => [i]) }).map((s) => ({ ...base, ...s, form: 'party' as const })),
  fc.record({ number: num, type: fc.constantFrom(...STATE_TYPES), issuers: fc.constantFrom(...STATE_ISSUERS).map((i) => [i]) }).map((s) => ({ ...base, ...s, form: 'state' as const })),
  fc.record({ number: num, year: fc.integer({ min: 1990, max: 2030 }), type: fc.constantFrom(...STATE_TYPES), issuers: fc.constantFrom(...STATE_ISSUERS).map((i) => [i]) }).map((s) => ({ ...base, ...s, form: 'legal' as const })),
  fc.record({ number: num, issuers: fc.constant<string[]>(['UBND']), unit: fc.constantFrom('VX', 'VP', 'NC', 'KT') }).map((s) => ({ ...base, ...s, type: 'CV', form: 'state-cv' as const })),
  fc.record({ number: num, year: fc.integer({ min: 1990, max: 2030 }), term: fc.integer({ min: 9, max: 16 }) }).map((s) => ({ ...base, ...s, type: null, issuers: ['QH'], form: 'law' as const })),
);

describe('số ký hiệu', () => {
  it('viết rồi đọc lại ra đúng số ký hiệu', () => {
    fc.assert(
      fc.property(symbol, (s) => {
        expect(parseSymbol(formatSymbol(s))).toEqual(s);
      }),
    );
  });
  it('khoảng trắng thừa quanh "-" và "/" không làm đổi số ký hiệu', () => {
    const spaces = fc.array(fc.constantFrom('', ' ', '  '), { minLength: 8, maxLength: 8 });
    fc.assert(
      fc.property(symbol, spaces, (s, sp) => {
        let i = 0;
        const spaced = formatSymbol(s).replace(/[-/]/g, (sep) => `${sp[i++ % 8]}${sep}${sp[i++ % 8]}`);
        expect(parseSymbol(spaced)).toEqual(s);
      }),
    );
  });
});

describe('không đầu vào nào làm đọc hay kiểm tra văn bản bị lỗi', () => {
  it('phân tích và kiểm tra mọi chuỗi mà không ném lỗi', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, viText, mangled), (text) => {
        const parsed = parseLetter(text);
        const ctx = { directive: parsed.directive, lines: parsed.lines, vocab: defaultVocabulary(), today: parsed.directive.issuedOn };
        for (const rule of RULES) rule(ctx);
        lintDirective(JSON.parse(JSON.stringify(parsed.directive)));
      }),
      { numRuns: 300 },
    );
  });
  it('đọc mọi dãy byte mà không ném lỗi', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 500 }), (bytes) => void analyze(bytes)), { numRuns: 300 });
  });
});
