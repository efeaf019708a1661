import { Card, Space, Table, Tag, Typography } from 'antd';
import { Link, useNavigate } from 'react-router';
import type { TInboxItem } from '../../modules/submissions/submissions.schemas';
import { formatDay } from '../app/format';
import { PageError } from '../app/PageState';
import { usePageTitle } from '../app/usePageTitle';
import { KIND_LABELS } from '../requirements/requirements.labels';
import { useInbox } from './submissions.api';
import { SUBMISSION_STATUS } from './submissions.labels';

/** "Còn 5 ngày", "Hôm nay là hạn cuối", "Quá hạn 3 ngày" (red); nothing once sent. */
function DaysLeft({ item }: { item: TInboxItem }) {
  const sent = item.submissionStatus === 'submitted' || item.submissionStatus === 'accepted';
  if (sent) return <Typography.Text type="secondary">—</Typography.Text>;
  if (item.daysLeft < 0) return <Typography.Text type="danger" strong>Quá hạn {-item.daysLeft} ngày</Typography.Text>;
  if (item.daysLeft === 0) return <Typography.Text type="warning" strong>Hôm nay là hạn cuối</Typography.Text>;
  return <Typography.Text type={item.daysLeft <= 3 ? 'warning' : undefined}>Còn {item.daysLeft} ngày</Typography.Text>;
}

/** "Việc cần làm": the unit's open requirements, nearest deadline first; a row opens the submission form. */
export default function InboxPage() {
  usePageTitle('Việc cần làm');
  const inbox = useInbox();
  const navigate = useNavigate();
  const formPath = (i: TInboxItem) => `/yeu-cau/${i.requirementId}/nop`;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>Việc cần làm</Typography.Title>
      <Card>
        {inbox.isError ? (
          <PageError error={inbox.error} onRetry={() => void inbox.refetch()} />
        ) : (
          <Table<TInboxItem>
            rowKey="requirementId"
            loading={inbox.isPending}
            dataSource={inbox.data}
            pagination={false}
            scroll={{ x: 640 }}
            locale={{ emptyText: 'Không có việc nào đang chờ đơn vị.' }}
            onRow={(i) => ({ onClick: () => navigate(formPath(i)), style: { cursor: 'pointer' } })}
            columns={[
              {
                title: 'Yêu cầu', key: 'title',
                render: (_, i) => (
                  <Space orientation="vertical" size={0}>
                    <Link to={formPath(i)} onClick={(e) => e.stopPropagation()}>{i.title}</Link>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>{KIND_LABELS[i.kind]}</Typography.Text>
                  </Space>
                ),
              },
              { title: 'Hạn nộp', dataIndex: 'deadline', width: 120, render: (d: string) => formatDay(d) },
              { title: 'Thời hạn', key: 'left', width: 170, render: (_, i) => <DaysLeft item={i} /> },
              {
                title: 'Trạng thái', key: 'status', width: 170,
                render: (_, i) => (i.submissionStatus
                  ? <Tag color={SUBMISSION_STATUS[i.submissionStatus][1]}>{SUBMISSION_STATUS[i.submissionStatus][0]}</Tag>
                  : <Tag>Chưa bắt đầu</Tag>),
              },
            ]}
          />
        )}
      </Card>
    </Space>
  );
}
