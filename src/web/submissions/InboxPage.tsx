import { CalendarOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Modal, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import type { TCalendarToken } from '../../modules/calendar/calendar.schemas';
import type { TInboxItem } from '../../modules/submissions/submissions.schemas';
import { api } from '../app/api';
import { useCurrentUser } from '../app/auth';
import { useFeedback } from '../app/feedback';
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

/**
 * "Lịch hạn nộp (ICS)": makes the unit's secret calendar address and shows it once, with a copy button.
 * Making a new one revokes the old, so the dialog says so before the user clicks.
 */
function CalendarFeedButton() {
  const me = useCurrentUser();
  const feedback = useFeedback();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [feed, setFeed] = useState<TCalendarToken | null>(null);
  const create = async () => {
    setBusy(true);
    try {
      setFeed(await api<TCalendarToken>(`/api/units/${me.unit.id}/calendar-token`, { method: 'POST' }));
    } catch (err) {
      feedback.error(err);
    } finally {
      setBusy(false);
    }
  };
  const close = () => { setOpen(false); setFeed(null); };
  return (
    <>
      <Button icon={<CalendarOutlined aria-hidden />} onClick={() => setOpen(true)}>Lịch hạn nộp (ICS)</Button>
      <Modal title="Lịch hạn nộp (ICS)" open={open} onCancel={close} footer={<Button onClick={close}>Đóng</Button>} destroyOnHidden>
        <Typography.Paragraph>
          Thêm địa chỉ này vào Google Calendar, Outlook hoặc lịch điện thoại (mục "Thêm lịch từ URL") để thấy hạn nộp của {me.unit.name} ngay trong lịch.
        </Typography.Paragraph>
        {feed ? (
          <Space orientation="vertical" style={{ width: '100%' }}>
            <Alert type="warning" showIcon title="Địa chỉ chỉ hiện một lần. Ai có địa chỉ này đều xem được hạn nộp của đơn vị: đừng chia sẻ công khai." />
            <Typography.Paragraph copyable={{ text: feed.url, tooltips: ['Sao chép', 'Đã sao chép'] }} code style={{ wordBreak: 'break-all' }} aria-label="Địa chỉ lịch">
              {feed.url}
            </Typography.Paragraph>
          </Space>
        ) : (
          <Space orientation="vertical">
            <Typography.Text type="secondary">Nếu đơn vị đã tạo địa chỉ trước đây, địa chỉ cũ sẽ hết hiệu lực khi tạo địa chỉ mới.</Typography.Text>
            <Button type="primary" loading={busy} onClick={() => void create()}>Tạo địa chỉ lịch</Button>
          </Space>
        )}
      </Modal>
    </>
  );
}

/** "Việc cần làm": the unit's open requirements, nearest deadline first; a row opens the submission form. */
export default function InboxPage() {
  usePageTitle('Việc cần làm');
  const inbox = useInbox();
  const navigate = useNavigate();
  const formPath = (i: TInboxItem) => `/yeu-cau/${i.requirementId}/nop`;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
        <Typography.Title level={3} style={{ margin: 0 }}>Việc cần làm</Typography.Title>
        <CalendarFeedButton />
      </Space>
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
