import { type Kysely, sql } from 'kysely';

/**
 * Calendar feeds: one secret address per unit from which a calendar app reads the unit's deadlines (ICS).
 * Only the token's SHA-256 is stored, like sessions: a leaked database does not leak working addresses.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('calendar_feed')
    // One live address per unit: creating a new one replaces (and so revokes) the old.
    .addColumn('unit_id', 'integer', (c) => c.primaryKey().references('org_unit.id').onDelete('cascade'))
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_by', 'integer', (c) => c.notNull().references('app_user.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('calendar_feed').execute();
}
