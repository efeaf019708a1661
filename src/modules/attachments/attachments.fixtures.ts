import ExcelJS from 'exceljs';
import { docxOf, pdfOf, zipOf } from '../documents/documents.fixtures';

/** Real, minimal files of every kind a submission may carry, and the disguises it must refuse. For tests only. */

/** A 1×1 PNG. */
export const pngBytes = (): Buffer => Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
/** A 1×1 grey baseline JPEG. */
export const jpgBytes = (): Buffer => Buffer.from(
  '/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAP//////////////////////////////////////////////////////////////////////////////////////wgALCAABAAEBAREA/8QAFBABAAAAAAAAAAAAAAAAAAAAAP/aAAgBAQABPxA=',
  'base64',
);
export const pdfBytes = (line = 'Bao cao tu kiem tra'): Buffer => pdfOf([line]);
export const docxBytes = (line = 'Báo cáo tự kiểm tra năm 2024'): Promise<Buffer> => docxOf([line]);

/** An .xlsx written by exceljs: one sheet, one row. */
export async function xlsxBytes(cell = 'Biểu tổng hợp'): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Tổng hợp').addRow([cell, 2024]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** A plain ZIP archive of one text file: what a renamed "bao-cao.docx" often really is. */
export const plainZip = (): Buffer => zipOf([{ name: 'bao-cao.txt', data: Buffer.from('Báo cáo') }]);
/** The first bytes of a Windows program. */
export const exeBytes = (): Buffer => Buffer.concat([Buffer.from('MZ'), Buffer.alloc(62), Buffer.from('This program cannot be run in DOS mode.')]);
/** The signature of an OLE compound file: a Word 97-2003 .doc. */
export const docBytes = (): Buffer => Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]);
