import { SearchOutlined } from '@ant-design/icons';
import { Button, Input, Segmented, Select, Space } from 'antd';
import { useEffect, useState } from 'react';
import type { TDocumentDirection } from '../../modules/documents/documents.registry.schemas';
import { useDebounced } from '../app/useDebounced';
import type { DocumentFilter } from './documents.registry.api';
import { typeOptions, yearOptions } from './documents.registry.labels';

type Direction = TDocumentDirection | 'all';

const directionOptions: { value: Direction; label: string }[] = [
  { value: 'all', label: 'Tất cả' },
  { value: 'incoming', label: 'Văn bản đến' },
  { value: 'outgoing', label: 'Văn bản đi' },
];
const years = yearOptions();

/**
 * Search and filters of the register. Typed text (search, issuer) reaches the server once the user pauses;
 * the server folds diacritics, so "dan van kheo" finds "Dân vận khéo".
 */
export function DocumentFilters({ initial, onChange }: { initial: DocumentFilter; onChange: (f: DocumentFilter) => void }) {
  const [q, setQ] = useState(initial.q ?? '');
  const [issuer, setIssuer] = useState(initial.issuer ?? '');
  const [type, setType] = useState<string | undefined>(initial.type);
  const [year, setYear] = useState<number | undefined>(initial.year);
  const [direction, setDirection] = useState<Direction>(initial.direction ?? 'all');
  const dq = useDebounced(q.trim(), 350);
  const dIssuer = useDebounced(issuer.trim(), 350);

  useEffect(() => {
    onChange({ q: dq || undefined, issuer: dIssuer || undefined, type, year, direction: direction === 'all' ? undefined : direction });
    // onChange is a new function on every render of the page; only the values decide when to ask again.
  }, [dq, dIssuer, type, year, direction]);

  const clear = () => {
    setQ('');
    setIssuer('');
    setType(undefined);
    setYear(undefined);
    setDirection('all');
  };
  const filtered = q || issuer || type || year || direction !== 'all';

  return (
    <Space wrap size={[12, 12]} style={{ marginBottom: 16 }} role="search" aria-label="Tìm văn bản">
      <Input
        allowClear
        prefix={<SearchOutlined aria-hidden />}
        aria-label="Tìm theo số ký hiệu, trích yếu, nội dung"
        placeholder="Tìm số ký hiệu, trích yếu, nội dung (không cần dấu)"
        value={q}
        onChange={(e) => setQ(e.target.value)}
        style={{ width: 340 }}
      />
      <Select
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        aria-label="Loại văn bản"
        placeholder="Loại văn bản"
        options={typeOptions}
        value={type}
        onChange={setType}
        style={{ width: 190 }}
      />
      <Input allowClear aria-label="Cơ quan ban hành" placeholder="Cơ quan ban hành" value={issuer} onChange={(e) => setIssuer(e.target.value)} style={{ width: 220 }} />
      <Select allowClear showSearch={{ optionFilterProp: 'label' }} aria-label="Năm ban hành" placeholder="Năm" options={years} value={year} onChange={setYear} style={{ width: 110 }} />
      <Segmented<Direction> options={directionOptions} value={direction} onChange={setDirection} aria-label="Chiều văn bản" />
      {filtered && <Button onClick={clear}>Xóa lọc</Button>}
    </Space>
  );
}
