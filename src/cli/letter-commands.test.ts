import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docxWithDocumentXml, pdfOf, sampleDocx } from '../modules/documents/documents.fixtures';
import { analyze } from '../vn/index';

const BIN = fileURLToPath(new URL('../../bin/danvan.js', import.meta.url));
const FIXTURES = fileURLToPath(new URL('../vn/fixtures/', import.meta.url));
const SAMPLE = join(FIXTURES, '1720-CV-DUK.txt');

interface Run { code: number | null; stdout: string; stderr: string }

/**
 * `node bin/danvan.js …` as a user runs it. DATABASE_URL points nowhere and DATA_DIR at a folder that
 * must never appear: these commands must not touch a database.
 */
function danvan(args: string[], env: Record<string, string>, stdin = ''): Promise<Run> {
  const child = spawn(process.execPath, [BIN, ...args], { env: { ...process.env, ...env }, stdio: ['pipe', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  child.stdin.end(stdin);
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

// Each case spawns Node with tsx (about a second each, more on a busy machine).
describe('danvan parse / lint / normalize (dòng lệnh)', { timeout: 60_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'danvan-letters-'));
  const dataDir = join(dir, 'khong-duoc-tao');
  const env = { DATA_DIR: dataDir, DATABASE_URL: 'postgres://khong-co@127.0.0.1:1/khong-co' };
  const run = (args: string[], stdin?: string) => danvan(args, env, stdin);
  const file = (name: string, data: string | Buffer) => {
    writeFileSync(join(dir, name), data);
    return join(dir, name);
  };
  let docx: string;
  beforeAll(async () => {
    docx = file('cong-van-1720.docx', await sampleDocx());
  });
  afterAll(() => {
    expect(existsSync(dataDir)).toBe(false);
    rmSync(dir, { recursive: true, force: true });
  });

  it('parse in công văn mẫu dễ đọc: tiêu đề, nơi nhận, văn bản được dẫn, nhiệm vụ với hạn và kỳ, liên hệ', async () => {
    const r = await run(['parse', SAMPLE]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Công văn số 1720-CV\/ĐUK\n/);
    expect(r.stdout).toContain('Cơ quan ban hành: ĐẢNG UỶ KHỐI CƠ QUAN VÀ DOANH NGHIỆP TỈNH (mã ĐUK)');
    expect(r.stdout).toContain('Địa danh, ngày  : Yên Bái, 22/05/2024');
    expect(r.stdout).toContain('Kính gửi (2)\n  - Các chi, đảng bộ cơ sở\n  - Các đoàn thể khối');
    expect(r.stdout).toContain('780-CV/BDVTU — Công văn, Ban Dân vận Tỉnh uỷ, 13/05/2024 (dòng 21)');
    expect(r.stdout).toContain('Hạn: 01/09/2024 · Kỳ: 01/10/2023 – 30/09/2024 · mục 3 (dòng 27)');
    expect(r.stdout).toContain('Tính đến 15/05/2024: 30/74 chi, đảng bộ cơ sở');
    expect(r.stdout).toContain('Nguyễn Đức Phương — Ủy viên Ban Thường vụ, Trưởng ban Tuyên giáo Đảng ủy Khối — ĐT 0915367487');
    expect(r.stdout).toMatch(/Kiểm tra: \d+ lỗi, \d+ cảnh báo, \d+ lưu ý\./);
  });

  it('parse --json in đúng các trường của hợp đồng, ngày ISO, số điện thoại chỉ có chữ số', async () => {
    const r = await run(['parse', SAMPLE, '--json']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(Object.keys(json)).toEqual(['symbol', 'number', 'type', 'typeName', 'issuer', 'issuerCode', 'parentIssuer', 'place', 'issuedOn', 'subject', 'recipients', 'sections', 'references', 'tasks', 'stats', 'contacts']);
    expect(Object.keys(json.sections[0])).toEqual(['number', 'title']);
    expect(Object.keys(json.references[0])).toEqual(['symbol', 'type', 'number', 'issuerCode', 'issuer', 'date', 'title']);
    expect(Object.keys(json.tasks[0])).toEqual(['section', 'text', 'assignees', 'deadline', 'period']);
    expect(Object.keys(json.stats[0])).toEqual(['asOf', 'text', 'numerator', 'denominator']);
    expect(json.contacts).toEqual([{ name: 'Nguyễn Đức Phương', position: 'Ủy viên Ban Thường vụ, Trưởng ban Tuyên giáo Đảng ủy Khối', phone: '0915367487' }]);
    expect(json).toMatchObject({ symbol: '1720-CV/ĐUK', issuedOn: '2024-05-22', issuerCode: 'ĐUK' });
    const expected = analyze(readFileSync(SAMPLE)).directive;
    expect(json.references.map((x: { symbol: string }) => x.symbol)).toEqual(expected.references.map((x) => x.symbol));
    expect(json.tasks.find((t: { deadline: string }) => t.deadline === '2024-09-01').period).toEqual({ from: '2023-10-01', to: '2024-09-30' });
  });

  it('lint báo từng lỗi với dòng và lời giải thích, mã thoát 1 khi có lỗi; --json cho { findings }', async () => {
    const [text, json] = await Promise.all([run(['lint', SAMPLE]), run(['lint', '--json', SAMPLE])]);
    expect(text.code).toBe(1);
    expect(text.stdout).toMatch(/dòng 21 +lỗi +“780-CV\/BDVTU” được dẫn với hai ngày khác nhau: 19\/04\/2027 \(dòng 21\) và 13\/05\/2024 \(dòng 30\)\. +\[REF_DATE_CONFLICT\]/);
    expect(text.stdout).toMatch(/dòng 32 +lỗi +Không có cơ quan ban hành mã “TY” trong “116-NQ\/TY”.* \[REF_UNKNOWN_ISSUER\]/);
    expect(json.code).toBe(1);
    const body = JSON.parse(json.stdout);
    expect(Object.keys(body)).toEqual(['findings']);
    expect(body.findings).toEqual(JSON.parse(JSON.stringify(analyze(readFileSync(SAMPLE)).findings)));
  });

  it('lint: chỉ có cảnh báo thì mã thoát 0; văn bản sạch thì báo không có lỗi', async () => {
    const warned = join(FIXTURES, '11-cv-thieu-ngay.txt');
    const found = analyze(readFileSync(warned)).findings;
    expect(found.length > 0 && found.every((f) => f.severity !== 'error'), 'văn bản mẫu 11 chỉ có cảnh báo').toBe(true);
    const [warnings, clean] = await Promise.all([run(['lint', warned]), run(['lint', join(FIXTURES, '01-cv-dang-sach.txt')])]);
    expect(warnings.code).toBe(0);
    expect(warnings.stdout).toMatch(/cảnh báo/);
    expect(clean.code).toBe(0);
    expect(clean.stdout).toMatch(/không phát hiện lỗi nào/);
  });

  it('đọc tệp Word, PDF có lớp chữ, và văn bản từ stdin ("-")', { timeout: 60_000 }, async () => {
    const pdf = file('cv.pdf', pdfOf(['So 1720-CV/DUK', 'Kinh gui: cac chi bo']));
    const [word, fromPdf, piped] = await Promise.all([
      run(['parse', docx, '--json']),
      run(['normalize', pdf]),
      run(['lint', '-', '--json'], readFileSync(SAMPLE, 'utf8')),
    ]);
    expect(word.code).toBe(0);
    expect(JSON.parse(word.stdout)).toMatchObject({ symbol: '1720-CV/ĐUK', issuedOn: '2024-05-22', recipients: ['Các chi, đảng bộ cơ sở', 'Các đoàn thể khối'] });
    expect(fromPdf).toMatchObject({ code: 0, stdout: 'So 1720-CV/DUK\nKinh gui: cac chi bo\n' });
    expect(piped.code).toBe(1);
    expect(JSON.parse(piped.stdout).findings.map((f: { code: string }) => f.code)).toContain('REF_DATE_CONFLICT');
  });

  it('normalize chuyển tệp TCVN3 sang Unicode, báo bảng mã trên stderr để stdout chỉ có văn bản', async () => {
    const r = await run(['normalize', join(FIXTURES, '06-cv-tcvn3.tcvn3')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`${readFileSync(join(FIXTURES, 'legacy-source.txt'), 'utf8')}\n`);
    expect(r.stderr).toMatch(/Đã chuyển từ bảng mã TCVN3/);
  });

  it('tệp không đọc được và sai cách dùng: mã thoát 2 với thông báo tiếng Việt', { timeout: 90_000 }, async () => {
    const big = file('lon.txt', '');
    truncateSync(big, 21 * 1024 * 1024);
    const cases: [string[], RegExp][] = [
      [['parse', join(dir, 'khong-co.txt')], /Không tìm thấy tệp ".*khong-co.txt"/],
      [['lint', file('rong.txt', '')], /rong.txt: Tệp rỗng/],
      [['parse', file('scan.pdf', pdfOf([]))], /không có lớp chữ \(có lẽ là bản quét/],
      [['lint', file('la.bin', Buffer.from(Array.from({ length: 2048 }, (_, i) => (i * 7919) % 256)))], /Không nhận ra loại tệp/],
      [['parse', file('hong.docx', docxWithDocumentXml('<w:document><chua-dong'))], /Tệp Word \(\.docx\) bị hỏng/],
      [['normalize', big], /lớn hơn 20 MB/],
      [['parse', dir], /là thư mục, không phải tệp/],
      [['parse'], /Thiếu tên tệp/],
      [['lint', SAMPLE, docx], /Tham số thừa/],
      [['normalize', SAMPLE, '--json'], /Không có tùy chọn --json/],
    ];
    // Three at a time: enough to be quick, few enough not to starve the other test files of CPU.
    for (let i = 0; i < cases.length; i += 3) {
      const batch = cases.slice(i, i + 3);
      const runs = await Promise.all(batch.map(([args]) => run(args)));
      runs.forEach((r, k) => {
        const [args, message] = batch[k]!;
        expect(r.code, args.join(' ')).toBe(2);
        expect(r.stderr, args.join(' ')).toMatch(message);
        expect(r.stdout, args.join(' ')).toBe('');
      });
    }
  });

  it('danvan --help liệt kê parse, lint, normalize; mỗi lệnh có --help riêng', async () => {
    const [all, lint] = await Promise.all([run(['--help']), run(['lint', '--help'])]);
    expect(all.stdout).toMatch(/parse\s+đọc một văn bản/);
    expect(all.stdout).toMatch(/lint\s+kiểm tra lỗi/);
    expect(all.stdout).toMatch(/normalize\s+in văn bản đã sửa/);
    expect(lint.code).toBe(0);
    expect(lint.stdout).toMatch(/Mã thoát: 0 .*\n1 có ít nhất một lỗi, 2 sai cách dùng/);
  });
});
