import { type Kysely, sql } from 'kysely';

/**
 * The files a unit attaches to its submission. The bytes live once in file_blob (by SHA-256); a row here is one
 * attachment of one submission. Removing an attachment from a draft that was never sent deletes the row; once a
 * submitted version included it, the row stays and only `removed_in_version` is set, so every submitted version
 * still lists (and serves) the files it was sent with. The list of version V is the rows with
 * `added_in_version < V and (removed_in_version is null or removed_in_version >= V)`: submission versions only grow,
 * and uploads and removals happen while the draft is at a version below the next submitted one.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('submission_attachment')
    .addColumn('id', 'integer', (c) => c.primaryKey().generatedByDefaultAsIdentity())
    .addColumn('submission_id', 'integer', (c) => c.notNull().references('submission.id'))
    .addColumn('sha256', 'text', (c) => c.notNull().references('file_blob.sha256'))
    .addColumn('file_name', 'text', (c) => c.notNull().check(sql`length(file_name) between 1 and 200`))
    .addColumn('media_type', 'text', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull().check(sql`size > 0`))
    .addColumn('uploaded_by', 'integer', (c) => c.notNull().references('app_user.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    // The submission's version when the file was added / removed (see above).
    .addColumn('added_in_version', 'integer', (c) => c.notNull())
    .addColumn('removed_in_version', 'integer')
    .addColumn('removed_by', 'integer', (c) => c.references('app_user.id'))
    .addColumn('removed_at', 'timestamptz')
    .execute();
  await db.schema.createIndex('submission_attachment_submission_idx').on('submission_attachment').columns(['submission_id', 'id']).execute();
  // The same file attached twice to one submission is a mistake; after a removal it may come back.
  await sql`create unique index submission_attachment_current_key on submission_attachment (submission_id, sha256) where removed_in_version is null`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('submission_attachment').execute();
}
