import { Descriptions, type DescriptionsProps, Typography } from 'antd';
import type { TAnalysis } from '../../modules/documents/documents.schemas';
import { sourceText, vnDate } from './documents.labels';

type Directive = TAnalysis['directive'];

const missing = <Typography.Text type="secondary">Không tìm thấy</Typography.Text>;
const orMissing = (v: string | null | undefined) => (v ? v : missing);
const SYSTEM: Record<'party' | 'state', string> = { party: 'Văn bản của Đảng', state: 'Văn bản của Nhà nước' };

/** A list; `numbered` items carry their own numbering ("1.", "II."), so no bullets. */
function List({ items, label, numbered }: { items: string[]; label: string; numbered?: boolean }) {
  if (items.length === 0) return missing;
  return (
    <ul aria-label={label} style={numbered ? { margin: 0, padding: 0, listStyle: 'none' } : { margin: 0, paddingLeft: 18 }}>
      {items.map((x, i) => <li key={i}>{x}</li>)}
    </ul>
  );
}

/** What the letter says about itself: number and symbol, issuer, place and date, subject, recipients, sections. */
export function LetterHeader({ analysis }: { analysis: TAnalysis }) {
  const d: Directive = analysis.directive;
  const signer = d.signer ? [d.signer.titles.join(', '), d.signer.name].filter(Boolean).join(' — ') : null;
  const items: DescriptionsProps['items'] = [
    { key: 'symbol', label: 'Số, ký hiệu', children: d.symbol ? <Typography.Text strong>{d.symbol}</Typography.Text> : missing },
    { key: 'type', label: 'Loại văn bản', children: d.typeName ? `${d.typeName}${d.type ? ` (${d.type})` : ''}` : missing },
    { key: 'issuer', label: 'Cơ quan ban hành', children: d.issuer ? `${d.issuer}${d.issuerCode ? ` — mã ${d.issuerCode}` : ''}` : missing },
    { key: 'parent', label: 'Cơ quan cấp trên', children: orMissing(d.parentIssuer) },
    { key: 'place', label: 'Địa danh', children: orMissing(d.place) },
    { key: 'date', label: 'Ngày ban hành', children: d.issuedOn ? vnDate(d.issuedOn) : missing },
    { key: 'subject', label: 'Trích yếu', span: 'filled', children: orMissing(d.subject) },
    { key: 'to', label: 'Kính gửi', span: 'filled', children: <List items={d.recipients} label="Kính gửi" /> },
    { key: 'sections', label: 'Các mục', span: 'filled', children: <List items={d.sections.map((s) => `${s.label}. ${s.title}`)} label="Các mục" numbered /> },
    { key: 'signer', label: 'Người ký', children: orMissing(signer) },
    { key: 'copy', label: 'Nơi nhận', children: <List items={d.copyTo} label="Nơi nhận" /> },
    { key: 'system', label: 'Hệ thống văn bản', children: d.system ? SYSTEM[d.system] : missing },
    { key: 'source', label: 'Đọc từ', children: sourceText(analysis) },
  ];
  return <Descriptions bordered size="small" column={{ xs: 1, md: 2 }} items={items} aria-label="Thông tin văn bản" />;
}
