import type { ChangeContext } from '../app/actor';
import type { Db, Trx } from '../db/connect';
import { isUniqueViolation } from '../db/errors';
import { checkPassword, PASSWORD_MESSAGES } from '../domain/password-policy';
import { hashPassword } from '../modules/auth/password-hash';
import { insertUnit } from '../modules/units/units.queries';
import { ZUnitCode, ZUnitName } from '../modules/units/units.schemas';
import { insertUser, usernameTaken } from '../modules/users/users.queries';
import { ZUsername } from '../modules/users/users.schemas';
import { openDatabase } from './database';
import { type CliIO, type Command, EXIT, parseCommandArgs, usageError } from './io';
import { readPassword } from './password-input';

export const PASSWORD_ENV = 'DANVAN_ADMIN_PASSWORD';

const USAGE = `Cách dùng: danvan create-admin --username TÊN --full-name "HỌ VÀ TÊN" [--unit-code MÃ --unit-name "TÊN ĐƠN VỊ"]

Tạo tài khoản quản trị (admin), thường là tài khoản đầu tiên của một hệ thống thật (khởi động với DEMO=0).
  --username    tên đăng nhập: chữ không dấu, số, dấu chấm, gạch dưới, gạch ngang
  --full-name   họ và tên
  --unit-code   mã đơn vị của quản trị viên. Cơ sở dữ liệu chưa có đơn vị nào: đơn vị gốc được tạo với mã này
                (bắt buộc, cùng --unit-name). Đã có đơn vị: mặc định là đơn vị gốc duy nhất.
  --unit-name   tên đơn vị gốc sẽ tạo (chỉ dùng khi cơ sở dữ liệu chưa có đơn vị nào)

Mật khẩu: lấy từ biến môi trường ${PASSWORD_ENV}; không có thì đọc từ bàn phím (ẩn, nhập hai lần)
hoặc dòng đầu tiên của stdin. Ít nhất 12 ký tự, có chữ và số, không chứa tên đăng nhập, không phổ biến.
Cơ sở dữ liệu: DATABASE_URL (PostgreSQL) hoặc DATA_DIR (PGlite, mặc định ./data; hãy dừng máy chủ trước).
Mã thoát: 0 thành công, 2 sai cách dùng hoặc dữ liệu không hợp lệ, 1 lỗi khác.
`;

export interface CreateAdminInput {
  username: string;
  fullName: string;
  unitCode?: string;
  unitName?: string;
  password: string;
}

export interface CreateAdminResult {
  userId: number;
  username: string;
  unit: { id: number; code: string; name: string; created: boolean };
}

/** The first message of a failed zod parse, as a usage error. */
function valid<T>(schema: { safeParse(v: unknown): { success: true; data: T } | { success: false; error: { issues: { message: string }[] } } }, value: unknown, label: string): T {
  const r = schema.safeParse(value);
  if (!r.success) throw usageError(`${label}: ${r.error.issues[0]?.message ?? 'không hợp lệ'}.`);
  return r.data;
}

/** Checks the options without the database, so bad usage fails fast, before a password is asked for. */
export function checkArgs(raw: { username?: string; fullName?: string; unitCode?: string; unitName?: string }): Omit<CreateAdminInput, 'password'> {
  if (raw.username === undefined) throw usageError('Thiếu --username. Xem danvan create-admin --help.');
  if (raw.fullName === undefined) throw usageError('Thiếu --full-name. Xem danvan create-admin --help.');
  const username = valid(ZUsername, raw.username, 'Tên đăng nhập');
  const fullName = raw.fullName.trim();
  if (fullName === '' || fullName.length > 200) throw usageError('Họ và tên không được để trống và tối đa 200 ký tự.');
  const unitCode = raw.unitCode === undefined ? undefined : valid(ZUnitCode, raw.unitCode, 'Mã đơn vị');
  const unitName = raw.unitName === undefined ? undefined : valid(ZUnitName, raw.unitName, 'Tên đơn vị');
  return { username, fullName, unitCode, unitName };
}

/** The password policy of every account, with its Vietnamese message as a usage error. */
export function checkAdminPassword(password: string, username: string): void {
  if (password === '') throw usageError(`Thiếu mật khẩu: đặt biến môi trường ${PASSWORD_ENV} hoặc nhập một dòng qua stdin.`);
  const problem = checkPassword(password, username);
  if (problem) throw usageError(PASSWORD_MESSAGES[problem]);
}

/** The admin's unit: the root created on an empty database, the unit named by code, or the only root. */
async function unitFor(trx: Trx, ctx: ChangeContext, input: CreateAdminInput): Promise<CreateAdminResult['unit']> {
  const anyUnit = await trx.selectFrom('org_unit').select('id').limit(1).executeTakeFirst();
  if (!anyUnit) {
    if (!input.unitCode || !input.unitName) {
      throw usageError('Cơ sở dữ liệu chưa có đơn vị nào: cần --unit-code và --unit-name để tạo đơn vị gốc (ví dụ --unit-code duk --unit-name "Đảng ủy Khối …").');
    }
    const row = await insertUnit(trx, ctx, { code: input.unitCode, name: input.unitName, kind: 'dang_uy', parent: null });
    return { id: row.id, code: row.code, name: row.name, created: true };
  }
  const candidates = await trx
    .selectFrom('org_unit')
    .select(['id', 'code', 'name', 'active'])
    .$if(input.unitCode !== undefined, (qb) => qb.where('code', '=', input.unitCode!))
    .$if(input.unitCode === undefined, (qb) => qb.where('parent_id', 'is', null).where('active', '=', true))
    .orderBy('code')
    .execute();
  if (input.unitCode !== undefined && candidates.length === 0) throw usageError(`Không tìm thấy đơn vị có mã "${input.unitCode}".`);
  if (candidates.length !== 1) {
    throw usageError(`Cơ sở dữ liệu có nhiều đơn vị gốc (${candidates.map((u) => u.code).join(', ')}): chọn một bằng --unit-code.`);
  }
  const unit = candidates[0]!;
  if (!unit.active) throw usageError(`Đơn vị "${unit.name}" đã ngừng hoạt động.`);
  return { id: unit.id, code: unit.code, name: unit.name, created: false };
}

/** Creates the admin (and the root unit on an empty database) in one transaction, audited. */
export async function createAdmin(db: Db, input: CreateAdminInput): Promise<CreateAdminResult> {
  checkAdminPassword(input.password, input.username);
  const passwordHash = await hashPassword(input.password);
  // No one is signed in: the audit log records these as done by the system, from the command line.
  const ctx: ChangeContext = { actor: null, ip: null };
  try {
    return await db.transaction().execute(async (trx) => {
      if (await usernameTaken(trx, input.username)) throw usageError(`Tên đăng nhập "${input.username}" đã được dùng.`);
      const unit = await unitFor(trx, ctx, input);
      const userId = await insertUser(trx, ctx, {
        username: input.username, fullName: input.fullName, role: 'admin', unitId: unit.id, passwordHash,
        // The person running the command chose this password; nobody else has seen it.
        mustChangePassword: false,
      });
      return { userId, username: input.username, unit };
    });
  } catch (err) {
    // Someone created the same user name or unit code in between: the unique index answers.
    if (isUniqueViolation(err)) throw usageError('Tên đăng nhập hoặc mã đơn vị vừa được tạo bởi người khác. Hãy chạy lại.');
    throw err;
  }
}

export const command: Command = {
  name: 'create-admin',
  usage: USAGE,
  async run(argv: string[], io: CliIO): Promise<number> {
    const { values } = parseCommandArgs(argv, {
      username: { type: 'string' },
      'full-name': { type: 'string' },
      'unit-code': { type: 'string' },
      'unit-name': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    });
    if (values.help) {
      io.stdout.write(USAGE);
      return EXIT.ok;
    }
    const raw = { username: values.username, fullName: values['full-name'], unitCode: values['unit-code'], unitName: values['unit-name'] };
    const args = checkArgs(raw);
    const password = await readPassword(io, PASSWORD_ENV, args.username);
    checkAdminPassword(password, args.username);
    const input = { ...args, password };
    const { database, where } = await openDatabase(io.env);
    try {
      const r = await createAdmin(database.db, input);
      if (r.unit.created) io.stdout.write(`Đã tạo đơn vị gốc "${r.unit.name}" (mã ${r.unit.code}).\n`);
      io.stdout.write(`Đã tạo quản trị viên "${r.username}" thuộc đơn vị "${r.unit.name}" (${where}).\n`);
      return EXIT.ok;
    } finally {
      await database.close();
    }
  },
};
