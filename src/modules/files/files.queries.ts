import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';

export interface StoredBlob {
  sha256: string;
  size: number;
  mediaType: string;
}

export const sha256Of = (data: Uint8Array): string => createHash('sha256').update(data).digest('hex');

/**
 * Stores the bytes once, whoever uploads them again: the same file attached twice costs nothing.
 * The media type must come from the content (a sniffer), never from the name the client sent.
 */
export async function putBlob(db: Kysely<DB>, data: Uint8Array, mediaType: string): Promise<StoredBlob> {
  const sha256 = sha256Of(data);
  await db
    .insertInto('file_blob')
    .values({ sha256, size: data.byteLength, media_type: mediaType, data })
    .onConflict((oc) => oc.column('sha256').doNothing())
    .execute();
  return { sha256, size: data.byteLength, mediaType };
}

export async function getBlob(db: Kysely<DB>, sha256: string): Promise<(StoredBlob & { data: Buffer }) | undefined> {
  const row = await db.selectFrom('file_blob').select(['sha256', 'size', 'media_type', 'data']).where('sha256', '=', sha256).executeTakeFirst();
  return row && { sha256: row.sha256, size: row.size, mediaType: row.media_type, data: Buffer.from(row.data) };
}
