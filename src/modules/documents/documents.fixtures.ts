import { readFileSync } from 'node:fs';
import { crc32, deflateRawSync } from 'node:zlib';
import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';

/** Builders of letter files for the documents tests: the sample letter as .txt, .docx and .pdf, and broken files. */

export const SAMPLE_PATH = new URL('../../vn/fixtures/1720-CV-DUK.txt', import.meta.url);
export const sampleText = (): string => readFileSync(SAMPLE_PATH, 'utf8');

/** The header of the sample letter as Word lays it out: a two-column table. */
const HEADER_LEFT = ['ĐẢNG BỘ TỈNH YÊN BÁI', 'ĐẢNG UỶ KHỐI CƠ QUAN VÀ DOANH NGHIỆP TỈNH', '*', 'Số 1720-CV/ĐUK', 'V/v triển khai thực hiện một số nhiệm vụ công tác Dân vận trong tháng 5 năm 2024'];
const HEADER_RIGHT = ['ĐẢNG CỘNG SẢN VIỆT NAM', '', 'Yên Bái, ngày 22 tháng 5 năm 2024'];

const paragraph = (text: string) => new Paragraph({ children: [new TextRun(text)] });
const cell = (lines: string[]) => new TableCell({ width: { size: 50, type: WidthType.PERCENTAGE }, children: lines.map(paragraph) });

/** A .docx written by the `docx` package: an optional header table, then one paragraph per line. */
export async function docxOf(lines: string[], header?: [string[], string[]]): Promise<Buffer> {
  const table = header ? [new Table({ rows: [new TableRow({ children: [cell(header[0]), cell(header[1])] })] })] : [];
  const doc = new Document({ sections: [{ children: [...table, ...lines.map(paragraph)] }] });
  return Packer.toBuffer(doc);
}

/** The sample letter 1720-CV/ĐUK as a Word document: header in a table, body from "Kính gửi" on. */
export async function sampleDocx(): Promise<Buffer> {
  const lines = sampleText().split(/\r?\n/).map((l) => l.trim());
  return docxOf(lines.slice(lines.findIndex((l) => l.startsWith('Kính gửi'))), [HEADER_LEFT, HEADER_RIGHT]);
}

/** A one-page PDF whose text layer holds these lines (Helvetica, Latin-1 only), with a correct xref table. */
export function pdfOf(lines: string[]): Buffer {
  const esc = (s: string) => s.replace(/[\\()]/g, (c) => `\\${c}`);
  const content = ['BT', '/F1 12 Tf', '72 760 Td', '14 TL', ...lines.map((l) => `(${esc(l)}) '`), 'ET'].join('\n');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    `<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`,
  ];
  let out = '%PDF-1.4\n';
  const offsets = objects.map((o, i) => {
    const at = Buffer.byteLength(out, 'latin1');
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
    return at;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

export interface ZipPart {
  name: string;
  data: Buffer;
  /** Claim this uncompressed size in the headers instead of the real one (a lying zip bomb). */
  declaredSize?: number;
}

/** A ZIP archive with every part deflated, written by hand so a test can make it lie. */
export function zipOf(parts: ZipPart[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name, 'utf8');
    const data = deflateRawSync(part.data);
    const sizes = { crc: crc32(part.data), compressed: data.length, size: part.declaredSize ?? part.data.length };
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(sizes.crc, 14);
    local.writeUInt32LE(sizes.compressed, 18);
    local.writeUInt32LE(sizes.size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(sizes.crc, 16);
    central.writeUInt32LE(sizes.compressed, 20);
    central.writeUInt32LE(sizes.size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, data);
    centrals.push(central, name);
    offset += local.length + name.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const CONTENT_TYPES = '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
const RELS = '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';

/** A minimal .docx around this word/document.xml (which may be anything, even not XML). */
export function docxWithDocumentXml(documentXml: Buffer | string, declaredSize?: number): Buffer {
  return zipOf([
    { name: '[Content_Types].xml', data: Buffer.from(CONTENT_TYPES) },
    { name: '_rels/.rels', data: Buffer.from(RELS) },
    { name: 'word/document.xml', data: Buffer.from(documentXml), declaredSize },
  ]);
}

/** A multipart form with the file in field `field` ("file" by default). */
export function uploadForm(data: Buffer, filename: string, field = 'file'): FormData {
  const form = new FormData();
  form.append(field, new Blob([new Uint8Array(data)]), filename);
  return form;
}
