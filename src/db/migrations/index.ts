import type { Migration } from 'kysely';
import * as m0001 from './0001_create_foundation';
import * as m0002 from './0002_create_directing';
import * as m0003 from './0003_create_reminders';
import * as m0004 from './0004_create_files';
// import: 0005 attachments
// import: 0006 document registry
// import: 0007 reports

/** Every migration, in order. Explicit imports so a bundle or a test sees the same list. */
export const migrations: Record<string, Migration> = {
  '0001_create_foundation': m0001,
  '0002_create_directing': m0002,
  '0003_create_reminders': m0003,
  '0004_create_files': m0004,
  // entry: 0005 attachments
  // entry: 0006 document registry
  // entry: 0007 reports
};
