import { describe, expect, it } from 'vitest';
import { depthOf } from '../../src/domain/org-tree';
import { dueEnd, NOW_S, planRequirements, submissionBatches } from './activity';
import { nationalShape, PROVINCES } from './shape';

describe('the synthetic national hierarchy', () => {
  const shape = nationalShape();

  it('has the 34 provinces and cities of 2025 (28 tỉnh, 6 thành phố) and about 50,000 units', () => {
    expect(PROVINCES).toHaveLength(34);
    expect(PROVINCES.filter((p) => p[1])).toHaveLength(6);
    expect(new Set(PROVINCES.map((p) => p[0])).size).toBe(34);
    expect(shape.units.length).toBeGreaterThan(45_000);
    expect(shape.units.length).toBeLessThan(55_000);
    const committees = shape.units.filter((u) => u.depth === 1 && u.kind === 'dang_uy');
    expect(committees.map((u) => u.name)).toContain('Đảng bộ thành phố Hồ Chí Minh');
    expect(committees.map((u) => u.name)).toContain('Đảng bộ tỉnh Thanh Hóa');
  });

  it('writes paths as the units module does: parent path + own id, depth from the path, valid unique codes', () => {
    const byId = new Map(shape.units.map((u) => [u.id, u]));
    for (const u of shape.units) {
      const parent = u.parentId === null ? null : byId.get(u.parentId)!;
      expect(u.path).toBe(`${parent?.path ?? '/'}${u.id}/`);
      expect(u.depth).toBe(depthOf(u.path));
    }
    expect(shape.units.every((u) => /^[a-z0-9][a-z0-9_.-]{0,63}$/.test(u.code))).toBe(true);
    expect(new Set(shape.units.map((u) => u.code)).size).toBe(shape.units.length);
  });

  it('puts cells only under đảng bộ cơ sở, and grassroots organisations only under committees', () => {
    const byId = new Map(shape.units.map((u) => [u.id, u]));
    for (const u of shape.units) {
      if (u.kind === 'chi_bo') expect(byId.get(u.parentId!)!.kind).toBe('dang_bo_co_so');
      if (u.kind === 'chi_bo_co_so' || u.kind === 'dang_bo_co_so') expect(byId.get(u.parentId!)!.kind).toBe('dang_uy');
    }
  });

  it('is the same country for the same seed and another for another seed', () => {
    expect(nationalShape(2025).units.slice(-50)).toEqual(shape.units.slice(-50));
    expect(nationalShape(7).units.length).not.toBe(shape.units.length);
  });
});

describe('the synthetic activity', () => {
  const shape = nationalShape();
  const reqs = planRequirements(shape);

  it('plans 200 requirements, central ones to every grassroots unit and provincial ones to their own', () => {
    expect(reqs).toHaveLength(200);
    expect(reqs.filter((r) => r.province === -1).every((r) => r.targetRootId === shape.rootId)).toBe(true);
    expect(reqs.filter((r) => r.province >= 0).every((r) => r.targetRootId === shape.provinces[r.province]!.committeeId)).toBe(true);
    expect(reqs.some((r) => r.overrides.size > 0)).toBe(true);
  });

  it('gives the same rows for the same seed', () => {
    const again = planRequirements(nationalShape());
    expect(again.map((r) => [r.deadline, r.kind, [...r.overrides]])).toEqual(reqs.map((r) => [r.deadline, r.kind, [...r.overrides]]));
    expect(submissionBatches(shape, again, 2025, 5000).next().value).toEqual(submissionBatches(shape, reqs, 2025, 5000).next().value);
  });

  it('gives about a million submissions, mostly on time, some late, some missing, none sent after today', () => {
    let total = 0;
    let late = 0;
    let afterToday = 0;
    const deadline = new Map(reqs.map((r) => [r.id, r]));
    for (const b of submissionBatches(shape, reqs)) {
      total += b.unitId.length;
      b.firstSubmittedAt.forEach((first, i) => {
        if (first === null) return;
        const r = deadline.get(b.requirementId[i]!)!;
        if (first >= dueEnd(r.overrides.get(b.unitId[i]!) ?? r.deadline)) late++;
        if (first > NOW_S) afterToday++;
      });
    }
    const allGrassroots = shape.provinces.reduce((n, p) => n + p.grassroots.length, 0);
    const targeted = reqs.reduce((n, r) => n + (r.province >= 0 ? shape.provinces[r.province]!.grassroots.length : allGrassroots), 0);
    expect(total).toBeGreaterThan(900_000);
    expect(total).toBeLessThan(1_100_000);
    expect(late / total).toBeGreaterThan(0.03);
    expect(late / total).toBeLessThan(0.2);
    expect(total / targeted).toBeLessThan(0.97);
    expect(afterToday).toBe(0);
  });
});
