import { randomBytes } from 'node:crypto';
import { PGlite } from '@electric-sql/pglite';
import { type Kysely, Migrator, NO_MIGRATIONS, sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../test/db';
import { connect, type Database, type DbKind } from './connect';
import { migrations } from './migrations/index';

/** A brand-new, never migrated database: in-memory PGlite, or a new PostgreSQL database dropped on close. */
async function blankDatabase(kind: DbKind): Promise<Database> {
  if (kind === 'pglite') return connect({ pglite: await PGlite.create() });
  const url = process.env.TEST_DATABASE_URL!;
  const name = `danvan_mig_${randomBytes(6).toString('hex')}`;
  const run = async (statement: string) => {
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    try { await c.query(statement); } finally { await c.end(); }
  };
  await run(`create database ${name}`);
  const target = new URL(url);
  target.pathname = `/${name}`;
  const database = await connect({ databaseUrl: target.toString() });
  return { ...database, async close() { await database.close(); await run(`drop database if exists ${name}`); } };
}

/** Tables, functions and triggers the application owns (Kysely's own bookkeeping tables left out). */
async function schemaObjects(db: Kysely<any>): Promise<string[]> {
  const { rows } = await sql<{ name: string }>`
    select 'table ' || table_name as name from information_schema.tables
      where table_schema = 'public' and table_name not like 'kysely_%'
    union all
    select 'function ' || p.proname from pg_proc p join pg_namespace n on n.oid = p.pronamespace where n.nspname = 'public'
    union all
    select 'trigger ' || tgname from pg_trigger t join pg_class c on c.oid = t.tgrelid
      join pg_namespace n on n.oid = c.relnamespace where n.nspname = 'public' and not t.tgisinternal
    union all
    select 'index ' || indexname from pg_indexes where schemaname = 'public' and tablename not like 'kysely_%'
  `.execute(db);
  return rows.map((r) => r.name).sort();
}

describe.each(DIALECTS)('migrations (%s)', (kind) => {
  let database: Database;
  let migrator: Migrator;
  beforeAll(async () => {
    database = await blankDatabase(kind);
    migrator = new Migrator({ db: database.db, provider: { getMigrations: async () => migrations } });
  });
  afterAll(async () => { await database?.close(); });

  const expectSuccess = (r: Awaited<ReturnType<Migrator['migrateToLatest']>>) => {
    expect(r.error).toBeUndefined();
    expect(r.results?.every((m) => m.status === 'Success')).toBe(true);
  };

  it('chạy lên, xuống hết, rồi lên lại sạch sẽ trên cơ sở dữ liệu mới', async () => {
    expect(await schemaObjects(database.db)).toEqual([]);

    const up = await migrator.migrateToLatest();
    expectSuccess(up);
    expect(up.results!.map((r) => r.migrationName)).toEqual(Object.keys(migrations));
    const created = await schemaObjects(database.db);
    expect(created).toEqual(expect.arrayContaining([
      'table org_unit', 'table app_user', 'table user_session', 'table audit_event',
      'function audit_event_refuse_change', 'trigger audit_event_no_update', 'trigger audit_event_no_truncate',
      'table document', 'table document_reference', 'table requirement', 'table requirement_target', 'table requirement_deadline',
      'table submission', 'table submission_version', 'table submission_comment', 'table dvk_model', 'table dvk_model_year', 'table steering_member',
      'table reminder', 'table reminder_recipient', 'table notification', 'index reminder_recipient_unit_idx', 'index notification_user_idx',
      'index submission_progress_idx', 'index submission_unit_idx', 'index requirement_deadline_unit_idx', 'index org_unit_path_idx',
    ]));

    const down = await migrator.migrateTo(NO_MIGRATIONS);
    expectSuccess(down);
    expect(down.results!.map((r) => r.direction)).toEqual(Object.keys(migrations).map(() => 'Down'));
    expect(await schemaObjects(database.db)).toEqual([]);

    expectSuccess(await migrator.migrateToLatest());
    expect(await schemaObjects(database.db)).toEqual(created);
  });

  it('sau khi lên lại, nhật ký vẫn chỉ ghi thêm', async () => {
    await database.db.insertInto('audit_event').values({ action: 'kiem_tra', entity: 'migration', actor_id: null, actor_username: null, entity_id: null, before: null, after: null, ip: null }).execute();
    await expect(sql`delete from audit_event`.execute(database.db)).rejects.toThrow(/append-only/);
    expect((await database.db.selectFrom('audit_event').select('id').execute()).length).toBe(1);
  });

  it('mỗi migration có cả up và down', () => {
    for (const [name, m] of Object.entries(migrations)) {
      expect(name).toMatch(/^\d{4}_[a-z0-9_]+$/);
      expect(typeof m.up, name).toBe('function');
      expect(typeof m.down, name).toBe('function');
    }
  });
});
