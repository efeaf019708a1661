import { BellOutlined } from '@ant-design/icons';
import { Badge, Button, Empty, Popover, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { TNotification } from '../../modules/notifications/notifications.schemas';
import { formatDateTime } from '../app/format';
import { useMarkRead, useNotifications } from './reminders.api';

function Item({ n, onOpen }: { n: TNotification; onOpen: (n: TNotification) => void }) {
  return (
    <li>
      <button
        type="button"
        onClick={() => onOpen(n)}
        className="notification-item"
        style={{
          all: 'unset', boxSizing: 'border-box', display: 'block', width: '100%', padding: '8px 12px', cursor: 'pointer',
          background: n.readAt ? undefined : '#fff7e6', borderBottom: '1px solid #f0f0f0',
        }}
      >
        <Typography.Text strong={!n.readAt}>{n.title}</Typography.Text>
        {!n.readAt && <Tag color="orange" style={{ marginLeft: 6 }}>Mới</Tag>}
        <div style={{ whiteSpace: 'pre-wrap', fontSize: 13 }}>{n.body}</div>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>{formatDateTime(n.createdAt)}</Typography.Text>
      </button>
    </li>
  );
}

/** The header's bell: unread count, the latest notifications; opening one marks it read and goes to its page. */
export function NotificationBell() {
  const q = useNotifications();
  const markRead = useMarkRead();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const unread = q.data?.unread ?? 0;
  const openItem = (n: TNotification) => {
    setOpen(false);
    if (!n.readAt) markRead.mutate(n.id);
    if (n.link) navigate(n.link);
  };
  const items = q.data?.items ?? [];
  const content = (
    <div style={{ width: 360, maxWidth: '85vw', maxHeight: 420, overflowY: 'auto' }}>
      {q.isError && <Typography.Text type="danger">Không tải được thông báo.</Typography.Text>}
      {items.length === 0 && !q.isError ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="Chưa có thông báo" />
      ) : (
        <ul aria-label="Thông báo" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          {items.map((n) => <Item key={n.id} n={n} onOpen={openItem} />)}
        </ul>
      )}
    </div>
  );
  return (
    <Popover content={content} title="Thông báo" trigger="click" open={open} onOpenChange={setOpen} placement="bottomRight">
      <Button type="text" aria-label={unread ? `Thông báo: ${unread} chưa đọc` : 'Thông báo'} aria-haspopup="dialog" aria-expanded={open}>
        <Badge count={unread} size="small" overflowCount={99}>
          <BellOutlined aria-hidden style={{ fontSize: 18 }} />
        </Badge>
      </Button>
    </Popover>
  );
}
