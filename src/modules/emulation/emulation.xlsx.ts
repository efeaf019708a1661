import ExcelJS from 'exceljs';
import { type SheetColumn, styledSheet } from '../xlsx';
import type { TRanking } from './emulation.schemas';

/** The ranking as a workbook: the ranking, every unit's points criterion by criterion, and the criteria themselves. Pure. */

/** Criterion names wrap over two lines in the header. */
const sheet = (wb: ExcelJS.Workbook, name: string, columns: readonly SheetColumn[]) => styledSheet(wb, name, columns, 32);

const rawText = (measure: string, raw: number) => (measure === 'rate' ? `${Math.round(raw * 100)}%` : measure === 'done' ? (raw ? 'Có' : 'Chưa') : String(raw));

export async function rankingWorkbook(r: TRanking): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'danvan';
  const main = sheet(wb, `Xếp hạng ${r.year}`, [
    { header: 'Hạng', width: 7 }, { header: 'Mã', width: 14 }, { header: 'Đơn vị', width: 48 },
    ...r.criteria.filter((c) => c.enabled).map((c) => ({ header: `${c.label} (${c.weight})`, width: 16 })),
    { header: `Tổng điểm (/${r.maxTotal})`, width: 12 },
  ]);
  for (const row of r.rows) main.addRow([row.rank, row.unit.code, row.unit.name, ...row.lines.map((l) => l.points), row.total]);
  const detail = sheet(wb, 'Chi tiết điểm', [
    { header: 'Hạng', width: 7 }, { header: 'Đơn vị', width: 48 }, { header: 'Tiêu chí', width: 34 }, { header: 'Giá trị thực tế', width: 14 },
    { header: 'Mức đạt', width: 10 }, { header: 'Trọng số', width: 10 }, { header: 'Điểm', width: 10 },
  ]);
  const measure = new Map(r.criteria.map((c) => [c.key, c.measure]));
  for (const row of r.rows) {
    for (const l of row.lines) detail.addRow([row.rank, row.unit.name, l.label, rawText(measure.get(l.key)!, l.raw), `${Math.round(l.ratio * 100)}%`, l.weight, l.points]);
  }
  const crit = sheet(wb, 'Tiêu chí', [{ header: 'Tiêu chí', width: 34 }, { header: 'Trọng số', width: 10 }, { header: 'Chỉ tiêu', width: 10 }, { header: 'Áp dụng', width: 10 }, { header: 'Cách tính', width: 90 }]);
  for (const c of r.criteria) crit.addRow([c.label, c.weight, c.measure === 'count' ? c.target : '', c.enabled ? 'Có' : 'Không', c.definition]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
