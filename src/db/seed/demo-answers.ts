import type { Trx } from '../connect';
import { vnDate } from '../../domain/due-dates';
import { recordAudit } from '../../modules/audit/audit.queries';
import { ZContentByKind } from '../../modules/submissions/submissions.content.schemas';
import { recordModelsOf, recordSteeringMembers } from '../../modules/submissions/submissions.records.queries';

/**
 * The units' answers to one requirement, written in bulk. The API's path (saveDraft → submit → accept) costs about a
 * dozen statements per answer, ~5 s for the demo's hundred answers on PGlite; here the submissions and their versions
 * are two inserts, and what a submission leaves behind (models, steering committee) is recorded by the very
 * functions `submit` calls, so those tables look exactly as if the units had submitted through the API.
 * The rows are those the workflow leaves: draft = version 1, submit = version 2 (the stored version), accept = 3.
 */
export interface Answer {
  unitId: number;
  userId: number; // the unit's account, who submitted
  content: unknown;
  submittedAt: Date;
  acceptedAt: Date | null;
}

export async function insertAnswers(trx: Trx, req: { id: number; kind: keyof typeof ZContentByKind; year: number }, answers: readonly Answer[], decidedBy: number): Promise<void> {
  if (answers.length === 0) return;
  // Checked as `submit` checks it: the demo must never hold content the API would refuse.
  const contents = answers.map((a) => ZContentByKind[req.kind].parse(a.content));
  const inserted = await trx.insertInto('submission').values(answers.map((a, i) => ({
    requirement_id: req.id, unit_id: a.unitId, status: a.acceptedAt ? 'accepted' as const : 'submitted' as const,
    content: JSON.stringify(contents[i]), version: a.acceptedAt ? 3 : 2,
    first_submitted_at: a.submittedAt, submitted_at: a.submittedAt, decided_at: a.acceptedAt, decided_by: a.acceptedAt ? decidedBy : null,
    created_at: new Date(a.submittedAt.getTime() - 86_400_000), updated_at: a.acceptedAt ?? a.submittedAt,
  }))).returning(['id', 'unit_id']).execute();
  // In the order of `answers` (one submission per unit), whatever order the database returns them in.
  const byUnit = new Map(inserted.map((r) => [r.unit_id, r]));
  const rows = answers.map((a) => byUnit.get(a.unitId)!);
  await trx.insertInto('submission_version').values(rows.map((r, i) => ({
    submission_id: r.id, version: 2, content: JSON.stringify(contents[i]), submitted_at: answers[i]!.submittedAt, submitted_by: answers[i]!.userId,
  }))).execute();
  if (req.kind === 'model_registration') {
    await recordModelsOf(trx, rows.map((r, i) => ({ submission: r, year: req.year, models: ZContentByKind.model_registration.parse(contents[i]).models })));
  }
  if (req.kind === 'democracy_plan') {
    for (const [i, r] of rows.entries()) {
      await recordSteeringMembers(trx, r, 2, ZContentByKind.democracy_plan.parse(contents[i]).steeringMembers, vnDate(answers[i]!.submittedAt));
    }
  }
  await recordAudit(trx, { actor: null, ip: null }, { action: 'seed_demo', entity: 'requirement', entityId: req.id, after: { submissions: rows.length } });
}
