import { spawn } from 'node:child_process';
import { closeSync, existsSync, openSync, readdirSync, readSync, renameSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'kysely';
import type { Database } from './connect';

/**
 * Backups of both engines in their own native format, so a backup can be restored with standard tools too:
 * PGlite → the gzipped tarball of its data folder (PGlite's own `dumpDataDir`), PostgreSQL → `pg_dump -Fc`.
 */
export type BackupFormat = 'pglite' | 'pg_dump';

/** What a backup file is, from its first bytes (never from its name). */
export function backupFormatOf(head: Uint8Array): BackupFormat | null {
  if (head[0] === 0x1f && head[1] === 0x8b) return 'pglite';
  if (Buffer.from(head.subarray(0, 5)).toString('latin1') === 'PGDMP') return 'pg_dump';
  return null;
}

/**
 * A consistent dump of a running PGlite: taken while holding the one connection (no transaction can be half-way),
 * after a CHECKPOINT so the data files hold everything committed and the restore needs no WAL replay.
 */
export async function dumpPglite(database: Database): Promise<Uint8Array> {
  const lite = database.pglite;
  if (!lite) throw new Error('not a PGlite database');
  return database.db.connection().execute(async (conn) => {
    await sql`checkpoint`.execute(conn);
    const blob = await lite.dumpDataDir('gzip');
    return new Uint8Array(await blob.arrayBuffer());
  });
}

/**
 * Fills an empty data folder from a PGlite dump. A folder that holds anything is first moved aside
 * (`<folder>.truoc-khoi-phuc-<time>`), so a restore never destroys the data it replaces. Returns that folder, if any.
 */
export async function restorePglite(dump: Uint8Array, dataDir: string, now = new Date()): Promise<string | null> {
  let movedTo: string | null = null;
  if (existsSync(dataDir) && readdirSync(dataDir).length > 0) {
    movedTo = `${dataDir}.truoc-khoi-phuc-${now.toISOString().replace(/[:.]/g, '-')}`;
    renameSync(dataDir, movedTo);
  }
  const lite = await PGlite.create({ dataDir, loadDataDir: new Blob([dump as Uint8Array<ArrayBuffer>]) });
  try {
    // Proves the restored folder opens and holds the schema before we say it worked.
    await lite.query('select count(*) from kysely_migration');
  } finally {
    await lite.close();
  }
  return movedTo;
}

/** Runs a PostgreSQL client tool; its stderr becomes the error when it fails. */
function run(tool: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(tool, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', (err: NodeJS.ErrnoException) =>
      reject(new Error(err.code === 'ENOENT' ? `không tìm thấy lệnh ${tool}: cài gói Debian postgresql-client` : err.message)));
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`${tool} thất bại (mã ${code}): ${stderr.trim()}`))));
  });
}

export async function dumpPostgres(databaseUrl: string, file: string): Promise<void> {
  await run('pg_dump', ['--format=custom', '--no-owner', '--no-privileges', `--file=${file}`, `--dbname=${databaseUrl}`]);
}

/** Replaces the database's contents with the dump's, in one transaction: it either all happens or nothing does. */
export async function restorePostgres(databaseUrl: string, file: string): Promise<void> {
  await run('pg_restore', ['--clean', '--if-exists', '--no-owner', '--no-privileges', '--single-transaction', '--exit-on-error', `--dbname=${databaseUrl}`, file]);
}

/** The first bytes of a file, enough for `backupFormatOf`. */
export function readHead(file: string): Uint8Array {
  const fd = openSync(file, 'r');
  try {
    const head = new Uint8Array(8);
    const n = readSync(fd, head, 0, head.length, 0);
    return head.subarray(0, n);
  } finally {
    closeSync(fd);
  }
}
