import type { FastifyInstance, LightMyRequestResponse, RouteOptions } from 'fastify';
import type { Database, DbKind } from '../src/db/connect';
import { buildApp } from '../src/server';
import { freshDatabase, type Variant } from './db';
import { DEMO_PASSWORD } from './templates';

export interface TestApp {
  app: FastifyInstance;
  database: Database;
  /** Moves the app's clock; starts at the real time. */
  clock: { now: Date; advance(ms: number): void };
  /** Every route the app registered, as Fastify's onRoute hook saw it (HEAD and trailing-slash twins included). */
  routes: RouteOptions[];
  /** Logs in and returns the cookie header to send with later requests. */
  login(username: string, password?: string): Promise<string>;
  close(): Promise<void>;
}

/** An app on a fresh database of the given kind, with an adjustable clock and no web root. */
/**
 * `inactiveDays` is 0 (the dormant-account rule off) unless a test is about that rule: tests move the clock by months
 * and years, and every account would otherwise be disabled on the way.
 */
export async function buildTestApp(kind: DbKind, variant: Variant = 'demo', loginRateLimit = 1000, inactiveDays = 0): Promise<TestApp> {
  const database = await freshDatabase(kind, variant);
  const clock = { now: new Date(), advance(ms: number) { this.now = new Date(this.now.getTime() + ms); } };
  const routes: RouteOptions[] = [];
  const app = await buildApp({
    db: database.db, dbKind: database.kind, version: 'test', clock: () => clock.now, webRoot: null, loginRateLimit, inactiveDays,
    onRoute: (r) => routes.push(r),
  });
  await app.ready();
  return {
    app,
    database,
    clock,
    routes,
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

/**
 * The API's routes as "METHOD /url" keys. Fastify's automatic twins are folded into their route:
 * the HEAD of a GET route, and the trailing-slash twin of a prefix's root (`/api/units/` beside `/api/units`).
 */
export function apiRouteKeys(routes: readonly RouteOptions[]): string[] {
  const keys = new Set<string>();
  for (const r of routes) {
    if (!r.url.startsWith('/api/')) continue;
    for (const m of [r.method].flat()) keys.add(`${m} ${r.url.replace(/(.)\/$/, '$1')}`);
  }
  return [...keys].filter((k) => !(k.startsWith('HEAD ') && keys.has(`GET ${k.slice(5)}`))).sort();
}
