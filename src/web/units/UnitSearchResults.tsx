import { useQuery } from '@tanstack/react-query';
import { Empty, Spin, Typography } from 'antd';
import { PageError } from '../app/PageState';
import { unitSearchQuery } from './units.api';
import { UnitLabel } from './UnitLabel';

interface Props {
  q: string;
  includeInactive: boolean;
  selectedId: number | null;
  onSelect: (id: number) => void;
}

/** A flat list of the units matching the search box. */
export function UnitSearchResults({ q, includeInactive, selectedId, onSelect }: Props) {
  const results = useQuery(unitSearchQuery(q, includeInactive));
  if (results.isPending) return <Spin description="Đang tìm…" style={{ display: 'block', padding: 24 }} />;
  if (results.isError) return <PageError error={results.error} onRetry={() => void results.refetch()} />;
  if (results.data.length === 0) return <Empty description={`Không tìm thấy đơn vị nào khớp với "${q}"`} />;
  return (
    <div>
      <Typography.Text type="secondary" role="status">
        Tìm thấy {results.data.length} đơn vị
      </Typography.Text>
      <ul aria-label="Kết quả tìm kiếm" style={{ listStyle: 'none', padding: 0, margin: '8px 0 0' }}>
        {results.data.map((u) => {
          const selected = u.id === selectedId;
          return (
            <li key={u.id}>
              <button
                type="button"
                className="dv-pick"
                onClick={() => onSelect(u.id)}
                aria-current={selected ? 'true' : undefined}
                style={{
                  width: '100%',
                  textAlign: 'left',
                  padding: '8px 10px',
                  border: 0,
                  borderRadius: 6,
                  cursor: 'pointer',
                  font: 'inherit',
                  background: selected ? '#fde8e7' : 'transparent',
                }}
              >
                <UnitLabel unit={u} showKind />
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
