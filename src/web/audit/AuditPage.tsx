import { DownloadOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import type { TAuditEvent } from '../../modules/audit/audit.schemas';
import { formatDateTime } from '../app/format';
import { PageError } from '../app/PageState';
import { usePageTitle } from '../app/usePageTitle';
import { auditExportUrl, useAuditPage, type AuditFilter } from './audit.api';
import { AuditChange } from './AuditChange';
import { AuditFilters } from './AuditFilters';
import { actionColor, actionLabel, entityLabel } from './audit.labels';

const columns: TableColumnsType<TAuditEvent> = [
  { title: 'Thời điểm', dataIndex: 'at', render: (v: string) => formatDateTime(v), width: 150 },
  { title: 'Người thực hiện', dataIndex: 'actorUsername', render: (v: string | null) => v ?? <Typography.Text type="secondary">(hệ thống)</Typography.Text>, width: 160 },
  { title: 'Hành động', dataIndex: 'action', render: (a: string) => <Tag color={actionColor(a)}>{actionLabel(a)}</Tag>, width: 170 },
  {
    title: 'Đối tượng',
    key: 'entity',
    render: (_, e) => (
      <>
        {entityLabel(e.entity)}
        {e.entityId && <Typography.Text type="secondary"> #{e.entityId}</Typography.Text>}
      </>
    ),
  },
  { title: 'Địa chỉ IP', dataIndex: 'ip', render: (v: string | null) => v ?? '—', width: 140 },
];

/** "Nhật ký hệ thống" (admin): every change, newest first, paged by the server. */
export default function AuditPage() {
  usePageTitle('Nhật ký hệ thống');
  const [filter, setFilter] = useState<AuditFilter>({});
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(50);
  const log = useAuditPage(filter, page, pageSize);

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Flex justify="space-between" align="center" wrap gap="small">
        <Typography.Title level={3} style={{ margin: 0 }}>
          Nhật ký hệ thống
        </Typography.Title>
        <Button icon={<DownloadOutlined aria-hidden />} href={auditExportUrl(filter)} download>
          Tải nhật ký (CSV)
        </Button>
      </Flex>
      <Card>
        <AuditFilters
          onChange={(f) => {
            setFilter(f);
            setPage(1);
          }}
        />
        {log.isError ? (
          <PageError error={log.error} onRetry={() => void log.refetch()} />
        ) : (
          <Table<TAuditEvent>
            rowKey="id"
            size="middle"
            columns={columns}
            dataSource={log.data?.items ?? []}
            loading={log.isFetching}
            scroll={{ x: 800 }}
            expandable={{
              expandedRowRender: (e) => <AuditChange event={e} />,
              rowExpandable: (e) => e.before !== null || e.after !== null,
            }}
            pagination={{
              current: page,
              pageSize,
              total: log.data?.total ?? 0,
              showSizeChanger: true,
              pageSizeOptions: [20, 50, 100, 200],
              showTotal: (total) => `Tổng ${total} sự kiện`,
              onChange: (p, size) => {
                setPage(size !== pageSize ? 1 : p);
                setPageSize(size);
              },
            }}
            locale={{ emptyText: 'Không có sự kiện nào khớp điều kiện lọc' }}
          />
        )}
      </Card>
    </Space>
  );
}
