import { ENCODING_LABELS, FILE_TYPE_LABELS, SEVERITY_LABELS, SEVERITIES, type TAnalysis, type TFinding } from '../modules/documents/documents.schemas';
import { formatDate } from '../vn/index';

/** The terminal views of a letter for `danvan parse` and `danvan lint`: plain Vietnamese text, dates dd/mm/yyyy. */

type Directive = TAnalysis['directive'];

const day = (iso: string | null | undefined) => (iso ? formatDate(iso) : '—');
const or = (s: string | null | undefined) => (s && s.trim() !== '' ? s : '—');
const atLine = (line: number | null) => (line === null ? '' : ` (dòng ${line})`);

/** "6 lỗi, 7 cảnh báo, 2 lưu ý" (kinds with none left out). */
export function countFindings(findings: readonly TFinding[]): string {
  return SEVERITIES.map((s) => [findings.filter((f) => f.severity === s).length, SEVERITY_LABELS[s]] as const)
    .filter(([n]) => n > 0)
    .map(([n, label]) => `${n} ${label}`)
    .join(', ');
}

function block(title: string, items: string[]): string[] {
  return items.length === 0 ? [] : ['', `${title} (${items.length})`, ...items];
}

function readAs(a: TAnalysis): string {
  const how = FILE_TYPE_LABELS[a.fileType];
  if (!a.encoding) return how;
  const repaired = a.encoding.repaired ? ', chữ sai mã đã được sửa' : '';
  return `${how}, bảng mã ${ENCODING_LABELS[a.encoding.name]}${repaired}`;
}

function header(d: Directive, a: TAnalysis): string[] {
  const title = d.symbol ? `${d.typeName ?? 'Văn bản'} số ${d.symbol}` : `${d.typeName ?? 'Văn bản'} (không tìm thấy số ký hiệu)`;
  const issuer = d.issuer ? `${d.issuer}${d.issuerCode ? ` (mã ${d.issuerCode})` : ''}` : null;
  const rows: [string, string][] = [
    ['Cơ quan ban hành', or(issuer)],
    ['Cấp trên', or(d.parentIssuer)],
    ['Địa danh, ngày', [d.place, d.issuedOn ? day(d.issuedOn) : null].filter(Boolean).join(', ') || '—'],
    ['Trích yếu', or(d.subject)],
    ['Đọc từ', readAs(a)],
  ];
  return [title, ...rows.map(([k, v]) => `  ${k.padEnd(16)}: ${v}`)];
}

function references(d: Directive): string[] {
  return d.references.map((r) => {
    const about = [r.typeName, r.issuer, r.date ? day(r.date) : null].filter(Boolean).join(', ');
    return `  ${r.symbol}${about ? ` — ${about}` : ''}${atLine(r.line)}${r.title ? `\n      ${r.title}` : ''}`;
  });
}

function tasks(d: Directive): string[] {
  return d.tasks.map((t, i) => {
    const who = t.assignees.length ? `${t.assignees.join('; ')}: ` : '';
    const when = [
      t.deadline ? `Hạn: ${day(t.deadline)}${t.deadlineTime ? ` ${t.deadlineTime}` : ''}` : 'Không ghi hạn',
      t.period ? `Kỳ: ${day(t.period.from)} – ${day(t.period.to)}` : null,
      t.section === null ? null : `mục ${t.section}`,
    ].filter(Boolean).join(' · ');
    const items = t.items.map((item) => `\n     - ${item}`).join('');
    return `  ${i + 1}. ${who}${t.text}${items}\n     ${when}${atLine(t.line)}`;
  });
}

function stats(d: Directive): string[] {
  return d.stats.map((s) => {
    const parts = s.parts.length ? ` (trong đó: ${s.parts.map((p) => p.text).join('; ')})` : '';
    return `  ${s.asOf ? `Tính đến ${day(s.asOf)}: ` : ''}${s.text}${parts}${atLine(s.line)}`;
  });
}

/** `danvan parse FILE`: the letter's header, recipients, sections, references, tasks, figures, contacts. */
export function printLetter(a: TAnalysis, file: string): string {
  const d = a.directive;
  const counted = countFindings(a.findings);
  return [
    ...header(d, a),
    ...block('Kính gửi', d.recipients.map((r) => `  - ${r}`)),
    ...block('Các mục', d.sections.map((s) => `  ${s.label}. ${s.title}`)),
    ...block('Văn bản được dẫn', references(d)),
    ...block('Nhiệm vụ', tasks(d)),
    ...block('Số liệu', stats(d)),
    ...block('Liên hệ', d.contacts.map((c) => `  ${[c.name, c.position, c.phone ? `ĐT ${c.phone}` : null].filter(Boolean).join(' — ')}`)),
    '',
    counted ? `Kiểm tra: ${counted}. Xem chi tiết: danvan lint ${file}` : 'Kiểm tra: không phát hiện lỗi nào.',
    '',
  ].join('\n');
}

/** `danvan lint FILE`: one line per finding, by line number, then the totals. */
export function printFindings(findings: readonly TFinding[], file: string): string {
  if (findings.length === 0) return `${file}: không phát hiện lỗi nào.\n`;
  const width = Math.max(...findings.map((f) => SEVERITY_LABELS[f.severity].length));
  const lines = findings.map((f) => {
    const where = f.line === null ? 'cả văn bản' : `dòng ${f.line}`;
    return `  ${where.padEnd(10)} ${SEVERITY_LABELS[f.severity].padEnd(width)}  ${f.message}  [${f.code}]`;
  });
  return [`${file}: ${countFindings(findings)}`, ...lines, ''].join('\n');
}
