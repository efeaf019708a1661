import ExcelJS from 'exceljs';

/** Builders of import files for the units tests. */

export const HEADER = ['Mã', 'Tên', 'Loại', 'Mã đơn vị cấp trên'];

type Cell = ExcelJS.CellValue;

/** An .xlsx whose first sheet holds these rows from row 1 on (optionally more sheets before it). */
export async function xlsxOf(rows: Cell[][], opts: { sheetsBefore?: Record<string, Cell[][]> } = {}): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  for (const [name, cells] of Object.entries(opts.sheetsBefore ?? {})) wb.addWorksheet(name).addRows(cells);
  wb.addWorksheet('Đơn vị').addRows(rows);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** CSV text with the cells quoted when needed, as Excel writes it. */
export function csvOf(rows: string[][], opts: { delimiter?: string; bom?: boolean; eol?: string } = {}): Buffer {
  const d = opts.delimiter ?? ',';
  const quote = (c: string) => (/["\r\n]/.test(c) || c.includes(d) ? `"${c.replace(/"/g, '""')}"` : c);
  const text = rows.map((r) => r.map(quote).join(d)).join(opts.eol ?? '\r\n') + (opts.eol ?? '\r\n');
  return Buffer.concat([opts.bom ? Buffer.from([0xef, 0xbb, 0xbf]) : Buffer.alloc(0), Buffer.from(text, 'utf8')]);
}

/** A multipart form with the file in field `field` ("file" by default). */
export function uploadForm(data: Buffer, filename: string, field = 'file'): FormData {
  const form = new FormData();
  form.append(field, new Blob([new Uint8Array(data)]), filename);
  return form;
}

/** Reads an .xlsx back: every sheet, rows as arrays of cell texts (index 0 = column A). */
export async function readXlsx(data: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as unknown as ArrayBuffer);
  return wb;
}

export function sheetRows(ws: ExcelJS.Worksheet): string[][] {
  const out: string[][] = [];
  ws.eachRow((row) => out.push((row.values as Cell[]).slice(1).map((v) => (v == null ? '' : String(v)))));
  return out;
}
