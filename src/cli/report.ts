import { writeFile } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import type { Db } from '../db/connect';
import { vnDate } from '../domain/due-dates';
import { docxToPdf, PDF_PACKAGE } from '../modules/reports/reports.pdf';
import { ZReportDate } from '../modules/reports/reports.schemas';
import { buildSummary, summaryDocx, summarySourceOfSymbol } from '../modules/reports/reports.summary';
import { AppError } from '../app/errors';
import { openDatabase } from './database';
import { CliError, type CliIO, type Command, EXIT, parseCommandArgs, usageError } from './io';

const USAGE = `Cách dùng: danvan report --directive SỐ-KÝ-HIỆU [--as-of yyyy-mm-dd] [--number SỐ] --out TỆP.docx|TỆP.pdf

Viết báo cáo tổng hợp kết quả thực hiện một văn bản chỉ đạo (ví dụ --directive 1720-CV/ĐUK) theo thể thức văn bản
của Đảng: số liệu tính từ dữ liệu trên toàn bộ cây tổ chức, lời văn theo mẫu của cấp ủy (sửa ở trang Báo cáo).
  --directive  số, ký hiệu văn bản (không phân biệt dấu, hoa thường, khoảng trắng)
  --as-of      tính đến hết ngày này, giờ Việt Nam (mặc định: hôm nay)
  --number     số của báo cáo (mặc định để trống cho văn thư điền)
  --out        tệp ghi ra: .docx, hoặc .pdf (cần LibreOffice: gói Debian ${PDF_PACKAGE})
Cơ sở dữ liệu: DATABASE_URL (PostgreSQL) hoặc DATA_DIR (PGlite, mặc định ./data; hãy dừng máy chủ trước).
Mã thoát: 0 thành công, 2 sai cách dùng, 1 không tìm thấy văn bản, chưa cài LibreOffice hoặc lỗi khác.
`;

export interface ReportOptions { directive: string; asOf: string; number: string | null; format: 'docx' | 'pdf' }

/** The report's bytes, or a CliError the user can act on. */
export async function directiveReport(db: Db, o: ReportOptions, now: Date): Promise<Buffer> {
  const source = await summarySourceOfSymbol(db, o.directive, o.asOf);
  if (!source) throw new CliError(`Không tìm thấy văn bản "${o.directive}" hoặc văn bản chưa có yêu cầu nào.`);
  const docx = await summaryDocx(await buildSummary(db, source, now, o.number));
  if (o.format === 'docx') return docx;
  try {
    return await docxToPdf(docx);
  } catch (err) {
    if (err instanceof AppError) throw new CliError(err.message);
    throw err;
  }
}

function options(argv: string[]): ReportOptions & { out: string } | 'help' {
  const { values } = parseCommandArgs(argv, {
    directive: { type: 'string' }, 'as-of': { type: 'string' }, number: { type: 'string' }, out: { type: 'string', short: 'o' }, help: { type: 'boolean', short: 'h' },
  });
  if (values.help) return 'help';
  if (!values.directive?.trim()) throw usageError('Thiếu --directive. Xem danvan report --help.');
  if (!values.out?.trim()) throw usageError('Thiếu --out TỆP.docx hoặc TỆP.pdf. Xem danvan report --help.');
  const format = extname(values.out).toLowerCase().slice(1);
  if (format !== 'docx' && format !== 'pdf') throw usageError(`--out "${values.out}": chỉ ghi được tệp .docx hoặc .pdf.`);
  const asOf = values['as-of'];
  if (asOf !== undefined && !ZReportDate.safeParse(asOf).success) throw usageError(`--as-of "${asOf}" không phải ngày yyyy-mm-dd có thật.`);
  if (values.number !== undefined && !/^\d{1,6}$/.test(values.number)) throw usageError(`--number "${values.number}": số báo cáo gồm 1 đến 6 chữ số.`);
  return { directive: values.directive.trim(), asOf: asOf ?? vnDate(new Date()), number: values.number ?? null, format, out: values.out };
}

export const command: Command = {
  name: 'report',
  usage: USAGE,
  async run(argv: string[], io: CliIO): Promise<number> {
    const o = options(argv);
    if (o === 'help') {
      io.stdout.write(USAGE);
      return EXIT.ok;
    }
    const { database } = await openDatabase(io.env);
    try {
      const bytes = await directiveReport(database.db, o, new Date());
      const path = resolve(o.out);
      await writeFile(path, bytes).catch((err: Error) => { throw new CliError(`Không ghi được tệp ${path}: ${err.message}`); });
      io.stdout.write(`Đã ghi báo cáo ${o.directive} tính đến ngày ${o.asOf.split('-').reverse().join('/')} vào ${path}\n`);
      return EXIT.ok;
    } finally {
      await database.close();
    }
  },
};
