/**
 * Who a sentence asks to do something: the phrase after "đề nghị" / "yêu cầu" (or after "gồm:")
 * up to the verb of the task, split into the units it names.
 */
import { startsWord, trimTrailing } from './document';

/**
 * Request verbs; "theo yêu cầu", "trong đó yêu cầu" (a cited document's content) are excluded, and a
 * bare "giao" counts only opening a sentence before a named unit ("Giao Sở Nội vụ chủ trì").
 */
const REQUEST = /(?:de nghi|yeu cau|giao cho|giao)\b/g;
const NOT_A_REQUEST_BEFORE = /(?:^|\s)(?:theo|trong do|cac|nhung|dung|dap ung|dam bao|voi|co)\s*$/;
const NOT_A_REQUEST_AFTER = /^\s*(?:cua\b|[.,;:]|$)/;
// Both are tested on a few characters around the verb only: these run once per request word.
/** "… Chủ tịch UBND tỉnh yêu cầu:": the numbered items that follow each name their own assignees. */
const REQUEST_THEN_LIST = /(?:^|\s)(?:de nghi|yeu cau)(?:\s+nhu sau)?\s*:$/;

/**
 * Verbs that start the task after the assignees. Matched only in lower case, so that names such as
 * "Ban Quản lý …" or "Ủy ban Kiểm tra" are never cut.
 */
const TASK_VERB =
  /(?:tiep tuc|ra soat|tham gia|nghiem tuc|trien khai|xay dung|gui|thuc hien|tien hanh|bao cao|chu dong|quan triet|khan truong|phoi hop|chi dao|dang ky|kien toan|tang cuong|day manh|quan tam|co trach nhiem|can cu|bam sat|to chuc thuc hien|to chuc trien khai|lien he|hoan thanh|nghien cuu|cu can bo|tham muu|tuyen truyen|kiem tra|danh gia|tong hop|cap nhat|bo sung|dieu chinh|nop|chuan bi|theo doi|don doc|huong dan|rut kinh nghiem|tap trung|nang cao|lam tot|chiu trach nhiem|sap xep|duy tri|chu tri|xu ly|ban hanh|dam bao|bao dam|to chuc(?! co so| dang| doan the| chinh tri| xa hoi| thanh vien| hoi| cong doan))\b/g;
/** "chưa thực hiện", "đã đăng ký": a verb that qualifies the assignee, not the task. */
const QUALIFIER = /(?:^|\s)(?:chua|da|khong|dang)\s*$/;
/** What an assignee phrase starts with: a capital (a named unit) or one of these words (folded). */
const ASSIGNEE_WORD = /^\s*(?:cac|cap uy|dong chi|d\/c|moi|tung|chi bo|dang bo|don vi|ban|to chuc|doan the|co quan|nhung|thu truong|lanh dao)\b/;
const SPLIT_BEFORE = String.raw`(?=\p{Lu}|(?:các|đoàn thể|cấp [uủ][ỷy]|tổ chức|đơn vị|cơ quan|doanh nghiệp|chi bộ|mặt trận|công đoàn|hội|đồng chí)(?![\p{L}]))`;
const SPLIT = new RegExp(String.raw`\s*;\s*|,\s+${SPLIT_BEFORE}|\s+và\s+${SPLIT_BEFORE}`, 'u');

/** End (exclusive) of the position right after a request verb, or null when the sentence asks nothing. */
export function requestEnd(text: string, fold: string): number | null {
  REQUEST.lastIndex = 0;
  for (let m = REQUEST.exec(fold); m; m = REQUEST.exec(fold)) {
    if (!startsWord(fold, m.index)) continue;
    const end = m.index + m[0].length;
    if (NOT_A_REQUEST_BEFORE.test(fold.slice(Math.max(0, m.index - 12), m.index)) || NOT_A_REQUEST_AFTER.test(fold.slice(end, end + 6))) continue;
    const named = /^\s*\p{Lu}/u.test(text.slice(end));
    if (m[0] === 'giao') {
      // Only "Giao Sở Nội vụ …" opening a sentence: elsewhere "giao" is inside a name ("Ban Tuyên giáo").
      if (named && fold.slice(0, m.index).trim() === '' && text[m.index] === 'G') return end;
    } else if (named || ASSIGNEE_WORD.test(fold.slice(end))) return end;
  }
  return null;
}

/** Where the task's verb starts after `from` (the assignee phrase is [from, verb)), or null. */
export function taskVerbAt(text: string, fold: string, from: number): number | null {
  TASK_VERB.lastIndex = from;
  for (let m = TASK_VERB.exec(fold); m; m = TASK_VERB.exec(fold)) {
    if (!startsWord(fold, m.index)) continue;
    const isLower = /^\p{Ll}/u.test(text[m.index]!);
    if (isLower && !QUALIFIER.test(fold.slice(Math.max(from, m.index - 8), m.index))) return m.index;
  }
  return null;
}

/** True when the sentence ends by announcing a list of requests ("… yêu cầu:"). */
export function announcesRequests(fold: string): boolean {
  const end = fold.trimEnd();
  return end.endsWith(':') && REQUEST_THEN_LIST.test(end.slice(-24));
}

/** A sentence that starts with the units it concerns ("Các sở, ban, ngành tỉnh … tổ chức …"). */
export function subjectEnd(text: string, fold: string): number | null {
  if (!/^\s*\p{Lu}/u.test(text)) return null;
  const verb = taskVerbAt(text, fold, 0);
  return verb !== null && verb > 0 ? verb : null;
}

/**
 * Splits "các chi, đảng bộ cơ sở, đoàn thể khối" into ["các chi, đảng bộ cơ sở", "đoàn thể khối"]:
 * a comma splits only before a capital or a word that starts a new unit, so the commas of
 * "chi, đảng bộ" and "huyện, thị xã, thành phố" stay inside their unit.
 */
export function splitAssignees(phrase: string): string[] {
  return phrase
    .split(SPLIT)
    .map((part) => trimTrailing(part.replace(/^\s*(?:và|gồm)\s+/u, ''), ' \t,;:.'))
    .filter((part) => part !== '');
}
