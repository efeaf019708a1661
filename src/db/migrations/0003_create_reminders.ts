import { type Kysely, sql } from 'kysely';

const now = sql`now()`;

/**
 * Reminders (đôn đốc): who was reminded of which requirement, when and how; the units reminded with the deadline
 * they had at that moment; in-app notifications per user; and an optional e-mail address on accounts.
 */
export async function up(db: Kysely<any>): Promise<void> {
  // Nullable: most unit accounts have no address yet, and a reminder then records the e-mail as skipped.
  await db.schema.alterTable('app_user').addColumn('email', 'text').execute();

  await db.schema
    .createTable('reminder')
    .addColumn('id', 'integer', (c) => c.primaryKey().generatedByDefaultAsIdentity())
    .addColumn('requirement_id', 'integer', (c) => c.notNull().references('requirement.id').onDelete('cascade'))
    .addColumn('created_by', 'integer', (c) => c.notNull().references('app_user.id'))
    .addColumn('channels', sql`text[]`, (c) => c.notNull().check(sql`channels <@ array['in_app','email','letter']::text[]`))
    .addColumn('message', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('letter_number', 'text')
    .addColumn('letter_symbol', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(now))
    .execute();
  await db.schema.createIndex('reminder_requirement_idx').on('reminder').column('requirement_id').execute();

  await db.schema
    .createTable('reminder_recipient')
    .addColumn('reminder_id', 'integer', (c) => c.notNull().references('reminder.id').onDelete('cascade'))
    .addColumn('unit_id', 'integer', (c) => c.notNull().references('org_unit.id'))
    // The unit's effective deadline when reminded: a later change of the deadline must not rewrite history.
    .addColumn('deadline', 'date', (c) => c.notNull())
    .addColumn('email_status', 'text', (c) => c.check(sql`email_status in ('sent','failed','skipped')`))
    .addPrimaryKeyConstraint('reminder_recipient_pk', ['reminder_id', 'unit_id'])
    .execute();
  await db.schema.createIndex('reminder_recipient_unit_idx').on('reminder_recipient').column('unit_id').execute();

  await db.schema
    .createTable('notification')
    .addColumn('id', 'integer', (c) => c.primaryKey().generatedByDefaultAsIdentity())
    .addColumn('user_id', 'integer', (c) => c.notNull().references('app_user.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('link', 'text')
    .addColumn('read_at', 'timestamptz')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(now))
    .execute();
  await db.schema.createIndex('notification_user_idx').on('notification').columns(['user_id', 'id']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ['notification', 'reminder_recipient', 'reminder']) await db.schema.dropTable(t).execute();
  await db.schema.alterTable('app_user').dropColumn('email').execute();
}
