import type { Generated, Selectable } from 'kysely';

/** A file attached to a submission (migration 0005); the bytes are in file_blob. */
export interface SubmissionAttachmentTable {
  id: Generated<number>;
  submission_id: number;
  sha256: string;
  file_name: string;
  media_type: string;
  size: number;
  uploaded_by: number;
  created_at: Generated<Date>;
  /** The submission's version when it was added; it belongs to every submitted version above this one… */
  added_in_version: number;
  /** …up to and including this one (null: still attached). */
  removed_in_version: number | null;
  removed_by: number | null;
  removed_at: Date | null;
}

export type SubmissionAttachmentRow = Selectable<SubmissionAttachmentTable>;

export interface AttachmentTables {
  submission_attachment: SubmissionAttachmentTable;
}
