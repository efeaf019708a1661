import type { Migration } from 'kysely';
import * as m0001 from './0001_create_foundation';
import * as m0002 from './0002_create_directing';
import * as m0003 from './0003_create_reminders';
import * as m0004 from './0004_create_files';
// import: 0005 attachments
import * as m0005 from './0005_create_attachments';
// import: 0006 document registry
import * as m0006 from './0006_document_registry';
// import: 0007 reports
import * as m0007 from './0007_reports';
// import: 0008 calendar feed
import * as m0008 from './0008_calendar_feed';
// import: 0010 models & emulation
import * as m0010 from './0010_models_emulation';
// import: 0011 progress indexes
import * as m0011 from './0011_progress_indexes';

/** Every migration, in order. Explicit imports so a bundle or a test sees the same list. */
export const migrations: Record<string, Migration> = {
  '0001_create_foundation': m0001,
  '0002_create_directing': m0002,
  '0003_create_reminders': m0003,
  '0004_create_files': m0004,
  // entry: 0005 attachments
  '0005_create_attachments': m0005,
  // entry: 0006 document registry
  '0006_document_registry': m0006,
  // entry: 0007 reports
  '0007_reports': m0007,
  // entry: 0008 calendar feed
  '0008_calendar_feed': m0008,
  // entry: 0010 models & emulation
  '0010_models_emulation': m0010,
  // entry: 0011 progress indexes
  '0011_progress_indexes': m0011,
};
