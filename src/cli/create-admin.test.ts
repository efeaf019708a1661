import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, freshDatabase } from '../../test/db';
import { main } from '../cli';
import { countRows } from '../../test/factory';
import { connect, type Database } from '../db/connect';
import { buildApp } from '../server';
import { createAdmin, type CreateAdminInput } from './create-admin';
import { CliError } from './io';

const BIN = fileURLToPath(new URL('../../bin/danvan.js', import.meta.url));
const PASSWORD = 'Quan-tri-2024-abc';

interface Run { code: number | null; stdout: string; stderr: string }

/** `node bin/danvan.js …` as a user would run it: DEMO and DATABASE_URL unset, optional stdin. */
function danvan(args: string[], env: Record<string, string> = {}, stdin?: string): Promise<Run> {
  const base = { ...process.env };
  for (const k of ['DATABASE_URL', 'DEMO', 'DATA_DIR', 'DANVAN_ADMIN_PASSWORD']) delete base[k];
  const child = spawn(process.execPath, [BIN, ...args], { env: { ...base, ...env }, stdio: ['pipe', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  child.stdin.end(stdin ?? '');
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** The same command line run in this process through `main`, with an injected environment and stdin. */
async function inProcess(args: string[], env: Record<string, string>, stdin = ''): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    env, stdin: Readable.from([stdin]), stdout: { write: (s: string) => (stdout += s) }, stderr: { write: (s: string) => (stderr += s) },
  });
  return { code, stdout, stderr };
}

/** Opens the PGlite folder the command wrote, serves it, and tries the login. */
async function loginOn(dataDir: string, username: string, password: string) {
  const database = await connect({ dataDir });
  const app = await buildApp({ db: database.db, dbKind: 'pglite', version: 'test', webRoot: null });
  try {
    const login = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });
    const audit = await database.db.selectFrom('audit_event').select(['action', 'entity', 'after']).where('action', '=', 'create').orderBy('id').execute();
    return { status: login.statusCode, me: login.json(), audit };
  } finally {
    await app.close();
    await database.close();
  }
}

describe('danvan (dòng lệnh)', () => {
  const dirs: string[] = [];
  const tempDir = () => {
    const d = mkdtempSync(join(tmpdir(), 'danvan-cli-'));
    dirs.push(d);
    return d;
  };
  afterAll(() => { for (const d of dirs) rmSync(d, { recursive: true, force: true }); });

  it('danvan --help liệt kê các lệnh; lệnh lạ hoặc thiếu lệnh trả mã 2', async () => {
    const [help, unknown, none] = await Promise.all([danvan(['--help']), danvan(['xoa-het']), danvan([])]);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/create-admin\s+tạo tài khoản quản trị/);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/Không có lệnh "xoa-het"/);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/Các lệnh:/);
  });

  it('sai cách dùng trả mã 2 với thông báo tiếng Việt, không tạo cơ sở dữ liệu', async () => {
    const dataDir = join(tempDir(), 'data');
    const weak = await danvan(['create-admin', '--username', 'quantri', '--full-name', 'A'], { DATA_DIR: dataDir, DANVAN_ADMIN_PASSWORD: 'ngan-2024' });
    expect(weak.code).toBe(2);
    expect(weak.stderr).toMatch(/ít nhất 12 ký tự/);

    const cases: [string[], Record<string, string>, string, RegExp][] = [
      [['create-admin', '--full-name', 'Nguyễn Văn A'], { DANVAN_ADMIN_PASSWORD: PASSWORD }, '', /Thiếu --username/],
      [['create-admin', '--username', 'quantri'], { DANVAN_ADMIN_PASSWORD: PASSWORD }, '', /Thiếu --full-name/],
      [['create-admin', '--username', 'quantri', '--full-name', 'A', '--mat-khau', 'x'], {}, '', /Không có tùy chọn --mat-khau/],
      [['create-admin', '--username', 'quantri', '--full-name', 'A', 'thua'], {}, '', /Tham số thừa: thua/],
      [['create-admin', '--username'], {}, '', /--username thiếu giá trị/],
      [['create-admin', '--username', 'Quản trị', '--full-name', 'A'], { DANVAN_ADMIN_PASSWORD: PASSWORD }, '', /Tên đăng nhập/],
      [['create-admin', '--username', 'quantri', '--full-name', '  '], { DANVAN_ADMIN_PASSWORD: PASSWORD }, '', /Họ và tên không được để trống/],
      [['create-admin', '--username', 'quantri', '--full-name', 'A', '--unit-code', 'Đơn vị'], { DANVAN_ADMIN_PASSWORD: PASSWORD }, '', /Mã đơn vị/],
      [['create-admin', '--username', 'quantri', '--full-name', 'A'], { DANVAN_ADMIN_PASSWORD: 'quantri-2024-moi' }, '', /không được chứa tên đăng nhập/],
      [['create-admin', '--username', 'quantri', '--full-name', 'A'], {}, 'chiconchu-khongcoso\n', /chữ cái và chữ số/],
      [['create-admin', '--username', 'quantri', '--full-name', 'A'], {}, '', /Thiếu mật khẩu/],
    ];
    for (const [args, env, stdin, message] of cases) {
      const r = await inProcess(args, { DATA_DIR: dataDir, ...env }, stdin);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr, args.join(' ')).toMatch(message);
    }
    expect(existsSync(dataDir)).toBe(false);
  });

  it('tạo quản trị đầu tiên trên cơ sở dữ liệu trống (kèm đơn vị gốc) và người đó đăng nhập được', { timeout: 90_000 }, async () => {
    const dataDir = join(tempDir(), 'data');
    const noUnit = await inProcess(['create-admin', '--username', 'quantri', '--full-name', 'Nguyễn Văn Quản'], { DATA_DIR: dataDir, DANVAN_ADMIN_PASSWORD: PASSWORD });
    expect(noUnit.code).toBe(2);
    expect(noUnit.stderr).toMatch(/chưa có đơn vị nào: cần --unit-code và --unit-name/);

    const r = await danvan(
      ['create-admin', '--username', 'quantri', '--full-name', 'Nguyễn Văn Quản', '--unit-code', 'duk', '--unit-name', 'Đảng ủy Khối cơ quan và doanh nghiệp tỉnh'],
      { DATA_DIR: dataDir, DANVAN_ADMIN_PASSWORD: PASSWORD },
    );
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Đã tạo đơn vị gốc "Đảng ủy Khối cơ quan và doanh nghiệp tỉnh" \(mã duk\)/);
    expect(r.stdout).toMatch(/Đã tạo quản trị viên "quantri"/);

    const first = await loginOn(dataDir, 'quantri', PASSWORD);
    expect(first.status).toBe(200);
    expect(first.me).toMatchObject({ username: 'quantri', role: 'admin', mustChangePassword: false, unit: { code: 'duk', kind: 'dang_uy' } });
    expect(first.audit.map((e) => e.entity)).toEqual(['org_unit', 'app_user']);
    expect(JSON.stringify(first.audit)).not.toContain(PASSWORD);

    // A second admin, the password piped on stdin; the only root unit is chosen without --unit-code.
    const second = await danvan(['create-admin', '--username', 'quantri2', '--full-name', 'Trần Thị Hai'], { DATA_DIR: dataDir }, 'Mat-khau-qua-stdin-2024\n');
    expect(second.code).toBe(0);
    expect(second.stdout).not.toMatch(/đơn vị gốc/);
    expect((await loginOn(dataDir, 'quantri2', 'Mat-khau-qua-stdin-2024')).status).toBe(200);

    const taken = await inProcess(['create-admin', '--username', 'QuanTri', '--full-name', 'Trùng tên'], { DATA_DIR: dataDir, DANVAN_ADMIN_PASSWORD: PASSWORD });
    expect(taken.code).toBe(2);
    expect(taken.stderr).toMatch(/"QuanTri" đã được dùng/);
  });
});

describe.each(DIALECTS)('createAdmin trên cơ sở dữ liệu có sẵn (%s)', (kind) => {
  let demo: Database;
  let empty: Database;
  beforeAll(async () => {
    [demo, empty] = await Promise.all([freshDatabase(kind, 'demo'), freshDatabase(kind, 'empty')]);
  });
  afterAll(async () => {
    await demo?.close();
    await empty?.close();
  });

  const input = (over: Partial<CreateAdminInput> = {}): CreateAdminInput => ({ username: 'quantri.moi', fullName: 'Phạm Văn Mới', password: PASSWORD, ...over });
  async function refused(db: Database, i: CreateAdminInput, message: RegExp) {
    const before = await countRows(db.db);
    const err = await createAdmin(db.db, i).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CliError);
    expect((err as CliError).exitCode).toBe(2);
    expect((err as CliError).message).toMatch(message);
    expect(await countRows(db.db)).toEqual(before);
  }

  it('cơ sở dữ liệu trống: tạo đơn vị gốc loại đảng ủy và quản trị viên, ghi nhật ký', async () => {
    await refused(empty, input({ unitCode: 'goc' }), /cần --unit-code và --unit-name/);
    const r = await createAdmin(empty.db, input({ unitCode: 'goc', unitName: 'Đảng ủy Gốc' }));
    expect(r.unit).toMatchObject({ code: 'goc', name: 'Đảng ủy Gốc', created: true });
    const unit = await empty.db.selectFrom('org_unit').select(['kind', 'parent_id', 'path']).where('id', '=', r.unit.id).executeTakeFirstOrThrow();
    expect(unit).toEqual({ kind: 'dang_uy', parent_id: null, path: `/${r.unit.id}/` });
    const events = await empty.db.selectFrom('audit_event').select(['action', 'entity', 'actor_id', 'after']).orderBy('id').execute();
    expect(events.map((e) => `${e.action} ${e.entity}`)).toEqual(['create org_unit', 'create app_user']);
    expect(events[1]!.after).toMatchObject({ username: 'quantri.moi', role: 'admin', unitId: r.unit.id });
  });

  it('có nhiều đơn vị gốc: phải chọn --unit-code; mã lạ hoặc đơn vị ngừng hoạt động bị từ chối', async () => {
    await refused(demo, input(), /nhiều đơn vị gốc \(chinhphu, tinhuy, tw\)/);
    await refused(demo, input({ unitCode: 'khong-co' }), /Không tìm thấy đơn vị có mã "khong-co"/);
    await demo.db.updateTable('org_unit').set({ active: false }).where('code', '=', 'thuvien').execute();
    await refused(demo, input({ unitCode: 'thuvien' }), /ngừng hoạt động/);
  });

  it('tên đăng nhập đã có, hay mật khẩu yếu, bị từ chối và không ghi gì', async () => {
    await refused(demo, input({ username: 'ADMIN', unitCode: 'duk' }), /"ADMIN" đã được dùng/);
    await refused(demo, input({ unitCode: 'duk', password: 'Password12345' }), /phổ biến/);
  });

  it('gắn quản trị viên mới vào đơn vị chọn, người đó đăng nhập được', async () => {
    const r = await createAdmin(demo.db, input({ unitCode: 'duk' }));
    expect(r.unit).toMatchObject({ code: 'duk', created: false });
    const app = await buildApp({ db: demo.db, dbKind: demo.kind, version: 'test', webRoot: null });
    await app.ready();
    try {
      const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'quantri.moi', password: PASSWORD } });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({ role: 'admin', unit: { code: 'duk' } });
    } finally {
      await app.close();
    }
  });
});
