import { type Kysely, sql } from 'kysely';

/**
 * Files, stored once by the SHA-256 of their bytes: the original of a registered document, a submission's attachments.
 * Kept in the database (bytea), not on disk, so one backup holds everything and PGlite and PostgreSQL behave alike.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('file_blob')
    .addColumn('sha256', 'text', (c) => c.primaryKey().check(sql`sha256 ~ '^[0-9a-f]{64}$'`))
    .addColumn('size', 'integer', (c) => c.notNull().check(sql`size >= 0`))
    .addColumn('media_type', 'text', (c) => c.notNull())
    .addColumn('data', 'bytea', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('file_blob').execute();
}
