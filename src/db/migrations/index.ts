import type { Migration } from 'kysely';
import * as m0001 from './0001_create_foundation';

/** Every migration, in order. Explicit imports so a bundle or a test sees the same list. */
export const migrations: Record<string, Migration> = {
  '0001_create_foundation': m0001,
};
