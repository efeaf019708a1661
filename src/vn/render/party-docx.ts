import { center, closing, type Letterhead, letterhead, line, partyDocx, type Signer } from './party-layout';

/**
 * A Party document (báo cáo, kế hoạch…) in the layout of Hướng dẫn 36-HD/VPTW (see party-layout.ts): the letterhead,
 * the document's name and subject centred, the body, then "Nơi nhận" and the signature block. Pure: data in, DOCX out.
 */

export { PARTY_PAGE } from './party-layout';

export interface PartyParagraph { text: string; heading?: boolean }

export interface PartyDocumentData extends Omit<Letterhead, 'subjectUnderNumber'> {
  /** "BÁO CÁO" */
  name: string;
  /** Trích yếu, printed bold under the name. */
  subject: string;
  body: readonly PartyParagraph[];
  /** Nơi nhận, one line each. */
  recipients: readonly string[];
  signer: Signer;
}

export async function renderPartyDocument(d: PartyDocumentData): Promise<Buffer> {
  return partyDocx(`${d.name} ${d.subject}`, [
    letterhead(d),
    line('', { after: 240 }),
    center(d.name, { bold: true, size: 16 }),
    center(d.subject, { bold: true, after: 120 }),
    center('-----', { after: 240 }),
    ...d.body.map((p) => line(p.text, { indent: true, after: 120, bold: p.heading })),
    line(''),
    closing(d.recipients, d.signer),
  ]);
}
