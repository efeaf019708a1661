/**
 * Tasks: sentences that ask someone to do something ("Đảng uỷ Khối đề nghị các chi, đảng bộ cơ sở
 * … trước ngày 25/10/2024"), or that list units and what they must do ("Các đơn vị có tên … gồm:
 * A; B, C, tiến hành … trước ngày 01/9/2024"). Each carries its section, assignees as named,
 * deadline and review period; a task ending with "sau:" takes the following lines as its items.
 */
import { announcesRequests, requestEnd, splitAssignees, subjectEnd, taskVerbAt } from './assignees';
import { findDeadline, findPeriod } from './deadlines';
import { cleanItem, type Line, sentences, type Span, trimTrailing } from './document';
import { sectionOf } from './sections';
import type { Section, Task } from './types';

const LIST_INTRO = /(?:^|[^a-z])gom\s*:\s*/;
const UNITS_SUBJECT = /^(cac (don vi|chi|to chuc|co quan|dang bo)|don vi|nhung don vi)\b/;
/** The closing formula ("… nghiêm túc triển khai thực hiện."): it applies to the whole letter. */
const CLOSING = /^(nghiem tuc\s+)?(trien khai\s+)?(to chuc\s+)?thuc hien(\s+tot)?(\s+(cac\s+)?noi dung|\s+cong van|\s+tren|\s+nay|\s+kip thoi)*\s*[./]*$/;
const HEADING = /^(\d{1,2}|[IVXL]{1,5})\.\s/;
/** A line without any of these words asks nothing: skip it without splitting sentences. */
const MAY_ASK = /de nghi|yeu cau|giao|gom/;

interface Asked {
  assignees: string[];
  textStart: number;
}

/** The assignees of a sentence and where the asked action starts, or null if it asks nothing. */
function asked(s: Span, listed: boolean): Asked | null {
  let from = requestEnd(s.text, s.fold);
  if (from === null) {
    const list = LIST_INTRO.exec(s.fold);
    if (list && (UNITS_SUBJECT.test(s.fold) || findDeadline(s.text, s.fold))) from = list.index + list[0].length;
  }
  if (from === null) {
    const subject = listed ? subjectEnd(s.text, s.fold) : null;
    return subject === null ? null : withAssignees(s.text.slice(0, subject), subject);
  }
  const verb = taskVerbAt(s.text, s.fold, from);
  return verb === null ? null : withAssignees(s.text.slice(from, verb), verb);
}

function withAssignees(phrase: string, textStart: number): Asked | null {
  const assignees = splitAssignees(phrase);
  return assignees.length ? { assignees, textStart } : null;
}

/** Lines after a task ending with ":" up to the next section, blank line or new request. */
function itemsAfter(body: Line[], index: number): string[] {
  const items: string[] = [];
  for (const line of body.slice(index + 1)) {
    if (!line.text || HEADING.test(line.text)) break;
    if (sentences(line).some((s) => requestEnd(s.text, s.fold) !== null)) break;
    items.push(cleanItem(line.text));
  }
  return items.filter(Boolean);
}

function taskOf(body: Line[], index: number, s: Span, sections: Section[], ctx: { isLastLine: boolean; listed: boolean }): Task | null {
  const who = asked(s, ctx.listed);
  if (!who) return null;
  const deadline = findDeadline(s.text, s.fold);
  const period = findPeriod(s.text, s.fold);
  const text = trimTrailing(s.text.slice(who.textStart), ' \t.;:');
  const lastSentence = s.end >= s.line.text.trimEnd().length;
  const closing = ctx.isLastLine && CLOSING.test(s.fold.slice(who.textStart).trim());
  return {
    section: closing ? null : sectionOf(sections, s.line.no),
    text,
    assignees: who.assignees,
    deadline: deadline?.date.iso ?? null,
    period: period ? { from: period.from.iso, to: period.to.iso } : null,
    deadlineTime: deadline?.time ?? null,
    items: lastSentence && s.text.trimEnd().endsWith(':') ? itemsAfter(body, index) : [],
    line: s.line.no,
  };
}

/** Tasks of the body, in order. */
export function parseTasks(body: Line[], sections: Section[]): Task[] {
  const tasks: Task[] = [];
  const lastIndex = body.map((l) => l.text !== '').lastIndexOf(true);
  let listed = false;
  body.forEach((line, index) => {
    if (!listed && !MAY_ASK.test(line.fold)) return;
    for (const s of sentences(line)) {
      const task = taskOf(body, index, s, sections, { isLastLine: index === lastIndex, listed });
      if (task) tasks.push(task);
      listed ||= announcesRequests(s.fold);
    }
  });
  return tasks;
}
