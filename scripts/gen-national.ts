import { sql } from 'kysely';
import pg from 'pg';
import { type PlannedRequirement, planRequirements, submissionBatches, TODAY } from '../bench/national/activity';
import { NATIONAL_PASSWORD, type NationalShape, nationalShape } from '../bench/national/shape';
import { connect, migrateToLatest } from '../src/db/connect';
import { searchKey } from '../src/vn/text';

/**
 * `npm run gen:national [-- --reset] [-- --seed N]`: a SYNTHETIC national hierarchy (≈51,000 units, ≈20,000 users,
 * 200 requirements, ≈970,000 submissions and their submitted versions) on the PostgreSQL named by DATABASE_URL,
 * for the scale benchmark (bench/national.bench.ts). Rows go in as `insert … select from unnest($1::int[], …)`,
 * a batch per statement and one transaction per table; every account shares one precomputed password hash.
 */

/** scrypt of NATIONAL_PASSWORD, computed once: 20,000 scrypt calls would take minutes. */
const PASSWORD_HASH = 'scrypt$16384$8$1$-t2H990SeYCUvmJ9lUasUA$fW5i11VrcgZgMmBLx5Ly94SjeOOHue3NMROjF2p6oXU';
const CONTENT: Record<PlannedRequirement['kind'], object> = {
  report: { text: 'Báo cáo kết quả thực hiện công tác dân vận trong kỳ.', tasks: [], attachmentIds: [] },
  checklist: { items: [{ label: 'Quán triệt, triển khai văn bản', done: true, note: '' }, { label: 'Báo cáo kết quả', done: true, note: '' }] },
  self_inspection: { periodFrom: '2026-01-01', periodTo: '2026-06-30', items: [], findings: 'Thực hiện nghiêm Quy chế dân chủ ở cơ sở.', shortcomings: '', attachmentIds: [] },
};

const started = performance.now();
const log = (msg: string) => process.stderr.write(`[${((performance.now() - started) / 1000).toFixed(1).padStart(6)} s] ${msg}\n`);

async function inTx(client: pg.PoolClient, label: string, fn: () => Promise<number>): Promise<void> {
  await client.query('begin');
  const n = await fn();
  await client.query('commit');
  log(`${label}: ${n.toLocaleString('vi-VN')}`);
}

async function insertUnits(c: pg.PoolClient, shape: NationalShape): Promise<number> {
  for (let i = 0; i < shape.units.length; i += 10_000) {
    const us = shape.units.slice(i, i + 10_000);
    await c.query(`insert into org_unit (id, code, name, search_key, kind, parent_id, path, depth)
      select * from unnest($1::int[], $2::text[], $3::text[], $4::text[], $5::text[], $6::int[], $7::text[], $8::int[])`,
    [us.map((u) => u.id), us.map((u) => u.code), us.map((u) => u.name), us.map((u) => searchKey(`${u.name} ${u.code}`)), us.map((u) => u.kind),
      us.map((u) => u.parentId), us.map((u) => u.path), us.map((u) => u.depth)]);
  }
  await c.query(`select setval(pg_get_serial_sequence('org_unit', 'id'), (select max(id) from org_unit))`);
  return shape.units.length;
}

/** admin at the root, staff at the central board, per province three staff and a leader in its board, one account per grassroots unit. */
async function insertUsers(c: pg.PoolClient, shape: NationalShape): Promise<number> {
  const rows: [string, string, string, number][] = [['admin', 'Quản trị hệ thống', 'admin', shape.rootId], ['tw.canbo', 'Cán bộ Ban Tuyên giáo và Dân vận Trung ương', 'staff', shape.centralBoardId]];
  const byId = new Map(shape.units.map((u) => [u.id, u]));
  for (const p of shape.provinces) {
    const code = byId.get(p.committeeId)!.code;
    for (let i = 1; i <= 3; i++) rows.push([`${code}.canbo${i}`, `Cán bộ ${i} Ban Tuyên giáo và Dân vận (${p.name})`, 'staff', p.boardId]);
    rows.push([`${code}.lanhdao`, `Lãnh đạo Ban Tuyên giáo và Dân vận (${p.name})`, 'leader', p.boardId]);
    for (const g of p.grassroots) rows.push([byId.get(g)!.code, `Văn phòng cấp ủy ${byId.get(g)!.name}`, 'unit', g]);
  }
  await c.query(`insert into app_user (username, full_name, role, unit_id, password_hash)
    select u, f, r, id, $5 from unnest($1::text[], $2::text[], $3::text[], $4::int[]) as x(u, f, r, id)`,
  [rows.map((r) => r[0]), rows.map((r) => r[1]), rows.map((r) => r[2]), rows.map((r) => r[3]), PASSWORD_HASH]);
  return rows.length;
}

async function insertRequirements(c: pg.PoolClient, reqs: readonly PlannedRequirement[]): Promise<number> {
  await c.query(`insert into requirement (id, kind, title, instructions, deadline, year, responsible_unit_id, created_by, created_at, updated_at)
    select x.id, x.kind, x.title, 'Yêu cầu tổng hợp (dữ liệu mô phỏng).', x.deadline, x.year, x.resp,
      (select min(id) from app_user where unit_id = x.resp), x.deadline - 30, x.deadline - 30
    from unnest($1::int[], $2::text[], $3::text[], $4::date[], $5::int[], $6::int[]) as x(id, kind, title, deadline, year, resp)`,
  [reqs.map((r) => r.id), reqs.map((r) => r.kind), reqs.map((r) => r.title), reqs.map((r) => r.deadline), reqs.map((r) => r.year), reqs.map((r) => r.responsibleUnitId)]);
  await c.query(`insert into requirement_target (requirement_id, rule, unit_id) select id, 'all_grassroots', root from unnest($1::int[], $2::int[]) as x(id, root)`,
    [reqs.map((r) => r.id), reqs.map((r) => r.targetRootId)]);
  const overrides = reqs.flatMap((r) => [...r.overrides].map(([unit, day]) => [r.id, unit, day] as const));
  await c.query(`insert into requirement_deadline (requirement_id, unit_id, deadline) select * from unnest($1::int[], $2::int[], $3::date[])`,
    [overrides.map((o) => o[0]), overrides.map((o) => o[1]), overrides.map((o) => o[2])]);
  await c.query(`select setval(pg_get_serial_sequence('requirement', 'id'), (select max(id) from requirement))`);
  return reqs.length;
}

/** Content by kind, status and times from the planner; the deciding account is the first staff of the responsible board. */
async function insertSubmissions(c: pg.PoolClient, shape: NationalShape, reqs: readonly PlannedRequirement[], seed: number): Promise<number> {
  let n = 0;
  for (const b of submissionBatches(shape, reqs, seed)) {
    await c.query(`with r as (select r.id, r.kind, (select min(u.id) from app_user u where u.unit_id = r.responsible_unit_id and u.role = 'staff') as decider from requirement r)
      insert into submission (requirement_id, unit_id, status, content, version, first_submitted_at, submitted_at, decided_at, decided_by, created_at, updated_at)
      select x.req, x.unit, x.status, ($7::jsonb) -> r.kind, case when x.status = 'draft' then 1 else 2 end,
        to_timestamp(x.first), to_timestamp(x.first), to_timestamp(x.decided), case when x.decided is not null then r.decider end,
        to_timestamp(x.created), to_timestamp(coalesce(x.decided, x.first, x.created))
      from unnest($1::int[], $2::int[], $3::text[], $4::bigint[], $5::bigint[], $6::bigint[]) as x(req, unit, status, created, first, decided)
      join r on r.id = x.req`,
    [b.requirementId, b.unitId, b.status, b.createdAt, b.firstSubmittedAt, b.decidedAt, JSON.stringify(CONTENT)]);
    n += b.unitId.length;
    log(`  submission … ${n.toLocaleString('vi-VN')}`);
  }
  return n;
}

/** The submitted version of every submission that was sent, by the unit's own account. */
async function insertVersions(c: pg.PoolClient): Promise<number> {
  const r = await c.query(`insert into submission_version (submission_id, version, content, submitted_at, submitted_by)
    select s.id, 2, s.content, s.first_submitted_at, u.id from submission s join app_user u on u.unit_id = s.unit_id and u.role = 'unit'
    where s.first_submitted_at is not null`);
  return r.rowCount ?? 0;
}

function parseArgs(argv: readonly string[]): { reset: boolean; seed: number } {
  const i = argv.indexOf('--seed');
  const seed = i >= 0 ? Number(argv[i + 1]) : 2025;
  if (!Number.isInteger(seed)) throw new Error('--seed cần một số nguyên.');
  return { reset: argv.includes('--reset'), seed };
}

/** Refuses a database that already holds units unless --reset, which drops the schema and migrates afresh. */
async function prepareSchema(url: string, reset: boolean): Promise<void> {
  const database = await connect({ databaseUrl: url });
  try {
    const exists = await sql<{ t: string | null }>`select to_regclass('public.org_unit')::text as t`.execute(database.db);
    const units = exists.rows[0]?.t ? Number((await sql<{ n: number }>`select count(*)::int as n from org_unit`.execute(database.db)).rows[0]?.n) : 0;
    if (units > 0 && !reset) throw new Error(`Cơ sở dữ liệu đã có ${units} đơn vị; chạy lại với --reset để xóa toàn bộ và tạo mới.`);
    if (reset) {
      await sql`drop schema public cascade`.execute(database.db);
      await sql`create schema public`.execute(database.db);
      log('--reset: đã xóa schema public');
    }
    await migrateToLatest(database.db);
    log('migrations: xong');
  } finally {
    await database.close();
  }
}

async function main(): Promise<void> {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('Chưa đặt DATABASE_URL (ví dụ postgres://postgres@127.0.0.1:5432/danvan_national).');
  const { reset, seed } = parseArgs(process.argv.slice(2));
  await prepareSchema(url, reset);
  const shape = nationalShape(seed);
  const reqs = planRequirements(shape, seed);
  log(`kế hoạch: ${shape.units.length} đơn vị, ${reqs.length} yêu cầu (seed ${seed}, hôm nay ${TODAY})`);
  const pool = new pg.Pool({ connectionString: url, max: 1 });
  const c = await pool.connect();
  try {
    await inTx(c, 'org_unit', () => insertUnits(c, shape));
    await inTx(c, 'app_user', () => insertUsers(c, shape));
    await inTx(c, 'requirement (+ targets, per-unit deadlines)', () => insertRequirements(c, reqs));
    await inTx(c, 'submission', () => insertSubmissions(c, shape, reqs, seed));
    await inTx(c, 'submission_version', () => insertVersions(c));
    // VACUUM as well as ANALYZE: the visibility map and hint bits get written now, not by the first reads.
    await c.query('vacuum (analyze)');
    log(`vacuum (analyze): xong. Mật khẩu mọi tài khoản: ${NATIONAL_PASSWORD} (admin, p01.canbo1, p01.x1.g1 …)`);
  } finally {
    c.release();
    await pool.end();
  }
}

/** PostgreSQL's English for the two mistakes a first run makes, in Vietnamese. */
function explainError(err: unknown): string {
  const code = (err as { code?: string }).code;
  if (code === '3D000') return 'Cơ sở dữ liệu trong DATABASE_URL chưa có; tạo trước, ví dụ: createdb -h 127.0.0.1 -U postgres danvan_national';
  if (code === 'ECONNREFUSED') return 'Không kết nối được PostgreSQL theo DATABASE_URL.';
  return err instanceof Error ? err.message : String(err);
}

main().catch((err: unknown) => {
  process.stderr.write(`Lỗi: ${explainError(err)}\n`);
  process.exit(1);
});
