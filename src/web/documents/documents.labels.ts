import type { TAnalysis, TFinding, TSeverity } from '../../modules/documents/documents.schemas';

/**
 * Vietnamese words and colours of the check results. The page's own copy of the words the CLI takes from
 * documents.schemas.ts: importing a value from there pulls zod and src/vn into this page (24 KB → 72 KB), types cost nothing.
 */

export const SEVERITY_ORDER: readonly TSeverity[] = ['error', 'warning', 'info'];
export const SEVERITY_TEXT: Record<TSeverity, string> = { error: 'Lỗi', warning: 'Cảnh báo', info: 'Lưu ý' };
/** antd Tag colours. */
export const SEVERITY_COLOR: Record<TSeverity, string> = { error: 'red', warning: 'orange', info: 'blue' };

const ENCODING_TEXT: Record<string, string> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16',
  'utf-16be': 'UTF-16 (big-endian)',
  'windows-1258': 'Windows-1258',
  tcvn3: 'TCVN3 (ABC, phông .VnTime)',
  vni: 'VNI-Windows',
};
const FILE_TYPE_TEXT: Record<TAnalysis['fileType'], string> = { text: 'Văn bản thuần', docx: 'Tệp Word (.docx)', pdf: 'Tệp PDF' };

/** "Tệp Word (.docx)" or "Văn bản thuần, bảng mã TCVN3 … (đã chuyển sang Unicode)". */
export function sourceText(a: TAnalysis): string {
  const what = FILE_TYPE_TEXT[a.fileType];
  if (!a.encoding) return what;
  const name = ENCODING_TEXT[a.encoding.name] ?? a.encoding.name;
  const converted = a.encoding.repaired || !a.encoding.name.startsWith('utf-') ? ' (đã chuyển sang Unicode)' : '';
  return `${what}, bảng mã ${name}${converted}`;
}

/** "5 lỗi, 8 cảnh báo, 2 lưu ý" (kinds with none left out). */
export function countText(findings: readonly TFinding[]): string {
  return SEVERITY_ORDER.map((s) => [findings.filter((f) => f.severity === s).length, SEVERITY_TEXT[s].toLowerCase()] as const)
    .filter(([n]) => n > 0)
    .map(([n, word]) => `${n} ${word}`)
    .join(', ');
}

/** The most serious severity among findings, for a line's colour. */
export function worst(findings: readonly TFinding[]): TSeverity | null {
  return SEVERITY_ORDER.find((s) => findings.some((f) => f.severity === s)) ?? null;
}

/** "2024-05-22" → "22/05/2024"; partial dates ("2024-05") as far as known; null → "—". Never shifted by time zones. */
export function vnDate(iso: string | null | undefined): string {
  return iso ? iso.split('-').reverse().join('/') : '—';
}

/** The id of a line of the text, for scrolling to it. */
export const lineId = (line: number) => `dong-${line}`;

/** Scrolls the text to a line and puts the keyboard focus on it. */
export function goToLine(line: number): void {
  const el = document.getElementById(lineId(line));
  if (!el) return;
  el.scrollIntoView({ behavior: 'smooth', block: 'center' });
  el.focus({ preventScroll: true });
}
