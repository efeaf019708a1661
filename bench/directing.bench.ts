import type { AddressInfo } from 'node:net';
import { connect, migrateToLatest } from '../src/db/connect';
import { seedDemo } from '../src/db/seed/demo';
import { buildApp } from '../src/server';
import { type Figure, median, percentile } from './figures';

/**
 * The directing loop over HTTP on loopback: the demo committee (74 grassroots units) seeded into an in-memory
 * PGlite, the app listening in this process on 127.0.0.1, requests sent with Node's fetch (undici, keep-alive).
 * 1. GET /api/requirements/:id/progress of the 2024 Dân vận khéo registration, one request at a time → p50.
 * 2. 50 unit accounts, each saving its registration (two models) and submitting it at a random moment of a 10 s
 *    deadline rush; three rounds, each on a fresh requirement → p95 of every save and submit request, and the number
 *    of failures; ten users one at a time first (service time without queueing), and all 50 in one instant last
 *    (the worst case, reported without a goal: PGlite runs one statement at a time).
 */
const PASSWORD = 'bench-password-2024';
const USERS = 50;
const ROUNDS = 3;
const PROGRESS_RUNS = 300;
/** The window in which the 50 users submit. */
const RUSH_MS = 10_000;

/** A small seeded PRNG, so every run has the same arrival pattern. */
function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function timed<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const t = performance.now();
  const value = await fn();
  return { ms: performance.now() - t, value };
}

function client(base: string) {
  return async (cookie: string | null, method: string, path: string, body?: unknown): Promise<{ status: number; json: any }> => {
    const res = await fetch(`${base}${path}`, {
      method,
      headers: { ...(cookie && { cookie }), ...(body !== undefined && { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    return { status: res.status, json: text ? JSON.parse(text) : null };
  };
}

async function login(base: string, username: string): Promise<string> {
  const res = await fetch(`${base}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password: PASSWORD }) });
  if (res.status !== 200) throw new Error(`login ${username}: ${res.status} ${await res.text()}`);
  return res.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
}

const models = (unit: string, round: number) => ({
  models: [
    { name: `Mô hình kinh tế ${unit} ${round}`, level: 'co_so', field: 'kinh_te', continuingFromYear: null, goals: 'Tăng thu nhập cho người lao động' },
    { name: `Mô hình an sinh ${unit} ${round}`, level: 'co_so', field: 'van_hoa_xa_hoi', continuingFromYear: 2023, personInCharge: 'Đồng chí Bí thư' },
  ],
});

export async function benchDirecting(): Promise<Figure[]> {
  const database = await connect({});
  await migrateToLatest(database.db);
  await seedDemo(database.db, PASSWORD);
  const app = await buildApp({ db: database.db, dbKind: database.kind, version: 'bench', webRoot: null, loginRateLimit: 100_000 });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  const call = client(base);
  try {
    const staff = await login(base, 'canbo');
    const list = (await call(staff, 'GET', '/api/requirements')).json as { id: number; kind: string; year: number }[];
    const registration = list.find((r) => r.kind === 'model_registration' && r.year === 2024)!;
    const progressPath = `/api/requirements/${registration.id}/progress?asOf=2024-05-15`;
    const check = (await call(staff, 'GET', progressPath)).json as { submitted: number; targeted: number };
    for (let i = 0; i < 30; i++) await call(staff, 'GET', progressPath);
    const progressMs: number[] = [];
    for (let i = 0; i < PROGRESS_RUNS; i++) {
      const r = await timed(() => call(staff, 'GET', progressPath));
      if (r.value.status !== 200) throw new Error(`progress: ${r.value.status}`);
      progressMs.push(r.ms);
    }

    const units = (await database.db.selectFrom('app_user').select('username').where('role', '=', 'unit').orderBy('username').limit(USERS).execute()).map((u) => u.username);
    const cookies = new Map<string, string>();
    for (const u of units) cookies.set(u, await login(base, u));
    let errors = 0;
    /** One unit saves then submits its registration for the round's requirement; both timings go to `into`. */
    const saveAndSubmit = async (u: string, reqId: number, round: number, into: number[]) => {
      const cookie = cookies.get(u)!;
      const saved = await timed(() => call(cookie, 'PUT', `/api/requirements/${reqId}/submission`, { content: models(u, round), version: 0 }));
      into.push(saved.ms);
      if (saved.value.status !== 200) { errors++; return; }
      const sent = await timed(() => call(cookie, 'POST', `/api/submissions/${saved.value.json.id}/submit`, { version: saved.value.json.version }));
      into.push(sent.ms);
      if (sent.value.status !== 200) errors++;
    };
    const newRound = async (round: number) => {
      const created = await call(staff, 'POST', '/api/requirements', {
        kind: 'model_registration', title: `Đăng ký mô hình Dân vận khéo (đo tải ${round})`, deadline: '2099-12-31', year: 2030 + round, targets: [{ rule: 'all_grassroots' }],
      });
      if (created.status !== 201) throw new Error(`create requirement: ${created.status} ${JSON.stringify(created.json)}`);
      return created.json.id as number;
    };
    // Baseline: the same requests one user at a time, so the report tells service time from queueing.
    const alone: number[] = [];
    const first = await newRound(0);
    for (const u of units.slice(0, 10)) await saveAndSubmit(u, first, 0, alone);
    // The deadline rush: 50 units each submitting once within RUSH_MS (a committee of 74 never sees more).
    const samples: number[] = [];
    const random = mulberry32(2024);
    for (let round = 1; round <= ROUNDS; round++) {
      const reqId = await newRound(round);
      await Promise.all(units.map(async (u) => {
        await new Promise((r) => setTimeout(r, random() * RUSH_MS));
        await saveAndSubmit(u, reqId, round, samples);
      }));
    }
    // The worst case, for the record: all 50 press the button in the same millisecond. PGlite runs one statement at
    // a time, so the last of 100 requests waits for the 99 before it (queueing, not service time).
    const burst: number[] = [];
    const burstReq = await newRound(ROUNDS + 1);
    await Promise.all(units.map((u) => saveAndSubmit(u, burstReq, ROUNDS + 1, burst)));
    return [
      {
        name: 'Progress of one requirement over the demo committee via HTTP (p50)', goal: 20, unit: 'ms', measured: Math.round(median(progressMs) * 10) / 10,
        detail: `GET /api/requirements/:id/progress (Dân vận khéo 2024, ${check.submitted}/${check.targeted} as of 15/5/2024), ${PROGRESS_RUNS} sequential requests after 30 warm-up; p95 ${percentile(progressMs, 95).toFixed(1)} ms`,
      },
      {
        name: `Saving + submitting a registration, ${USERS} concurrent unit users (p95)`, goal: 100, unit: 'ms', measured: Math.round(percentile(samples, 95) * 10) / 10,
        detail: `${ROUNDS} rounds × ${USERS} users, each PUT the draft (two models) then POST submit, starting at random moments within ` +
          `${RUSH_MS / 1000} s (${((USERS / RUSH_MS) * 1000).toFixed(0)} submissions/s); ${samples.length} requests, p50 ${median(samples).toFixed(1)} ms, ` +
          `max ${Math.max(...samples).toFixed(1)} ms; one user at a time: p50 ${median(alone).toFixed(1)} ms over ${alone.length} requests; ` +
          `all ${USERS} in the same millisecond (worst case, no goal): p50 ${median(burst).toFixed(1)} ms, p95 ${percentile(burst, 95).toFixed(1)} ms`,
      },
      { name: 'Failed requests while saving + submitting concurrently', goal: 0, unit: 'requests', measured: errors, detail: `of ${(ROUNDS + 1) * USERS * 2 + alone.length} requests (the burst included)` },
    ];
  } finally {
    await app.close();
    await database.close();
  }
}

// Run alone: `node --import tsx bench/directing.bench.ts`.
if (import.meta.url === `file://${process.argv[1]}`) {
  benchDirecting().then((f) => console.table(f), (e: unknown) => { console.error(e); process.exit(1); });
}
