import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PG_TEMPLATE_ENV, PGLITE_TEMPLATE } from '../../test/templates';
import { CONTROL_FILE, removeLocalControl, TOKEN_HEADER, writeLocalControl } from '../app/local-control';
import { main } from '../cli';
import { dumpPglite, restorePglite } from '../db/backup';
import { connect, type Db } from '../db/connect';
import { buildApp } from '../server';

async function run(args: string[], env: NodeJS.ProcessEnv) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { env, stdin: Readable.from(['']), stdout: { write: (s: string) => (stdout += s) }, stderr: { write: (s: string) => (stderr += s) } });
  return { code, stdout, stderr };
}

/** Row count and an md5 of every row of every table: two databases with equal fingerprints hold the same data. */
async function fingerprint(db: Db): Promise<Record<string, string>> {
  const tables = await sql<{ name: string }>`select table_name as name from information_schema.tables
    where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`.execute(db);
  const out: Record<string, string> = {};
  for (const { name } of tables.rows) {
    const r = await sql<{ n: number; h: string | null }>`select count(*)::int as n, md5(string_agg(t::text, '|' order by t::text)) as h from ${sql.table(name)} t`.execute(db);
    out[name] = `${r.rows[0]!.n}:${r.rows[0]!.h ?? ''}`;
  }
  return out;
}

async function fingerprintOfFolder(dataDir: string) {
  const database = await connect({ dataDir });
  try {
    return await fingerprint(database.db);
  } finally {
    await database.close();
  }
}

const tmp = mkdtempSync(join(tmpdir(), 'danvan-backup-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('danvan backup / restore với PGlite', () => {
  const source = join(tmp, 'nguon');
  let expected: Record<string, string>;
  beforeAll(async () => {
    await restorePglite(readFileSync(PGLITE_TEMPLATE.demo), source);
    expected = await fingerprintOfFolder(source);
  }, 60_000);

  it('sao lưu khi máy chủ dừng rồi khôi phục vào thư mục khác: dữ liệu giống hệt (số dòng và mã băm từng bảng)', async () => {
    const file = join(tmp, 'ban-sao.tar.gz');
    const backup = await run(['backup', file], { DATA_DIR: source });
    expect(backup, backup.stderr).toMatchObject({ code: 0, stdout: expect.stringContaining('Đã sao lưu PGlite') });
    const target = join(tmp, 'dich');
    const restore = await run(['restore', file], { DATA_DIR: target });
    expect(restore, restore.stderr).toMatchObject({ code: 0, stdout: expect.stringContaining('Đã khôi phục PGlite') });
    expect(expected.org_unit).toMatch(/^\d{2,}:/);
    expect(expected.submission).not.toMatch(/^0:/);
    expect(await fingerprintOfFolder(target)).toEqual(expected);
  }, 60_000);

  it('khôi phục vào thư mục đang có dữ liệu: thư mục cũ được giữ lại dưới tên khác, không mất gì', async () => {
    const file = join(tmp, 'ban-sao-2.tar.gz');
    expect((await run(['backup', file], { DATA_DIR: source })).code).toBe(0);
    const restore = await run(['restore', file], { DATA_DIR: source });
    expect(restore.code, restore.stderr).toBe(0);
    const kept = readdirSync(tmp).find((n) => n.startsWith('nguon.truoc-khoi-phuc-'));
    expect(kept).toBeDefined();
    expect(restore.stdout).toContain(kept);
    expect(await fingerprintOfFolder(join(tmp, kept!))).toEqual(expected);
    expect(await fingerprintOfFolder(source)).toEqual(expected);
  }, 60_000);

  it('sao lưu khi máy chủ đang chạy: lệnh nhờ chính máy chủ tạo bản sao nhất quán, kể cả khi đang có người ghi', async () => {
    const live = join(tmp, 'dang-chay');
    await restorePglite(readFileSync(PGLITE_TEMPLATE.demo), live);
    const database = await connect({ dataDir: live });
    const token = randomBytes(16).toString('hex');
    const app = await buildApp({ db: database.db, dbKind: 'pglite', version: 'test', webRoot: null, backup: { token, dump: () => dumpPglite(database) } });
    try {
      await app.listen({ host: '127.0.0.1', port: 0 });
      const { port } = app.server.address() as { port: number };
      writeLocalControl(live, { pid: process.pid, url: `http://127.0.0.1:${port}`, token });
      // A writer keeps committing while the backup is taken; the backup holds whole transactions only.
      let writing = true;
      const writer = (async () => {
        for (let i = 0; writing; i++) {
          await database.db.transaction().execute(async (trx) => {
            await trx.updateTable('org_unit').set({ name: sql`name` }).where('code', '=', 'cucthongke').execute();
            await sql`select pg_sleep(0.001)`.execute(trx);
          });
          // PGlite answers in microtasks: without a turn of the event loop this writer would starve the HTTP server.
          await new Promise((r) => setImmediate(r));
        }
      })();
      const file = join(tmp, 'khi-chay.tar.gz');
      const out = await run(['backup', file], { DATA_DIR: live });
      writing = false;
      await writer;
      expect(out, out.stderr).toMatchObject({ code: 0, stdout: expect.stringContaining(`từ máy chủ đang chạy (pid ${process.pid})`) });
      // Another process must not open the folder the server owns: restore and other commands refuse.
      expect(await run(['restore', file], { DATA_DIR: live })).toMatchObject({ code: 1, stderr: expect.stringContaining('Máy chủ đang chạy') });
      expect(await run(['progress', '--directive', '1720-CV/ĐUK'], { DATA_DIR: live })).toMatchObject({ code: 1, stderr: expect.stringContaining('Máy chủ đang chạy') });
      const restored = join(tmp, 'tu-may-chu');
      expect((await run(['restore', file], { DATA_DIR: restored })).code).toBe(0);
      const restoredPrint = await fingerprintOfFolder(restored);
      expect(restoredPrint).not.toHaveProperty(CONTROL_FILE);
      expect(restoredPrint).toEqual(await fingerprint(database.db));
    } finally {
      removeLocalControl(live);
      await app.close();
      await database.close();
    }
  }, 90_000);

  it('địa chỉ sao lưu của máy chủ từ chối mọi yêu cầu không có đúng mã bí mật', async () => {
    const database = await connect({ dataDir: join(tmp, 'nguon') });
    const app = await buildApp({ db: database.db, dbKind: 'pglite', version: 'test', webRoot: null, backup: { token: 'dung-ma', dump: () => dumpPglite(database) } });
    try {
      for (const headers of [{}, { [TOKEN_HEADER]: 'sai-ma' }, { [TOKEN_HEADER]: 'dung-m' }]) {
        const res = await app.inject({ method: 'POST', url: '/api/system/backup', headers });
        expect(res.statusCode).toBe(403);
        expect(res.json().error.message).toContain('danvan backup');
      }
    } finally {
      await app.close();
      await database.close();
    }
  }, 60_000);

  it('tệp không phải bản sao lưu, hoặc sai loại cơ sở dữ liệu: báo lỗi tiếng Việt, mã thoát 2, không đụng vào dữ liệu', async () => {
    const junk = join(tmp, 'khong-phai.tar.gz');
    writeFileSync(junk, 'xin chào');
    expect(await run(['restore', junk], { DATA_DIR: join(tmp, 'x') })).toMatchObject({ code: 2, stderr: expect.stringContaining('không phải tệp sao lưu') });
    expect(existsSync(join(tmp, 'x'))).toBe(false);
    expect(await run(['restore', join(tmp, 'khong-co.tar.gz')], { DATA_DIR: join(tmp, 'x') })).toMatchObject({ code: 2, stderr: expect.stringContaining('Không có tệp') });
    const pgDump = join(tmp, 'gia-pg.dump');
    writeFileSync(pgDump, 'PGDMP\u0001\u000e\u0000');
    expect(await run(['restore', pgDump], { DATA_DIR: join(tmp, 'x') })).toMatchObject({ code: 2, stderr: expect.stringContaining('DATABASE_URL') });
    expect(await run(['backup'], {})).toMatchObject({ code: 2 });
  });
});

describe.runIf(process.env.TEST_DATABASE_URL)('danvan backup / restore với PostgreSQL (pg_dump)', () => {
  const base = process.env.TEST_DATABASE_URL!;
  const names = [`danvan_bk_${randomBytes(4).toString('hex')}`, `danvan_rs_${randomBytes(4).toString('hex')}`];
  const urlOf = (name: string) => Object.assign(new URL(base), { pathname: `/${name}` }).toString();
  async function admin(q: string) {
    const c = new pg.Client({ connectionString: base });
    await c.connect();
    try {
      await c.query(q);
    } finally {
      await c.end();
    }
  }
  beforeAll(async () => {
    await admin(`create database ${names[0]} template ${process.env[PG_TEMPLATE_ENV]}_demo`);
    await admin(`create database ${names[1]}`);
  });
  afterAll(async () => {
    for (const n of names) await admin(`drop database if exists ${n}`);
  });

  it('pg_dump rồi pg_restore sang cơ sở dữ liệu khác: dữ liệu giống hệt; khôi phục lại lần hai cũng vậy', async () => {
    const file = join(tmp, 'pg.dump');
    const backup = await run(['backup', file], { DATABASE_URL: urlOf(names[0]!) });
    expect(backup, backup.stderr).toMatchObject({ code: 0 });
    const source = await connect({ databaseUrl: urlOf(names[0]!) });
    const target = await connect({ databaseUrl: urlOf(names[1]!) });
    try {
      const expected = await fingerprint(source.db);
      expect(expected.submission).not.toMatch(/^0:/);
      for (let round = 0; round < 2; round++) {
        const restore = await run(['restore', file], { DATABASE_URL: urlOf(names[1]!) });
        expect(restore, restore.stderr).toMatchObject({ code: 0 });
        expect(await fingerprint(target.db)).toEqual(expected);
      }
      expect(await run(['restore', join(tmp, 'ban-sao.tar.gz')], { DATABASE_URL: urlOf(names[1]!) })).toMatchObject({ code: 2, stderr: expect.stringContaining('PGlite') });
    } finally {
      await source.close();
      await target.close();
    }
  }, 120_000);
});
