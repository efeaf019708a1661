import { PGlite } from '@electric-sql/pglite';
import { CompiledQuery, type DatabaseConnection, Kysely, Migrator, PostgresDialect, type Transaction } from 'kysely';
import pg from 'pg';
import { migrations } from './migrations/index';
import { pgliteDialect } from './pglite-dialect';
import type { DB } from './schema';

export type Db = Kysely<DB>;
export type Trx = Transaction<DB>;
export type DbKind = 'pglite' | 'postgres';

export interface Database {
  db: Db;
  kind: DbKind;
  /** The embedded engine, when it is PGlite: backups dump its data folder. */
  pglite?: PGlite;
  close(): Promise<void>;
}

// Counts and bigint ids come back as numbers on both engines; they stay far below 2^53.
pg.types.setTypeParser(20, (v) => Number(v));
const INT8 = 20;

/**
 * Web requests want answers in milliseconds: starting a parallel worker cost ~25 ms on a 2-core server, ten times
 * the province roll-up it was meant to speed up, and JIT compiles for longer than these queries run
 * (docs/scaling.md). Set once per new connection, best effort: behind a pooler that shares server sessions
 * (PgBouncer in transaction mode) they may not apply, which costs speed, never correctness (startup `options`
 * would be refused there outright).
 */
async function webSession(connection: DatabaseConnection): Promise<void> {
  for (const setting of ['set max_parallel_workers_per_gather = 0', 'set jit = off']) {
    await connection.executeQuery(CompiledQuery.raw(setting)).catch(() => undefined);
  }
}

/** PostgreSQL when a URL is given, otherwise the embedded PGlite in `dataDir` (or in memory). */
export async function connect(opts: { databaseUrl?: string; dataDir?: string; pglite?: PGlite }): Promise<Database> {
  if (opts.databaseUrl) {
    const pool = new pg.Pool({ connectionString: opts.databaseUrl, max: 10 });
    const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool, onCreateConnection: webSession }) });
    return { db, kind: 'postgres', close: () => db.destroy() };
  }
  const lite =
    opts.pglite ??
    (await PGlite.create({
      dataDir: opts.dataDir,
      parsers: { [INT8]: (v: string) => Number(v) },
      // PostgreSQL's default 128 MB of shared buffers would be most of the server's memory; a committee's
      // data fits in a fraction of 32 MB, and the start is faster (measured in bench/RESULTS.md).
      postgresqlconf: ['shared_buffers = 32MB'],
    }));
  const db = new Kysely<DB>({ dialect: pgliteDialect(lite) });
  return { db, kind: 'pglite', pglite: lite, close: () => db.destroy() };
}

/** Brings the schema to the newest migration; throws with the failing migration's name. */
export async function migrateToLatest(db: Db): Promise<void> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? '?';
    throw new Error(`Migration ${failed} failed: ${String((error as Error).message ?? error)}`);
  }
}
