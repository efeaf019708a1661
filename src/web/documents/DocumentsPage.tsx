import { ImportOutlined, PaperClipOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Space, Table, type TableColumnsType, type TableProps, Tag, Typography } from 'antd';
import { useCallback, useRef } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import type { TDocumentListItem } from '../../modules/documents/documents.registry.schemas';
import { useCurrentUser } from '../app/auth';
import { formatDay } from '../app/format';
import { PageError } from '../app/PageState';
import { usePageTitle } from '../app/usePageTitle';
import { DocumentFilters } from './DocumentFilters';
import { type DocumentFilter, useDocuments } from './documents.registry.api';
import { type ListState, listStateFromParams, listStateToParams } from './documents.registry.form';
import { DIRECTION_SHORT, documentPath, NEW_DOCUMENT_PATH, typeText } from './documents.registry.labels';

type Sort = ListState['sort'];

const filterKey = (f: DocumentFilter) => JSON.stringify([f.q ?? null, f.type ?? null, f.issuer ?? null, f.year ?? null, f.direction ?? null]);

const columns: TableColumnsType<TDocumentListItem> = [
  {
    title: 'Số, ký hiệu', dataIndex: 'symbol', key: 'symbol', width: 160, sorter: true,
    render: (v: string | null, d) => <Link to={documentPath(d.id)}>{v ?? <Typography.Text type="secondary" italic>(không số)</Typography.Text>}</Link>,
  },
  { title: 'Ngày', dataIndex: 'issuedOn', key: 'issuedOn', width: 110, sorter: true, render: (v: string | null) => formatDay(v) },
  {
    title: 'Trích yếu', dataIndex: 'subject', key: 'subject', sorter: true,
    render: (v: string, d) => (
      <>
        <Link to={documentPath(d.id)}>{v}</Link>
        {d.hasFile && <PaperClipOutlined aria-label="Có tệp gốc" style={{ marginLeft: 6, color: '#8c8c8c' }} />}
      </>
    ),
  },
  { title: 'Cơ quan ban hành', dataIndex: 'issuerName', key: 'issuer', width: 240, render: (v: string | null) => v ?? '—' },
  { title: 'Loại', dataIndex: 'type', key: 'type', width: 120, render: (v: string | null) => typeText(v) },
  {
    title: 'Đi/đến', dataIndex: 'direction', key: 'direction', width: 90,
    render: (v: TDocumentListItem['direction']) => <Tag color={DIRECTION_SHORT[v][1]}>{DIRECTION_SHORT[v][0]}</Tag>,
  },
];

/** "Văn bản": the register of incoming and outgoing documents, searched and sorted by the server. */
export default function DocumentsPage() {
  usePageTitle('Văn bản');
  const me = useCurrentUser();
  const canEdit = me.role === 'admin' || me.role === 'staff';
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const { filter, sort, page, pageSize } = listStateFromParams(params);
  const list = useDocuments({ ...filter, sort }, page, pageSize);
  // Read from the address each time (not from this render), so a late debounced call cannot undo a newer change.
  const update = useCallback(
    (change: (s: ListState) => ListState) => setParams((prev) => listStateToParams(change(listStateFromParams(prev))), { replace: true }),
    [setParams],
  );
  // The filter boxes hold what is typed; when the address changes under them (the menu, "back"), they start again from it.
  const emitted = useRef(filterKey(filter));
  const boxes = useRef(0);
  if (filterKey(filter) !== emitted.current) {
    emitted.current = filterKey(filter);
    boxes.current += 1;
  }
  const onFilter = useCallback(
    (f: DocumentFilter) => {
      emitted.current = filterKey(f);
      update((s) => (filterKey(s.filter) === filterKey(f) ? s : { ...s, filter: f, page: 1 }));
    },
    [update],
  );
  const filtered = Object.values(filter).some((v) => v !== undefined);

  // The server sorts (Vietnamese order, newest first by date); the table only shows which column it is.
  const onTableChange: TableProps<TDocumentListItem>['onChange'] = (p, _f, sorter) => {
    const col = Array.isArray(sorter) ? sorter[0] : sorter;
    const next = (col?.order ? (col.columnKey as Sort) : 'issuedOn') ?? 'issuedOn';
    if (next !== sort) return update((s) => ({ ...s, sort: next, page: 1 }));
    update((s) => ({ ...s, page: p.pageSize !== s.pageSize ? 1 : (p.current ?? 1), pageSize: p.pageSize ?? s.pageSize }));
  };
  const shownColumns = columns.map((c) => ({
    ...c,
    sortOrder: c.key === sort ? (sort === 'issuedOn' ? ('descend' as const) : ('ascend' as const)) : null,
    sortDirections: c.key === 'issuedOn' ? ['descend' as const] : ['ascend' as const],
  }));

  const empty = filtered ? (
    <Empty description="Không có văn bản nào khớp điều kiện tìm kiếm" />
  ) : (
    <Empty description="Sổ văn bản chưa có văn bản nào">
      {canEdit && <Button type="primary" onClick={() => navigate(`${NEW_DOCUMENT_PATH}?nhap=1`)}>Nhập văn bản đầu tiên từ tệp</Button>}
    </Empty>
  );

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 12, justifyContent: 'space-between', alignItems: 'center' }}>
        <div>
          <Typography.Title level={3} style={{ margin: 0 }}>Văn bản</Typography.Title>
          <Typography.Text type="secondary">Sổ văn bản đi, đến của cấp ủy: căn cứ, văn bản dẫn chiếu và các yêu cầu giao cho đơn vị.</Typography.Text>
        </div>
        {canEdit && (
          <Space wrap>
            <Button icon={<ImportOutlined aria-hidden />} onClick={() => navigate(`${NEW_DOCUMENT_PATH}?nhap=1`)}>Nhập từ tệp</Button>
            <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => navigate(NEW_DOCUMENT_PATH)}>Thêm văn bản</Button>
          </Space>
        )}
      </div>
      <Card>
        <DocumentFilters key={boxes.current} initial={filter} onChange={onFilter} />
        {list.isError ? (
          <PageError error={list.error} onRetry={() => void list.refetch()} />
        ) : (
          <Table<TDocumentListItem>
            aria-label="Sổ văn bản"
            rowKey="id"
            columns={shownColumns}
            dataSource={list.data?.items ?? []}
            loading={list.isFetching}
            scroll={{ x: 900 }}
            onChange={onTableChange}
            showSorterTooltip={{ title: 'Bấm để sắp xếp theo cột này' }}
            onRow={(d) => ({ onDoubleClick: () => navigate(documentPath(d.id)) })}
            pagination={{
              current: page,
              pageSize,
              total: list.data?.total ?? 0,
              showSizeChanger: true,
              pageSizeOptions: [20, 50, 100],
              showTotal: (total) => `Tổng ${total.toLocaleString('vi-VN')} văn bản`,
            }}
            locale={{ emptyText: list.isPending ? ' ' : empty }}
          />
        )}
      </Card>
    </Space>
  );
}
