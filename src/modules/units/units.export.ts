import ExcelJS from 'exceljs';
import type { UnitKind } from '../../db/schema';
import { UNIT_KIND_LABELS, UNIT_KINDS } from '../../domain/org-tree';
import { compareVi } from '../../vn/text';
import { IMPORT_COLUMNS } from './units.import';
import type { ExportRow } from './units.queries';

/** One line of the export: the import's columns, plus the status when inactive units are included. */
export interface ExportLine {
  code: string;
  name: string;
  kind: UnitKind;
  parentCode: string | null;
  active: boolean;
}

export { XLSX_MIME } from '../xlsx';

/**
 * Tree order: each unit right after its parent, siblings in Vietnamese alphabetical order, so the
 * file reads like the tree and imports again (parents first). The scope root's parent lies outside
 * the reader's subtree and is left blank.
 */
export function orderForExport(rows: readonly ExportRow[], scopePath: string | null): ExportLine[] {
  const ids = new Set(rows.map((r) => r.id));
  const children = new Map<number | null, ExportRow[]>();
  for (const r of rows) {
    const key = r.parent_id !== null && ids.has(r.parent_id) ? r.parent_id : null;
    children.set(key, [...(children.get(key) ?? []), r]);
  }
  const sorted = (key: number | null) => [...(children.get(key) ?? [])].sort((a, b) => compareVi(a.name, b.name));
  const out: ExportLine[] = [];
  const stack = sorted(null).reverse();
  while (stack.length > 0) {
    const r = stack.pop()!;
    out.push({ code: r.code, name: r.name, kind: r.kind, parentCode: r.path === scopePath ? null : r.parent_code, active: r.active });
    stack.push(...sorted(r.id).reverse());
  }
  return out;
}

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF1F4E79' } };
const HEADER_FONT: Partial<ExcelJS.Font> = { bold: true, color: { argb: 'FFFFFFFF' } };
const THIN: Partial<ExcelJS.Borders> = { bottom: { style: 'thin', color: { argb: 'FF7F7F7F' } } };

function styleHeader(ws: ExcelJS.Worksheet): void {
  ws.getRow(1).eachCell((cell) => {
    cell.fill = HEADER_FILL;
    cell.font = HEADER_FONT;
    cell.border = THIN;
    cell.alignment = { vertical: 'middle' };
  });
  ws.getRow(1).height = 20;
}

/** The workbook: sheet "Đơn vị" with a styled, frozen, filterable header; sheet "Loại đơn vị" lists the kinds the import accepts. */
export async function buildUnitsWorkbook(lines: readonly ExportLine[], opts: { includeInactive: boolean }): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'danvan';
  const ws = wb.addWorksheet('Đơn vị', { views: [{ state: 'frozen', ySplit: 1 }] });
  const widths = [28, 70, 26, 24];
  ws.columns = [
    ...IMPORT_COLUMNS.map((c, i) => ({ header: c.title, key: c.key, width: widths[i] })),
    ...(opts.includeInactive ? [{ header: 'Trạng thái', key: 'status', width: 18 }] : []),
  ];
  ws.addRows(lines.map((l) => ({ ...l, kind: UNIT_KIND_LABELS[l.kind], parentCode: l.parentCode ?? '', status: l.active ? 'Đang hoạt động' : 'Ngừng hoạt động' })));
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: ws.columns.length } };
  styleHeader(ws);

  const kinds = wb.addWorksheet('Loại đơn vị', { views: [{ state: 'frozen', ySplit: 1 }] });
  kinds.columns = [{ header: 'Tên loại (ghi vào cột Loại)', width: 30 }, { header: 'Hoặc mã loại', width: 20 }];
  kinds.addRows(UNIT_KINDS.map((k) => [UNIT_KIND_LABELS[k], k]));
  styleHeader(kinds);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
