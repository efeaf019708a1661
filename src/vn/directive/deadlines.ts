/**
 * Deadlines ("trước ngày 25/10/2024", "chậm nhất ngày …", "trước 17 giờ ngày …") and review periods
 * ("từ ngày 01/10/2023 đến ngày 30/9/2024") inside a sentence.
 */
import { type DateMatch, dateAt } from '../dates';
import { startsWord } from './document';

export interface Deadline {
  date: DateMatch;
  /** "17:00" when an hour is given. */
  time: string | null;
  index: number;
}

export interface FoundPeriod {
  from: DateMatch;
  to: DateMatch;
  index: number;
}

const DEADLINE_WORD = /(?:truoc|cham nhat(?: la)?(?: vao)?|han chot(?: la)?|han cuoi(?: la)?|khong muon hon|han nop(?: la)?)\s+/g;
const HOUR = /^(\d{1,2})\s*(?:gio|h)(?:\s*(\d{1,2})\s*(?:phut)?)?\s*,?\s*/;

/** The first deadline of a sentence (`fold` is `foldText(text)`), or null. */
export function findDeadline(text: string, fold: string): Deadline | null {
  DEADLINE_WORD.lastIndex = 0;
  for (let m = DEADLINE_WORD.exec(fold); m; m = DEADLINE_WORD.exec(fold)) {
    if (!startsWord(fold, m.index)) continue;
    let at = m.index + m[0].length;
    const hour = HOUR.exec(fold.slice(at));
    if (hour) at += hour[0].length;
    const date = dateAt(text, at);
    if (date && date.date.day !== null) {
      const time = hour ? `${hour[1]!.padStart(2, '0')}:${(hour[2] ?? '0').padStart(2, '0')}` : null;
      return { date, time, index: m.index };
    }
  }
  return null;
}

const FROM = /tu\s+(?=ngay\s|\d)/g;
const TO = /^\s*,?\s*(?:den|toi)\s+(?:het\s+)?/;

/** The first "từ ngày … đến ngày …" of a sentence, or null. */
export function findPeriod(text: string, fold: string): FoundPeriod | null {
  FROM.lastIndex = 0;
  for (let m = FROM.exec(fold); m; m = FROM.exec(fold)) {
    if (!startsWord(fold, m.index)) continue;
    const from = dateAt(text, m.index + m[0].length);
    if (!from) continue;
    const to = TO.exec(fold.slice(from.index + from.length));
    const end = to ? dateAt(text, from.index + from.length + to[0].length) : null;
    if (end) return { from, to: end, index: m.index };
  }
  return null;
}
