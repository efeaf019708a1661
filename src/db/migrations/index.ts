import type { Migration } from 'kysely';
import * as m0001 from './0001_create_foundation';
import * as m0002 from './0002_create_directing';
import * as m0003 from './0003_create_reminders';

/** Every migration, in order. Explicit imports so a bundle or a test sees the same list. */
export const migrations: Record<string, Migration> = {
  '0001_create_foundation': m0001,
  '0002_create_directing': m0002,
  '0003_create_reminders': m0003,
};
