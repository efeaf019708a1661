import type { Generated } from 'kysely';

/** Content-addressed file storage (migration 0004). */
export interface FileBlobTable {
  sha256: string;
  size: number;
  media_type: string;
  data: Uint8Array;
  created_at: Generated<Date>;
}

export interface FileTables {
  file_blob: FileBlobTable;
}
