import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase } from '../../../test/db';
import type { Database } from '../../db/connect';
import type { UnitKind } from '../../db/schema';
import { UNIT_KINDS } from '../../domain/org-tree';
import { isWithin } from '../../domain/org-tree';
import { type RootedRule, targetedUnitIds, type TargetRule, type TreeUnit } from '../../domain/targeting';
import { targetedInScopeSql } from './requirements.targeting.queries';

/**
 * The progress query spells a requirement's rules out as values (targetedInScopeSql) so PostgreSQL can estimate
 * them; it must pick exactly the units the domain rule (domain/targeting.ts) picks, within any scope.
 */
describe('quy tắc giao viết thành điều kiện SQL khớp với quy tắc nghiệp vụ', () => {
  let database: Database;
  let tree: (TreeUnit & { id: number })[];
  beforeAll(async () => {
    database = await freshDatabase('pglite', 'demo');
    // A unit taken out of service must never be counted.
    await database.db.updateTable('org_unit').set({ active: false }).where('code', '=', 'cdyenbai').execute();
    tree = (await database.db.selectFrom('org_unit').select(['id', 'kind', 'path', 'active']).orderBy('path').execute()) as typeof tree;
  });
  afterAll(async () => { await database?.close(); });

  const rule = () => fc.oneof(
    fc.record({ rule: fc.constantFrom('all_grassroots' as const, 'subtree' as const), at: fc.nat() }),
    fc.record({ rule: fc.constant('kind' as const), at: fc.nat(), kind: fc.constantFrom(...UNIT_KINDS) }),
    fc.record({ rule: fc.constant('unit' as const), at: fc.nat() }),
  );

  const sqlIds = async (rules: RootedRule[], scope: string) =>
    (await database.db.selectFrom('org_unit as u').select('u.id').where(targetedInScopeSql('u', rules, scope)).orderBy('u.path').execute()).map((r) => r.id);

  it('"tất cả cơ sở" của Đảng ủy Khối: 73 đơn vị đang hoạt động, không tính đơn vị đã ngừng; phạm vi rời nhau thì không ai', async () => {
    const { id: rootId } = await database.db.selectFrom('org_unit').select('id').where('code', '=', 'duk').executeTakeFirstOrThrow();
    const root = tree.find((u) => u.id === rootId)!;
    const all: RootedRule[] = [{ rule: 'all_grassroots', kind: null, unitId: root.id, rootPath: root.path }];
    expect(await sqlIds(all, '/')).toHaveLength(73);
    const stopped = (await database.db.selectFrom('org_unit').select('id').where('code', '=', 'cdyenbai').executeTakeFirstOrThrow()).id;
    expect(await sqlIds(all, '/')).not.toContain(stopped);
    expect(await sqlIds([{ rule: 'unit', kind: null, unitId: stopped, rootPath: '' }], '/')).toEqual([]);
    expect(await sqlIds(all, '/999999/')).toEqual([]);
  });

  it('cùng một tập đơn vị với mọi bộ quy tắc và mọi phạm vi xem', async () => {
    await fc.assert(fc.asyncProperty(fc.array(rule(), { maxLength: 3 }), fc.nat(), async (drawn, scopeAt) => {
      const unitAt = (i: number) => tree[i % tree.length]!;
      const scope = scopeAt % 4 === 0 ? '/' : unitAt(scopeAt).path;
      const rules: RootedRule[] = drawn.map((r) => ({ rule: r.rule, kind: 'kind' in r ? r.kind as UnitKind : null, unitId: unitAt(r.at).id, rootPath: unitAt(r.at).path }));
      const domainRules = rules.map((r) => ({ rule: r.rule, unitId: r.unitId, ...(r.rule === 'kind' && { kind: r.kind }) }) as TargetRule);
      const expected = targetedUnitIds(tree, domainRules).filter((id) => isWithin(tree.find((u) => u.id === id)!.path, scope));
      expect(await sqlIds(rules, scope)).toEqual(expected);
    }), { numRuns: 60 });
  });
});
