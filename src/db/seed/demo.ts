import type { Db, Trx } from '../connect';
import { childPath, depthOf } from '../../domain/org-tree';
import { cleanText, searchKey } from '../../vn/text';
import { hashPassword } from '../../modules/auth/password-hash';
import { recordAudit } from '../../modules/audit/audit.queries';
import type { Role } from '../schema';
import { seedDirecting } from './demo-directing';
import { DEMO_TREE, GRASSROOTS, KHOI_CODE, TUYEN_GIAO_CODE, type DemoUnit } from './demo-units';

export interface DemoLogin {
  username: string;
  role: Role;
  unit: string;
}

/** True when the database holds no organisation unit yet. */
export async function isEmpty(db: Db): Promise<boolean> {
  return (await db.selectFrom('org_unit').select('id').limit(1).executeTakeFirst()) === undefined;
}

async function insertTree(trx: Trx, nodes: DemoUnit[], parent: { id: number; path: string } | null, ids: Map<string, number>): Promise<void> {
  for (const n of nodes) {
    const name = cleanText(n.name);
    const { id } = await trx
      .insertInto('org_unit')
      .values({ code: n.code, name, search_key: searchKey(`${name} ${n.code}`), kind: n.kind, parent_id: parent?.id ?? null, path: '/', depth: 0 })
      .returning('id')
      .executeTakeFirstOrThrow();
    const path = childPath(parent?.path ?? null, id);
    await trx.updateTable('org_unit').set({ path, depth: depthOf(path) }).where('id', '=', id).execute();
    ids.set(n.code, id);
    if (n.children?.length) await insertTree(trx, n.children, { id, path }, ids);
  }
}

/**
 * Seeds the committee of the sample letter and its accounts: admin, canbo (staff in Ban Tuyên giáo),
 * lanhdao (leader) and one unit account per grassroots organisation, named by the unit's code; then the directing
 * data of the sample letter 1720-CV/ĐUK as of 15/5/2024 (demo-directing.ts).
 */
export async function seedDemo(db: Db, password: string): Promise<DemoLogin[]> {
  // One hash for every demo account: seeding stays fast; these are demo credentials by definition.
  const hash = await hashPassword(password);
  const ids = new Map<string, number>();
  const logins: DemoLogin[] = [];
  await db.transaction().execute(async (trx) => {
    await insertTree(trx, DEMO_TREE, null, ids);
    const people: [string, string, Role, string][] = [
      ['admin', 'Quản trị hệ thống', 'admin', KHOI_CODE],
      ['canbo', 'Nguyễn Đức Phương', 'staff', TUYEN_GIAO_CODE],
      ['lanhdao', 'Lãnh đạo Đảng ủy Khối', 'leader', KHOI_CODE],
      ...GRASSROOTS.map(([code, name]): [string, string, Role, string] => [code, `Văn thư ${name}`, 'unit', code]),
    ];
    await trx
      .insertInto('app_user')
      .values(people.map(([username, fullName, role, unitCode]) => ({
        username, full_name: fullName, role, unit_id: ids.get(unitCode)!, password_hash: hash, must_change_password: false,
      })))
      .execute();
    for (const [username, , role, unitCode] of people) logins.push({ username, role, unit: unitCode });
    await recordAudit(trx, { actor: null, ip: null }, { action: 'seed_demo', entity: 'database', after: { units: ids.size, users: people.length } });
  });
  // After the committee exists: the letter, its requirements and the units' answers go through the API's services,
  // each in its own transaction (the services open their own), acting as the accounts just created. They cannot share
  // one transaction, so the end is marked: a start that finds the beginning without the end knows the seed broke off.
  await seedDirecting(db);
  await recordAudit(db, { actor: null, ip: null }, { action: 'seed_demo_done', entity: 'database' });
  return logins;
}

/** True when a demo seed began but never finished (the process died in between): the data is incomplete. */
export async function isHalfSeeded(db: Db): Promise<boolean> {
  const marks = await db
    .selectFrom('audit_event')
    .select('action')
    .where('entity', '=', 'database')
    .where('action', 'in', ['seed_demo', 'seed_demo_done'])
    .execute();
  return marks.some((m) => m.action === 'seed_demo') && !marks.some((m) => m.action === 'seed_demo_done');
}
