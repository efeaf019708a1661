import ExcelJS from 'exceljs';
import { badRequest } from '../../app/errors';
import type { ModelField, ModelLevel } from '../../db/schema.directing';
import { cleanText, searchKey } from '../../vn/text';
import { styledSheet, workbookBytes } from '../xlsx';
import type { ExistingModel } from './models.queries';
import { FIELD_LABELS, MODEL_FIELDS, type TModelImportRow } from './models.schemas';

/**
 * Reading and checking a Dân vận khéo model list (XLSX) before anything is written. The header row is found by
 * its column names (diacritics and order do not matter), so the registry's own export or a hand-made sheet both read.
 */

type Key = 'unitCode' | 'name' | 'level' | 'field' | 'year' | 'goals';
const COLUMNS: readonly { key: Key; title: string; aliases: readonly string[]; optional?: true }[] = [
  { key: 'unitCode', title: 'Mã đơn vị', aliases: ['ma don vi', 'ma'] },
  { key: 'name', title: 'Tên mô hình', aliases: ['ten mo hinh', 'mo hinh'] },
  { key: 'level', title: 'Cấp', aliases: ['cap', 'cap mo hinh'] },
  { key: 'field', title: 'Lĩnh vực', aliases: ['linh vuc'] },
  { key: 'year', title: 'Năm', aliases: ['nam', 'nam thuc hien'] },
  { key: 'goals', title: 'Mục tiêu', aliases: ['muc tieu'], optional: true },
];
export const MODEL_IMPORT_COLUMNS = COLUMNS.map((c) => c.title).join(', ');
const MAX_ROWS = 5000;

export type RawRow = Record<Key, string> & { line: number };

const fold = (s: string) => searchKey(s).replace(/[^a-z0-9]+/g, ' ').trim();
const unreadable = (m: string) => badRequest('IMPORT_UNREADABLE', m);

function cellText(v: ExcelJS.CellValue | undefined): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return String(v.getUTCFullYear());
  if (typeof v !== 'object') return String(v);
  if ('richText' in v) return v.richText.map((t) => t.text).join('');
  if ('formula' in v || 'sharedFormula' in v) return cellText((v as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
  if ('text' in v) return String(v.text);
  return '';
}

/** An empty import file: the header row (styled, frozen) and one example row, for the user to fill in. */
export async function modelTemplateWorkbook(exampleUnitCode: string): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = styledSheet(wb, 'Mô hình Dân vận khéo', COLUMNS.map((c) => ({ header: c.title, width: c.key === 'name' || c.key === 'goals' ? 48 : 18 })));
  ws.addRow([exampleUnitCode, 'Ví dụ: Sinh viên tình nguyện giúp dân', 'Cơ sở', 'Văn hóa – xã hội', new Date().getFullYear(), 'Xóa dòng ví dụ này trước khi nhập']);
  return workbookBytes(wb);
}

/** The rows under the header of the first sheet; a 400 with a Vietnamese message when the file cannot be read. */
export async function readModelFile(data: Buffer): Promise<RawRow[]> {
  if (data.length === 0) throw badRequest('IMPORT_EMPTY', 'Tệp tải lên rỗng.');
  if (data[0] !== 0x50 || data[1] !== 0x4b) throw unreadable('Chỉ nhận tệp Excel .xlsx.');
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(data as unknown as ArrayBuffer);
  } catch {
    throw unreadable('Tệp Excel bị hỏng hoặc không đúng định dạng .xlsx, không đọc được.');
  }
  const ws = wb.worksheets[0];
  if (!ws) throw unreadable('Tệp không có trang tính nào.');
  const grid: { line: number; cells: string[] }[] = [];
  ws.eachRow({ includeEmpty: false }, (row, line) => {
    const values = row.values as ExcelJS.CellValue[];
    grid.push({ line, cells: Array.from({ length: Math.max(values.length - 1, 0) }, (_, i) => cleanText(cellText(values[i + 1]))) });
  });
  return rowsUnderHeader(grid);
}

function rowsUnderHeader(grid: readonly { line: number; cells: string[] }[]): RawRow[] {
  const header = grid.slice(0, 10).map((r) => ({ r, index: headerIndex(r.cells) }))
    .find((h) => COLUMNS.every((c) => c.optional || h.index[c.key] !== undefined));
  if (!header) throw badRequest('IMPORT_COLUMNS', `Không tìm thấy dòng tiêu đề. Tệp phải có các cột: ${MODEL_IMPORT_COLUMNS}.`);
  const at = (cells: string[], k: Key) => (header.index[k] === undefined ? '' : (cells[header.index[k]!] ?? '').trim());
  const rows = grid.filter((g) => g.line > header.r.line)
    .map((g) => ({ line: g.line, ...Object.fromEntries(COLUMNS.map((c) => [c.key, at(g.cells, c.key)])) }) as RawRow)
    .filter((r) => COLUMNS.some((c) => r[c.key] !== ''));
  if (rows.length === 0) throw badRequest('IMPORT_EMPTY', 'Tệp không có dòng dữ liệu nào dưới dòng tiêu đề.');
  if (rows.length > MAX_ROWS) throw badRequest('IMPORT_TOO_MANY_ROWS', `Tệp có ${rows.length} dòng, vượt quá ${MAX_ROWS} dòng mỗi lần nhập.`);
  return rows;
}

function headerIndex(cells: readonly string[]): Partial<Record<Key, number>> {
  const index: Partial<Record<Key, number>> = {};
  cells.forEach((cell, i) => {
    const c = COLUMNS.find((col) => col.aliases.includes(fold(cell)));
    if (c && index[c.key] === undefined) index[c.key] = i;
  });
  return index;
}

/** "Khối", "cấp Khối", "khoi" → khoi; "Cơ sở", "co_so" → co_so. */
export function parseLevel(s: string): ModelLevel | null {
  const k = fold(s).replace(/^cap /, '');
  return k === 'khoi' ? 'khoi' : k === 'co so' ? 'co_so' : null;
}

/** A field by its Vietnamese name ("Văn hóa – xã hội", "van hoa xa hoi") or its code ("van_hoa_xa_hoi"). */
export function parseField(s: string): ModelField | null {
  const k = fold(s);
  return MODEL_FIELDS.find((f) => fold(f.replace(/_/g, ' ')) === k || fold(FIELD_LABELS[f]) === k) ?? null;
}

export interface CheckedRow extends TModelImportRow {
  unitId: number | null;
  levelCode: ModelLevel | null;
  fieldCode: ModelField | null;
  yearNum: number | null;
  /** The existing model a `new_year` row adds to, when it exists already. */
  modelId: number | null;
}

interface Lookups { units: Map<string, { id: number }>; models: readonly ExistingModel[] }

/** Each row ok or with the first reason it cannot be imported; pure. */
export function checkModelRows(rows: readonly RawRow[], l: Lookups): CheckedRow[] {
  const seen = new Map<string, number>();
  const createdInFile = new Set<string>();
  return rows.map((r) => {
    const unit = l.units.get(r.unitCode);
    const level = parseLevel(r.level);
    const field = parseField(r.field);
    const year = /^\d{4}$/.test(r.year) && +r.year >= 2000 && +r.year <= 2100 ? +r.year : null;
    const nameKey = searchKey(r.name);
    const existing = unit ? l.models.find((m) => m.unitId === unit.id && m.nameKey === nameKey) : undefined;
    const key = `${unit?.id}|${nameKey}|${year}`;
    const error = !r.unitCode ? 'Thiếu mã đơn vị.'
      : !unit ? `Không có đơn vị mã "${r.unitCode}" trong phạm vi của bạn.`
      : !r.name ? 'Thiếu tên mô hình.'
      : r.name.length > 500 ? 'Tên mô hình quá dài (tối đa 500 ký tự).'
      : !level ? `Cấp "${r.level}" không hợp lệ: ghi "Khối" hoặc "Cơ sở".`
      : !field ? `Lĩnh vực "${r.field}" không hợp lệ: ghi một trong ${Object.values(FIELD_LABELS).map((f) => `"${f}"`).join(', ')}.`
      : year === null ? `Năm "${r.year}" không hợp lệ: ghi năm 4 chữ số, ví dụ 2024.`
      : seen.has(key) ? `Trùng với dòng ${seen.get(key)}: cùng đơn vị, cùng tên mô hình, cùng năm.`
      : existing?.years.includes(year) ? `Mô hình "${r.name}" của đơn vị đã có năm ${year} trong sổ.`
      : null;
    if (error === null) seen.set(key, r.line);
    const action = error !== null ? null : existing || createdInFile.has(`${unit!.id}|${nameKey}`) ? 'new_year' : 'new_model';
    if (action === 'new_model') createdInFile.add(`${unit!.id}|${nameKey}`);
    return {
      ...r, ok: error === null, error, action, unitId: unit?.id ?? null, levelCode: level, fieldCode: field, yearNum: year, modelId: existing?.id ?? null,
    };
  });
}
