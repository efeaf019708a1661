import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { connect, type Database, type DbKind } from '../src/db/connect';
import { PG_TEMPLATE_ENV, PGLITE_TEMPLATE } from './templates';

/** The engines every database test runs on: PGlite always, PostgreSQL when TEST_DATABASE_URL is set. */
export const DIALECTS: DbKind[] = process.env.TEST_DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];

export type Variant = keyof typeof PGLITE_TEMPLATE;

/** A fresh, migrated database of its own for one test file: drop it with `close()`. */
export async function freshDatabase(kind: DbKind, variant: Variant = 'demo'): Promise<Database> {
  if (kind === 'pglite') {
    const blob = new Blob([readFileSync(PGLITE_TEMPLATE[variant])]);
    const lite = await PGlite.create({ loadDataDir: blob, parsers: { 20: (v: string) => Number(v) } });
    return connect({ pglite: lite });
  }
  const url = process.env.TEST_DATABASE_URL!;
  const name = `danvan_t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create database ${name} template ${process.env[PG_TEMPLATE_ENV]}_${variant}`);
  await admin.end();
  const target = new URL(url);
  target.pathname = `/${name}`;
  const database = await connect({ databaseUrl: target.toString() });
  return {
    ...database,
    async close() {
      await database.close();
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      await c.query(`drop database if exists ${name}`);
      await c.end();
    },
  };
}
