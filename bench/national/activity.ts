import { type NationalShape, prng } from './shape';

/**
 * The directing activity of the synthetic country (pure, deterministic from a seed): 200 requirements
 * (about a quarter from the centre to every grassroots organisation, the rest from a province to its own)
 * and the submissions to them, in proportions like a year of real follow-up: most on time, some late,
 * a few only drafted or missing; a good part accepted, a few returned. Everything is dated against a fixed
 * "today", so the same seed always gives the same rows whatever day it runs.
 */

export const TODAY = '2026-11-26';
export const REQUIREMENTS = 200;
export const NATIONAL_REQUIREMENTS = 52;

type Kind = 'report' | 'checklist' | 'self_inspection';
const KINDS: readonly Kind[] = ['report', 'report', 'checklist', 'self_inspection'];
const TITLES: Record<Kind, string> = {
  report: 'Báo cáo kết quả công tác dân vận',
  checklist: 'Danh mục triển khai nhiệm vụ dân vận',
  self_inspection: 'Tự kiểm tra thực hiện Quy chế dân chủ ở cơ sở',
};

export interface PlannedRequirement {
  id: number;
  kind: Kind;
  title: string;
  /** yyyy-mm-dd */
  deadline: string;
  year: number;
  responsibleUnitId: number;
  /** The committee whose grassroots organisations are targeted (all_grassroots). */
  targetRootId: number;
  /** Index in shape.provinces, or -1 for the whole country. */
  province: number;
  /** Per-unit deadline overrides (unit id → yyyy-mm-dd). */
  overrides: Map<number, string>;
}

const DAY = 86_400;
const isoDay = (epochS: number) => new Date(epochS * 1000).toISOString().slice(0, 10);
const epochOf = (day: string) => Date.parse(`${day}T00:00:00Z`) / 1000;
/** The instant a deadline has passed: the start of the next day in Vietnam (UTC+7). */
export const dueEnd = (day: string) => epochOf(day) + DAY - 7 * 3600;
export const NOW_S = epochOf(TODAY) + 10 * 3600;

export function planRequirements(shape: NationalShape, seed = 2025): PlannedRequirement[] {
  const rnd = prng(seed + 1);
  const out: PlannedRequirement[] = [];
  for (let id = 1; id <= REQUIREMENTS; id++) {
    const national = id <= NATIONAL_REQUIREMENTS;
    const p = national ? -1 : (id - NATIONAL_REQUIREMENTS - 1) % shape.provinces.length;
    const kind = KINDS[Math.floor(rnd() * KINDS.length)]!;
    // About one in seven still open for submissions, the rest due in the past year.
    const future = rnd() < 0.15;
    const deadline = isoDay(NOW_S + (future ? 4 + Math.floor(rnd() * 60) : -(6 + Math.floor(rnd() * 340))) * DAY);
    const prov = p >= 0 ? shape.provinces[p]! : undefined;
    const overrides = new Map<number, string>();
    if (rnd() < 0.25) {
      const pool = prov ? prov.grassroots : shape.provinces.flatMap((x) => x.grassroots);
      for (const u of pool) if (rnd() < 0.015) overrides.set(u, isoDay(epochOf(deadline) + (7 + Math.floor(rnd() * 15)) * DAY));
    }
    out.push({
      id, kind, deadline, year: Number(deadline.slice(0, 4)), overrides, province: p,
      title: `${TITLES[kind]} ${national ? 'toàn quốc' : `(${prov!.name})`} đợt ${id}`,
      responsibleUnitId: prov ? prov.boardId : shape.centralBoardId,
      targetRootId: prov ? prov.committeeId : shape.rootId,
    });
  }
  return out;
}

/** Submission rows as parallel columns (what `insert … select from unnest($1::int[], …)` takes). Times in epoch seconds. */
export interface SubmissionBatch {
  requirementId: number[];
  unitId: number[];
  status: string[];
  createdAt: number[];
  firstSubmittedAt: (number | null)[];
  decidedAt: (number | null)[];
}

const emptyBatch = (): SubmissionBatch => ({ requirementId: [], unitId: [], status: [], createdAt: [], firstSubmittedAt: [], decidedAt: [] });

type Row = [status: string, createdAt: number, firstSubmittedAt: number | null, decidedAt: number | null];

/** One unit's submission to one requirement, or null when it never started one. */
function oneSubmission(rnd: () => number, dueS: number, diligence: number): Row | null {
  const x = rnd();
  const past = dueS <= NOW_S;
  const onTime = past ? 0.8 * diligence : 0.45 * diligence;
  const late = past ? onTime + 0.1 : onTime;
  const drafted = late + 0.03;
  if (x >= drafted) return null;
  if (x >= late) return ['draft', NOW_S - Math.floor(rnd() * 30 * DAY), null, null];
  const first = x < onTime
    ? Math.min(NOW_S, dueS) - 1800 - Math.floor(rnd() * 20 * DAY)
    : dueS + 3600 + Math.floor(rnd() * Math.max(0, Math.min(20 * DAY, NOW_S - dueS - 7200)));
  const created = first - 3600 - Math.floor(rnd() * 5 * DAY);
  const y = rnd();
  const decided = first + DAY + Math.floor(rnd() * 12 * DAY);
  if (decided > NOW_S || y >= 0.5) return ['submitted', created, first, null];
  return [y < 0.45 ? 'accepted' : 'returned', created, first, decided];
}

/** Every submission, in batches of `size` rows. Provinces differ in diligence, as they do. */
export function* submissionBatches(shape: NationalShape, reqs: readonly PlannedRequirement[], seed = 2025, size = 100_000): Generator<SubmissionBatch> {
  const rnd = prng(seed + 2);
  const diligence = shape.provinces.map(() => 0.93 + rnd() * 0.1);
  let b = emptyBatch();
  for (const r of reqs) {
    const provinces = r.province >= 0 ? [shape.provinces[r.province]!] : shape.provinces;
    for (const prov of provinces) {
      for (const unit of prov.grassroots) {
        const s = oneSubmission(rnd, dueEnd(r.overrides.get(unit) ?? r.deadline), diligence[prov.index]!);
        if (!s) continue;
        b.requirementId.push(r.id); b.unitId.push(unit); b.status.push(s[0]); b.createdAt.push(s[1]); b.firstSubmittedAt.push(s[2]); b.decidedAt.push(s[3]);
        if (b.unitId.length >= size) { yield b; b = emptyBatch(); }
      }
    }
  }
  if (b.unitId.length > 0) yield b;
}
