import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { Actor, ChangeContext } from '../../app/actor';
import { notFound } from '../../app/errors';
import type { Db } from '../../db/connect';
import type { SubmissionStatus } from '../../db/schema.directing';
import { formatDate } from '../../vn/dates';
import { recordAudit } from '../audit/audit.queries';
import { hashToken } from '../auth/auth.service';
import { findUnitById } from '../units/units.queries';
import { inTransaction } from '../units/units.service';
import { renderIcs, type IcsEvent } from './calendar.ics';
import { findFeedByHash, openDeadlinesOf, upsertFeed, type FeedDeadlineRow } from './calendar.queries';
import type { TCalendarToken } from './calendar.schemas';

/** 32 random bytes in base64url: the only shape a real token has. */
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;
const NO_FEED = 'Không tìm thấy lịch: địa chỉ sai hoặc đã được thay bằng địa chỉ mới.';

const STATUS_TEXT: Record<SubmissionStatus | 'none', string> = {
  none: 'Chưa nộp', draft: 'Đang soạn, chưa gửi', submitted: 'Đã gửi, chờ duyệt', returned: 'Bị trả lại, cần sửa và gửi lại', accepted: 'Đã được duyệt',
};

/**
 * Creates (or replaces) the unit's secret feed address and returns it, the only time the token is shown.
 * A unit account may do it for its own unit; staff and admins for any unit in their scope.
 */
export async function createFeedToken(db: Db, ctx: ChangeContext & { actor: Actor }, unitId: number, origin: string, now: Date): Promise<TCalendarToken> {
  const { actor } = ctx;
  const unit = actor.role === 'unit' && unitId !== actor.unitId ? undefined : await findUnitById(db, actor, unitId);
  if (!unit) throw notFound('Không tìm thấy đơn vị.');
  const token = randomBytes(32).toString('base64url');
  const saved = await inTransaction(db, async (trx) => {
    const row = await upsertFeed(trx, unit.id, hashToken(token), actor.userId, now);
    // Never the token nor its hash in the log: only that an address was made, or replaced.
    await recordAudit(trx, ctx, { action: row.replaced ? 'rotate' : 'create', entity: 'calendar_feed', entityId: unit.id, after: { unitId: unit.id, unitCode: unit.code } });
    return row;
  });
  return { url: `${origin}/api/calendar/${token}.ics`, createdAt: new Date(saved.created_at).toISOString() };
}

/** The feed of a token, or 404 alike for a malformed, unknown or replaced one. */
async function feedOf(db: Db, token: string) {
  if (!TOKEN_SHAPE.test(token)) throw notFound(NO_FEED);
  const hash = hashToken(token);
  const feed = await findFeedByHash(db, hash);
  // The lookup is by hash (an index); comparing again in constant time keeps the check itself free of timing signals.
  if (!feed || !timingSafeEqual(Buffer.from(feed.token_hash, 'hex'), Buffer.from(hash, 'hex'))) throw notFound(NO_FEED);
  return feed;
}

function toEvent(r: FeedDeadlineRow, unitId: number): IcsEvent {
  const contact = r.contact_name ? `\nLiên hệ: ${r.contact_name}${r.contact_phone ? ` — ${r.contact_phone}` : ''}` : '';
  return {
    uid: `yeu-cau-${r.requirement_id}-don-vi-${unitId}@danvan`,
    date: r.deadline,
    summary: `Hạn nộp: ${r.title}`,
    description: `Hạn của đơn vị: ${formatDate(r.deadline)}\nTình trạng: ${STATUS_TEXT[r.submission_status ?? 'none']}${contact}`,
  };
}

/** The ICS text of the unit behind a token: its open requirements on their effective deadlines. */
export async function calendarFeed(db: Db, token: string, now: Date): Promise<string> {
  const feed = await feedOf(db, token);
  const rows = await openDeadlinesOf(db, feed.unit_id);
  return renderIcs({ name: `Hạn nộp — ${feed.name}`, now, events: rows.map((r) => toEvent(r, feed.unit_id)) });
}
