import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import type { Database, DbKind } from '../src/db/connect';
import { buildApp } from '../src/server';
import { freshDatabase, type Variant } from './db';
import { DEMO_PASSWORD } from './templates';

export interface TestApp {
  app: FastifyInstance;
  database: Database;
  /** Moves the app's clock; starts at the real time. */
  clock: { now: Date; advance(ms: number): void };
  /** Logs in and returns the cookie header to send with later requests. */
  login(username: string, password?: string): Promise<string>;
  close(): Promise<void>;
}

/** An app on a fresh database of the given kind, with an adjustable clock and no web root. */
export async function buildTestApp(kind: DbKind, variant: Variant = 'demo', loginRateLimit = 1000): Promise<TestApp> {
  const database = await freshDatabase(kind, variant);
  const clock = { now: new Date(), advance(ms: number) { this.now = new Date(this.now.getTime() + ms); } };
  const app = await buildApp({ db: database.db, dbKind: database.kind, version: 'test', clock: () => clock.now, webRoot: null, loginRateLimit });
  await app.ready();
  return {
    app,
    database,
    clock,
    async login(username, password = DEMO_PASSWORD) {
      const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });
      if (res.statusCode !== 200) throw new Error(`login ${username} failed: ${res.statusCode} ${res.body}`);
      return cookieFrom(res);
    },
    async close() {
      await app.close();
      await database.close();
    },
  };
}

export function cookieFrom(res: LightMyRequestResponse): string {
  const c = res.cookies.find((x) => x.name === 'danvan_session');
  if (!c) throw new Error('no session cookie');
  return `danvan_session=${c.value}`;
}
