import { type Kysely, sql } from 'kysely';

/**
 * Report wording per committee: the text around the figures of a report (e.g. the summary report), with
 * placeholders the application fills in. One row per committee and report kind; no row means the default wording.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('report_template')
    .addColumn('id', 'integer', (c) => c.primaryKey().generatedByDefaultAsIdentity())
    .addColumn('unit_id', 'integer', (c) => c.notNull().references('org_unit.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('summary')`))
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'integer', (c) => c.references('app_user.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('report_template_unit_kind_uq', ['unit_id', 'kind'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('report_template').execute();
}
