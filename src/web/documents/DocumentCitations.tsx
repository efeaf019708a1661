import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { Link, useNavigate } from 'react-router';
import type { TDocumentDetail, TDocumentLink, TDocumentReference } from '../../modules/documents/documents.registry.schemas';
import { withQuery } from '../app/api';
import { formatDay } from '../app/format';
import { documentPath, NEW_DOCUMENT_PATH } from './documents.registry.labels';

/** The create form, pre-filled with what the citation says about the missing document. */
export const addCitedPath = (r: TDocumentReference) => withQuery(NEW_DOCUMENT_PATH, { symbol: r.symbol, date: r.citedOn, title: r.title });

/** "Căn cứ": what this document cites, each a link when the register holds it; staff can add the missing ones. */
export function References({ d, canEdit }: { d: TDocumentDetail; canEdit: boolean }) {
  const navigate = useNavigate();
  const columns: TableColumnsType<TDocumentReference & { key: number }> = [
    {
      title: 'Số, ký hiệu', key: 'symbol', width: 170,
      render: (_, r) => (r.resolved ? <Link to={documentPath(r.resolved.id)}>{r.symbol}</Link> : <Typography.Text>{r.symbol}</Typography.Text>),
    },
    { title: 'Ngày được dẫn', dataIndex: 'citedOn', width: 120, render: (v: string | null) => formatDay(v) },
    { title: 'Trích yếu', key: 'title', render: (_, r) => r.resolved?.subject ?? r.title ?? '—' },
    {
      title: 'Trong sổ', key: 'state', width: 190,
      render: (_, r) =>
        r.resolved ? (
          <Tag color="green">Có trong sổ{r.resolved.issuedOn && r.resolved.issuedOn !== r.citedOn && r.citedOn ? ` (ngày ${formatDay(r.resolved.issuedOn)})` : ''}</Tag>
        ) : canEdit ? (
          <Button size="small" icon={<PlusOutlined aria-hidden />} onClick={() => navigate(addCitedPath(r))} aria-label={`Thêm văn bản này: ${r.symbol}`}>
            Thêm văn bản này
          </Button>
        ) : (
          <Tag color="orange">Chưa có trong sổ</Tag>
        ),
    },
  ];
  const unresolved = d.references.filter((r) => !r.resolved);
  return (
    <Card title={`Căn cứ (${d.references.length})`} size="small">
      {unresolved.length > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          title={`${d.unresolvedCount} văn bản được dẫn chưa có trong sổ: ${[...new Set(unresolved.map((r) => r.symbol))].join(', ')}`}
          description={canEdit ? 'Bấm «Thêm văn bản này» để nhập văn bản còn thiếu; trích dẫn sẽ tự nối với văn bản mới.' : undefined}
        />
      )}
      <Table
        aria-label="Căn cứ"
        size="small"
        columns={columns}
        // A document may cite the same symbol twice (once with a wrong date): rows keep the letter's order.
        dataSource={d.references.map((r, i) => ({ ...r, key: i }))}
        pagination={false}
        scroll={{ x: 700 }}
        locale={{ emptyText: 'Văn bản không dẫn văn bản nào' }}
      />
    </Card>
  );
}

/** "Được viện dẫn bởi": documents in the register that cite this one. */
export function CitedBy({ links }: { links: TDocumentLink[] }) {
  return (
    <Card title={`Được viện dẫn bởi (${links.length})`} size="small">
      {links.length === 0 ? (
        <Typography.Text type="secondary">Chưa có văn bản nào trong sổ dẫn văn bản này.</Typography.Text>
      ) : (
        <ul aria-label="Được viện dẫn bởi" style={{ margin: 0, paddingLeft: 20 }}>
          {links.map((l) => (
            <li key={l.id}>
              <Link to={documentPath(l.id)}>{l.symbol ?? '(không số)'}</Link> <Typography.Text type="secondary">{formatDay(l.issuedOn)}</Typography.Text> — {l.subject}
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
