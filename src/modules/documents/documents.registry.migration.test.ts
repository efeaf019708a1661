import { PGlite } from '@electric-sql/pglite';
import { Migrator, sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { connect } from '../../db/connect';
import { migrations } from '../../db/migrations/index';

describe('migration 0006: sổ văn bản cho văn bản đã có', () => {
  it('văn bản nhập trước khi có sổ (hay nhập không nêu sổ) vào sổ của cấp ủy người nhập (ban thì cấp ủy trên nó), không rõ thì cấp gốc', async () => {
    const { db } = await connect({ pglite: await PGlite.create() });
    try {
      const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
      const names = Object.keys(migrations);
      expect((await migrator.migrateTo(names[names.indexOf('0006_document_registry') - 1]!)).error).toBeUndefined();
      await sql`insert into org_unit (id, code, name, search_key, kind, parent_id, path, depth) overriding system value values
        (1, 'duk', 'Đảng ủy Khối', 'dang uy khoi', 'dang_uy', null, '/1/', 0), (2, 'duk.btg', 'Ban Tuyên giáo', 'ban tuyen giao', 'ban', 1, '/1/2/', 1),
        (3, 'cs', 'Đảng bộ cơ sở', 'dang bo co so', 'dang_bo_co_so', 1, '/1/3/', 1)`.execute(db);
      await sql`insert into app_user (id, username, full_name, role, unit_id, password_hash) overriding system value values
        (1, 'canbo', 'Cán bộ', 'staff', 2, 'x'), (2, 'cs', 'Cơ sở', 'unit', 3, 'x')`.execute(db);
      await sql`insert into document (direction, subject, created_by) values ('incoming', 'của ban', 1), ('incoming', 'của cơ sở', 2), ('incoming', 'không rõ', null)`.execute(db);
      expect((await migrator.migrateToLatest()).error).toBeUndefined();
      const rows = await db.selectFrom('document').select(['subject', 'owner_unit_id']).orderBy('id').execute();
      expect(rows).toEqual([{ subject: 'của ban', owner_unit_id: 1 }, { subject: 'của cơ sở', owner_unit_id: 3 }, { subject: 'không rõ', owner_unit_id: 1 }]);
      // A writer that names no register afterwards gets the same rule from the trigger.
      const { owner_unit_id } = await db.insertInto('document').values({ direction: 'incoming', subject: 'nhập sau', created_by: 1 }).returning('owner_unit_id').executeTakeFirstOrThrow();
      expect(owner_unit_id).toBe(1);
    } finally {
      await db.destroy();
    }
  });
});
