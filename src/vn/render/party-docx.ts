import {
  AlignmentType, BorderStyle, Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType,
} from 'docx';
import { formatDateLong } from '../dates';

/**
 * A Party document (báo cáo, kế hoạch…) in the layout of Hướng dẫn 36-HD/VPTW: a borderless two-column header
 * (the Party body above and the issuing committee in bold, "*", "Số …-BC/ĐUK" left; "ĐẢNG CỘNG SẢN VIỆT NAM"
 * bold and underlined, then place and date in italics, right), the document's name and subject centred, the body,
 * then "Nơi nhận" left and the signature block right. Times New Roman 14 on A4, margins 20/20/30/15 mm.
 * Pure: data in, DOCX bytes out.
 *
 * Copied from the reminder letter (src/modules/reminders/letter.ts) and generalised; the letter can move onto
 * this file later so both share one letterhead.
 */

export interface PartyParagraph { text: string; heading?: boolean }

export interface PartyDocumentData {
  /** "ĐẢNG BỘ TỈNH YÊN BÁI": the Party organisation above the issuing committee. */
  superior: string;
  /** "ĐẢNG UỶ KHỐI CƠ QUAN VÀ DOANH NGHIỆP TỈNH", printed bold. */
  issuer: string;
  /** The number, or null: the clerk writes it by hand when the document is signed. */
  number: string | null;
  /** "BC/ĐUK" */
  symbolSuffix: string;
  place: string;
  /** yyyy-mm-dd */
  date: string;
  /** "BÁO CÁO" */
  name: string;
  /** Trích yếu, printed bold under the name. */
  subject: string;
  body: readonly PartyParagraph[];
  /** Nơi nhận, one line each. */
  recipients: readonly string[];
  signer: { authority: string; position: string; name: string | null };
}

const FONT = 'Times New Roman';
/** A4, margins 20 mm top and bottom, 30 mm left, 15 mm right, in twips (1 mm = 56.7 twips). */
export const PARTY_PAGE = { width: 11906, height: 16838, top: 1134, bottom: 1134, left: 1701, right: 851 } as const;
const TEXT_WIDTH = PARTY_PAGE.width - PARTY_PAGE.left - PARTY_PAGE.right;
const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };

type Align = (typeof AlignmentType)[keyof typeof AlignmentType];
interface RunStyle { bold?: boolean; italics?: boolean; underline?: boolean; size?: number }
interface LineStyle extends RunStyle { align?: Align; indent?: boolean; after?: number }

/** Every run names the font itself, so Word shows Times New Roman whatever the reader's default style is. */
function run(text: string, s: RunStyle = {}): TextRun {
  return new TextRun({ text, font: FONT, size: (s.size ?? 14) * 2, bold: s.bold, italics: s.italics, ...(s.underline && { underline: {} }) });
}

function line(text: string, s: LineStyle = {}): Paragraph {
  return new Paragraph({
    children: [run(text, s)],
    alignment: s.align ?? AlignmentType.JUSTIFIED,
    spacing: { after: s.after ?? 0, line: 288 },
    ...(s.indent && { indent: { firstLine: 567 } }),
  });
}

const center = (text: string, s: RunStyle & { after?: number } = {}) => line(text, { ...s, align: AlignmentType.CENTER });

function cell(children: Paragraph[], width: number): TableCell {
  return new TableCell({ children, width: { size: width, type: WidthType.DXA }, borders: NO_BORDERS });
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

function header(d: PartyDocumentData): Table {
  const dateLine = `${d.place ? `${d.place}, ` : ''}${formatDateLong(d.date)}`;
  return twoColumns(0.45, [
    center(d.superior),
    center(d.issuer, { bold: true }),
    center('*'),
    center(`Số ${d.number ?? '       '}-${d.symbolSuffix}`),
  ], [
    center('ĐẢNG CỘNG SẢN VIỆT NAM', { bold: true, underline: true, size: 15 }),
    center(''),
    line(dateLine, { italics: true, align: AlignmentType.RIGHT }),
  ]);
}

function closing(d: PartyDocumentData): Table {
  return twoColumns(0.5, [
    line('Nơi nhận:', { bold: true, italics: true, size: 12, align: AlignmentType.LEFT }),
    ...d.recipients.map((c, i, all) => line(`- ${c}${i === all.length - 1 ? '.' : ';'}`, { size: 11, align: AlignmentType.LEFT })),
  ], [
    center(d.signer.authority, { bold: true }),
    center(d.signer.position, { bold: true }),
    ...['', '', ''].map(() => center('')),
    center(d.signer.name ?? '', { bold: true }),
  ]);
}

/** The document as DOCX bytes. */
export async function renderPartyDocument(d: PartyDocumentData): Promise<Buffer> {
  const doc = new Document({
    creator: 'danvan',
    title: `${d.name} ${d.subject}`,
    styles: { default: { document: { run: { font: FONT, size: 28 } } } },
    sections: [{
      properties: {
        page: {
          size: { width: PARTY_PAGE.width, height: PARTY_PAGE.height },
          margin: { top: PARTY_PAGE.top, bottom: PARTY_PAGE.bottom, left: PARTY_PAGE.left, right: PARTY_PAGE.right },
        },
      },
      children: [
        header(d),
        line('', { after: 240 }),
        center(d.name, { bold: true, size: 16 }),
        center(d.subject, { bold: true, after: 120 }),
        center('-----', { after: 240 }),
        ...d.body.map((p) => line(p.text, { indent: true, after: 120, bold: p.heading })),
        line(''),
        closing(d),
      ],
    }],
  });
  return Packer.toBuffer(doc);
}
