import { type ExpressionBuilder, type SelectQueryBuilder, sql } from 'kysely';
import type { Actor } from '../app/actor';
import type { Db } from '../db/connect';

/**
 * The one place where rows are limited to the caller's subtree of the organisation tree.
 * Every query reading unit data goes through one of these; an id outside the subtree
 * then simply is not found, and the route answers 404.
 */

/** `org_unit.path like '<scope>%'` — for queries selecting from org_unit. */
export function unitWithinScope<QB extends SelectQueryBuilder<any, any, any>>(qb: QB, actor: Actor): QB {
  if (actor.scopePath === null) return qb;
  return qb.where(sql.ref('org_unit.path'), 'like', `${actor.scopePath}%`) as QB;
}

/** `<column> in (select id from org_unit where path like '<scope>%')` — for tables that reference a unit. */
export function unitIdWithinScope(db: Db, actor: Actor, column: string) {
  return (eb: ExpressionBuilder<any, any>) =>
    actor.scopePath === null
      ? eb.lit(true)
      : eb(eb.ref(column), 'in', db.selectFrom('org_unit').select('org_unit.id').where('org_unit.path', 'like', `${actor.scopePath}%`));
}

/** True when the actor's subtree contains the unit with this path. */
export function pathWithinScope(actor: Actor, path: string): boolean {
  return actor.scopePath === null || path.startsWith(actor.scopePath);
}
