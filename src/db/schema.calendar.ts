import type { Generated, Selectable } from 'kysely';

/** A unit's calendar feed (migration 0008): the SHA-256 of its secret token, never the token itself. */
export interface CalendarFeedTable {
  unit_id: number;
  token_hash: string;
  created_by: number;
  created_at: Generated<Date>;
}

export type CalendarFeedRow = Selectable<CalendarFeedTable>;
