import { mkdirSync } from 'node:fs';
import { readLocalControl } from '../app/local-control';
import { readConfig } from '../config';
import { connect, type Database, migrateToLatest } from '../db/connect';
import { CliError } from './io';

/**
 * The database a command works on, chosen as `npm start` chooses it: PostgreSQL when DATABASE_URL
 * is set, otherwise PGlite in DATA_DIR (default ./data). Migrated to the latest schema.
 * PGlite allows one process at a time: stop the server before running a command on its folder.
 */
export async function openDatabase(env: NodeJS.ProcessEnv): Promise<{ database: Database; where: string }> {
  const config = readConfig(env);
  const where = config.databaseUrl ? 'PostgreSQL (DATABASE_URL)' : `PGlite tại ${config.dataDir}`;
  let database: Database | undefined;
  const running = config.databaseUrl ? null : readLocalControl(config.dataDir);
  // Two processes on one PGlite folder corrupt it: refuse instead.
  if (running) throw new CliError(`Máy chủ đang chạy trên ${config.dataDir} (pid ${running.pid}): dừng máy chủ trước khi chạy lệnh này.`);
  try {
    if (!config.databaseUrl) mkdirSync(config.dataDir, { recursive: true });
    database = await connect({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
    await migrateToLatest(database.db);
    return { database, where };
  } catch (err) {
    await database?.close().catch(() => {});
    throw new CliError(`Không mở được cơ sở dữ liệu (${where}): ${err instanceof Error ? err.message : String(err)}`);
  }
}
