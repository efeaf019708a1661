/**
 * Lint findings: mistakes a reader of the letter should fix or ask about. `danvan lint --json`
 * prints `{ findings }` and exits 1 when any finding is an error.
 */
import type { Line } from '../directive/document';
import type { Directive } from '../directive/types';
import type { Vocabulary } from '../vocabulary';

export type Severity = 'error' | 'warning' | 'info';

export interface Finding {
  code: LintCode;
  severity: Severity;
  /** Vietnamese, for the user. */
  message: string;
  /** 1-based line of the file; null when the finding is about the whole letter. */
  line: number | null;
  symbol?: string;
  /** ISO date involved. */
  date?: string;
  /** The text involved, as written. */
  text?: string;
}

/** Every code, its severity and what it catches (also the documentation of the codes). */
export const LINT_CODES = {
  REF_DATE_CONFLICT: ['error', 'Cùng một văn bản được dẫn với hai ngày khác nhau'],
  REF_DATE_FUTURE: ['error', 'Văn bản được dẫn mang ngày sau ngày ban hành của chính văn bản này'],
  REF_ISSUER_MISMATCH: ['error', 'Mã cơ quan trong số ký hiệu khác cơ quan được nêu tên bên cạnh'],
  REF_UNKNOWN_ISSUER: ['error', 'Mã cơ quan ban hành không có trong danh mục (cảnh báo với mã của cơ quan nhà nước, vì danh mục đó mở)'],
  REF_UNKNOWN_TYPE: ['warning', 'Chữ viết tắt loại văn bản không có trong danh mục'],
  REF_TYPE_MISMATCH: ['warning', 'Tên loại văn bản khác loại trong số ký hiệu ("Kế hoạch số 02-HD/…")'],
  REF_YEAR_MISMATCH: ['error', 'Năm trong số ký hiệu văn bản quy phạm khác năm của ngày ban hành'],
  DEADLINE_BEFORE_PERIOD_END: ['error', 'Hạn nộp báo cáo trước khi kỳ báo cáo kết thúc'],
  DEADLINE_BEFORE_ISSUE: ['error', 'Hạn thực hiện trước ngày ban hành văn bản'],
  PERIOD_INVERTED: ['error', 'Kỳ "từ ngày … đến ngày …" có ngày bắt đầu sau ngày kết thúc'],
  STAT_DATE_FUTURE: ['error', 'Số liệu "tính đến ngày" sau ngày ban hành văn bản'],
  DATE_INVALID: ['error', 'Ngày không tồn tại (31/4, 29/2 năm không nhuận …)'],
  SUM_MISMATCH: ['error', 'Các thành phần "trong đó" không cộng lại bằng tổng (thiếu: cảnh báo; vượt: lỗi)'],
  FRACTION_INVALID: ['error', 'Tử số lớn hơn mẫu số ("80/74") hoặc mẫu số bằng 0'],
  STAT_TOTAL_CONFLICT: ['warning', 'Cùng một tập hợp được đếm trên hai tổng số khác nhau ("30/74" và "40/75 chi, đảng bộ cơ sở")'],
  SYMBOL_FORMAT: ['warning', 'Số ký hiệu có khoảng trắng thừa ("13- ĐA/ TU")'],
  HEADER_ISSUER_MISMATCH: ['error', 'Tên cơ quan ở tiêu đề khác mã cơ quan trong số ký hiệu của văn bản'],
  HEADER_MISSING: ['warning', 'Văn bản thiếu số ký hiệu, ngày ban hành, cơ quan ban hành hoặc trích yếu'],
  SECTION_NUMBERING: ['warning', 'Các mục đánh số không liên tục'],
  QUOTE_UNCLOSED: ['warning', 'Dấu ngoặc kép mở mà không đóng (hoặc đóng mà không mở)'],
  QUOTE_SPACING: ['info', 'Thiếu hoặc thừa khoảng trắng quanh dấu ngoặc kép'],
  TYPO: ['warning', 'Lỗi chính tả thường gặp (danh mục data/typos.json)'],
  PHONE_INVALID: ['warning', 'Số điện thoại không đủ 10 hoặc 11 chữ số'],
} as const satisfies Record<string, readonly [Severity, string]>;

export type LintCode = keyof typeof LINT_CODES;

export interface LintContext {
  directive: Directive;
  /** The letter's lines when the text is known (not for a bare JSON directive). */
  lines: Line[] | null;
  vocab: Vocabulary;
  /** Date "future" is measured from: the letter's own date, else the caller's reference date. */
  today: string | null;
}

export type Rule = (ctx: LintContext) => Finding[];

/** Builds a finding with the code's default severity. */
export function finding(code: LintCode, message: string, line: number | null, extra: Partial<Finding> = {}): Finding {
  return { code, severity: LINT_CODES[code][0], message, line, ...extra };
}
