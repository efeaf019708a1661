/**
 * The parsed letter: the JSON of `danvan parse --json` (DESIGN.md §4). Dates are ISO yyyy-mm-dd or
 * null, symbols carry no spaces, phones are digits only. Fields beyond the contract are marked
 * "added": line numbers (1-based, lines of the file) for the lint and for highlighting on a page.
 */
import type { SymbolForm } from '../symbols';
import type { DocSystem } from '../vocabulary';

export interface Section {
  /** 1, 2, 3 … (Roman numerals converted). */
  number: number;
  title: string;
  /** added: the numbering as written ("1", "II"). */
  label: string;
  /** added */
  line: number;
}

/** added: one place a document is cited, as written there. */
export interface Mention {
  line: number;
  /** The symbol as written, stray spaces included. */
  raw: string;
  date: string | null;
  /** A date written beside the symbol that does not exist (31/4/2024), as written. */
  invalidDate: string | null;
  issuer: string | null;
  /** Issuer codes the named issuer stands for ("Ban Chỉ đạo Tỉnh ủy" → ["BCĐTU"]); [] if unknown. */
  namedIssuerCodes: string[];
  /** Document type named before the symbol ("Kế hoạch số …"), if any. */
  citedTypeName: string | null;
  title: string | null;
}

export interface Reference {
  symbol: string;
  type: string | null;
  number: string;
  issuerCode: string;
  issuer: string | null;
  date: string | null;
  title: string | null;
  /** added */
  typeName: string | null;
  /** added: year of a legal document ("30/2020/NĐ-CP" → 2020). */
  year: number | null;
  /** added: how the symbol is built (party "1-CV/TU", state "1/CT-TTg", state-cv "1/UBND-VX", legal "1/2020/NĐ-CP", law "1/2022/QH15"). */
  form: SymbolForm;
  /** added: every issuer code of the symbol (several for a joint document: "01/2020/TTLT-BNV-BTC"). */
  issuerCodes: string[];
  /** added: first line where it is cited. */
  line: number;
  /** added: every citation, in order. */
  mentions: Mention[];
}

export interface Period {
  from: string | null;
  to: string | null;
}

export interface Task {
  /** Number of the section it belongs to; null for the letter's opening or closing words. */
  section: number | null;
  /** What is asked, as written after the assignees. */
  text: string;
  /** Who is asked, as named ("các chi, đảng bộ cơ sở", "Cục Thống kê tỉnh Yên Bái"). */
  assignees: string[];
  deadline: string | null;
  period: Period | null;
  /** added: "17:00" when the deadline has an hour ("trước 17 giờ ngày …"). */
  deadlineTime: string | null;
  /** added: the items of a task ending with "sau:" (the lines that follow it). */
  items: string[];
  /** added */
  line: number;
}

export interface StatPart {
  value: number;
  text: string;
}

export interface Stat {
  asOf: string | null;
  text: string;
  /** The counted number: 30 in "30/74 …", 133 in "133 mô hình, trong đó …". */
  numerator: number;
  /** The total of a fraction ("30/74" → 74); null for a count. */
  denominator: number | null;
  /** added: "fraction" (30/74) or "breakdown" (a total with its parts "trong đó 02 … và 131 …"). */
  kind: 'fraction' | 'breakdown';
  /** added: the parts of a breakdown, as written. */
  parts: StatPart[];
  /** added */
  line: number;
}

export interface Contact {
  name: string;
  position: string | null;
  /** Digits only ("0915.367.487" → "0915367487"). */
  phone: string | null;
  /** added */
  email: string | null;
  /** added */
  line: number;
}

/** added: who signs and for whom ("T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", "Nguyễn Văn A"). */
export interface Signer {
  titles: string[];
  name: string | null;
  line: number;
}

export interface Directive {
  symbol: string | null;
  number: string | null;
  type: string | null;
  typeName: string | null;
  issuer: string | null;
  issuerCode: string | null;
  parentIssuer: string | null;
  place: string | null;
  issuedOn: string | null;
  subject: string | null;
  recipients: string[];
  sections: Section[];
  references: Reference[];
  tasks: Task[];
  stats: Stat[];
  contacts: Contact[];
  /** added: party (ĐẢNG CỘNG SẢN VIỆT NAM) or state (CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM). */
  system: DocSystem | null;
  /** added */
  signer: Signer | null;
  /** added: "Nơi nhận". */
  copyTo: string[];
  /** added: where things are, for the lint and for highlighting. */
  lines: DirectiveLines;
}

export interface DirectiveLines {
  symbol: number | null;
  issuedOn: number | null;
  subject: number | null;
  issuer: number | null;
  /** First and last line of the body (between the recipients and "Nơi nhận"). */
  body: [number, number] | null;
}
