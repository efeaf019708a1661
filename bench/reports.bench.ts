import { PGlite } from '@electric-sql/pglite';
import { sql } from 'kysely';
import type { Actor } from '../src/app/actor';
import { connect, type Db, migrateToLatest } from '../src/db/connect';
import { seedDemo } from '../src/db/seed/demo';
import { matrixExport } from '../src/modules/reports/reports.service';
import { buildSummary, summaryDocx, summarySourceFor } from '../src/modules/reports/reports.summary';
import { type Figure, median } from './figures';

/**
 * Reports on the demo committee (74 grassroots units), in-process on an in-memory PGlite of its own:
 * the summary DOCX of 1720-CV/ĐUK as of 15/05/2024 (its 4 requirements), then the progress matrix XLSX after
 * adding 16 requirements to the letter (74 units × 20 requirements, about half the units submitting each).
 */

const RUNS = 15;
const NOW = new Date('2024-05-16T03:00:00Z');

async function staffActor(db: Db): Promise<Actor> {
  const u = await db.selectFrom('app_user as a').innerJoin('org_unit as u', 'u.id', 'a.unit_id').innerJoin('org_unit as p', 'p.id', 'u.parent_id')
    .select(['a.id', 'a.username', 'a.full_name', 'a.unit_id', 'p.path']).where('a.username', '=', 'canbo').executeTakeFirstOrThrow();
  return { userId: u.id, username: u.username, fullName: u.full_name, role: 'staff', unitId: u.unit_id, scopePath: u.path, mustChangePassword: false, sessionId: 0 };
}

/** 16 more report requirements on the letter, each answered by every other unit (some late), to reach 20. */
async function addRequirements(db: Db, actor: Actor, documentId: number): Promise<void> {
  const khoi = (await db.selectFrom('org_unit').select('id').where('path', '=', actor.scopePath!).executeTakeFirstOrThrow()).id;
  const units = await db.selectFrom('org_unit').select('id').where('kind', 'in', ['dang_bo_co_so', 'chi_bo_co_so']).where('path', 'like', `${actor.scopePath}%`).orderBy('id').execute();
  for (let i = 0; i < 16; i++) {
    const { id } = await db.insertInto('requirement').values({
      document_id: documentId, kind: 'report', title: `Báo cáo chuyên đề số ${i + 1} năm 2024`, deadline: `2024-0${1 + (i % 5)}-2${i % 9}`, year: 2024,
      responsible_unit_id: actor.unitId, contact_name: null, contact_phone: null, period_from: null, period_to: null, created_by: actor.userId,
    }).returning('id').executeTakeFirstOrThrow();
    await db.insertInto('requirement_target').values({ requirement_id: id, rule: 'all_grassroots', kind: null, unit_id: khoi }).execute();
    const answered = units.filter((_, k) => (k + i) % 2 === 0);
    await db.insertInto('submission').values(answered.map((u, k) => ({
      requirement_id: id, unit_id: u.id, content: '{}', status: k % 3 === 0 ? 'accepted' : 'submitted',
      first_submitted_at: sql<Date>`${`2024-0${1 + (i % 5)}-1${k % 10}T02:00:00Z`}::timestamptz`, submitted_at: sql<Date>`now()`,
    }))).execute();
  }
}

async function timed(fn: () => Promise<unknown>): Promise<number[]> {
  for (let i = 0; i < 3; i++) await fn();
  const ms: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    await fn();
    ms.push(performance.now() - t);
  }
  return ms;
}

export async function benchReports(): Promise<Figure[]> {
  const { db, close } = await connect({ pglite: await PGlite.create({ parsers: { 20: (v: string) => Number(v) } }) });
  try {
    await migrateToLatest(db);
    await seedDemo(db, 'bench-only-password-2024');
    const actor = await staffActor(db);
    const documentId = (await db.selectFrom('document').select('id').where('symbol_key', '=', '1720-CV/DUK').executeTakeFirstOrThrow()).id;
    let docxBytes = 0;
    const summaryMs = await timed(async () => {
      const source = await summarySourceFor(db, actor, { documentId, asOf: '2024-05-15' }, NOW);
      docxBytes = (await summaryDocx(await buildSummary(db, source, NOW))).length;
    });
    await addRequirements(db, actor, documentId);
    let xlsxBytes = 0;
    const matrixMs = await timed(async () => { xlsxBytes = (await matrixExport(db, actor, { documentId, asOf: '2024-05-15' }, NOW)).length; });
    const round = (x: number) => Math.round(x * 10) / 10;
    return [
      { name: 'summary report DOCX, 74-unit committee (median)', goal: 200, unit: 'ms', measured: round(median(summaryMs)),
        detail: `1720-CV/ĐUK as of 15/05/2024, 4 requirements counted, template rendered, DOCX packed (${Math.round(docxBytes / 1024)} KB); in-process on PGlite, median of ${RUNS} after 3 warm-ups, max ${round(Math.max(...summaryMs))} ms` },
      { name: 'progress matrix XLSX, 74 units × 20 requirements (median)', goal: 500, unit: 'ms', measured: round(median(matrixMs)),
        detail: `the letter's 4 requirements plus 16 added, ~half the units answering each (${Math.round(xlsxBytes / 1024)} KB); in-process on PGlite, median of ${RUNS} after 3 warm-ups, max ${round(Math.max(...matrixMs))} ms` },
    ];
  } finally {
    await close();
  }
}

// Run on its own: `node --import tsx bench/reports.bench.ts`.
if (import.meta.url === `file://${process.argv[1]}`) {
  benchReports().then((f) => console.table(f.map(({ name, measured, goal, unit }) => ({ name, measured, goal, unit }))), (err) => {
    console.error(err);
    process.exit(1);
  });
}
