import { spawn } from 'node:child_process';
import { Agent, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadavg } from 'node:os';
import Fastify from 'fastify';
import { type CompiledQuery, Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { Db } from '../../src/db/connect';
import type { LoadJob, SubmitResult, ThroughputResult } from './load';
import { NATIONAL_PASSWORD } from './shape';

/** Helpers of bench/national.bench.ts: a loopback client, timing, a closed-loop load generator and EXPLAIN capture. */

export const load = () => loadavg().map((x) => x.toFixed(2)).join(' / ');

export async function timed<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const t = performance.now();
  const value = await fn();
  return { ms: performance.now() - t, value };
}

/** `ms`: from sending the request to the last byte of the answer; decoding the JSON comes after (client-side work). */
export type Call = (cookie: string | null, method: string, path: string, body?: unknown) => Promise<{ status: number; json: any; ms: number }>;

/**
 * JSON over node:http with a keep-alive agent (a fraction of fetch's own cost per request) and a 30 s bound per
 * request, so a stuck server ends the bench instead of hanging it. Shared by the bench and its load-generator process.
 */
export function client(base: string, sockets = 16): Call {
  const agent = new Agent({ keepAlive: true, maxSockets: sockets });
  const { hostname, port } = new URL(base);
  return (cookie, method, path, body) => new Promise((resolve, reject) => {
    const data = body === undefined ? undefined : JSON.stringify(body);
    const t = performance.now();
    const req = request({
      agent, hostname, port, method, path, timeout: 30_000,
      headers: { ...(cookie && { cookie }), ...(data !== undefined && { 'content-type': 'application/json', 'content-length': Buffer.byteLength(data) }) },
    }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const ms = performance.now() - t;
        const text = Buffer.concat(chunks).toString('utf8');
        try {
          resolve({ status: res.statusCode ?? 0, json: text ? JSON.parse(text) : null, ms });
        } catch (err) {
          reject(err);
        }
      });
    });
    req.on('timeout', () => req.destroy(new Error(`${method} ${path}: no answer in 30 s`)));
    req.on('error', reject);
    req.end(data);
  });
}

export async function login(base: string, username: string): Promise<string> {
  const res = await fetch(`${base}/api/auth/login`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password: NATIONAL_PASSWORD }),
  });
  if (res.status !== 200) throw new Error(`login ${username}: ${res.status} ${await res.text()}`);
  return res.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
}

/** Logs many accounts in, `parallel` at a time (each login is one scrypt verification). */
export async function loginAll(base: string, usernames: readonly string[], parallel = 4): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (let i = 0; i < usernames.length; i += parallel) {
    const chunk = usernames.slice(i, i + parallel);
    const cookies = await Promise.all(chunk.map((u) => login(base, u)));
    chunk.forEach((u, j) => out.set(u, cookies[j]!));
  }
  return out;
}

/** Runs a job of bench/national/load.ts in a child process (bounded to 2 minutes) and returns its result. */
export function runLoad(job: Extract<LoadJob, { mode: 'throughput' }>): Promise<ThroughputResult>;
export function runLoad(job: Extract<LoadJob, { mode: 'submit' }>): Promise<SubmitResult>;
export function runLoad(job: LoadJob): Promise<ThroughputResult | SubmitResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', new URL('./load.ts', import.meta.url).pathname], { stdio: ['pipe', 'pipe', 'inherit'], timeout: 120_000 });
    let out = '';
    child.stdout.on('data', (d: Buffer) => { out += d.toString(); });
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(JSON.parse(out)) : reject(new Error(`load generator exited with ${code}`))));
    child.stdin.end(JSON.stringify(job));
  });
}

/** `connections` keep-alive connections sending `path` back to back for `seconds` (autocannon, in its own process), asking for gzip as browsers do unless `gzip` is false. */
export function throughput(base: string, path: string, cookie: string | null, connections: number, seconds: number, gzip = true): Promise<ThroughputResult> {
  return runLoad({ mode: 'throughput', url: `${base}${path}`, cookie, connections, seconds, gzip });
}

/** A bare Fastify 5 "hello" on loopback: the ceiling the read API is compared with. */
export async function helloServer(): Promise<{ base: string; close: () => Promise<void> }> {
  const app = Fastify({ logger: false });
  app.get('/hello', async () => ({ hello: 'world' }));
  await app.listen({ port: 0, host: '127.0.0.1' });
  return { base: `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`, close: () => app.close() };
}

/** EXPLAIN (ANALYZE, BUFFERS) of a compiled query with its parameters, as text. */
export async function explain(db: Db, q: CompiledQuery): Promise<string> {
  const r = await db.executeQuery<{ 'QUERY PLAN': string }>({ ...q, sql: `explain (analyze, buffers) ${q.sql}` });
  return r.rows.map((x) => x['QUERY PLAN']).join('\n');
}

/** The last query `fn` sends, caught by Kysely's log hook, for functions that run their query instead of returning it. */
export async function captureQuery(url: string, fn: (db: Db) => Promise<unknown>): Promise<CompiledQuery> {
  let last: CompiledQuery | undefined;
  const db = new Kysely<any>({ dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: url, max: 1 }) }), log: (e) => { last = e.query; } }) as Db;
  try {
    await fn(db);
  } finally {
    await db.destroy();
  }
  if (!last) throw new Error('no query captured');
  return last;
}
