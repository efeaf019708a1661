import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeLegacy, decodeText, encodeLegacy, type LegacyEncoding, repairMojibake } from './legacy-encoding';

const TABLES = join(import.meta.dirname, 'fixtures', 'tables');
const letters = readFileSync(join(TABLES, 'letters.txt'), 'utf8').trimEnd().split('\n');
const bytesOf = (name: string): Uint8Array => new Uint8Array(readFileSync(join(TABLES, name)));

/** The 134 precomposed Vietnamese letters, built from bases × tones (independent of any table). */
function allLetters(): string[] {
  const out: string[] = [];
  for (const base of ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y']) {
    for (const tone of ['', '\u0301', '\u0300', '\u0309', '\u0303', '\u0323']) {
      const letter = (base + tone).normalize('NFC');
      if (letter.charCodeAt(0) > 127) out.push(letter);
    }
  }
  out.push('đ');
  return [...out, ...out.map((l) => l.toUpperCase())];
}

const REFERENCES: [LegacyEncoding, string][] = [
  ['tcvn3', 'letters.tcvn3-glibc'],
  ['vni', 'letters.vni-xvnkb'],
  ['windows-1258', 'letters.cp1258-python'],
];

describe('bảng mã cũ: đủ 134 chữ cái có dấu, hoa và thường', () => {
  it('danh sách tham chiếu đúng là 134 chữ', () => {
    expect(letters).toEqual(allLetters());
    expect(new Set(letters).size).toBe(134);
  });
  for (const [encoding, file] of REFERENCES) {
    it(`${encoding}: giải mã đúng bảng tham chiếu ${file}, từng chữ`, () => {
      expect(decodeLegacy(bytesOf(file), encoding).split('\n').slice(0, 134)).toEqual(letters);
    });
    it(`${encoding}: mã hoá ra đúng từng byte của ${file}`, () => {
      expect([...encodeLegacy(`${letters.join('\n')}\n`, encoding)]).toEqual([...bytesOf(file)]);
    });
  }
  it('windows-1258: cả 256 byte giải mã như bộ giải mã WHATWG của nền tảng', () => {
    const all = Uint8Array.from({ length: 256 }, (_, i) => i);
    const platform = new TextDecoder('windows-1258').decode(all);
    const ours = [...all].map((b) => decodeLegacy(Uint8Array.of(b), 'windows-1258'));
    expect(ours).toEqual([...platform]);
  });
  it('vni: mỗi chữ theo đúng quy tắc VNI (chữ gốc + một byte dấu; chữ hoa: byte dấu trừ 0x20)', () => {
    const TONE = ['\u0301', '\u0300', '\u0309', '\u0303', '\u0323'];
    const plain = [0xf9, 0xf8, 0xfb, 0xf5, 0xef];
    const circumflex = [0xe2, 0xe1, 0xe0, 0xe5, 0xe3, 0xe4];
    const breve = [0xea, 0xe9, 0xe8, 0xfa, 0xfc, 0xeb];
    const single: Record<string, number> = { í: 0xed, ì: 0xec, ỉ: 0xe6, ĩ: 0xf3, ị: 0xf2, ỵ: 0xee, đ: 0xf1, ơ: 0xf4, ư: 0xf6 };
    const rule = (letter: string): number[] => {
      const lower = letter.toLowerCase();
      const shift = letter === lower ? 0 : 0x20;
      if (single[lower]) return [single[lower] - shift];
      const nfd = lower.normalize('NFD');
      const tone = TONE.indexOf([...nfd].find((c) => TONE.includes(c)) ?? '');
      const base = nfd.replace(/[\u0300\u0301\u0303\u0309\u0323]/g, '').normalize('NFC');
      const head = { â: 'a', ê: 'e', ô: 'o', ă: 'a', ơ: 'ơ', ư: 'ư' }[base] ?? base;
      const first = head === 'ơ' || head === 'ư' ? single[head]! - shift : (shift ? head.toUpperCase() : head).charCodeAt(0);
      const marks = base === 'ă' ? breve : 'âêô'.includes(base) ? circumflex : plain;
      const mark = 'ăâêô'.includes(base) ? marks[tone + 1]! : marks[tone]!;
      return [first, mark - shift];
    };
    for (const letter of letters) expect([...encodeLegacy(letter, 'vni')], letter).toEqual(rule(letter));
  });
});

describe('nhận diện bảng mã', () => {
  const sample = 'Công văn về việc triển khai thực hiện Quy chế dân chủ ở cơ sở năm 2024 của Đảng ủy Khối.';
  for (const encoding of ['tcvn3', 'vni', 'windows-1258'] as const) {
    it(`nhận ra ${encoding} và chuyển về Unicode`, () => {
      const decoded = decodeText(encodeLegacy(sample, encoding));
      expect(decoded.encoding).toBe(encoding);
      expect(decoded.text).toBe(sample);
    });
  }
  it('nhận ra UTF-8 có và không có BOM', () => {
    const utf8 = new TextEncoder().encode(sample);
    expect(decodeText(utf8)).toMatchObject({ encoding: 'utf-8', bom: false, text: sample });
    expect(decodeText(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8]))).toMatchObject({ encoding: 'utf-8', bom: true, text: sample });
  });
  it('nhận ra UTF-16 LE và BE theo BOM, và UTF-16 LE không BOM', () => {
    const le = Uint8Array.from([...sample].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8]));
    const be = Uint8Array.from([...sample].flatMap((c) => [c.charCodeAt(0) >> 8, c.charCodeAt(0) & 0xff]));
    expect(decodeText(Uint8Array.from([0xff, 0xfe, ...le]))).toMatchObject({ encoding: 'utf-16le', bom: true, text: sample });
    expect(decodeText(Uint8Array.from([0xfe, 0xff, ...be]))).toMatchObject({ encoding: 'utf-16be', bom: true, text: sample });
    expect(decodeText(le)).toMatchObject({ encoding: 'utf-16le', bom: false, text: sample });
  });
  it('chuyển chữ TCVN3 kiểu ".VnTimeH" (chữ thường mang dấu trong dòng chữ hoa) thành chữ hoa', () => {
    const heading = encodeLegacy('ĐảNG Bộ TỉNH YÊN BáI\nSố 12-CV/TU', 'tcvn3');
    expect(decodeText(heading).text).toBe('ĐẢNG BỘ TỈNH YÊN BÁI\nSố 12-CV/TU');
  });
});

describe('sửa chữ đã bị giải mã sai', () => {
  it('nhận ra văn bản TCVN3, VNI, Windows-1258 hay UTF-8 đã bị đọc như Windows-1252', () => {
    const sample = 'Ban Thường vụ Đảng ủy Khối đề nghị các chi, đảng bộ cơ sở gửi báo cáo trước ngày 25/10/2024.';
    const cp1252 = new TextDecoder('windows-1252');
    for (const encoding of ['tcvn3', 'vni', 'windows-1258'] as const) {
      expect(repairMojibake(cp1252.decode(encodeLegacy(sample, encoding)))).toEqual({ text: sample, encoding });
    }
    expect(repairMojibake(cp1252.decode(new TextEncoder().encode(sample)))).toEqual({ text: sample, encoding: 'utf-8' });
  });
  it('để nguyên văn bản tiếng Việt đúng, kể cả câu ngắn chỉ có chữ Latin-1', () => {
    expect(repairMojibake('Tôi là Hà')).toBeNull();
    expect(repairMojibake('Đảng ủy Khối')).toBeNull();
    expect(repairMojibake('plain ASCII')).toBeNull();
  });
});
