import type { Db } from '../db/connect';
import { endOfDayVn, vnDate } from '../domain/due-dates';
import { symbolKey } from '../domain/symbol-key';
import { formatDate } from '../vn/index';
import { progressOf } from '../modules/requirements/requirements.progress.queries';
import { requirementsOfSymbol } from '../modules/requirements/requirements.queries';
import { ZIsoDate, type TProgress } from '../modules/requirements/requirements.schemas';
import { openDatabase } from './database';
import { CliError, type CliIO, type Command, EXIT, parseCommandArgs, usageError } from './io';

const USAGE = `Cách dùng: danvan progress --directive SỐ-KÝ-HIỆU [--as-of yyyy-mm-dd] [--json]

In tiến độ thực hiện các yêu cầu của một văn bản chỉ đạo (ví dụ --directive 1720-CV/ĐUK): số đơn vị được giao,
đã gửi, đúng hạn, muộn, quá hạn chưa gửi, đã chấp nhận, danh sách đơn vị chưa gửi; với đăng ký mô hình
"Dân vận khéo" thêm số mô hình. Cùng những con số trang tiến độ hiển thị, trên toàn bộ cây tổ chức.
  --directive  số, ký hiệu văn bản (không phân biệt dấu, hoa thường, khoảng trắng)
  --as-of      tính đến hết ngày này, giờ Việt Nam (mặc định: hôm nay)
  --json       in JSON: { directive, asOf, requirements: [...] }
Cơ sở dữ liệu: DATABASE_URL (PostgreSQL) hoặc DATA_DIR (PGlite, mặc định ./data; hãy dừng máy chủ trước).
Mã thoát: 0 thành công, 2 sai cách dùng, 1 không tìm thấy văn bản hoặc lỗi khác.
`;

export interface DirectiveProgress {
  directive: string;
  asOf: string;
  requirements: (Omit<TProgress, 'requirementId' | 'asOf'> & { id: number; kind: string; title: string; deadline: string })[];
}

/** Progress of every requirement of the directive, over the whole tree, with the same query as the API. */
export async function directiveProgress(db: Db, symbol: string, asOfDate: string | undefined, now: Date): Promise<DirectiveProgress> {
  const reqs = await requirementsOfSymbol(db, symbolKey(symbol));
  if (reqs.length === 0) throw new CliError(`Không tìm thấy văn bản "${symbol}" hoặc văn bản chưa có yêu cầu nào.`);
  const asOf = asOfDate ? endOfDayVn(asOfDate) : now;
  const requirements = [];
  for (const r of reqs) {
    const { requirementId: _, ...p } = await progressOf(db, r.id, { rootPath: '/', asOf }, r.kind === 'model_registration');
    requirements.push({ id: r.id, kind: r.kind, title: r.title, deadline: r.deadline, ...p });
  }
  return { directive: symbol, asOf: asOfDate ?? vnDate(now), requirements };
}

/** The report for a person: dates as dd/mm/yyyy, as everywhere in the interface (the JSON keeps ISO dates). */
export function humanReport(p: DirectiveProgress): string {
  const lines = [`Tiến độ thực hiện ${p.directive} tính đến ngày ${formatDate(p.asOf)}:`];
  for (const r of p.requirements) {
    lines.push('', `• ${r.title} (hạn ${formatDate(r.deadline)})`,
      `  Được giao ${r.targeted}; đã gửi ${r.submitted}/${r.targeted} (đúng hạn ${r.onTime}, muộn ${r.late}); quá hạn chưa gửi ${r.missing}; chưa đến hạn ${r.notYetDue}; đã chấp nhận ${r.accepted}.`);
    if (r.models) lines.push(`  Mô hình: ${r.models.total} (cấp Khối ${r.models.khoi}, cấp cơ sở ${r.models.coSo}: tiếp tục ${r.models.coSoContinuing}, mới ${r.models.coSoNew}).`);
    if (r.missingUnits.length > 0) lines.push(`  Chưa gửi: ${r.missingUnits.map((u) => u.name).join('; ')}.`);
  }
  return `${lines.join('\n')}\n`;
}

export const command: Command = {
  name: 'progress',
  usage: USAGE,
  async run(argv: string[], io: CliIO): Promise<number> {
    const { values } = parseCommandArgs(argv, { directive: { type: 'string' }, 'as-of': { type: 'string' }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } });
    if (values.help) {
      io.stdout.write(USAGE);
      return EXIT.ok;
    }
    if (!values.directive?.trim()) throw usageError('Thiếu --directive. Xem danvan progress --help.');
    const asOf = values['as-of'];
    if (asOf !== undefined && !ZIsoDate.safeParse(asOf).success) throw usageError(`--as-of "${asOf}" không phải ngày yyyy-mm-dd có thật.`);
    const { database } = await openDatabase(io.env);
    try {
      const p = await directiveProgress(database.db, values.directive.trim(), asOf, new Date());
      io.stdout.write(values.json ? `${JSON.stringify(p, null, 2)}\n` : humanReport(p));
      return EXIT.ok;
    } finally {
      await database.close();
    }
  },
};
