import { type Kysely, sql } from 'kysely';

/**
 * Covering indexes for the progress roll-up (requirements.progress.queries.ts), whose plans are in
 * bench/national-plans.md: the targeted units of a rule are read from (kind, path) without visiting the table, and a
 * requirement's submissions with the columns that decide on time, late and accepted, so a national roll-up
 * (20,000 units, 18,000 submissions) hash-joins two index-only scans.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`create index org_unit_kind_path_idx on org_unit (kind, path text_pattern_ops) include (id, active)`.execute(db);
  await sql`create index submission_tracking_idx on submission (requirement_id, unit_id)
    include (id, first_submitted_at, status, submitted_at, decided_at, created_at)`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop index submission_tracking_idx`.execute(db);
  await sql`drop index org_unit_kind_path_idx`.execute(db);
}
