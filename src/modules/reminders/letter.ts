import {
  AlignmentType, BorderStyle, Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType,
} from 'docx';
import { formatDate, formatDateLong } from '../../vn/dates';

/**
 * The reminder letter (công văn đôn đốc) in the layout of Hướng dẫn 36-HD/VPTW for Party documents:
 * a borderless two-column header (issuing body left, "ĐẢNG CỘNG SẢN VIỆT NAM" right), "Kính gửi", the body
 * with a table of the units and their deadlines, "Nơi nhận" left and the signature right.
 * Pure: data in, DOCX bytes out.
 */

export interface LetterUnit { name: string; deadline: string; status: string }

export interface ReminderLetterData {
  /** "ĐẢNG BỘ TỈNH YÊN BÁI": the Party organisation above the issuing committee. */
  superior: string;
  /** "ĐẢNG UỶ KHỐI CƠ QUAN VÀ DOANH NGHIỆP TỈNH", printed bold. */
  issuer: string;
  /** The number, or null: the clerk writes it by hand when the letter is signed. */
  number: string | null;
  /** "CV/ĐUK" */
  symbolSuffix: string;
  /** Trích yếu: "V/v đôn đốc …" */
  subject: string;
  place: string;
  /** yyyy-mm-dd */
  date: string;
  units: readonly LetterUnit[];
  /** Body paragraphs before the table and after it. */
  before: readonly string[];
  after: readonly string[];
  signer: { authority: string; position: string; name: string | null };
  /** Nơi nhận, besides the addressees ("Như trên"). */
  copies: readonly string[];
}

const FONT = 'Times New Roman';
/** A4, margins 20 mm top and bottom, 30 mm left, 15 mm right, in twips (1 mm = 56.7 twips). */
export const PAGE = { width: 11906, height: 16838, top: 1134, bottom: 1134, left: 1701, right: 850 } as const;
const TEXT_WIDTH = PAGE.width - PAGE.left - PAGE.right;
const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };

interface RunStyle { bold?: boolean; italics?: boolean; underline?: boolean; size?: number }

/** Every run names the font itself, so Word shows Times New Roman whatever the reader's default style is. */
function run(text: string, s: RunStyle = {}): TextRun {
  return new TextRun({ text, font: FONT, size: (s.size ?? 14) * 2, bold: s.bold, italics: s.italics, ...(s.underline && { underline: {} }) });
}

function line(text: string, s: RunStyle & { align?: (typeof AlignmentType)[keyof typeof AlignmentType]; indent?: boolean; after?: number } = {}): Paragraph {
  return new Paragraph({
    children: [run(text, s)],
    alignment: s.align ?? AlignmentType.JUSTIFIED,
    spacing: { after: s.after ?? 0, line: 288 },
    ...(s.indent && { indent: { firstLine: 567 } }),
  });
}

const center = (text: string, s: RunStyle & { after?: number } = {}) => line(text, { ...s, align: AlignmentType.CENTER });

type Edge = { style: (typeof BorderStyle)[keyof typeof BorderStyle]; size: number; color: string };
type Borders = Record<'top' | 'bottom' | 'left' | 'right', Edge>;

function cell(children: Paragraph[], width: number, borders: Borders = NO_BORDERS): TableCell {
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

function header(d: ReminderLetterData): Table {
  const dateLine = `${d.place ? `${d.place}, ` : ''}${formatDateLong(d.date)}`;
  return twoColumns(0.45, [
    center(d.superior),
    center(d.issuer, { bold: true }),
    center('*'),
    center(`Số ${d.number ?? '       '}-${d.symbolSuffix}`),
    center(d.subject, { italics: true, size: 12 }),
  ], [
    center('ĐẢNG CỘNG SẢN VIỆT NAM', { bold: true, underline: true, size: 15 }),
    center(''),
    line(dateLine, { italics: true, align: AlignmentType.RIGHT }),
  ]);
}

function addressees(units: readonly LetterUnit[]): Paragraph[] {
  if (units.length === 1) return [center(`Kính gửi: ${units[0]!.name}.`, { after: 120 })];
  return [
    center('Kính gửi:'),
    ...units.map((u, i) => line(`- ${u.name}${i === units.length - 1 ? '.' : ';'}`, { indent: true, align: AlignmentType.LEFT })),
    line('', { after: 120 }),
  ];
}

function unitTable(units: readonly LetterUnit[]): Table {
  const widths = [700, Math.round(TEXT_WIDTH * 0.5), 1700];
  widths.push(TEXT_WIDTH - widths.reduce((a, b) => a + b, 0));
  const thin = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;
  const borders = { top: thin, bottom: thin, left: thin, right: thin, insideHorizontal: thin, insideVertical: thin };
  const row = (texts: string[], bold: boolean) => new TableRow({
    children: texts.map((t, i) => cell([line(t, { bold, size: 13, align: i === 1 ? AlignmentType.LEFT : AlignmentType.CENTER })], widths[i]!, borders)),
  });
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    rows: [
      row(['STT', 'Đơn vị', 'Hạn gửi', 'Tình trạng'], true),
      ...units.map((u, i) => row([String(i + 1), u.name, formatDate(u.deadline), u.status], false)),
    ],
  });
}

function closing(d: ReminderLetterData): Table {
  return twoColumns(0.5, [
    line('Nơi nhận:', { bold: true, italics: true, size: 12, align: AlignmentType.LEFT }),
    ...['Như trên', ...d.copies].map((c, i, all) => line(`- ${c}${i === all.length - 1 ? '.' : ';'}`, { size: 11, align: AlignmentType.LEFT })),
  ], [
    center(d.signer.authority, { bold: true }),
    center(d.signer.position, { bold: true }),
    ...['', '', ''].map(() => center('')),
    center(d.signer.name ?? '', { bold: true }),
  ]);
}

/** The letter as DOCX bytes. */
export async function renderReminderLetter(d: ReminderLetterData): Promise<Buffer> {
  const doc = new Document({
    creator: 'danvan',
    title: d.subject,
    styles: { default: { document: { run: { font: FONT, size: 28 } } } },
    sections: [{
      properties: { page: { size: { width: PAGE.width, height: PAGE.height }, margin: { top: PAGE.top, bottom: PAGE.bottom, left: PAGE.left, right: PAGE.right } } },
      children: [
        header(d),
        line('', { after: 240 }),
        ...addressees(d.units),
        ...d.before.map((p) => line(p, { indent: true, after: 120 })),
        unitTable(d.units),
        line('', { after: 120 }),
        ...d.after.map((p) => line(p, { indent: true, after: 120 })),
        line(''),
        closing(d),
      ],
    }],
  });
  return Packer.toBuffer(doc);
}
