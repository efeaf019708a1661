import type { Db } from '../src/db/connect';
import type { DB } from '../src/db/schema';

/** The id of the unit with this code (demo data: 'duk', 'cucthongke', 'duk.bantuyengiao'…). */
export async function unitIdOf(db: Db, code: string): Promise<number> {
  const row = await db.selectFrom('org_unit').select('id').where('code', '=', code).executeTakeFirst();
  if (!row) throw new Error(`no unit ${code}`);
  return row.id;
}

/** The id of the user with this user name. */
export async function userIdOf(db: Db, username: string): Promise<number> {
  const row = await db.selectFrom('app_user').select('id').where('username', '=', username).executeTakeFirst();
  if (!row) throw new Error(`no user ${username}`);
  return row.id;
}

const TABLES = [
  'org_unit', 'app_user', 'user_session', 'audit_event', 'requirement', 'requirement_target', 'requirement_deadline', 'submission', 'submission_version',
  'submission_comment', 'document', 'document_reference', 'reminder', 'reminder_recipient', 'notification', 'file_blob', 'submission_attachment',
  'calendar_feed', 'report_template', 'dvk_model', 'dvk_model_year', 'steering_member',
] as const satisfies readonly (keyof DB)[];

/** Row counts of every table, to prove a refused request wrote nothing. */
export async function countRows(db: Db): Promise<Record<(typeof TABLES)[number], number>> {
  const entries = await Promise.all(
    TABLES.map(async (t) => {
      const r = await db.selectFrom(t).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      return [t, Number(r.n)] as const;
    }),
  );
  return Object.fromEntries(entries) as Record<(typeof TABLES)[number], number>;
}
