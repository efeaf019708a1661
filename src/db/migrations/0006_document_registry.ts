import { type Kysely, sql } from 'kysely';

/**
 * The document register: each document belongs to the register (sổ văn bản) of one committee, `owner_unit_id`;
 * a symbol is unique within a register, and the full-text search key gets a trigram index where PostgreSQL has pg_trgm.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('document').addColumn('owner_unit_id', 'integer', (c) => c.references('org_unit.id')).execute();
  // Documents entered before registers existed go to the committee of whoever entered them (a board serves the
  // committee above it), else to the first root of the tree.
  await sql`update document d set owner_unit_id = ${committeeOfCreator(sql.ref('d.created_by'))}`.execute(db);
  // The same rule for a writer that does not name a register (an import script, an older tool), so none is left out.
  await sql`
    create function document_default_owner() returns trigger language plpgsql as $$
    begin
      if new.owner_unit_id is null then
        new.owner_unit_id := ${committeeOfCreator(sql.raw('new.created_by'))};
      end if;
      return new;
    end $$`.execute(db);
  await sql`create trigger document_default_owner before insert on document for each row execute function document_default_owner()`.execute(db);
  await db.schema.alterTable('document').alterColumn('owner_unit_id', (c) => c.setNotNull()).execute();
  await db.schema.createIndex('document_owner_idx').on('document').columns(['owner_unit_id', 'issued_on']).execute();
  await db.schema.createIndex('document_owner_symbol_key_uq').on('document').columns(['owner_unit_id', 'symbol_key']).unique()
    .where(sql.ref('symbol_key'), 'is not', null).execute();
  await createTrigramIndex(db);
}

/** The register of a document entered by `creator`: that user's committee, else the first root of the tree. */
function committeeOfCreator(creator: ReturnType<typeof sql.raw> | ReturnType<typeof sql.ref>) {
  return sql`coalesce(
    (select case when u.kind = 'ban' and u.parent_id is not null then u.parent_id else u.id end
       from app_user a join org_unit u on u.id = a.unit_id where a.id = ${creator}),
    (select id from org_unit where parent_id is null order by id limit 1))`;
}

/** Where the migration installs pg_trgm when the database lacks it, so `down` can remove exactly what `up` added. */
const EXT_SCHEMA = 'danvan_ext';

/**
 * `search_key like '%…%'` is a sequential scan without a trigram index. PostgreSQL ships pg_trgm in contrib (a trusted
 * extension since 13, so a database owner may create it); PGlite does not list it unless loaded at start, and there a
 * register of a few thousand letters scans in milliseconds anyway. Only attempted when it cannot fail, since a failed
 * statement would abort the whole migration transaction.
 */
async function createTrigramIndex(db: Kysely<any>): Promise<void> {
  const { rows } = await sql<{ available: boolean; allowed: boolean }>`
    select exists (select 1 from pg_available_extensions where name = 'pg_trgm') as available,
           has_database_privilege(current_database(), 'CREATE') as allowed
  `.execute(db);
  let schema = await trigramSchema(db);
  if (schema === null) {
    if (!rows[0]!.available || !rows[0]!.allowed) return;
    await sql`create schema if not exists ${sql.id(EXT_SCHEMA)}`.execute(db);
    await sql`create extension pg_trgm with schema ${sql.id(EXT_SCHEMA)}`.execute(db);
    schema = EXT_SCHEMA;
  }
  await sql`create index document_search_key_trgm_idx on document using gin (search_key ${sql.id(schema, 'gin_trgm_ops')})`.execute(db);
}

async function trigramSchema(db: Kysely<any>): Promise<string | null> {
  const { rows } = await sql<{ schema: string }>`
    select n.nspname as schema from pg_extension e join pg_namespace n on n.oid = e.extnamespace where e.extname = 'pg_trgm'
  `.execute(db);
  return rows[0]?.schema ?? null;
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop index if exists document_search_key_trgm_idx`.execute(db);
  if ((await trigramSchema(db)) === EXT_SCHEMA) {
    await sql`drop extension pg_trgm`.execute(db);
    await sql`drop schema ${sql.id(EXT_SCHEMA)}`.execute(db);
  }
  await db.schema.dropIndex('document_owner_symbol_key_uq').execute();
  await db.schema.dropIndex('document_owner_idx').execute();
  await sql`drop trigger document_default_owner on document`.execute(db);
  await sql`drop function document_default_owner()`.execute(db);
  await db.schema.alterTable('document').dropColumn('owner_unit_id').execute();
}
