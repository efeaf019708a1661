import { type Kysely, sql } from 'kysely';

/**
 * The Dân vận khéo registry's year-end evaluation and recognition, and the emulation criteria of each committee.
 * Evaluations key on (model, year) but reference only the model: a resubmitted registration replaces its
 * dvk_model_year rows (submissions.records.queries.ts), and the evaluation must survive that.
 */
export async function up(db: Kysely<any>): Promise<void> {
  // A model year imported from a spreadsheet has no registration submission behind it.
  await sql`alter table dvk_model_year alter column submission_id drop not null`.execute(db);

  await db.schema
    .createTable('dvk_model_evaluation')
    .addColumn('model_id', 'integer', (c) => c.notNull().references('dvk_model.id').onDelete('cascade'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('achieved', 'boolean', (c) => c.notNull())
    .addColumn('score', 'integer', (c) => c.check(sql`score between 0 and 100`))
    .addColumn('notes', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('recognition', 'text', (c) => c.check(sql`recognition in ('co_so','khoi','tinh')`))
    .addColumn('evaluated_by', 'integer', (c) => c.notNull().references('app_user.id'))
    .addColumn('evaluated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('dvk_model_evaluation_pkey', ['model_id', 'year'])
    .execute();

  await db.schema
    .createTable('emulation_criterion')
    .addColumn('committee_unit_id', 'integer', (c) => c.notNull().references('org_unit.id'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('key', 'text', (c) => c.notNull().check(sql`key in ('on_time','accepted','models_registered','models_recognized','qcdc_plan','self_inspection')`))
    .addColumn('weight', 'integer', (c) => c.notNull().check(sql`weight between 0 and 100`))
    .addColumn('target', 'integer', (c) => c.notNull().defaultTo(1).check(sql`target between 1 and 100`))
    .addColumn('enabled', 'boolean', (c) => c.notNull().defaultTo(true))
    .addColumn('updated_by', 'integer', (c) => c.notNull().references('app_user.id'))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('emulation_criterion_pkey', ['committee_unit_id', 'year', 'key'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('emulation_criterion').execute();
  await db.schema.dropTable('dvk_model_evaluation').execute();
  await sql`delete from dvk_model_year where submission_id is null`.execute(db);
  await sql`alter table dvk_model_year alter column submission_id set not null`.execute(db);
}
