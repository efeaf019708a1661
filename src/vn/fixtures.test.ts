/**
 * Golden tests: every letter in ./fixtures is analysed and compared with the JSON next to it.
 * After an intended change, review the diff and refresh them with
 *   UPDATE_EXPECTED=1 npx vitest run src/vn/fixtures.test.ts
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from './analyze';

const DIR = join(import.meta.dirname, 'fixtures');
const LETTERS = readdirSync(DIR).filter((f) => !f.startsWith('.') && !f.endsWith('.json') && f !== 'legacy-source.txt' && f !== 'tables');
const expectedPath = (file: string): string => join(DIR, `${file.replace(/\.[^.]+$/, '')}.expected.json`);

function run(file: string) {
  const raw = readFileSync(join(DIR, file));
  const { encoding, directive, findings } = analyze(file.endsWith('.txt') ? raw.toString('utf8') : new Uint8Array(raw));
  return JSON.parse(JSON.stringify({ encoding: encoding ?? null, directive, findings }));
}

describe('các văn bản mẫu cho ra đúng JSON đã duyệt', () => {
  it('có ít nhất 8 văn bản mẫu ngoài công văn 1720', () => {
    expect(LETTERS.filter((f) => !f.startsWith('1720')).length).toBeGreaterThanOrEqual(8);
  });
  for (const file of LETTERS) {
    it(file, () => {
      const actual = run(file);
      if (process.env.UPDATE_EXPECTED) writeFileSync(expectedPath(file), `${JSON.stringify(actual, null, 2)}\n`);
      expect(actual).toEqual(JSON.parse(readFileSync(expectedPath(file), 'utf8')));
    });
  }
});

describe('cùng một văn bản dù nhận ở dạng nào', () => {
  it('bản NFD cho ra đúng kết quả của bản NFC', () => {
    expect(run('05-cv-nfd.txt').directive).toEqual(run('01-cv-dang-sach.txt').directive);
  });
  it('bản UTF-16 cho ra đúng kết quả của bản UTF-8', () => {
    expect(run('10-cv-utf16.utf16le').directive).toEqual(run('03-cv-nhanuoc-sach.txt').directive);
  });
  it('bản TCVN3, VNI, Windows-1258 cho ra đúng chữ của bản gốc Unicode và cùng một kết quả', () => {
    const source = readFileSync(join(DIR, 'legacy-source.txt'), 'utf8');
    const results = ['06-cv-tcvn3.tcvn3', '07-cv-vni.vni', '08-cv-cp1258.cp1258'].map((f) => {
      const result = analyze(new Uint8Array(readFileSync(join(DIR, f))));
      expect(result.text).toBe(source);
      return result.directive;
    });
    expect(results[1]).toEqual(results[0]);
    expect(results[2]).toEqual(results[0]);
    expect(results[0]).toEqual(analyze(source).directive);
  });
});
