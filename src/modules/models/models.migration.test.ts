import { PGlite } from '@electric-sql/pglite';
import { Migrator, sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { connect } from '../../db/connect';
import { migrations } from '../../db/migrations/index';

describe('migration 0010: đánh giá mô hình và tiêu chí thi đua', () => {
  it('lên, xuống rồi lên lại được; năm thực hiện nhập từ tệp (không có bài đăng ký) bị bỏ khi quay xuống', async () => {
    const { db } = await connect({ pglite: await PGlite.create() });
    try {
      const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
      const names = Object.keys(migrations);
      const before = names[names.indexOf('0010_models_emulation') - 1]!;
      expect((await migrator.migrateToLatest()).error).toBeUndefined();
      await sql`insert into org_unit (id, code, name, search_key, kind, parent_id, path, depth) overriding system value values
        (1, 'cs', 'Đảng bộ cơ sở', 'dang bo co so', 'dang_bo_co_so', null, '/1/', 0)`.execute(db);
      await sql`insert into dvk_model (id, unit_id, name, name_key, level, field, first_year) overriding system value values
        (1, 1, 'Mô hình', 'mo hinh', 'co_so', 'kinh_te', 2024)`.execute(db);
      await sql`insert into dvk_model_year (model_id, year, submission_id, continuing) values (1, 2024, null, false)`.execute(db);
      expect((await migrator.migrateTo(before)).error).toBeUndefined();
      const left = await sql<{ n: number }>`select count(*)::int as n from dvk_model_year`.execute(db);
      expect(left.rows[0]!.n).toBe(0);
      await expect(sql`insert into dvk_model_year (model_id, year, submission_id, continuing) values (1, 2024, null, false)`.execute(db)).rejects.toThrow();
      expect((await migrator.migrateToLatest()).error).toBeUndefined();
      await sql`insert into dvk_model_year (model_id, year, submission_id, continuing) values (1, 2024, null, false)`.execute(db);
      await expect(sql`insert into dvk_model_evaluation (model_id, year, achieved, score, evaluated_by) values (1, 2024, true, 101, 1)`.execute(db)).rejects.toThrow(/check constraint/);
    } finally {
      await db.destroy();
    }
  });
});
