import type { Actor } from '../../app/actor';
import { notFound } from '../../app/errors';
import type { Db } from '../../db/connect';
import { vnDate } from '../../domain/due-dates';
import { draftRequirements } from '../../domain/requirement-drafts';
import { parseDirective } from '../../vn/index';
import type { TRequirementDrafts } from './documents.registry.schemas';
import { findDocument, unitsForDrafts } from './documents.registry.queries';

/**
 * "Tạo yêu cầu từ văn bản": the stored letter parsed again (the parser improves; the text is what was received), its
 * tasks turned into draft requirements of the register's committee, named assignees matched to the caller's units.
 * Each draft is a body POST /api/requirements accepts as is.
 */
export async function requirementDrafts(db: Db, actor: Actor, id: number, now: Date): Promise<TRequirementDrafts> {
  const doc = await findDocument(db, actor, id);
  if (!doc) throw notFound('Không tìm thấy văn bản.');
  const letter = parseDirective(doc.body);
  const units = await unitsForDrafts(db, actor);
  const drafts = draftRequirements({ ...letter, issuedOn: letter.issuedOn ?? doc.issued_on }, units, vnDate(now));
  return {
    documentId: id,
    drafts: drafts.map((d) => ({
      ...d,
      documentId: id,
      // Every grassroots organisation under the committee whose register holds the letter.
      targets: d.targets.map((t) => (t.rule === 'all_grassroots' ? { rule: t.rule, unitId: doc.owner_unit_id } : t)),
    })),
  };
}
