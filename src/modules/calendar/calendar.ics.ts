/**
 * A hand-written RFC 5545 calendar: only the few properties a deadline needs, so no dependency.
 * Lines end with CRLF and are folded at 75 octets (never inside a UTF-8 character); TEXT values escape `\ ; ,` and newlines.
 */

export interface IcsEvent {
  /** Stable across feeds and rotations, so a calendar app updates the event instead of duplicating it. */
  uid: string;
  /** The all-day date, 'yyyy-mm-dd'. */
  date: string;
  summary: string;
  description?: string;
}

export interface IcsCalendar {
  name: string;
  /** DTSTAMP of every event: when the feed was generated. */
  now: Date;
  events: IcsEvent[];
}

/** RFC 5545 §3.3.11: backslash, semicolon, comma and newlines escaped. */
export function escapeText(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n');
}

/** RFC 5545 §3.1: at most 75 octets a line; a continuation line starts with one space (which counts). */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = Buffer.byteLength(ch, 'utf8');
    if (octets + size > 75) {
      out.push(current);
      current = ' ';
      octets = 1;
    }
    current += ch;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n');
}

const compactDate = (iso: string) => iso.replaceAll('-', '');

/** The day after an ISO date: DTEND of an all-day event is exclusive. */
function nextDay(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** 2024-05-15T03:04:05.678Z → 20240515T030405Z */
const utcStamp = (d: Date) => d.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');

function eventLines(e: IcsEvent, stamp: string): string[] {
  return [
    'BEGIN:VEVENT',
    `UID:${e.uid}`,
    `DTSTAMP:${stamp}`,
    `DTSTART;VALUE=DATE:${compactDate(e.date)}`,
    `DTEND;VALUE=DATE:${compactDate(nextDay(e.date))}`,
    `SUMMARY:${escapeText(e.summary)}`,
    ...(e.description ? [`DESCRIPTION:${escapeText(e.description)}`] : []),
    'TRANSP:TRANSPARENT',
    'END:VEVENT',
  ];
}

/** The whole VCALENDAR text, CRLF-terminated. */
export function renderIcs(cal: IcsCalendar): string {
  const stamp = utcStamp(cal.now);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//danvan//Lich han nop//VI',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(cal.name)}`,
    'X-WR-TIMEZONE:Asia/Ho_Chi_Minh',
    ...cal.events.flatMap((e) => eventLines(e, stamp)),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
