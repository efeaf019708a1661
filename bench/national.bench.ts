import { writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { sql } from 'kysely';
import type { Actor } from '../src/app/actor';
import { connect, type Database, migrateToLatest } from '../src/db/connect';
import { endOfDayVn } from '../src/domain/due-dates';
import { missingUnitsQuery, progressQuery, progressSummaries } from '../src/modules/requirements/requirements.progress.queries';
import { rootedRules } from '../src/modules/requirements/requirements.targeting.queries';
import { buildApp } from '../src/server';
import { type Figure, median, passes, percentile } from './figures';
import { TODAY } from './national/activity';
import { saveAndSubmit, type ThroughputResult } from './national/load';
import { type Call, captureQuery, client, explain, helloServer, load, login, loginAll, runLoad, throughput, timed } from './national/http';

/**
 * The national scale (issue 7), over HTTP on loopback against the synthetic country of `npm run gen:national`
 * in the PostgreSQL named by NATIONAL_DATABASE_URL; the app runs in this process. Reads first, each HTTP figure
 * beside the bare SQL computing the same numbers (interleaved, so both see the same machine load), then the
 * throughput beside a bare Fastify hello, then 200 unit users submitting at once (their rows are deleted after).
 * The plans of the progress query go to bench/national-plans.md.
 */
const PROVINCE = 'p05';
const SUBMITTERS = 200;
/** The deadline rush: every one of the 200 users saves and submits at a random moment within these 10 s. */
const RUSH_MS = 10_000;
/** Units that submit one at a time before the rush (service time without queueing). */
const ALONE = 10;
const round1 = (x: number) => Math.round(x * 10) / 10;

type Compiled = ReturnType<ReturnType<typeof progressQuery>['compile']>;

/**
 * Medians of the HTTP request and of the bare SQL computing the same numbers (the counts and the missing units,
 * sent together as the service sends them), alternated `runs` times after 5 warm-ups.
 */
async function httpVsSql(call: Call, cookie: string, path: string, db: Database['db'], [q, qMissing]: [Compiled, Compiled], runs: number) {
  const httpMs: number[] = [];
  const sqlMs: number[] = [];
  let check: { http: any; sql: any } = { http: null, sql: null };
  for (let i = -5; i < runs; i++) {
    const h = await call(cookie, 'GET', path);
    const s = await timed(() => Promise.all([db.executeQuery(q), db.executeQuery(qMissing)]).then(([counts]) => counts));
    if (h.status !== 200) throw new Error(`${path}: ${h.status} ${JSON.stringify(h.json)}`);
    if (i >= 0) { httpMs.push(h.ms); sqlMs.push(s.ms); }
    check = { http: h.json, sql: s.value.rows[0] };
  }
  const same = check.http.targeted === Number(check.sql.targeted) && check.http.onTime === Number(check.sql.on_time) && check.http.missing === Number(check.sql.missing);
  if (!same) throw new Error(`HTTP and SQL disagree: ${JSON.stringify(check.http).slice(0, 200)} vs ${JSON.stringify(check.sql).slice(0, 200)}`);
  return { http: median(httpMs), sql: median(sqlMs), p95: percentile(httpMs, 95), n: httpMs.length, numbers: check.http as { targeted: number; submitted: number; missing: number } };
}

async function p50Of(call: Call, cookie: string, path: string, runs: number, warm = 5): Promise<{ p50: number; size: number; bytes: number }> {
  const ms: number[] = [];
  let size = 0;
  let bytes = 0;
  for (let i = -warm; i < runs; i++) {
    const r = await call(cookie, 'GET', path);
    if (r.status !== 200) throw new Error(`${path}: ${r.status}`);
    if (i >= 0) ms.push(r.ms);
    size = Array.isArray(r.json) ? r.json.length : 0;
    bytes = Buffer.byteLength(JSON.stringify(r.json));
  }
  return { p50: median(ms), size, bytes };
}

/**
 * Requests per second of the bare hello and of the unit inbox, in ROUNDS alternating pairs of 3 s each, both asked
 * as a browser asks (accepting gzip). The machine's speed drifts by up to 2× within a minute (a hello measured
 * minutes apart from the inbox moved by 40 %), so each pair gives its own ratio and the figure is the median ratio;
 * the req/s shown are medians too. Then, for the record, GET /api/auth/me and the inbox asked by a client that
 * does not accept gzip.
 */
async function readThroughput(base: string, helloBase: string, unit: string) {
  const ROUNDS = 7;
  const hello: ThroughputResult[] = [];
  const api: ThroughputResult[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    hello.push(await throughput(helloBase, '/hello', null, 16, 3));
    api.push(await throughput(base, '/api/submissions/inbox', unit, 16, 3));
  }
  const ratios = api.map((a, i) => a.rps / hello[i]!.rps);
  const rounds = hello.map((h, i) => `${Math.round(api[i]!.rps)}/${Math.round(h.rps)}`).join(', ');
  return { helloRps: median(hello.map((h) => h.rps)), apiRps: median(api.map((a) => a.rps)), ratio: median(ratios), apiP99: median(api.map((a) => a.p99)), helloP99: median(hello.map((h) => h.p99)),
    meRps: await throughput(base, '/api/auth/me', unit, 16, 4), rounds,
    identityRps: await throughput(base, '/api/submissions/inbox', unit, 16, 4, false), errors: [...hello, ...api].reduce((n, r) => n + r.errors, 0) };
}

/** A fresh report requirement for every grassroots unit, deleted by `drop` with its submissions (the audit log keeps its lines). */
async function scratchRequirement(call: Call, db: Database['db'], staff: string, title: string) {
  const created = await call(staff, 'POST', '/api/requirements', { kind: 'report', title, deadline: '2099-12-31', targets: [{ rule: 'all_grassroots' }] });
  if (created.status !== 201) throw new Error(`create requirement: ${created.status} ${JSON.stringify(created.json)}`);
  const id = created.json.id as number;
  const drop = async () => {
    await sql`delete from submission_version where submission_id in (select id from submission where requirement_id = ${id})`.execute(db);
    await sql`delete from submission where requirement_id = ${id}`.execute(db);
    await sql`delete from requirement where id = ${id}`.execute(db);
  };
  return { id, drop };
}

const summary = (r: { ms: number[]; errors: number; wallMs: number }) =>
  ({ p95: percentile(r.ms, 95), p50: median(r.ms), max: Math.max(...r.ms), wallMs: r.wallMs, requests: r.ms.length, errors: r.errors });

/**
 * 200 unit accounts of one province each save a report then submit it, from a separate load-generator process:
 * first each at a random moment within RUSH_MS (the goal figure), then, on a second requirement, all at the same
 * instant (the worst case, whose wall time gives the sustained rate). Ten other units first do it one at a time,
 * for the service time without queueing.
 */
async function concurrentSubmits(base: string, call: Call, db: Database['db'], staff: string, units: readonly string[]) {
  const rush = await scratchRequirement(call, db, staff, 'Báo cáo nhanh (đo tải quốc gia)');
  const burst = await scratchRequirement(call, db, staff, 'Báo cáo nhanh (đo tải quốc gia, cùng một lúc)');
  try {
    const cookies = await loginAll(base, units);
    const alone: number[] = [];
    for (const u of units.slice(0, ALONE)) {
      const r = await saveAndSubmit(call, cookies.get(u)!, rush.id);
      if (!r.ok) throw new Error(`${u} could not save and submit alone`);
      alone.push(...r.ms);
    }
    const users = units.slice(ALONE).map((u) => cookies.get(u)!);
    const spread = await runLoad({ mode: 'submit', base, cookies: users, requirementId: rush.id, spreadMs: RUSH_MS });
    const atOnce = await runLoad({ mode: 'submit', base, cookies: users, requirementId: burst.id, spreadMs: 0 });
    return { rush: summary(spread), burst: summary(atOnce), alone: median(alone) };
  } finally {
    await rush.drop();
    await burst.drop();
  }
}

function writePlans([country, province, list]: string[], reqId: number, provincePath: string, lastMigration: string): void {
  const migrations = `latest ${lastMigration}`;
  writeFileSync('bench/national-plans.md', [
    '# Plans of the progress query at national scale',
    '',
    `Captured by \`bench/national.bench.ts\` on ${new Date().toISOString()} (load average ${load()}), requirement ${reqId}, as of ${TODAY}; migrations: ${migrations}.`,
    '',
    `## Whole country (admin, rootPath '/')`, '', '```', country, '```', '',
    `## One province (${PROVINCE}, rootPath '${provincePath}')`, '', '```', province, '```', '',
    '## The requirement list of the central board (progressSummaries: one counting query per requirement; this one for the requirement above, whole country, as of now)', '', '```', list, '```', '',
  ].join('\n'));
}

const notMeasured = (why: string): Figure[] => [
  { name: 'National scale (50,000 units, 1,000,000 submissions)', goal: 0, unit: '', measured: Number.NaN, detail: `not measured: ${why}` },
];

/** Every measurement, in order: reads (HTTP beside bare SQL), throughput, then the burst of submitters; then the plans. */
async function measure(db: Database['db'], url: string, base: string, helloBase: string) {
  const call = client(base);
  const reqId = Number((await sql<{ id: number }>`select r.id from requirement r join requirement_target t on t.requirement_id = r.id
    join org_unit u on u.id = t.unit_id where u.depth = 0 and r.deadline < ${TODAY}::date order by r.id limit 1`.execute(db)).rows[0]?.id);
  const { id: provinceId, path: provincePath } = await db.selectFrom('org_unit').select(['id', 'path']).where('code', '=', PROVINCE).executeTakeFirstOrThrow();
  const unitUsers = (await db.selectFrom('app_user').innerJoin('org_unit', 'org_unit.id', 'app_user.unit_id').select('username')
    .where('app_user.role', '=', 'unit').where('org_unit.path', 'like', `${provincePath}%`).orderBy('app_user.id').limit(SUBMITTERS + ALONE).execute()).map((u) => u.username);
  const [admin, staff, unit] = [await login(base, 'admin'), await login(base, `${PROVINCE}.canbo1`), await login(base, unitUsers[0]!)];
  const asOf = endOfDayVn(TODAY);
  const rules = (await rootedRules(db, [reqId])).get(reqId)!;
  // The same two statements the server sends for the admin, the visibility test included (for the admin it is true).
  const adminRow = await db.selectFrom('app_user').select(['id', 'unit_id']).where('username', '=', 'admin').executeTakeFirstOrThrow();
  const viewer: Actor = { userId: adminRow.id, username: 'admin', fullName: 'admin', role: 'admin', unitId: adminRow.unit_id, scopePath: null, mustChangePassword: false, sessionId: 0 };
  const bare = (rootPath: string): [Compiled, Compiled] => [
    progressQuery(db, reqId, rules, { rootPath, asOf }, false, viewer).compile(), missingUnitsQuery(db, reqId, rules, { rootPath, asOf }).compile()];
  const [qCountry, qCountryMissing] = bare('/');
  const [qProvince, qProvinceMissing] = bare(provincePath);
  const loadBefore = load();
  const m = {
    country: await httpVsSql(call, admin, `/api/requirements/${reqId}/progress?asOf=${TODAY}`, db, [qCountry, qCountryMissing], 40),
    // A province's view of a central requirement: the admin with ?unitId= (provincial staff do not see central requirements).
    province: await httpVsSql(call, admin, `/api/requirements/${reqId}/progress?asOf=${TODAY}&unitId=${provinceId}`, db, [qProvince, qProvinceMissing], 100),
    inbox: await p50Of(call, unit, '/api/submissions/inbox', 100),
    missing: await p50Of(call, admin, `/api/requirements/${reqId}/units?status=missing&asOf=${TODAY}&unitId=${provinceId}`, 100),
    missingCountry: await p50Of(call, admin, `/api/requirements/${reqId}/units?status=missing&asOf=${TODAY}`, 20),
    // The list page of the central board: every requirement with its headline progress over the whole country.
    list: await p50Of(call, admin, '/api/requirements', 3, 1),
    ...(await readThroughput(base, helloBase, unit)),
    submits: await concurrentSubmits(base, call, db, staff, unitUsers),
    loadBefore,
    loadAfter: load(),
  };
  const last = (await sql<{ name: string }>`select max(name) as name from kysely_migration`.execute(db)).rows[0]?.name ?? '?';
  // The list sends one such query per requirement; this is the one of the benchmarked central requirement.
  const qList = await captureQuery(url, (d) => progressSummaries(d, [reqId], { rootPath: '/', asOf: new Date() }));
  writePlans([
    `${await explain(db, qCountry)}\n\n-- and beside it, the missing units:\n${await explain(db, qCountryMissing)}`,
    `${await explain(db, qProvince)}\n\n-- and beside it, the missing units:\n${await explain(db, qProvinceMissing)}`,
    await explain(db, qList)], reqId, provincePath, last);
  return m;
}

function figuresOf(m: Awaited<ReturnType<typeof measure>>, units: number): Figure[] {
  const where = `${units.toLocaleString('en')} units; load average ${m.loadBefore} at start, ${m.loadAfter} at end`;
  const pair = (label: string, r: typeof m.country): Figure[] => [
    { name: `Progress of one requirement, ${label}, via HTTP (p50)`, goal: 50, unit: 'ms', measured: round1(r.http),
      detail: `${r.numbers.submitted}/${r.numbers.targeted} submitted, ${r.numbers.missing} missing; ${r.n} requests, each timed to the last byte of its answer; p95 ${r.p95.toFixed(1)} ms; bare SQL p50 ${r.sql.toFixed(1)} ms; ${where}` },
    { name: `Progress ${label}: HTTP ÷ bare SQL (p50)`, goal: 1.5, unit: '×', measured: Math.round((r.http / r.sql) * 100) / 100,
      detail: `${r.http.toFixed(1)} ms ÷ ${r.sql.toFixed(1)} ms, alternated request by request` },
  ];
  const { inbox, missing, missingCountry, helloRps, apiRps, meRps, identityRps, rounds, errors, submits } = m;
  return [
    ...pair('whole country (admin)', m.country),
    ...pair(`one province (${PROVINCE})`, m.province),
    { name: 'A unit\'s inbox at national scale (p50)', goal: 20, unit: 'ms', measured: round1(inbox.p50), detail: `GET /api/submissions/inbox, ${inbox.size} items, 100 requests` },
    { name: 'Missing units of a requirement, one province (p50)', goal: 20, unit: 'ms', measured: round1(missing.p50),
      detail: `GET /api/requirements/:id/units?status=missing&unitId=<${PROVINCE}>, ${missing.size} units; whole country (admin, ${missingCountry.size} units): p50 ${missingCountry.p50.toFixed(1)} ms` },
    { name: 'Requirement list with headline progress, central board (p50)', goal: 1000, unit: 'ms', measured: round1(m.list.p50),
      detail: `GET /api/requirements as admin: ${m.list.size} requirements, each counted over the whole country; 3 requests after 1 warm-up. No goal in issue 7: 1 s set here for a usable list page` },
    { name: 'Read API throughput vs bare Fastify hello', goal: 50, unit: '%', lowerIsBetter: false, measured: Math.round(m.ratio * 100),
      detail: `median of ${rounds.split(', ').length} alternating 3 s pairs of the unit inbox and a bare hello (inbox/hello req/s: ${rounds}); medians ${apiRps.toFixed(0)} and ${helloRps.toFixed(0)} req/s; `
        + `16 keep-alive connections, autocannon in its own process, accepting gzip as browsers do; the inbox answer lists ${inbox.size} requirements (${inbox.bytes.toLocaleString('en')} bytes of JSON), `
        + `served gzip-compressed from the read cache, which every change empties; p99 inbox ${m.apiP99} ms, hello ${m.helloP99} ms; `
        + `the same inbox to a client that does not accept gzip: ${identityRps.rps.toFixed(0)} req/s (${Math.round((identityRps.rps / helloRps) * 100)} % of the median hello); `
        + `GET /api/auth/me (one query each): ${meRps.rps.toFixed(0)} req/s; ${errors + meRps.errors + identityRps.errors} errors` },
    { name: `${SUBMITTERS} unit users saving and submitting within ${RUSH_MS / 1000} s, national DB (p95)`, goal: 300, unit: 'ms', measured: round1(submits.rush.p95),
      detail: `each PUT a draft then POST submit at a random moment within ${RUSH_MS / 1000} s (${(SUBMITTERS / (RUSH_MS / 1000)).toFixed(0)} submissions/s; the national deadline hour, 50,000 units in 60 min, is 14/s); `
        + `client in its own process; ${submits.rush.requests} requests, p50 ${submits.rush.p50.toFixed(1)} ms, max ${submits.rush.max.toFixed(1)} ms; one user at a time: p50 ${submits.alone.toFixed(1)} ms (${ALONE} users)` },
    { name: `Failed requests, ${SUBMITTERS} concurrent submitters (national DB)`, goal: 0, unit: 'requests', measured: submits.rush.errors + submits.burst.errors,
      detail: `of ${submits.rush.requests + submits.burst.requests} (the rush and the all-at-once burst)` },
    { name: `${SUBMITTERS} unit users all pressing at the same instant (worst case, p95)`, goal: 0, unit: 'ms', measured: round1(submits.burst.p95), informational: true,
      detail: `no goal: ${submits.burst.requests} requests queued at once, served in ${(submits.burst.wallMs / 1000).toFixed(1)} s, i.e. `
        + `${(SUBMITTERS / (submits.burst.wallMs / 1000)).toFixed(0)} save-and-submits per second sustained by one server process (p50 ${submits.burst.p50.toFixed(1)} ms, max ${submits.burst.max.toFixed(1)} ms)` },
  ];
}

export async function benchNational(): Promise<Figure[]> {
  const url = process.env.NATIONAL_DATABASE_URL;
  if (!url) return notMeasured('set NATIONAL_DATABASE_URL to a database filled by `DATABASE_URL=… npm run gen:national`');
  const database = await connect({ databaseUrl: url });
  try {
    try {
      await sql`select 1`.execute(database.db);
    } catch (err) {
      return notMeasured(`NATIONAL_DATABASE_URL unreachable (${err instanceof Error ? err.message : String(err)})`);
    }
    await migrateToLatest(database.db);
    const units = Number((await sql<{ n: number }>`select count(*)::int as n from org_unit`.execute(database.db)).rows[0]?.n);
    if (units < 40_000) return notMeasured(`${units} units in NATIONAL_DATABASE_URL; run npm run gen:national first`);
    const app = await buildApp({ db: database.db, dbKind: 'postgres', version: 'bench', webRoot: null, loginRateLimit: 1_000_000 });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const hello = await helloServer();
    try {
      return figuresOf(await measure(database.db, url, `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`, hello.base), units);
    } finally {
      await hello.close();
      await app.close();
    }
  } finally {
    await database.close();
  }
}

// Run alone: `NATIONAL_DATABASE_URL=postgres://… node --import tsx bench/national.bench.ts`.
if (import.meta.url === `file://${process.argv[1]}`) {
  benchNational().then((f) => {
    for (const x of f) console.log(`- ${x.name}: ${x.measured} ${x.unit} (goal ${(x.lowerIsBetter ?? true) ? '≤' : '≥'} ${x.goal}, ${passes(x) ? 'pass' : 'FAIL'}) — ${x.detail ?? ''}`);
  }, (e: unknown) => { console.error(e); process.exit(1); });
}
