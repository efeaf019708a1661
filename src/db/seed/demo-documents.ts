import { sql } from 'kysely';
import type { Trx } from '../connect';
import { symbolKey } from '../../domain/symbol-key';
import { documentSearchKey } from '../../modules/documents/documents.search-key';
import { LETTER_1720_TEXT } from './demo-letter';
import { KHOI_CODE } from './demo-units';

/**
 * The sample letter 1720-CV/ĐUK and the documents it cites, as the demo committee's register holds them.
 * The cited documents are real documents of this world (their symbols, dates and issuers as the letter gives them);
 * the Đảng ủy Khối's own plans 252-KH/ĐUK and 253-KH/ĐUK are outgoing (it issued them), every other one incoming.
 */
export const LETTER_SYMBOL = '1720-CV/ĐUK';
export const LETTER_SUBJECT = 'V/v triển khai thực hiện một số nhiệm vụ công tác Dân vận trong tháng 5 năm 2024';

interface CitedDoc {
  symbol: string;
  type: string;
  issuer: string; // org_unit code of the issuer
  issuedOn: string;
  subject: string;
}

export const CITED: readonly CitedDoc[] = [
  { symbol: '25-NQ/TW', type: 'NQ', issuer: 'tw', issuedOn: '2013-06-03', subject: 'Về tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận trong tình hình mới' },
  { symbol: '114-KL/TW', type: 'KL', issuer: 'banbithu', issuedOn: '2015-07-14', subject: 'Về nâng cao chất lượng, hiệu quả công tác dân vận của cơ quan nhà nước các cấp' },
  { symbol: '33/CT-TTg', type: 'CT', issuer: 'thutuong', issuedOn: '2015-10-20', subject: 'Về tăng cường và đổi mới công tác dân vận trong các cơ quan hành chính nhà nước, chính quyền các cấp' },
  { symbol: '120-KL/TW', type: 'KL', issuer: 'bochinhtri', issuedOn: '2016-01-07', subject: 'Về tiếp tục đẩy mạnh, nâng cao chất lượng, hiệu quả việc xây dựng và thực hiện quy chế dân chủ ở cơ sở' },
  { symbol: '40-NQ/TU', type: 'NQ', issuer: 'tinhuy', issuedOn: '2021-05-24', subject: 'Về nâng cao chất lượng, hiệu quả hoạt động của Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội các cấp, giai đoạn 2021-2025' },
  { symbol: '76/NQ-CP', type: 'NQ', issuer: 'chinhphu', issuedOn: '2021-07-15', subject: 'Ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021-2030' },
  { symbol: '23-QĐ/TW', type: 'QĐ', issuer: 'bochinhtri', issuedOn: '2021-07-30', subject: 'Ban hành Quy chế công tác dân vận của hệ thống chính trị' },
  { symbol: '300-QĐ/TU', type: 'QĐ', issuer: 'tinhuy', issuedOn: '2021-11-12', subject: 'Ban hành Quy chế công tác dân vận của hệ thống chính trị tỉnh Yên Bái' },
  { symbol: '66-NQ/TU', type: 'NQ', issuer: 'btvtu', issuedOn: '2021-12-10', subject: 'Về tăng cường sự lãnh đạo của Đảng đối với công tác dân vận' },
  { symbol: '13-ĐA/TU', type: 'ĐA', issuer: 'btvtu', issuedOn: '2023-03-16', subject: 'Nâng cao chất lượng, hiệu quả phong trào thi đua "Dân vận khéo" trên địa bàn tỉnh Yên Bái, giai đoạn 2023 - 2025, định hướng đến năm 2030' },
  { symbol: '02-HD/BDVTU', type: 'HD', issuer: 'bdvtu', issuedOn: '2023-06-27', subject: 'Hướng dẫn xây dựng mô hình "Dân vận khéo"' },
  { symbol: '170-KH/BCĐTU', type: 'KH', issuer: 'bcdqcdc', issuedOn: '2024-03-25', subject: 'Xây dựng và thực hiện Quy chế dân chủ ở cơ sở năm 2024' },
  { symbol: '171-KH/BDVTU', type: 'KH', issuer: 'bdvtu', issuedOn: '2024-03-25', subject: 'Kiểm tra, giám sát việc thực hiện dân chủ ở cơ sở năm 2024' },
  { symbol: '252-KH/ĐUK', type: 'KH', issuer: KHOI_CODE, issuedOn: '2024-03-25', subject: 'Tiếp tục đẩy mạnh thực hiện phong trào thi đua "Dân vận khéo" năm 2024' },
  { symbol: '253-KH/ĐUK', type: 'KH', issuer: KHOI_CODE, issuedOn: '2024-03-25', subject: 'Xây dựng và thực hiện Quy chế dân chủ ở cơ sở năm 2024' },
  { symbol: '780-CV/BDVTU', type: 'CV', issuer: 'bdvtu', issuedOn: '2024-05-13', subject: 'Tiếp tục đẩy mạnh thực hiện Kết luận số 114-KL/TW của Ban Bí thư gắn với thực hiện hiệu quả Chỉ thị số 33/CT-TTg của Thủ tướng Chính phủ' },
];

/**
 * The letter's citations in reading order, as written: 780-CV/BDVTU is cited twice, once with the impossible date
 * 19/4/2027 (a slip in the real letter, kept so the citation check has something to find); "116-NQ/TY" is a slip
 * for 116-NQ/TU, which the register does not hold, so it stays unresolved.
 */
const CITATIONS: readonly [symbol: string, citedOn: string | null][] = [
  ['13-ĐA/TU', '2023-03-16'], ['02-HD/BDVTU', '2023-06-27'], ['252-KH/ĐUK', '2024-03-25'], ['780-CV/BDVTU', '2027-04-19'],
  ['170-KH/BCĐTU', '2024-03-25'], ['253-KH/ĐUK', '2024-03-25'], ['171-KH/BDVTU', '2024-03-25'], ['780-CV/BDVTU', '2024-05-13'],
  ['114-KL/TW', null], ['33/CT-TTg', null], ['25-NQ/TW', '2013-06-03'], ['23-QĐ/TW', '2021-07-30'], ['120-KL/TW', '2016-01-07'],
  ['300-QĐ/TU', '2021-11-12'], ['66-NQ/TU', '2021-12-10'], ['40-NQ/TU', '2021-05-24'], ['116-NQ/TY', '2023-04-14'], ['76/NQ-CP', '2021-07-15'],
];

const issuerCode = (symbol: string) => symbol.split(/[/-]/).at(-1)!;
const numberOf = (symbol: string) => symbol.match(/^\d+/)?.[0] ?? null;

/** Inserts the cited documents, the letter and its resolved citations; returns the letter's id and every document id by symbol. */
export async function insertDemoDocuments(trx: Trx, unitIds: ReadonlyMap<string, number>, unitNames: ReadonlyMap<string, string>, createdBy: number): Promise<{ letterId: number; bySymbol: Map<string, number> }> {
  const row = (d: CitedDoc, direction: 'incoming' | 'outgoing', extra: { recipients?: string[]; body?: string; place?: string } = {}) => ({
    direction, number: numberOf(d.symbol), symbol: d.symbol, symbol_key: symbolKey(d.symbol), type: d.type,
    issuer_unit_id: unitIds.get(d.issuer)!, issuer_name: unitNames.get(d.issuer)!, place: extra.place ?? null, issued_on: d.issuedOn,
    subject: d.subject, // A raw jsonb value: the column is typed Generated<Json>, whose insert type Kysely cannot see through.
    recipients: sql<never>`${JSON.stringify(extra.recipients ?? [])}::jsonb`, body: extra.body ?? '',
    search_key: documentSearchKey(d.symbol, d.subject, extra.body ?? ''), file_sha256: null, file_name: null, created_by: createdBy,
    owner_unit_id: unitIds.get(KHOI_CODE)!, // every document here is in the register of the Đảng ủy Khối
  });
  const letter: CitedDoc = { symbol: LETTER_SYMBOL, type: 'CV', issuer: KHOI_CODE, issuedOn: '2024-05-22', subject: LETTER_SUBJECT };
  const rows = [
    ...CITED.map((d) => row(d, d.issuer === KHOI_CODE ? 'outgoing' : 'incoming')),
    row(letter, 'outgoing', { recipients: ['Các chi, đảng bộ cơ sở', 'Các đoàn thể khối'], body: cleanBody(LETTER_1720_TEXT), place: 'Yên Bái' }),
  ];
  const inserted = await trx.insertInto('document').values(rows).returning(['id', 'symbol']).execute();
  const bySymbol = new Map(inserted.map((d) => [d.symbol!, d.id]));
  const letterId = bySymbol.get(LETTER_SYMBOL)!;
  const byKey = new Map(inserted.map((d) => [symbolKey(d.symbol!), d.id]));
  await trx.insertInto('document_reference').values(CITATIONS.map(([symbol, citedOn]) => ({
    document_id: letterId, symbol, symbol_key: symbolKey(symbol), cited_on: citedOn, issuer_code: issuerCode(symbol),
    title: CITED.find((d) => d.symbol === symbol)?.subject ?? null, resolved_document_id: byKey.get(symbolKey(symbol)) ?? null,
  }))).execute();
  return { letterId, bySymbol };
}

/** The body as stored: line endings normalised, nothing else touched (the text is the letter as received). */
function cleanBody(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}
