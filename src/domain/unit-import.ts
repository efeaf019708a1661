import type { UnitKind } from '../db/schema';
import type { TImportProblem, TImportRow } from '../modules/units/units.schemas';
import { cleanText, searchKey } from '../vn/text';
import { isWithin, UNIT_KIND_LABELS, UNIT_KINDS } from './org-tree';

/**
 * Checking an organisation-unit import before anything is written. Pure: the caller reads the file,
 * looks up the codes that already exist, and inserts `order` only when `problems` is empty.
 */

/** A unit that already exists, found by its code. */
export interface ExistingUnit {
  id: number;
  path: string;
  active: boolean;
}

export interface ImportInput {
  rows: readonly TImportRow[];
  /** Existing units by code: at least every code and parent code the file mentions. */
  existing: ReadonlyMap<string, ExistingUnit>;
  /** Path prefix of the importer's subtree; null for the whole tree (admin). */
  scopePath: string | null;
}

/** A row as it will be stored: code and parent code normalised, kind resolved. */
export interface CheckedRow extends TImportRow {
  kindValue: UnitKind | null;
}

/** A row ready to insert; its parent is an existing unit or a row earlier in `order`. */
export interface PlannedUnit {
  line: number;
  code: string;
  name: string;
  kind: UnitKind;
  parentCode: string | null;
}

export interface ImportCheck {
  rows: CheckedRow[];
  /** Every problem of every row, by line. */
  problems: TImportProblem[];
  /** Rows in insertion order (parents before children); empty unless every row is valid. */
  order: PlannedUnit[];
}

/** The rules of ZUnitCode (units.schemas.ts), kept pure here; a test checks both agree. */
export const UNIT_CODE_PATTERN = /^[a-z0-9][a-z0-9_.-]*$/;
export const UNIT_CODE_MAX = 64;
export const UNIT_NAME_MAX = 300;

/** Trimmed, invisible characters removed, lower case: "  SoYTe " → "soyte". */
export function normaliseUnitCode(raw: string): string {
  return cleanText(raw).toLowerCase();
}

/** Folded and stripped of punctuation, so "Đảng bộ cơ sở", "dang bo co so" and "dang_bo_co_so" meet. */
const kindKey = (s: string) => searchKey(s).replace(/[^a-z0-9]+/g, ' ').trim();

const KIND_BY_KEY = new Map<string, UnitKind>();
for (const kind of UNIT_KINDS) {
  const label = UNIT_KIND_LABELS[kind];
  // The code, the whole label, and each half of a two-part label ("Đảng ủy / cấp ủy", "Ban, cơ quan tham mưu").
  for (const alias of [kind, label, ...label.split(/[/,]/)]) KIND_BY_KEY.set(kindKey(alias), kind);
}

/** The kind named by its code ('dang_bo_co_so') or its Vietnamese label, diacritics optional; null if none. */
export function parseUnitKind(raw: string): UnitKind | null {
  return KIND_BY_KEY.get(kindKey(raw)) ?? null;
}

const KIND_CHOICES = UNIT_KINDS.map((k) => UNIT_KIND_LABELS[k]).join('; ');

function checkRow(r: CheckedRow): string[] {
  const out: string[] = [];
  if (r.code === '') out.push('Thiếu mã đơn vị.');
  else if (r.code.length > UNIT_CODE_MAX) out.push(`Mã đơn vị tối đa ${UNIT_CODE_MAX} ký tự.`);
  else if (!UNIT_CODE_PATTERN.test(r.code)) out.push(`Mã "${r.code}" chỉ được gồm chữ không dấu, số, dấu chấm, gạch dưới, gạch ngang.`);
  if (r.name === '') out.push('Tên đơn vị không được để trống.');
  else if (r.name.length > UNIT_NAME_MAX) out.push(`Tên đơn vị tối đa ${UNIT_NAME_MAX} ký tự.`);
  if (r.kind === '') out.push(`Thiếu loại đơn vị. Chọn một trong: ${KIND_CHOICES}.`);
  else if (!r.kindValue) out.push(`Loại đơn vị "${r.kind}" không hợp lệ. Chọn một trong: ${KIND_CHOICES}.`);
  return out;
}

function checkParent(r: CheckedRow, inFile: ReadonlyMap<string, number[]>, input: ImportInput): string | null {
  const p = r.parentCode;
  if (p === '') return input.scopePath === null ? null : 'Cần mã đơn vị cấp trên.';
  if (p === r.code) return 'Đơn vị không thể là cấp trên của chính nó.';
  if (inFile.has(p)) return null;
  const unit = input.existing.get(p);
  // A unit outside the importer's subtree is reported exactly like one that does not exist.
  if (!unit || (input.scopePath !== null && !isWithin(unit.path, input.scopePath))) {
    return `Không tìm thấy đơn vị cấp trên "${p}" trong tệp hay trong hệ thống.`;
  }
  return unit.active ? null : `Đơn vị cấp trên "${p}" đã ngừng hoạt động.`;
}

/** Lines of rows with each code, in file order (rows without a code left out). */
function linesByCode(rows: readonly CheckedRow[]): Map<string, number[]> {
  const m = new Map<string, number[]>();
  rows.forEach((r, i) => {
    if (r.code !== '') m.set(r.code, [...(m.get(r.code) ?? []), i]);
  });
  return m;
}

/**
 * Follows each row's parent inside the file. Returns the rows that lie on a cycle (each with the
 * cycle's codes, in order) and an order where every in-file parent comes before its children.
 */
function walkParents(rows: readonly CheckedRow[], inFile: ReadonlyMap<string, number[]>) {
  const parentOf = (i: number): number | undefined => {
    const p = rows[i]!.parentCode;
    return p === '' || p === rows[i]!.code ? undefined : inFile.get(p)?.[0];
  };
  const state = new Uint8Array(rows.length); // 0 unseen, 1 on the current walk, 2 done
  const cycles = new Map<number, string[]>();
  const order: number[] = [];
  for (let start = 0; start < rows.length; start++) {
    const walk: number[] = [];
    let j: number | undefined = start;
    while (j !== undefined && state[j] === 0) {
      state[j] = 1;
      walk.push(j);
      j = parentOf(j);
    }
    if (j !== undefined && state[j] === 1) {
      const loop = walk.slice(walk.indexOf(j));
      const codes = [...loop.map((i) => rows[i]!.code), rows[j]!.code];
      for (const i of loop) cycles.set(i, codes);
    }
    for (const i of walk) state[i] = 2;
    // Ancestors were pushed after their children: emit the walk from the top down.
    for (const i of walk.reverse()) if (!cycles.has(i)) order.push(i);
  }
  return { cycles, order };
}

/** Every problem of every row, and — when there are none — the insertion order. */
export function checkUnitImport(input: ImportInput): ImportCheck {
  const rows: CheckedRow[] = input.rows.map((r) => ({
    line: r.line,
    code: normaliseUnitCode(r.code),
    name: cleanText(r.name),
    kind: cleanText(r.kind),
    parentCode: normaliseUnitCode(r.parentCode),
    kindValue: parseUnitKind(r.kind),
  }));
  const inFile = linesByCode(rows);
  const { cycles, order } = walkParents(rows, inFile);
  const problems: TImportProblem[] = [];
  rows.forEach((r, i) => {
    const messages = checkRow(r);
    const same = inFile.get(r.code) ?? [];
    if (same.length > 1) {
      const others = same.filter((k) => k !== i).map((k) => rows[k]!.line);
      messages.push(`Mã "${r.code}" trùng với dòng ${others.join(', ')} trong tệp.`);
    }
    const existing = r.code === '' ? undefined : input.existing.get(r.code);
    if (existing) messages.push(`Mã "${r.code}" đã có trong hệ thống${existing.active ? '' : ' (đơn vị đã ngừng hoạt động)'}.`);
    const parent = checkParent(r, inFile, input);
    if (parent) messages.push(parent);
    const loop = cycles.get(i);
    if (loop) messages.push(`Vòng lặp cấp trên trong tệp: ${loop.join(' → ')}.`);
    for (const message of messages) problems.push({ line: r.line, code: r.code, message });
  });
  problems.sort((a, b) => a.line - b.line);
  const planned = problems.length > 0 ? [] : order.map((i) => toPlanned(rows[i]!));
  return { rows, problems, order: planned };
}

function toPlanned(r: CheckedRow): PlannedUnit {
  return { line: r.line, code: r.code, name: r.name, kind: r.kindValue!, parentCode: r.parentCode === '' ? null : r.parentCode };
}

/** Every code a file mentions (own and parent), normalised: what to look up before checking. */
export function codesMentioned(rows: readonly TImportRow[]): string[] {
  const codes = new Set<string>();
  for (const r of rows) for (const c of [r.code, r.parentCode].map(normaliseUnitCode)) if (c !== '') codes.add(c);
  return [...codes];
}
