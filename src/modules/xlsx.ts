import ExcelJS from 'exceljs';

/**
 * The house style of every spreadsheet danvan writes (reports, ranking, import templates): a bold white-on-blue header
 * row that stays frozen, with a filter on it. Rows are added by the caller.
 */

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const DATE_FMT = 'dd/mm/yyyy';
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF1F4E79' } };
const HEADER_FONT: Partial<ExcelJS.Font> = { bold: true, color: { argb: 'FFFFFFFF' } };

export interface SheetColumn { header: string; width: number; date?: boolean }

export function styledSheet(wb: ExcelJS.Workbook, name: string, columns: readonly SheetColumn[], headerHeight = 22): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = columns.map((c) => ({ header: c.header, width: c.width, ...(c.date && { style: { numFmt: DATE_FMT } }) }));
  const head = ws.getRow(1);
  head.height = headerHeight;
  head.eachCell((cell) => {
    cell.fill = HEADER_FILL;
    cell.font = HEADER_FONT;
    cell.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  });
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  return ws;
}

export async function workbookBytes(wb: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await wb.xlsx.writeBuffer());
}
