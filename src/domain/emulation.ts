import { compareVi } from '../vn/text';

/**
 * Emulation scoring (thi đua) of grassroots units over one year. Pure: the facts of each unit in, points out.
 * Every criterion turns a raw value into a ratio between 0 and 1; its points are weight × ratio, rounded to 2 decimals,
 * so a unit's total is explainable line by line and the best possible total is the sum of the enabled weights.
 */

export const CRITERION_KEYS = ['on_time', 'accepted', 'models_registered', 'models_recognized', 'qcdc_plan', 'self_inspection'] as const;
export type CriterionKey = (typeof CRITERION_KEYS)[number];

/** How a raw value becomes a ratio: a share of due requirements, a count against a target, or done / not done. */
export type Measure = 'rate' | 'count' | 'done';

export interface CriterionInfo { label: string; measure: Measure; definition: string }

export const CRITERIA: Record<CriterionKey, CriterionInfo> = {
  on_time: {
    label: 'Gửi đúng hạn', measure: 'rate',
    definition: 'Tỷ lệ yêu cầu trong năm đã đến hạn (hoặc đã gửi) mà đơn vị gửi lần đầu đúng hạn. Chưa có yêu cầu nào đến hạn thì tính đủ điểm.',
  },
  accepted: {
    label: 'Được chấp nhận', measure: 'rate',
    definition: 'Tỷ lệ yêu cầu trong năm đã đến hạn (hoặc đã gửi) mà bài nộp của đơn vị đã được chấp nhận. Chưa có yêu cầu nào đến hạn thì tính đủ điểm.',
  },
  models_registered: {
    label: 'Đăng ký mô hình Dân vận khéo', measure: 'count',
    definition: 'Số mô hình Dân vận khéo đơn vị có trong năm (mới hoặc tiếp tục); đạt chỉ tiêu thì đủ điểm, thiếu thì tính theo tỷ lệ.',
  },
  models_recognized: {
    label: 'Mô hình được công nhận điển hình', measure: 'count',
    definition: 'Số mô hình của năm được công nhận điển hình (cấp cơ sở, Khối hoặc tỉnh); đạt chỉ tiêu thì đủ điểm, thiếu thì tính theo tỷ lệ.',
  },
  qcdc_plan: {
    label: 'Có kế hoạch thực hiện QCDC', measure: 'done',
    definition: 'Đơn vị đã gửi (và chưa bị trả lại) kế hoạch thực hiện Quy chế dân chủ của một yêu cầu trong năm: đủ điểm; chưa có: 0 điểm.',
  },
  self_inspection: {
    label: 'Đã tự kiểm tra', measure: 'done',
    definition: 'Đơn vị đã gửi (và chưa bị trả lại) báo cáo tự kiểm tra của một yêu cầu trong năm: đủ điểm; chưa có: 0 điểm.',
  },
};

export interface CriterionConfig { key: CriterionKey; weight: number; target: number; enabled: boolean }

/** The criteria a committee scores by until it sets its own for the year; weights sum to 100. */
export const DEFAULT_CRITERIA: readonly CriterionConfig[] = [
  { key: 'on_time', weight: 25, target: 1, enabled: true },
  { key: 'accepted', weight: 20, target: 1, enabled: true },
  { key: 'models_registered', weight: 20, target: 1, enabled: true },
  { key: 'models_recognized', weight: 15, target: 1, enabled: true },
  { key: 'qcdc_plan', weight: 10, target: 1, enabled: true },
  { key: 'self_inspection', weight: 10, target: 1, enabled: true },
];

/** What is known of one unit for the year. `due`: requirements already due or already submitted. */
export interface UnitFacts {
  due: number;
  onTime: number;
  accepted: number;
  modelsRegistered: number;
  modelsRecognized: number;
  qcdcPlan: boolean;
  selfInspection: boolean;
}

export interface ScoreLine { key: CriterionKey; raw: number; ratio: number; weight: number; points: number }

const round2 = (n: number) => Math.round(n * 100) / 100;

/** The raw value of a criterion: a rate, a count or 0/1. */
export function rawValue(key: CriterionKey, f: UnitFacts): number {
  switch (key) {
    case 'on_time': return f.due === 0 ? 1 : f.onTime / f.due;
    case 'accepted': return f.due === 0 ? 1 : f.accepted / f.due;
    case 'models_registered': return f.modelsRegistered;
    case 'models_recognized': return f.modelsRecognized;
    case 'qcdc_plan': return f.qcdcPlan ? 1 : 0;
    case 'self_inspection': return f.selfInspection ? 1 : 0;
  }
}

/** One unit's points, criterion by criterion, over the enabled criteria. */
export function scoreUnit(f: UnitFacts, criteria: readonly CriterionConfig[]): { lines: ScoreLine[]; total: number } {
  const lines = criteria.filter((c) => c.enabled).map((c): ScoreLine => {
    const raw = rawValue(c.key, f);
    const ratio = CRITERIA[c.key].measure === 'count' ? Math.min(raw / Math.max(c.target, 1), 1) : raw;
    return { key: c.key, raw: round2(raw), ratio: round2(ratio), weight: c.weight, points: round2(c.weight * ratio) };
  });
  return { lines, total: round2(lines.reduce((s, l) => s + l.points, 0)) };
}

export interface RankedUnit<U> { unit: U; rank: number; total: number; lines: ScoreLine[] }

/** Units by total points, highest first; equal totals share a rank (1, 1, 3) and are listed in Vietnamese name order. */
export function rankUnits<U extends { name: string; facts: UnitFacts }>(units: readonly U[], criteria: readonly CriterionConfig[]): RankedUnit<U>[] {
  const scored = units.map((unit) => ({ unit, ...scoreUnit(unit.facts, criteria) }));
  scored.sort((a, b) => b.total - a.total || compareVi(a.unit.name, b.unit.name));
  let rank = 0;
  return scored.map((s, i) => {
    if (i === 0 || scored[i - 1]!.total !== s.total) rank = i + 1;
    return { ...s, rank };
  });
}

/** The best total possible with these criteria. */
export const maxTotal = (criteria: readonly CriterionConfig[]) => criteria.filter((c) => c.enabled).reduce((s, c) => s + c.weight, 0);
