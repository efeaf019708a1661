import type { UnitKind } from '../db/schema';
import type { Contact, Section, Task } from '../vn/index';
import { searchKey } from '../vn/text';

/**
 * "Tạo yêu cầu từ văn bản": from a parsed letter, the requirements it asks for, one per task, for staff to check and
 * confirm. Tasks of the same kind in the same section make one requirement: the letter 1720-CV/ĐUK asks every
 * grassroots organisation for a self-inspection report by 25/10 and, two sentences later, three named units for the
 * same report by 01/9 — one requirement with three per-unit deadlines, not two requirements.
 */

export type DraftKind = 'model_registration' | 'democracy_plan' | 'self_inspection' | 'report' | 'checklist';

/** An organisation unit the drafts may name (the caller's scope). */
export interface DraftUnit {
  id: number;
  code: string;
  name: string;
  kind: UnitKind;
  path: string;
}

export interface DraftLetter {
  issuedOn: string | null;
  sections: readonly Pick<Section, 'number' | 'title'>[];
  tasks: readonly (Pick<Task, 'section' | 'text' | 'assignees' | 'deadline' | 'period'> & { items?: readonly string[] })[];
  contacts: readonly Pick<Contact, 'name' | 'phone'>[];
}

export interface MatchedUnit { assignee: string; unitId: number; code: string; name: string }

export interface RequirementDraft {
  kind: DraftKind;
  title: string;
  instructions: string;
  deadline: string;
  /** True when the letter gives no deadline and the draft proposes one (DEFAULT_DAYS after the letter). */
  deadlineInferred: boolean;
  periodFrom: string | null;
  periodTo: string | null;
  year: number;
  contactName: string | null;
  contactPhone: string | null;
  targets: ({ rule: 'all_grassroots'; unitId?: number } | { rule: 'unit'; unitId: number })[];
  deadlineOverrides: { unitId: number; deadline: string }[];
  sourceText: string;
  section: number | null;
  matchedUnits: MatchedUnit[];
  unmatchedAssignees: string[];
}

/** Days given to answer when the letter names no deadline: a proposal staff is expected to change. */
export const DEFAULT_DAYS = 15;

type LetterTask = DraftLetter['tasks'][number];

/**
 * The draft requirements of a letter. `units`: the units in the caller's scope, to match named assignees;
 * `today` (yyyy-mm-dd) stands in for a missing issue date.
 */
export function draftRequirements(letter: DraftLetter, units: readonly DraftUnit[], today: string): RequirementDraft[] {
  const titles = new Map(letter.sections.map((s) => [s.number, s.title]));
  const groups: { kind: DraftKind; section: number | null; tasks: LetterTask[] }[] = [];
  for (const task of letter.tasks) {
    // The opening ("triển khai một số nội dung như sau") and closing lines address everyone but ask for nothing of their own.
    if (task.section === null && task.deadline === null) continue;
    const kind = kindOf(`${titles.get(task.section ?? -1) ?? ''} ${task.text}`);
    const same = task.section !== null ? groups.find((g) => g.section === task.section && g.kind === kind) : undefined;
    if (same) same.tasks.push(task);
    else groups.push({ kind, section: task.section, tasks: [task] });
  }
  const contact = letter.contacts.find((c) => c.phone) ?? letter.contacts[0];
  const matcher = unitMatcher(units);
  return groups.map((g) => draftOf(g, titles.get(g.section ?? -1) ?? null, letter.issuedOn ?? today, matcher, contact));
}

/** The kind of requirement a task asks for, from its section title and its own words (folded). */
export function kindOf(text: string): DraftKind {
  const k = searchKey(text);
  if (/\btu kiem tra\b/.test(k)) return 'self_inspection';
  if (/dan van kheo/.test(k) && /dang ky|mo hinh/.test(k)) return 'model_registration';
  if (/quy che dan chu|qcdc|dan chu (o )?co so/.test(k) && /ke hoach|ban chi dao/.test(k)) return 'democracy_plan';
  if (/114-kl\/tw|ket luan (so )?114|33\/ct-ttg|chi thi (so )?33|bao cao/.test(k)) return 'report';
  return 'checklist';
}

/** "các chi, đảng bộ cơ sở", "cấp ủy các chi, đảng bộ cơ sở", "đoàn thể khối": everyone, not a named unit. */
export function isGenericAssignee(assignee: string): boolean {
  return /^(cap uy |ban thuong vu )?cac\b|dang bo co so|chi bo co so|doan the/.test(searchKey(assignee));
}

type Matcher = (assignee: string) => DraftUnit | undefined;

/** Folded, without punctuation: "Ban Quản lý các khu công nghiệp tỉnh Yên Bái" ~ "ban quan ly cac khu cong nghiep tinh yen bai". */
const nameKey = (s: string) => searchKey(s).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** Exact folded name first ("uỷ" and "ủy" fold alike); else the one unit whose name contains the assignee's or the reverse. */
function unitMatcher(units: readonly DraftUnit[]): Matcher {
  const keyed = units.map((u) => ({ u, key: nameKey(u.name) }));
  return (assignee) => {
    const key = nameKey(assignee);
    if (key.length < 4) return undefined;
    const exact = keyed.find((x) => x.key === key);
    if (exact) return exact.u;
    const near = keyed.filter((x) => x.key.includes(key) || (key.includes(x.key) && x.key.length >= 8));
    return near.length === 1 ? near[0]!.u : undefined;
  };
}

const KIND_TITLES: Record<DraftKind, (year: number, section: string) => string> = {
  model_registration: (y) => `Đăng ký mô hình "Dân vận khéo" năm ${y}`,
  democracy_plan: (y) => `Kế hoạch thực hiện Quy chế dân chủ ở cơ sở năm ${y} và kiện toàn Ban Chỉ đạo`,
  self_inspection: (_, s) => (/^kiểm tra/i.test(s) ? `Báo cáo tự ${lowerFirst(s)}` : `Báo cáo tự kiểm tra: ${lowerFirst(s)}`),
  report: (_, s) => `Báo cáo kết quả ${lowerFirst(s)}`,
  checklist: (_, s) => upperFirst(s),
};

function draftOf(
  g: { kind: DraftKind; section: number | null; tasks: LetterTask[] }, sectionTitle: string | null, issuedOn: string,
  match: Matcher, contact: DraftLetter['contacts'][number] | undefined,
): RequirementDraft {
  const general = g.tasks.filter((t) => t.assignees.length === 0 || t.assignees.some(isGenericAssignee));
  const named = g.tasks.filter((t) => !general.includes(t));
  const matchedUnits: MatchedUnit[] = [];
  const unmatchedAssignees: string[] = [];
  const overrides: { unitId: number; deadline: string | null }[] = [];
  for (const t of named) {
    for (const assignee of t.assignees) {
      const unit = match(assignee);
      if (!unit) { unmatchedAssignees.push(assignee); continue; }
      matchedUnits.push({ assignee, unitId: unit.id, code: unit.code, name: unit.name });
      overrides.push({ unitId: unit.id, deadline: t.deadline });
    }
  }
  const given = general.find((t) => t.deadline)?.deadline ?? (general.length ? null : latest(overrides.map((o) => o.deadline)));
  const deadline = given ?? addDays(issuedOn, DEFAULT_DAYS);
  const period = g.tasks.find((t) => t.period?.from && t.period.to)?.period ?? null;
  const year = Number((issuedOn || deadline).slice(0, 4));
  const subject = stripLead(sectionTitle ?? g.tasks[0]!.text);
  const phone = contact?.phone && /^[0-9 .+-]{6,20}$/.test(contact.phone) ? contact.phone : null;
  return {
    kind: g.kind,
    title: clip(KIND_TITLES[g.kind](year, subject), 500),
    instructions: clip(g.tasks.map(instructionOf).join('\n'), 20000),
    deadline,
    deadlineInferred: given === null,
    periodFrom: period?.from ?? null,
    periodTo: period?.to ?? null,
    year,
    contactName: contact?.name ?? null,
    contactPhone: phone,
    // Named units only, when nobody else is asked; otherwise every grassroots unit, the named ones with their own deadline.
    targets: general.length ? [{ rule: 'all_grassroots' }] : uniqueIds(overrides).map((unitId) => ({ rule: 'unit' as const, unitId })),
    deadlineOverrides: uniqueIds(overrides.filter((o) => o.deadline && o.deadline !== deadline))
      .map((unitId) => ({ unitId, deadline: overrides.find((o) => o.unitId === unitId)!.deadline! })),
    sourceText: g.tasks.map((t) => upperFirst(t.text)).join('\n'),
    section: g.section,
    matchedUnits,
    unmatchedAssignees,
  };
}

function instructionOf(t: LetterTask): string {
  const who = t.assignees.length ? `${t.assignees.join(', ')}: ` : '';
  const items = (t.items ?? []).map((i) => `\n- ${i}`).join('');
  return `${upperFirst(`${who}${t.text}`)}.${items}`;
}

const uniqueIds = (xs: readonly { unitId: number }[]) => [...new Set(xs.map((x) => x.unitId))];
const latest = (ds: readonly (string | null)[]) => ds.filter((d): d is string => d !== null).sort().at(-1) ?? null;
const upperFirst = (s: string) => s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);
const lowerFirst = (s: string) => (/^\p{Lu}\p{Ll}/u.test(s) ? s.charAt(0).toLocaleLowerCase('vi') + s.slice(1) : s);
const clip = (s: string, max: number) => (s.length > max ? `${s.slice(0, max - 1)}…` : s);
/** "Về việc kiểm tra…" → "kiểm tra…": the heading's lead-in says nothing a title needs. */
const stripLead = (s: string) => s.replace(/^(về việc|v\/v|về)\s+/i, '').trim();

/** yyyy-mm-dd plus n days, by the calendar (no time zone involved). */
export function addDays(iso: string, n: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}
