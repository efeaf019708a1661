import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Progress, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import type { TRequirement, TRequirementListItem } from '../../modules/requirements/requirements.schemas';
import { useCurrentUser } from '../app/auth';
import { formatDay } from '../app/format';
import { PageError } from '../app/PageState';
import { usePageTitle } from '../app/usePageTitle';
import { RequirementFormModal } from './RequirementFormModal';
import { useRequirements } from './requirements.api';
import { KIND_LABELS, REQUIREMENT_STATUS } from './requirements.labels';

/** x/N submitted as a compact bar; the numbers come with the list (one request for every row). */
function ProgressCell({ r }: { r: TRequirementListItem }) {
  if (!r.progress) return <Typography.Text type="secondary">—</Typography.Text>;
  const { submitted, targeted, missing } = r.progress;
  const pct = targeted ? Math.round((submitted / targeted) * 100) : 0;
  return (
    <Tooltip title={`Đã nộp ${submitted}/${targeted} đơn vị; quá hạn chưa nộp ${missing}. Bấm để xem các đơn vị.`}>
      <Link to={`/yeu-cau/${r.id}`} style={{ display: 'block', minWidth: 140, color: 'inherit' }} aria-label={`Đã nộp ${submitted} trên ${targeted} đơn vị, quá hạn ${missing} — xem tiến độ`}>
        <Progress percent={pct} size="small" showInfo={false} status={missing > 0 ? 'exception' : 'normal'} />
        <Typography.Text style={{ fontSize: 12 }}>{submitted}/{targeted} đã nộp{missing > 0 ? `, ${missing} quá hạn` : ''}</Typography.Text>
      </Link>
    </Tooltip>
  );
}

/** "Yêu cầu": what the committee asked for, with deadline and progress; staff create new ones here. */
export default function RequirementsPage() {
  usePageTitle('Yêu cầu');
  const me = useCurrentUser();
  const canEdit = me.role === 'admin' || me.role === 'staff';
  const list = useRequirements();
  const navigate = useNavigate();
  const [creating, setCreating] = useState(false);

  const columns = [
    {
      title: 'Yêu cầu', key: 'title',
      render: (_: unknown, r: TRequirement) => (
        <Space orientation="vertical" size={0}>
          <Link to={`/yeu-cau/${r.id}`}>{r.title}</Link>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>{KIND_LABELS[r.kind]}</Typography.Text>
        </Space>
      ),
    },
    { title: 'Hạn nộp', dataIndex: 'deadline', key: 'deadline', width: 120, render: (d: string) => formatDay(d), sorter: (a: TRequirement, b: TRequirement) => a.deadline.localeCompare(b.deadline) },
    {
      title: 'Trạng thái', dataIndex: 'status', key: 'status', width: 150,
      render: (s: TRequirement['status']) => <Tag color={REQUIREMENT_STATUS[s][1]}>{REQUIREMENT_STATUS[s][0]}</Tag>,
    },
    { title: 'Tiến độ', key: 'progress', width: 200, render: (_: unknown, r: TRequirementListItem) => <ProgressCell r={r} /> },
  ];

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 12, justifyContent: 'space-between', alignItems: 'center' }}>
        <Typography.Title level={3} style={{ margin: 0 }}>Yêu cầu</Typography.Title>
        {canEdit && <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setCreating(true)}>Tạo yêu cầu</Button>}
      </div>
      <Card>
        {list.isError ? (
          <PageError error={list.error} onRetry={() => void list.refetch()} />
        ) : (
          <Table<TRequirementListItem>
            rowKey="id"
            loading={list.isPending}
            dataSource={list.data}
            columns={columns}
            pagination={{ pageSize: 20, hideOnSinglePage: true }}
            scroll={{ x: 640 }}
            locale={{ emptyText: 'Chưa có yêu cầu nào' }}
            onRow={(r) => ({ onDoubleClick: () => navigate(`/yeu-cau/${r.id}`) })}
          />
        )}
      </Card>
      {canEdit && <RequirementFormModal open={creating} onClose={() => setCreating(false)} onSaved={(r) => navigate(`/yeu-cau/${r.id}`)} />}
    </Space>
  );
}
