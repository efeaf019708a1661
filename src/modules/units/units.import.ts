import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { badRequest } from '../../app/errors';
import { searchKey } from '../../vn/text';
import type { TImportRow } from './units.schemas';

/**
 * Reading an organisation-unit import file (XLSX or CSV) into rows, before any checking.
 * The type comes from the content, not the name; the header row is found by its column names.
 */

type ColumnKey = 'code' | 'name' | 'kind' | 'parentCode';

/** The import columns, as the export writes them; each also recognised by a few folded aliases. */
export const IMPORT_COLUMNS: readonly { key: ColumnKey; title: string; aliases: readonly string[] }[] = [
  { key: 'code', title: 'Mã', aliases: ['ma', 'ma don vi'] },
  { key: 'name', title: 'Tên', aliases: ['ten', 'ten don vi'] },
  { key: 'kind', title: 'Loại', aliases: ['loai', 'loai don vi'] },
  { key: 'parentCode', title: 'Mã đơn vị cấp trên', aliases: ['ma don vi cap tren', 'ma cap tren'] },
];

export const MAX_IMPORT_ROWS = 10_000;
/** Title lines above the header are allowed, this many at most. */
const HEADER_SEARCH_ROWS = 10;
const COLUMN_LIST = IMPORT_COLUMNS.map((c) => c.title).join(', ');

interface GridRow {
  line: number;
  cells: string[];
}

const unreadable = (message: string) => badRequest('IMPORT_UNREADABLE', message);

/** Rows of the file under its header, blank rows skipped; throws a 400 with a Vietnamese message otherwise. */
export async function readImportFile(data: Buffer, filename = ''): Promise<TImportRow[]> {
  if (data.length === 0) throw badRequest('IMPORT_EMPTY', 'Tệp tải lên rỗng.');
  if (data[0] === 0x50 && data[1] === 0x4b) return rowsUnderHeader(await readXlsx(data));
  if (data.subarray(0, 4).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0]))) {
    throw unreadable('Tệp Excel 97-2003 (.xls) không được hỗ trợ. Hãy mở tệp trong Excel và lưu lại dạng .xlsx hoặc CSV UTF-8.');
  }
  if (/\.xlsx$/i.test(filename)) throw unreadable(`Tệp "${filename}" bị hỏng hoặc không phải tệp Excel .xlsx.`);
  return rowsUnderHeader([readCsv(decodeText(data))]);
}

async function readXlsx(data: Buffer): Promise<GridRow[][]> {
  const wb = new ExcelJS.Workbook();
  try {
    // exceljs declares its own `Buffer extends ArrayBuffer`; it reads a Node Buffer as is.
    await wb.xlsx.load(data as unknown as ArrayBuffer);
  } catch {
    throw unreadable('Tệp Excel bị hỏng hoặc không đúng định dạng .xlsx, không đọc được.');
  }
  if (wb.worksheets.length === 0) throw unreadable('Tệp không phải bảng tính Excel: không có trang tính nào.');
  return wb.worksheets.map((ws) => {
    const grid: GridRow[] = [];
    ws.eachRow({ includeEmpty: false }, (row, line) => {
      const values = row.values as ExcelJS.CellValue[];
      grid.push({ line, cells: Array.from({ length: Math.max(values.length - 1, 0) }, (_, i) => cellText(values[i + 1])) });
    });
    return grid;
  });
}

/** What the user sees in the cell: rich text joined, a formula's result, a link's text. */
function cellText(v: ExcelJS.CellValue | ExcelJS.CellRichTextValue | undefined): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v !== 'object') return String(v);
  if ('richText' in v) return v.richText.map((t) => t.text).join('');
  if ('formula' in v || 'sharedFormula' in v) return cellText(v.result);
  if ('text' in v) return cellText(v.text as ExcelJS.CellValue);
  return ''; // an error value such as #N/A
}

/** UTF-8 with or without BOM, or UTF-16 with BOM (Excel's "Unicode text"). */
function decodeText(data: Buffer): string {
  if (data[0] === 0xff && data[1] === 0xfe) return new TextDecoder('utf-16le').decode(data);
  if (data[0] === 0xfe && data[1] === 0xff) return new TextDecoder('utf-16be').decode(data);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(data);
  } catch {
    throw badRequest('IMPORT_ENCODING', 'Tệp CSV không dùng mã UTF-8 nên không đọc được tiếng Việt. Trong Excel hãy chọn Lưu thành → "CSV UTF-8 (phân tách bằng dấu phẩy)".');
  }
  if (text.includes('\u0000')) throw unreadable('Không đọc được tệp: chỉ nhận tệp Excel .xlsx hoặc CSV.');
  return text;
}

/** The delimiter (',' ';' or tab) that turns the first lines into a full header; ',' when none does. */
function readCsv(text: string): GridRow[] {
  const delimiters = [',', ';', '\t'];
  const sample = (d: string) => Papa.parse<string[]>(text, { delimiter: d, preview: HEADER_SEARCH_ROWS }).data.map((cells, i) => ({ line: i + 1, cells }));
  const delimiter = delimiters.map((d) => ({ d, score: findHeader(sample(d)).found })).sort((a, b) => b.score - a.score)[0]!.d;
  const grid: GridRow[] = [];
  let line = 1;
  let pos = 0;
  Papa.parse<string[]>(text, {
    delimiter,
    step: (r) => {
      const quote = r.errors.find((e) => e.type === 'Quotes');
      if (quote) throw badRequest('IMPORT_UNREADABLE', `Tệp CSV lỗi ở dòng ${line}: dấu ngoặc kép (") chưa được đóng.`);
      grid.push({ line, cells: r.data });
      // Lines, not records: a quoted cell may span several lines, and the user looks for the line number.
      line += countLineBreaks(text.slice(pos, r.meta.cursor));
      pos = r.meta.cursor;
    },
  });
  return grid;
}

function countLineBreaks(s: string): number {
  return (s.match(/\r\n|\n|\r/g) ?? []).length;
}

const columnKey = (cell: string): ColumnKey | undefined => {
  const k = searchKey(cell).replace(/[^a-z0-9]+/g, ' ').trim();
  return IMPORT_COLUMNS.find((c) => c.aliases.includes(k))?.key;
};

interface HeaderMatch {
  row: GridRow | undefined;
  index: Partial<Record<ColumnKey, number>>;
  found: number;
  duplicate?: ColumnKey;
}

/** The first row, among the first few, naming every column; else the row naming most of them. */
function findHeader(grid: readonly GridRow[]): HeaderMatch {
  let best: HeaderMatch = { row: undefined, index: {}, found: 0 };
  for (const row of grid.slice(0, HEADER_SEARCH_ROWS)) {
    const m: HeaderMatch = { row, index: {}, found: 0 };
    row.cells.forEach((cell, i) => {
      const key = columnKey(cell);
      if (key === undefined) return;
      if (m.index[key] !== undefined) {
        m.duplicate ??= key;
        return;
      }
      m.index[key] = i;
      m.found++;
    });
    if (m.found === IMPORT_COLUMNS.length) return m;
    if (m.found > best.found) best = m;
  }
  return best;
}

const titleOf = (key: ColumnKey) => IMPORT_COLUMNS.find((c) => c.key === key)!.title;

function assertComplete(h: HeaderMatch): asserts h is HeaderMatch & { row: GridRow } {
  if (!h.row || h.found === 0) {
    throw badRequest('IMPORT_COLUMNS', `Không tìm thấy dòng tiêu đề. Dòng đầu của tệp phải có các cột: ${COLUMN_LIST}.`);
  }
  if (h.duplicate) throw badRequest('IMPORT_COLUMNS', `Cột "${titleOf(h.duplicate)}" xuất hiện hai lần ở dòng tiêu đề (dòng ${h.row.line}).`);
  const missing = IMPORT_COLUMNS.filter((c) => h.index[c.key] === undefined).map((c) => `"${c.title}"`);
  if (missing.length === 0) return;
  const unknown = h.row.cells.filter((c) => c.trim() !== '' && columnKey(c) === undefined).map((c) => `"${c.trim()}"`);
  const hint = unknown.length ? ` Không nhận ra cột: ${unknown.join(', ')}.` : '';
  throw badRequest('IMPORT_COLUMNS', `Thiếu cột ${missing.join(', ')} ở dòng tiêu đề (dòng ${h.row.line}). Các cột cần có: ${COLUMN_LIST}.${hint}`);
}

/** Rows under the header of the first sheet that has a full one (or the error of the closest sheet). */
function rowsUnderHeader(sheets: readonly GridRow[][]): TImportRow[] {
  const matches = sheets.map((grid) => ({ grid, header: findHeader(grid) }));
  const chosen = matches.find((m) => m.header.found === IMPORT_COLUMNS.length && !m.header.duplicate) ?? [...matches].sort((a, b) => b.header.found - a.header.found)[0]!;
  const { grid, header } = chosen;
  assertComplete(header);
  const at = (cells: string[], key: ColumnKey) => (cells[header.index[key]!] ?? '').trim();
  const rows = grid
    .filter((r) => r.line > header.row.line)
    .map((r) => ({ line: r.line, code: at(r.cells, 'code'), name: at(r.cells, 'name'), kind: at(r.cells, 'kind'), parentCode: at(r.cells, 'parentCode') }))
    .filter((r) => r.code !== '' || r.name !== '' || r.kind !== '' || r.parentCode !== '');
  if (rows.length === 0) throw badRequest('IMPORT_EMPTY', 'Tệp không có dòng dữ liệu nào dưới dòng tiêu đề.');
  if (rows.length > MAX_IMPORT_ROWS) throw badRequest('IMPORT_TOO_MANY_ROWS', `Tệp có ${rows.length} dòng, vượt quá ${MAX_IMPORT_ROWS} dòng mỗi lần nhập. Hãy chia thành nhiều tệp.`);
  return rows;
}
