import type { Role, UnitKind } from '../db/schema';

export const UNIT_KINDS: readonly UnitKind[] = [
  'co_quan_cap_tren', 'dang_uy', 'ban', 'dang_bo_co_so', 'chi_bo_co_so', 'chi_bo', 'doan_the',
];

export const UNIT_KIND_LABELS: Record<UnitKind, string> = {
  co_quan_cap_tren: 'Cơ quan cấp trên',
  dang_uy: 'Đảng ủy / cấp ủy',
  ban: 'Ban, cơ quan tham mưu',
  dang_bo_co_so: 'Đảng bộ cơ sở',
  chi_bo_co_so: 'Chi bộ cơ sở',
  chi_bo: 'Chi bộ trực thuộc',
  doan_the: 'Đoàn thể',
};

/** Grassroots Party organisations: the units a directive to "các chi, đảng bộ cơ sở" targets. */
export const GRASSROOTS_KINDS: readonly UnitKind[] = ['dang_bo_co_so', 'chi_bo_co_so'];

/** '/1/7/' + 123 → '/1/7/123/'; a root's path is '/123/'. */
export function childPath(parentPath: string | null, id: number): string {
  return `${parentPath ?? '/'}${id}/`;
}

/** Depth from a path: '/1/' is 0, '/1/7/' is 1. */
export function depthOf(path: string): number {
  return path.split('/').length - 3;
}

/** True when `path` lies in the subtree whose root has `rootPath` (the root included). */
export function isWithin(path: string, rootPath: string): boolean {
  return path.startsWith(rootPath);
}

/**
 * The unit whose subtree a user sees. Staff and leaders working in a board (Ban Tuyên giáo…)
 * serve the committee above it, so they see the committee's subtree; everyone else sees
 * their own unit's. Admins see everything (null).
 */
export function scopeRootPath(role: Role, unit: { kind: UnitKind; path: string; parentPath: string | null }): string | null {
  if (role === 'admin') return null;
  if ((role === 'staff' || role === 'leader') && unit.kind === 'ban' && unit.parentPath) return unit.parentPath;
  return unit.path;
}
