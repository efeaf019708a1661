import { Empty, Segmented, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { TFinding, TSeverity } from '../../modules/documents/documents.schemas';
import { goToLine, SEVERITY_COLOR, SEVERITY_ORDER, SEVERITY_TEXT } from './documents.labels';

type Filter = TSeverity | 'all';

/** Every finding, most serious first within a line; choosing one scrolls the text to its line. */
export function FindingsList({ findings }: { findings: TFinding[] }) {
  const [filter, setFilter] = useState<Filter>('all');
  if (findings.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="Không phát hiện lỗi nào" />;
  const shown = filter === 'all' ? findings : findings.filter((f) => f.severity === filter);
  const options = [
    { value: 'all' as Filter, label: `Tất cả (${findings.length})` },
    ...SEVERITY_ORDER.map((s) => ({ value: s as Filter, label: `${SEVERITY_TEXT[s]} (${findings.filter((f) => f.severity === s).length})` })),
  ];
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Segmented<Filter> size="small" options={options} value={filter} onChange={setFilter} aria-label="Lọc theo mức độ" />
      <ol className="dv-findings" aria-label="Danh sách lỗi">
        {shown.map((f, i) => (
          <li key={`${f.line}-${f.code}-${i}`}>
            <button type="button" className="dv-finding" disabled={f.line === null} onClick={() => f.line !== null && goToLine(f.line)}>
              <Space size={4} wrap>
                <Tag color={SEVERITY_COLOR[f.severity]}>{SEVERITY_TEXT[f.severity]}</Tag>
                <Typography.Text strong>{f.line === null ? 'Cả văn bản' : `Dòng ${f.line}`}</Typography.Text>
                <Typography.Text type="secondary" code>{f.code}</Typography.Text>
              </Space>
              <div>{f.message}</div>
            </button>
          </li>
        ))}
      </ol>
    </Space>
  );
}
