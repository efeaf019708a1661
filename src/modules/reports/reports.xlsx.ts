import ExcelJS from 'exceljs';
import { vnDate } from '../../domain/due-dates';
import { compareVi } from '../../vn/text';
import { type SheetColumn, styledSheet, workbookBytes } from '../xlsx';
import type { ModelExportRow, SteeringExportRow } from './reports.queries';

/**
 * The XLSX exports: every sheet has a bold, filled header row that stays frozen, a filter on it, widths that fit
 * Vietnamese names, and real date cells shown dd/mm/yyyy. Pure: rows in, bytes out.
 */

export { XLSX_MIME } from '../xlsx';

/** The calendar day in Vietnam as an Excel date (UTC midnight, so no reader's time zone shifts it). */
const excelDay = (at: Date | string | null) => (at === null ? null : new Date(`${typeof at === 'string' ? at.slice(0, 10) : vnDate(at)}T00:00:00Z`));


function workbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'danvan';
  return wb;
}

export const FIELD_LABELS: Record<string, string> = {
  kinh_te: 'Kinh tế', van_hoa_xa_hoi: 'Văn hóa – xã hội', quoc_phong_an_ninh: 'Quốc phòng – an ninh', xay_dung_he_thong_chinh_tri: 'Xây dựng hệ thống chính trị',
};

/** The Dân vận khéo models, one line per model and year. */
export async function modelsWorkbook(rows: readonly ModelExportRow[]): Promise<Buffer> {
  const wb = workbook();
  const ws = styledSheet(wb, 'Mô hình Dân vận khéo', [
    { header: 'STT', width: 6 }, { header: 'Đơn vị', width: 44 }, { header: 'Tên mô hình', width: 50 }, { header: 'Cấp', width: 12 },
    { header: 'Lĩnh vực', width: 26 }, { header: 'Năm', width: 8 }, { header: 'Tiếp tục / mới', width: 16 }, { header: 'Xây dựng từ năm', width: 12 },
    { header: 'Người phụ trách', width: 24 }, { header: 'Ngày gửi đăng ký', width: 16, date: true }, { header: 'Đánh giá', width: 30 }, { header: 'Điển hình', width: 11 },
  ], 32);
  rows.forEach((r, i) => ws.addRow([
    i + 1, r.unit_name, r.name, r.level === 'khoi' ? 'Khối' : 'Cơ sở', FIELD_LABELS[r.field] ?? r.field, r.year,
    r.continuing ? `Tiếp tục từ ${r.year - 1}` : 'Đăng ký mới', r.first_year, r.person_in_charge, excelDay(r.submitted_at),
    r.evaluation ?? '', r.recognized === null ? '' : r.recognized ? 'Có' : 'Không',
  ]));
  return workbookBytes(wb);
}

/** The QCDC steering committee members of every unit, current ones first. */
export async function steeringWorkbook(rows: readonly SteeringExportRow[]): Promise<Buffer> {
  const wb = workbook();
  const ws = styledSheet(wb, 'Ban Chỉ đạo QCDC', [
    { header: 'STT', width: 6 }, { header: 'Đơn vị', width: 44 }, { header: 'Họ và tên', width: 26 }, { header: 'Chức vụ', width: 30 },
    { header: 'Nhiệm vụ trong Ban Chỉ đạo', width: 24 }, { header: 'Từ ngày', width: 12, date: true }, { header: 'Đến ngày', width: 12, date: true },
    { header: 'Tình trạng', width: 14 },
  ]);
  rows.forEach((r, i) => ws.addRow([
    i + 1, r.unit_name, r.name, r.position, r.committee_role, excelDay(r.since), excelDay(r.until), r.until === null ? 'Đương nhiệm' : 'Đã thôi',
  ]));
  return workbookBytes(wb);
}

export type MatrixTracking = 'on_time' | 'late' | 'overdue' | 'not_yet_due';
export interface MatrixCell { tracking: MatrixTracking; submissionStatus: string | null; firstSubmittedAt: string | null }
export interface MatrixData {
  asOf: string;
  requirements: readonly { id: number; title: string; deadline: string }[];
  units: readonly { id: number; code: string; name: string; cells: ReadonlyMap<number, MatrixCell> }[];
}

/** Status → label and fill: green on time, amber late, red overdue, grey not yet due; blank when not assigned. */
export const MATRIX_STATUS: Record<MatrixTracking, { label: string; argb: string; meaning: string }> = {
  on_time: { label: 'Đúng hạn', argb: 'FFC6EFCE', meaning: 'Đã gửi trước hạn của đơn vị (ngày gửi lần đầu ghi trong ô)' },
  late: { label: 'Gửi muộn', argb: 'FFFFEB9C', meaning: 'Đã gửi nhưng sau hạn của đơn vị' },
  overdue: { label: 'Quá hạn, chưa gửi', argb: 'FFFFC7CE', meaning: 'Đã quá hạn mà chưa gửi' },
  not_yet_due: { label: 'Chưa đến hạn', argb: 'FFEDEDED', meaning: 'Chưa gửi, còn trong hạn' },
};

function cellText(c: MatrixCell): string {
  const submitted = c.tracking === 'on_time' || c.tracking === 'late';
  const when = submitted && c.firstSubmittedAt ? ` ${vnDate(new Date(c.firstSubmittedAt)).split('-').reverse().join('/')}` : '';
  const decided = c.submissionStatus === 'accepted' ? ' · đã chấp nhận' : c.submissionStatus === 'returned' ? ' · bị trả lại' : '';
  return `${MATRIX_STATUS[c.tracking].label}${when}${decided}`;
}

/** Units × requirements, each cell the unit's status and first submission date, coloured; sheet "Chú giải" explains. */
export async function matrixWorkbook(m: MatrixData): Promise<Buffer> {
  const wb = workbook();
  const ws = styledSheet(wb, 'Tiến độ', [
    { header: 'STT', width: 6 }, { header: 'Đơn vị', width: 44 }, { header: 'Mã', width: 14 },
    ...m.requirements.map((r) => ({ header: `${r.title} (hạn ${r.deadline.split('-').reverse().join('/')})`, width: 24 })),
    { header: 'Đã gửi', width: 10 },
  ], 60);
  const units = [...m.units].sort((a, b) => compareVi(a.name, b.name));
  units.forEach((u, i) => {
    const cells = m.requirements.map((r) => u.cells.get(r.id));
    const sent = cells.filter((c) => c && (c.tracking === 'on_time' || c.tracking === 'late')).length;
    const row = ws.addRow([i + 1, u.name, u.code, ...cells.map((c) => (c ? cellText(c) : '—')), `${sent}/${cells.filter(Boolean).length}`]);
    cells.forEach((c, j) => {
      if (!c) return;
      row.getCell(4 + j).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: MATRIX_STATUS[c.tracking].argb } };
    });
  });
  legendSheet(wb, m);
  return workbookBytes(wb);
}

function legendSheet(wb: ExcelJS.Workbook, m: MatrixData): void {
  const ws = styledSheet(wb, 'Chú giải', [{ header: 'Tình trạng', width: 22 }, { header: 'Ý nghĩa', width: 70 }]);
  for (const s of Object.values(MATRIX_STATUS)) {
    const row = ws.addRow([s.label, s.meaning]);
    row.getCell(1).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: s.argb } };
  }
  ws.addRow(['—', 'Yêu cầu không giao cho đơn vị này']);
  ws.addRow([]);
  ws.addRow(['Tính đến ngày', m.asOf.split('-').reverse().join('/')]);
}
