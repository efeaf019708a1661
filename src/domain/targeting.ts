import type { UnitKind } from '../db/schema';
import { GRASSROOTS_KINDS, isWithin } from './org-tree';

/**
 * Which units a requirement targets. A requirement keeps rules, not a frozen list, so a grassroots
 * organisation created later is targeted too. requirements.queries.ts (`targetedUnits`) is the SQL twin of
 * `isTargeted`; the API tests check that both agree.
 */
export type TargetRule =
  | { rule: 'all_grassroots'; unitId: number }
  | { rule: 'kind'; kind: UnitKind; unitId: number }
  | { rule: 'subtree'; unitId: number }
  | { rule: 'unit'; unitId: number };

export interface TreeUnit {
  id: number;
  kind: UnitKind;
  path: string;
  active: boolean;
}

/**
 * all_grassroots: the đảng bộ / chi bộ cơ sở under the root (the committee, e.g. Đảng ủy Khối);
 * kind: units of that kind under the root; subtree: grassroots units within that part of the tree;
 * unit: exactly that unit, whatever its kind. Inactive units are never targeted.
 */
export function isTargeted(unit: TreeUnit, rules: readonly TargetRule[], pathOf: (id: number) => string | undefined): boolean {
  if (!unit.active) return false;
  return rules.some((r) => {
    if (r.rule === 'unit') return unit.id === r.unitId;
    const root = pathOf(r.unitId);
    if (root === undefined || !isWithin(unit.path, root)) return false;
    if (r.rule === 'kind') return unit.kind === r.kind;
    return GRASSROOTS_KINDS.includes(unit.kind);
  });
}

/** The ids of the targeted units of a tree, in the tree's order. */
export function targetedUnitIds(units: readonly TreeUnit[], rules: readonly TargetRule[]): number[] {
  const paths = new Map(units.map((u) => [u.id, u.path]));
  return units.filter((u) => isTargeted(u, rules, (id) => paths.get(id))).map((u) => u.id);
}

/** A stored rule with the path of its root unit, as the progress query reads it. */
export interface RootedRule {
  rule: TargetRule['rule'];
  kind: UnitKind | null;
  unitId: number;
  rootPath: string;
}

/**
 * The part of a rule that lies in the subtree `scopePath`: the deeper of the two roots when one contains the other,
 * null when they are disjoint (the rule reaches no unit of the scope). A national rule ('/1/') counted for a
 * province ('/1/5808/') becomes the province; a province's rule counted nationally stays the province.
 */
export function narrowToScope(rootPath: string, scopePath: string): string | null {
  if (isWithin(rootPath, scopePath)) return rootPath;
  if (isWithin(scopePath, rootPath)) return scopePath;
  return null;
}
