/**
 * Where the parts of a letter are: header, "Kính gửi" recipients, body, "Nơi nhận" and signature.
 */
import { BULLET, cells, cleanItem, isUpperCase, type Line } from './document';

export interface Layout {
  /** Index (0-based) of the first line after the header. */
  headerEnd: number;
  recipients: string[];
  /** Body lines: [bodyStart, bodyEnd). */
  bodyStart: number;
  bodyEnd: number;
}

const KINH_GUI = /^kinh gui\b\s*:?\s*/;
const SECTION_START = /^(\d{1,2}|[ivxl]{1,5})\.\s+\S/;
const PREAMBLE = /^(can cu|thuc hien|de |trong thoi gian|nham |qua |theo )/;

/** Where the header stops: at "Kính gửi", else at the first line that reads like the body. */
function headerEnd(lines: Line[]): { end: number; kinhGui: number | null } {
  const limit = Math.min(lines.length, 40);
  for (let i = 0; i < limit; i++) if (KINH_GUI.test(lines[i]!.fold)) return { end: i, kinhGui: i };
  for (let i = 0; i < Math.min(lines.length, 25); i++) {
    const { text, fold } = lines[i]!;
    const long = text.length > 120 && !text.includes('\t');
    if (long || SECTION_START.test(fold) || (PREAMBLE.test(fold) && text.length > 40)) return { end: i, kinhGui: null };
  }
  return { end: Math.min(lines.length, 25), kinhGui: null };
}

/** A recipient line: a bullet, or a short line ending with ";" or "." (bullets lost in copying). */
function isRecipientLine(text: string, started: boolean): boolean {
  if (BULLET.test(text)) return true;
  return started && text.length <= 120 && /[;.]$/.test(text) && !SECTION_START.test(text.toLowerCase());
}

/** "Kính gửi: X" on one line, or "Kính gửi:" followed by "- X;" lines. */
function recipients(lines: Line[], k: number): { list: string[]; end: number } {
  const list: string[] = [];
  const first = lines[k]!.text.slice(KINH_GUI.exec(lines[k]!.fold)![0].length).trim();
  if (first) list.push(cleanItem(first));
  let i = k + 1;
  let blanks = 0;
  for (; i < lines.length; i++) {
    const text = lines[i]!.text;
    if (!text) {
      if (list.length > 0 || ++blanks > 2) break;
      continue;
    }
    if (!isRecipientLine(text, list.length > 0 || BULLET.test(text))) break;
    list.push(cleanItem(text));
    if (/\.$/.test(text)) {
      i++;
      break;
    }
  }
  return { list: list.filter(Boolean), end: i };
}

const NOI_NHAN = /^noi nhan\b/;

/** Index of the "Nơi nhận" line (any column), or the first signature line, or the end. */
function footerStart(lines: Line[], from: number): number {
  for (let i = from; i < lines.length; i++) {
    if (lines[i]!.fold.includes('noi nhan') && cells(lines[i]!).some((c) => NOI_NHAN.test(c.fold))) return i;
  }
  for (let i = from; i < lines.length; i++) {
    if (/^(t\/m|k\/t|tm\.|kt\.|tl\.|tuq\.)\s/.test(lines[i]!.fold) && isUpperCase(lines[i]!.text)) return i;
  }
  return lines.length;
}

export function layoutOf(lines: Line[]): Layout {
  const { end, kinhGui } = headerEnd(lines);
  const rec = kinhGui === null ? { list: [], end } : recipients(lines, kinhGui);
  const bodyStart = rec.end;
  return { headerEnd: end, recipients: rec.list, bodyStart, bodyEnd: footerStart(lines, bodyStart) };
}
