import { describe, expect, it } from 'vitest';
import { DEFAULT_CRITERIA, maxTotal, rankUnits, scoreUnit, type UnitFacts } from './emulation';

const none: UnitFacts = { due: 4, onTime: 0, accepted: 0, modelsRegistered: 0, modelsRecognized: 0, qcdcPlan: false, selfInspection: false };

describe('chấm điểm thi đua', () => {
  it('đơn vị làm đủ mọi việc được tổng điểm tối đa 100', () => {
    const all: UnitFacts = { due: 4, onTime: 4, accepted: 4, modelsRegistered: 3, modelsRecognized: 1, qcdcPlan: true, selfInspection: true };
    expect(scoreUnit(all, DEFAULT_CRITERIA).total).toBe(100);
    expect(maxTotal(DEFAULT_CRITERIA)).toBe(100);
  });

  it('tỷ lệ đúng hạn và chấp nhận tính theo yêu cầu đã đến hạn; mô hình tính theo chỉ tiêu', () => {
    const f: UnitFacts = { ...none, onTime: 3, accepted: 1, modelsRegistered: 1 };
    const criteria = DEFAULT_CRITERIA.map((c) => (c.key === 'models_registered' ? { ...c, target: 2 } : c));
    const { lines, total } = scoreUnit(f, criteria);
    const by = Object.fromEntries(lines.map((l) => [l.key, l]));
    expect(by.on_time).toMatchObject({ raw: 0.75, points: 18.75 });
    expect(by.accepted).toMatchObject({ raw: 0.25, points: 5 });
    expect(by.models_registered).toMatchObject({ raw: 1, ratio: 0.5, points: 10 });
    expect(by.qcdc_plan!.points).toBe(0);
    expect(total).toBe(33.75);
  });

  it('chưa có yêu cầu nào đến hạn thì tỷ lệ đúng hạn và được chấp nhận tính đủ điểm (không có gì bị lỡ)', () => {
    const by = Object.fromEntries(scoreUnit({ ...none, due: 0 }, DEFAULT_CRITERIA).lines.map((l) => [l.key, l.points]));
    expect([by.on_time, by.accepted]).toEqual([25, 20]);
  });

  it('tiêu chí bị tắt không có dòng và không tính điểm', () => {
    const criteria = DEFAULT_CRITERIA.map((c) => (c.key === 'on_time' ? { ...c, enabled: false } : c));
    const { lines, total } = scoreUnit({ ...none, onTime: 4 }, criteria);
    expect(lines.map((l) => l.key)).not.toContain('on_time');
    expect(total).toBe(0);
  });

  it('xếp hạng: điểm cao trước, bằng điểm thì đồng hạng và theo thứ tự tên tiếng Việt', () => {
    const units = [
      { name: 'Đoàn B', facts: { ...none, qcdcPlan: true } },
      { name: 'Chi bộ C', facts: { ...none, onTime: 4 } },
      { name: 'Ban A', facts: { ...none, qcdcPlan: true } },
    ];
    const ranked = rankUnits(units, DEFAULT_CRITERIA);
    expect(ranked.map((r) => [r.unit.name, r.rank, r.total])).toEqual([['Chi bộ C', 1, 25], ['Ban A', 2, 10], ['Đoàn B', 2, 10]]);
  });
});
