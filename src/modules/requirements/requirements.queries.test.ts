import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase } from '../../../test/db';
import type { Actor } from '../../app/actor';
import type { Database } from '../../db/connect';
import { progressQuery } from './requirements.progress.queries';

/** The SQL behind the progress page, kept in a file so every change to it shows in review (STYLE.md §11). */
describe('câu lệnh tính tiến độ', () => {
  let database: Database;
  beforeAll(async () => { database = await freshDatabase('pglite', 'empty'); });
  afterAll(async () => { await database?.close(); });

  it('là một câu lệnh duy nhất: nhóm theo tình trạng rồi cộng bằng sum(…) filter, không đổi ngoài ý muốn', async () => {
    const rules = [{ rule: 'all_grassroots' as const, kind: null, unitId: 1, rootPath: '/1/' }, { rule: 'unit' as const, kind: null, unitId: 7, rootPath: '/1/7/' }];
    // As the server sends it: for a staff member of the subtree /1/, who may or may not see the requirement.
    const viewer: Actor = { userId: 2, username: 'canbo', fullName: 'Cán bộ', role: 'staff', unitId: 1, scopePath: '/1/', mustChangePassword: false, sessionId: 1 };
    const q = progressQuery(database.db, 1, rules, { rootPath: '/1/', asOf: new Date('2024-09-05T16:59:59.999Z') }, true, viewer).compile();
    expect(q.sql.match(/sum\("g"\."n"\) filter/g)?.length).toBe(7);
    expect(q.sql).toMatch(/group by "t"\."tracking", "t"\."submission_status"/);
    await expect(q.sql.replace(/\s+/g, ' ')).toMatchFileSnapshot('requirements.progress.sql');
    const r = await database.db.executeQuery(q);
    expect(r.rows).toHaveLength(1);
    expect(r.rows[0]).toMatchObject({ visible: false }); // the empty database has no requirement 1
  });
});
