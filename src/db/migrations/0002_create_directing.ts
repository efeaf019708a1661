import { type Kysely, sql } from 'kysely';

const now = sql`now()`;

/**
 * The directing loop: documents and their citations, requirements with targets and per-unit deadlines,
 * submissions with every submitted version and a comment thread, Dân vận khéo models across years, QCDC steering members.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('document')
    .addColumn('id', 'integer', (c) => c.primaryKey().generatedByDefaultAsIdentity())
    .addColumn('direction', 'text', (c) => c.notNull().check(sql`direction in ('incoming','outgoing')`))
    .addColumn('number', 'text')
    .addColumn('symbol', 'text')
    // Folded, upper-case, no spaces ("1720-CV/DUK"): how a citation finds the stored document whatever its spelling.
    .addColumn('symbol_key', 'text')
    .addColumn('type', 'text')
    .addColumn('issuer_unit_id', 'integer', (c) => c.references('org_unit.id'))
    .addColumn('issuer_name', 'text')
    .addColumn('place', 'text')
    .addColumn('issued_on', 'date')
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('recipients', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('body', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('search_key', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('file_sha256', 'text')
    .addColumn('file_name', 'text')
    .addColumn('created_by', 'integer', (c) => c.references('app_user.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(now))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(now))
    .execute();
  await db.schema.createIndex('document_symbol_key_idx').on('document').column('symbol_key').execute();
  await db.schema.createIndex('document_issued_on_idx').on('document').column('issued_on').execute();

  await db.schema
    .createTable('document_reference')
    .addColumn('id', 'integer', (c) => c.primaryKey().generatedByDefaultAsIdentity())
    .addColumn('document_id', 'integer', (c) => c.notNull().references('document.id').onDelete('cascade'))
    .addColumn('symbol', 'text', (c) => c.notNull())
    .addColumn('symbol_key', 'text', (c) => c.notNull())
    .addColumn('cited_on', 'date')
    .addColumn('issuer_code', 'text')
    .addColumn('title', 'text')
    .addColumn('resolved_document_id', 'integer', (c) => c.references('document.id').onDelete('set null'))
    .execute();
  await db.schema.createIndex('document_reference_document_idx').on('document_reference').column('document_id').execute();
  await db.schema.createIndex('document_reference_symbol_key_idx').on('document_reference').column('symbol_key').execute();

  await db.schema
    .createTable('requirement')
    .addColumn('id', 'integer', (c) => c.primaryKey().generatedByDefaultAsIdentity())
    .addColumn('document_id', 'integer', (c) => c.references('document.id'))
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('model_registration','democracy_plan','self_inspection','report','checklist')`))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('instructions', 'text', (c) => c.notNull().defaultTo(''))
    // A date: due at the end of that day, Asia/Ho_Chi_Minh.
    .addColumn('deadline', 'date', (c) => c.notNull())
    .addColumn('period_from', 'date')
    .addColumn('period_to', 'date')
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('responsible_unit_id', 'integer', (c) => c.notNull().references('org_unit.id'))
    .addColumn('contact_name', 'text')
    .addColumn('contact_phone', 'text')
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('open').check(sql`status in ('open','closed')`))
    .addColumn('created_by', 'integer', (c) => c.notNull().references('app_user.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(now))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(now))
    .addCheckConstraint('requirement_period_order', sql`period_from is null or period_to is null or period_from <= period_to`)
    .execute();
  await db.schema.createIndex('requirement_document_idx').on('requirement').column('document_id').execute();
  await db.schema.createIndex('requirement_responsible_idx').on('requirement').column('responsible_unit_id').execute();

  await db.schema
    .createTable('requirement_target')
    .addColumn('id', 'integer', (c) => c.primaryKey().generatedByDefaultAsIdentity())
    .addColumn('requirement_id', 'integer', (c) => c.notNull().references('requirement.id').onDelete('cascade'))
    .addColumn('rule', 'text', (c) => c.notNull().check(sql`rule in ('all_grassroots','kind','subtree','unit')`))
    .addColumn('kind', 'text')
    // The root of the subtree (all_grassroots, kind, subtree) or the unit itself (unit).
    .addColumn('unit_id', 'integer', (c) => c.notNull().references('org_unit.id'))
    .addCheckConstraint('requirement_target_kind', sql`(rule = 'kind') = (kind is not null)`)
    .execute();
  await db.schema.createIndex('requirement_target_requirement_idx').on('requirement_target').column('requirement_id').execute();

  await db.schema
    .createTable('requirement_deadline')
    .addColumn('requirement_id', 'integer', (c) => c.notNull().references('requirement.id').onDelete('cascade'))
    .addColumn('unit_id', 'integer', (c) => c.notNull().references('org_unit.id'))
    .addColumn('deadline', 'date', (c) => c.notNull())
    .addPrimaryKeyConstraint('requirement_deadline_pkey', ['requirement_id', 'unit_id'])
    .execute();
  await db.schema.createIndex('requirement_deadline_unit_idx').on('requirement_deadline').column('unit_id').execute();

  await createSubmissionTables(db);
  await createModelTables(db);
}

async function createSubmissionTables(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('submission')
    .addColumn('id', 'integer', (c) => c.primaryKey().generatedByDefaultAsIdentity())
    .addColumn('requirement_id', 'integer', (c) => c.notNull().references('requirement.id'))
    .addColumn('unit_id', 'integer', (c) => c.notNull().references('org_unit.id'))
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('draft').check(sql`status in ('draft','submitted','returned','accepted')`))
    .addColumn('content', 'jsonb', (c) => c.notNull())
    // Optimistic locking: every write is `where version = <the version the client read>`, then version + 1.
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    // On time or late is decided by the first submission, whatever happens after (government task tracking).
    .addColumn('first_submitted_at', 'timestamptz')
    .addColumn('submitted_at', 'timestamptz')
    .addColumn('decided_at', 'timestamptz')
    .addColumn('decided_by', 'integer', (c) => c.references('app_user.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(now))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(now))
    .addUniqueConstraint('submission_requirement_unit_key', ['requirement_id', 'unit_id'])
    .execute();
  await db.schema.createIndex('submission_progress_idx').on('submission').columns(['requirement_id', 'status']).execute();
  await db.schema.createIndex('submission_unit_idx').on('submission').column('unit_id').execute();

  await db.schema
    .createTable('submission_version')
    .addColumn('id', 'integer', (c) => c.primaryKey().generatedByDefaultAsIdentity())
    .addColumn('submission_id', 'integer', (c) => c.notNull().references('submission.id'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('content', 'jsonb', (c) => c.notNull())
    .addColumn('submitted_at', 'timestamptz', (c) => c.notNull())
    .addColumn('submitted_by', 'integer', (c) => c.notNull().references('app_user.id'))
    .addUniqueConstraint('submission_version_key', ['submission_id', 'version'])
    .execute();

  await db.schema
    .createTable('submission_comment')
    .addColumn('id', 'integer', (c) => c.primaryKey().generatedByDefaultAsIdentity())
    .addColumn('submission_id', 'integer', (c) => c.notNull().references('submission.id'))
    .addColumn('author_id', 'integer', (c) => c.notNull().references('app_user.id'))
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(now))
    .execute();
  await db.schema.createIndex('submission_comment_submission_idx').on('submission_comment').column('submission_id').execute();
}

async function createModelTables(db: Kysely<any>): Promise<void> {
  // One model across years: registered in 2023 and continued in 2024 is one dvk_model with two dvk_model_year rows.
  await db.schema
    .createTable('dvk_model')
    .addColumn('id', 'integer', (c) => c.primaryKey().generatedByDefaultAsIdentity())
    .addColumn('unit_id', 'integer', (c) => c.notNull().references('org_unit.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('name_key', 'text', (c) => c.notNull())
    .addColumn('level', 'text', (c) => c.notNull().check(sql`level in ('khoi','co_so')`))
    .addColumn('field', 'text', (c) => c.notNull().check(sql`field in ('kinh_te','van_hoa_xa_hoi','quoc_phong_an_ninh','xay_dung_he_thong_chinh_tri')`))
    .addColumn('first_year', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(now))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(now))
    .addUniqueConstraint('dvk_model_unit_name_key', ['unit_id', 'name_key'])
    .execute();

  await db.schema
    .createTable('dvk_model_year')
    .addColumn('model_id', 'integer', (c) => c.notNull().references('dvk_model.id'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('submission_id', 'integer', (c) => c.notNull().references('submission.id'))
    .addColumn('continuing', 'boolean', (c) => c.notNull())
    .addColumn('goals', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('content_and_method', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('expected_results', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('person_in_charge', 'text', (c) => c.notNull().defaultTo(''))
    // Filled in by the evaluation at year end.
    .addColumn('evaluation', 'text')
    .addColumn('recognized', 'boolean')
    .addPrimaryKeyConstraint('dvk_model_year_pkey', ['model_id', 'year'])
    .execute();
  await db.schema.createIndex('dvk_model_year_submission_idx').on('dvk_model_year').column('submission_id').execute();

  await db.schema
    .createTable('steering_member')
    .addColumn('id', 'integer', (c) => c.primaryKey().generatedByDefaultAsIdentity())
    .addColumn('unit_id', 'integer', (c) => c.notNull().references('org_unit.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('position', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('committee_role', 'text', (c) => c.notNull())
    .addColumn('since', 'date', (c) => c.notNull())
    // Null while serving; set when a later plan no longer lists the member.
    .addColumn('until', 'date')
    .addColumn('submission_id', 'integer', (c) => c.notNull().references('submission.id'))
    .addColumn('submission_version', 'integer', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('steering_member_unit_idx').on('steering_member').column('unit_id').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ['steering_member', 'dvk_model_year', 'dvk_model', 'submission_comment', 'submission_version', 'submission',
    'requirement_deadline', 'requirement_target', 'requirement', 'document_reference', 'document']) {
    await db.schema.dropTable(t).execute();
  }
}
