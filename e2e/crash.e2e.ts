import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { GRASSROOTS } from '../src/db/seed/demo-units';
import { type RunningServer, startServer } from './server';

/**
 * Nothing acknowledged is lost: the real server is killed with SIGKILL at a random moment while unit users save
 * their submissions, restarted on the same data, and every save that got a 2xx must be there, intact.
 * Each client keeps one request in flight, so after a crash its submission is either its last acknowledged save
 * or the one in flight (which may have committed without its answer arriving) — nothing else.
 * CRASH_ROUNDS rounds per database (npm run test:crash: 20; the short form in npm test: 3).
 */
const ROUNDS = Number(process.env.CRASH_ROUNDS ?? 3);
const CLIENTS = 15; // logins are rate-limited per address (20 a minute); sessions survive restarts, so log in once
const PASSWORD = 'danvan-demo-2024';
const ENGINES = process.env.TEST_DATABASE_URL ? (['pglite', 'postgres'] as const) : (['pglite'] as const);

interface Save { version: number; marker: string }
interface Client { code: string; cookie: string; acked: Save | null; inFlight: Save | null }

async function login(url: string, username: string): Promise<string> {
  const res = await fetch(`${url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password: PASSWORD }) });
  if (res.status !== 200) throw new Error(`login ${username}: ${res.status} ${await res.text()}`);
  return res.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
}

async function api<T>(url: string, cookie: string, method: string, path: string, body?: unknown): Promise<{ status: number; json: T }> {
  const res = await fetch(`${url}${path}`, { method, headers: { cookie, ...(body !== undefined && { 'content-type': 'application/json' }) }, body: body === undefined ? undefined : JSON.stringify(body) });
  return { status: res.status, json: (await res.json().catch(() => null)) as T };
}

/** Saves until the server dies: each save carries a unique marker and the version last acknowledged. */
async function saveLoop(url: string, requirementId: number, c: Client, round: number): Promise<void> {
  for (let i = 0; ; i++) {
    const marker = `vòng ${round} · ${c.code} · lần ${i} · ${randomBytes(4).toString('hex')}`;
    c.inFlight = { version: (c.acked?.version ?? 0) + 1, marker };
    let res: { status: number; json: { version: number; content: { text: string } } };
    try {
      res = await api(url, c.cookie, 'PUT', `/api/requirements/${requirementId}/submission`, { version: c.acked?.version ?? 0, content: { text: marker } });
    } catch {
      return; // connection refused or reset: the server is gone, the in-flight save's fate is unknown
    }
    if (res.status !== 200) throw new Error(`${c.code}: lưu trả về ${res.status} ${JSON.stringify(res.json)}`);
    expect(res.json.content.text).toBe(marker);
    c.acked = { version: res.json.version, marker };
    c.inFlight = null;
  }
}

async function verify(url: string, requirementId: number, clients: Client[]): Promise<number> {
  let checked = 0;
  for (const c of clients) {
    const { status, json } = await api<{ version: number; content: { text: string } } | null>(url, c.cookie, 'GET', `/api/requirements/${requirementId}/submission`);
    expect(status, c.code).toBe(200);
    const got = json && { version: json.version, marker: json.content.text };
    // The acknowledged save (or none yet), or the one in flight at the crash if it committed; never older, never anything else.
    // A client whose very first save was in flight has no acknowledged save, yet that save may have committed:
    // it counts as the client's state from now on, or its next first save (version 0) would rightly be refused.
    const allowed = [c.acked, ...(c.inFlight ? [c.inFlight] : [])];
    expect(allowed, `${c.code}: bài nộp sau khi khởi động lại`).toContainEqual(got);
    if (c.acked) checked++;
    c.acked = got;
    c.inFlight = null;
  }
  return checked;
}

describe.each(ENGINES)('không mất bài nộp nào đã được xác nhận khi máy chủ bị kill -9 (%s)', (engine) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'danvan-crash-'));
  const dbName = `danvan_crash_${randomBytes(4).toString('hex')}`;
  const databaseUrl = engine === 'postgres' ? Object.assign(new URL(process.env.TEST_DATABASE_URL!), { pathname: `/${dbName}` }).toString() : undefined;
  const env: Record<string, string> = databaseUrl ? { DATABASE_URL: databaseUrl } : { DATA_DIR: dataDir };
  let server: RunningServer | undefined;

  afterAll(async () => {
    if (server && server.process.exitCode === null) server.process.kill('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
    if (databaseUrl) {
      const c = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
      await c.connect();
      await c.query(`drop database if exists ${dbName} with (force)`);
      await c.end();
    }
  });

  it(`${ROUNDS} lần kill -9 giữa lúc ${CLIENTS} đơn vị đang lưu: mọi lần lưu đã nhận 2xx vẫn còn nguyên sau khi khởi động lại`, async () => {
    if (databaseUrl) {
      const c = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
      await c.connect();
      await c.query(`create database ${dbName}`);
      await c.end();
    }
    server = await startServer(env, 120_000);
    const staff = await login(server.url, 'canbo');
    const created = await api<{ id: number }>(server.url, staff, 'POST', '/api/requirements', {
      kind: 'report', title: 'Báo cáo kiểm tra độ bền dữ liệu', deadline: '2099-12-31', targets: [{ rule: 'all_grassroots' }],
    });
    expect(created.status).toBe(201);
    const requirementId = created.json.id;
    const clients: Client[] = [];
    for (const [code] of GRASSROOTS.slice(0, CLIENTS)) clients.push({ code, cookie: await login(server.url, code), acked: null, inFlight: null });

    let acknowledged = 0;
    for (let round = 1; round <= ROUNDS; round++) {
      const loops = clients.map((c) => saveLoop(server!.url, requirementId, c, round));
      // The first round dies within 200 ms, while first saves (version 0) are still in flight; later rounds mid-stream.
      await new Promise((r) => setTimeout(r, round === 1 ? Math.random() * 200 : 200 + Math.random() * 1300));
      const exited = new Promise((r) => server!.process.once('exit', r));
      server.process.kill('SIGKILL');
      await exited;
      await Promise.all(loops);
      const withAck = clients.filter((c) => c.acked).length;
      acknowledged += withAck;
      server = await startServer(env, 120_000);
      expect(await verify(server.url, requirementId, clients)).toBe(withAck);
    }
    expect(acknowledged).toBeGreaterThan(0);
    await server.stop();
  }, 60_000 + ROUNDS * 30_000);
});
