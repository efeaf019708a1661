import { AlignmentType, BorderStyle, type Paragraph, Table, TableRow, WidthType } from 'docx';
import { formatDate } from '../../vn/dates';
import { cell, center, closing, type Letterhead, letterhead, line, partyDocx, type Signer, TEXT_WIDTH } from '../../vn/render/party-layout';

/**
 * The reminder letter (công văn đôn đốc) in the layout of Hướng dẫn 36-HD/VPTW (src/vn/render/party-layout.ts):
 * the letterhead with the trích yếu under the number, "Kính gửi", the body with a table of the units and their
 * deadlines, "Nơi nhận" left and the signature right. Pure: data in, DOCX bytes out.
 */

export interface LetterUnit { name: string; deadline: string; status: string }

export interface ReminderLetterData extends Omit<Letterhead, 'subjectUnderNumber'> {
  /** Trích yếu: "V/v đôn đốc …" */
  subject: string;
  units: readonly LetterUnit[];
  /** Body paragraphs before the table and after it. */
  before: readonly string[];
  after: readonly string[];
  signer: Signer;
  /** Nơi nhận, besides the addressees ("Như trên"). */
  copies: readonly string[];
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
  const borders = { top: thin, bottom: thin, left: thin, right: thin };
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

/** The letter as DOCX bytes. */
export async function renderReminderLetter(d: ReminderLetterData): Promise<Buffer> {
  return partyDocx(d.subject, [
    letterhead({ ...d, subjectUnderNumber: d.subject }),
    line('', { after: 240 }),
    ...addressees(d.units),
    ...d.before.map((p) => line(p, { indent: true, after: 120 })),
    unitTable(d.units),
    line('', { after: 120 }),
    ...d.after.map((p) => line(p, { indent: true, after: 120 })),
    line(''),
    closing(['Như trên', ...d.copies], d.signer),
  ]);
}
