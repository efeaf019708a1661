import { Readable } from 'node:stream';
import Papa from 'papaparse';
import type { Db } from '../../db/connect';
import { auditEventsInBatches } from './audit.queries';
import type { TAuditEvent, TAuditQuery } from './audit.schemas';

const HEADER = ['Mã', 'Thời điểm (giờ Việt Nam)', 'Người thực hiện', 'Hành động', 'Đối tượng', 'Mã đối tượng', 'Trước', 'Sau', 'Địa chỉ IP'];

/** dd/mm/yyyy hh:mm:ss in Asia/Ho_Chi_Minh (UTC+7, no daylight saving). */
function vnTime(iso: string): string {
  const d = new Date(new Date(iso).getTime() + 7 * 3_600_000).toISOString();
  return `${d.slice(8, 10)}/${d.slice(5, 7)}/${d.slice(0, 4)} ${d.slice(11, 19)}`;
}

const json = (v: unknown) => (v === null || v === undefined ? '' : JSON.stringify(v));

function rows(events: TAuditEvent[]): string[][] {
  return events.map((e) => [e.id, vnTime(e.at), e.actorUsername ?? '', e.action, e.entity, e.entityId ?? '', json(e.before), json(e.after), e.ip ?? '']);
}

/**
 * The log as CSV for Excel (UTF-8 with BOM, CRLF), streamed batch by batch. Cells starting with = + - @ are
 * prefixed with ' so a spreadsheet never runs a formula someone typed into a unit's name (CSV injection).
 */
export function auditCsv(db: Db, filter: Omit<TAuditQuery, 'page' | 'pageSize'>): Readable {
  const safe = (cells: string[][]) => cells.map((r) => r.map((c) => (/^[=+\-@\t\r]/.test(c) ? `'${c}` : c)));
  async function* lines() {
    yield `\uFEFF${Papa.unparse([HEADER], { newline: '\r\n' })}\r\n`;
    for await (const batch of auditEventsInBatches(db, filter)) yield `${Papa.unparse(safe(rows(batch)), { newline: '\r\n' })}\r\n`;
  }
  return Readable.from(lines());
}
