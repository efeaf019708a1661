import {
  AlignmentType, BorderStyle, Document, type FileChild, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType,
} from 'docx';
import { formatDateLong } from '../dates';

/**
 * The building blocks of a Party document in the layout of Hướng dẫn 36-HD/VPTW, shared by every document danvan
 * writes (the summary report, the reminder letter): Times New Roman on A4 with margins 20/20/30/15 mm, the borderless
 * two-column letterhead and closing. Pure: data in, DOCX bytes out.
 */

export const FONT = 'Times New Roman';
/** A4, margins 20 mm top and bottom, 30 mm left, 15 mm right, in twips (1 mm = 56.7 twips; 15 mm = 850.5 → 851). */
export const PARTY_PAGE = { width: 11906, height: 16838, top: 1134, bottom: 1134, left: 1701, right: 851 } as const;
export const TEXT_WIDTH = PARTY_PAGE.width - PARTY_PAGE.left - PARTY_PAGE.right;
const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };

export type Align = (typeof AlignmentType)[keyof typeof AlignmentType];
export interface RunStyle { bold?: boolean; italics?: boolean; underline?: boolean; size?: number }
export interface LineStyle extends RunStyle { align?: Align; indent?: boolean; after?: number }
type Edge = { style: (typeof BorderStyle)[keyof typeof BorderStyle]; size: number; color: string };
export type Borders = Record<'top' | 'bottom' | 'left' | 'right', Edge>;

/** Every run names the font itself, so Word shows Times New Roman whatever the reader's default style is. */
export function run(text: string, s: RunStyle = {}): TextRun {
  return new TextRun({ text, font: FONT, size: (s.size ?? 14) * 2, bold: s.bold, italics: s.italics, ...(s.underline && { underline: {} }) });
}

export function line(text: string, s: LineStyle = {}): Paragraph {
  return new Paragraph({
    children: [run(text, s)],
    alignment: s.align ?? AlignmentType.JUSTIFIED,
    spacing: { after: s.after ?? 0, line: 288 },
    ...(s.indent && { indent: { firstLine: 567 } }),
  });
}

export const center = (text: string, s: RunStyle & { after?: number } = {}) => line(text, { ...s, align: AlignmentType.CENTER });

export function cell(children: Paragraph[], width: number, borders: Borders = NO_BORDERS): TableCell {
  return new TableCell({ children, width: { size: width, type: WidthType.DXA }, borders });
}

/** The borderless two-column layout of the letterhead and of the closing (Nơi nhận | signature). */
function twoColumns(leftShare: number, left: Paragraph[], right: Paragraph[]): Table {
  const width = Math.round(TEXT_WIDTH * leftShare);
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [width, TEXT_WIDTH - width],
    borders: NO_BORDERS,
    rows: [new TableRow({ children: [cell(left, width), cell(right, TEXT_WIDTH - width)] })],
  });
}

export interface Letterhead {
  /** "ĐẢNG BỘ TỈNH YÊN BÁI": the Party organisation above the issuing committee. */
  superior: string;
  /** "ĐẢNG UỶ KHỐI CƠ QUAN VÀ DOANH NGHIỆP TỈNH", printed bold. */
  issuer: string;
  /** The number, or null: the clerk writes it by hand when the document is signed. */
  number: string | null;
  /** "BC/ĐUK", "CV/ĐUK" */
  symbolSuffix: string;
  place: string;
  /** yyyy-mm-dd */
  date: string;
  /** A công văn carries its trích yếu ("V/v …") under its number, in the left column. */
  subjectUnderNumber?: string;
}

/** Issuing body, "*", number left; "ĐẢNG CỘNG SẢN VIỆT NAM" bold and underlined, place and date in italics right. */
export function letterhead(d: Letterhead): Table {
  const dateLine = `${d.place ? `${d.place}, ` : ''}${formatDateLong(d.date)}`;
  return twoColumns(0.45, [
    center(d.superior),
    center(d.issuer, { bold: true }),
    center('*'),
    center(`Số ${d.number ?? '       '}-${d.symbolSuffix}`),
    ...(d.subjectUnderNumber ? [center(d.subjectUnderNumber, { italics: true, size: 12 })] : []),
  ], [
    center('ĐẢNG CỘNG SẢN VIỆT NAM', { bold: true, underline: true, size: 15 }),
    center(''),
    line(dateLine, { italics: true, align: AlignmentType.RIGHT }),
  ]);
}

export interface Signer { authority: string; position: string; name: string | null }

/** "Nơi nhận" left, the signature block right (three blank lines for the signature and seal). */
export function closing(recipients: readonly string[], signer: Signer): Table {
  return twoColumns(0.5, [
    line('Nơi nhận:', { bold: true, italics: true, size: 12, align: AlignmentType.LEFT }),
    ...recipients.map((c, i, all) => line(`- ${c}${i === all.length - 1 ? '.' : ';'}`, { size: 11, align: AlignmentType.LEFT })),
  ], [
    center(signer.authority, { bold: true }),
    center(signer.position, { bold: true }),
    ...['', '', ''].map(() => center('')),
    center(signer.name ?? '', { bold: true }),
  ]);
}

/** One A4 section with the Party margins, as DOCX bytes. */
export async function partyDocx(title: string, children: FileChild[]): Promise<Buffer> {
  const doc = new Document({
    creator: 'danvan',
    title,
    styles: { default: { document: { run: { font: FONT, size: 28 } } } },
    sections: [{
      properties: {
        page: {
          size: { width: PARTY_PAGE.width, height: PARTY_PAGE.height },
          margin: { top: PARTY_PAGE.top, bottom: PARTY_PAGE.bottom, left: PARTY_PAGE.left, right: PARTY_PAGE.right },
        },
      },
      children,
    }],
  });
  return Packer.toBuffer(doc);
}
