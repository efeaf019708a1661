import { type Kysely, sql } from 'kysely';

/** Organisation tree, accounts, sessions and the append-only audit log. */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('org_unit')
    .addColumn('id', 'integer', (c) => c.primaryKey().generatedByDefaultAsIdentity())
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('search_key', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('parent_id', 'integer', (c) => c.references('org_unit.id'))
    // Materialised path of ids, '/1/7/123/': a subtree is one prefix scan.
    .addColumn('path', 'text', (c) => c.notNull())
    .addColumn('depth', 'integer', (c) => c.notNull())
    .addColumn('active', 'boolean', (c) => c.notNull().defaultTo(true))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint('org_unit_code_format', sql`code ~ '^[a-z0-9][a-z0-9_.-]{0,63}$'`)
    .execute();
  await db.schema.createIndex('org_unit_code_key').unique().on('org_unit').column('code').execute();
  await sql`create index org_unit_path_idx on org_unit (path text_pattern_ops)`.execute(db);
  await db.schema.createIndex('org_unit_parent_idx').on('org_unit').column('parent_id').execute();

  await db.schema
    .createTable('app_user')
    .addColumn('id', 'integer', (c) => c.primaryKey().generatedByDefaultAsIdentity())
    .addColumn('username', 'text', (c) => c.notNull())
    .addColumn('full_name', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull().check(sql`role in ('admin','staff','leader','unit')`))
    .addColumn('unit_id', 'integer', (c) => c.notNull().references('org_unit.id'))
    .addColumn('password_hash', 'text', (c) => c.notNull())
    .addColumn('must_change_password', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('failed_logins', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('locked_until', 'timestamptz')
    .addColumn('active', 'boolean', (c) => c.notNull().defaultTo(true))
    .addColumn('last_login_at', 'timestamptz')
    .addColumn('password_changed_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await sql`create unique index app_user_username_key on app_user (lower(username))`.execute(db);
  await db.schema.createIndex('app_user_unit_idx').on('app_user').column('unit_id').execute();

  await db.schema
    .createTable('user_session')
    .addColumn('id', 'integer', (c) => c.primaryKey().generatedByDefaultAsIdentity())
    .addColumn('user_id', 'integer', (c) => c.notNull().references('app_user.id'))
    // sha256 of the cookie token: a stolen database does not yield live sessions.
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('last_seen_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
    .addColumn('ended_at', 'timestamptz')
    .execute();
  await db.schema.createIndex('user_session_user_idx').on('user_session').column('user_id').execute();

  await db.schema
    .createTable('audit_event')
    .addColumn('id', 'bigint', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('actor_id', 'integer')
    .addColumn('actor_username', 'text')
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('entity', 'text', (c) => c.notNull())
    .addColumn('entity_id', 'text')
    .addColumn('before', 'jsonb')
    .addColumn('after', 'jsonb')
    .addColumn('ip', 'text')
    .execute();
  await db.schema.createIndex('audit_event_at_idx').on('audit_event').column('at').execute();
  await db.schema.createIndex('audit_event_entity_idx').on('audit_event').columns(['entity', 'entity_id']).execute();
  await db.schema.createIndex('audit_event_actor_idx').on('audit_event').column('actor_id').execute();

  // Append-only in the database itself, whatever the application does.
  await sql`
    create function audit_event_refuse_change() returns trigger language plpgsql as $$
    begin
      raise exception 'audit_event is append-only (% refused)', tg_op using errcode = 'insufficient_privilege';
    end $$`.execute(db);
  await sql`create trigger audit_event_no_update before update or delete on audit_event
    for each row execute function audit_event_refuse_change()`.execute(db);
  await sql`create trigger audit_event_no_truncate before truncate on audit_event
    for each statement execute function audit_event_refuse_change()`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('audit_event').execute();
  await sql`drop function audit_event_refuse_change()`.execute(db);
  await db.schema.dropTable('user_session').execute();
  await db.schema.dropTable('app_user').execute();
  await db.schema.dropTable('org_unit').execute();
}
