import { mkdirSync, writeFileSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { connect, migrateToLatest } from '../src/db/connect';
import { seedDemo } from '../src/db/seed/demo';
import { DEMO_PASSWORD, PG_TEMPLATE_ENV, PGLITE_TEMPLATE, TEMPLATE_DIR } from './templates';

/**
 * Migrates once per run and keeps two templates, empty and with the demo data: each test file then
 * starts from a copy (PGlite: loadDataDir of a dump, ~0.5 s; PostgreSQL: CREATE DATABASE … TEMPLATE).
 */
export default async function setup(): Promise<() => Promise<void>> {
  mkdirSync(TEMPLATE_DIR, { recursive: true });
  for (const variant of ['empty', 'demo'] as const) {
    const lite = await PGlite.create();
    const { db } = await connect({ pglite: lite });
    await migrateToLatest(db);
    if (variant === 'demo') await seedDemo(db, DEMO_PASSWORD);
    const dump = await lite.dumpDataDir('gzip');
    writeFileSync(PGLITE_TEMPLATE[variant], Buffer.from(await dump.arrayBuffer()));
    await db.destroy();
  }

  const url = process.env.TEST_DATABASE_URL;
  if (!url) return async () => {};
  const prefix = `danvan_tpl_${process.pid}`;
  process.env[PG_TEMPLATE_ENV] = prefix;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  for (const variant of ['empty', 'demo'] as const) {
    const name = `${prefix}_${variant}`;
    await admin.query(`drop database if exists ${name}`);
    await admin.query(`create database ${name}`);
    const target = new URL(url);
    target.pathname = `/${name}`;
    const database = await connect({ databaseUrl: target.toString() });
    await migrateToLatest(database.db);
    if (variant === 'demo') await seedDemo(database.db, DEMO_PASSWORD);
    await database.close();
  }
  await admin.end();
  return async () => {
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    for (const variant of ['empty', 'demo']) await c.query(`drop database if exists ${prefix}_${variant}`);
    await c.end();
  };
}
