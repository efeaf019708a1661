import { DownloadOutlined } from '@ant-design/icons';
import { Button, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { TReminder } from '../../modules/reminders/reminders.schemas';
import { useCurrentUser } from '../app/auth';
import { useFeedback } from '../app/feedback';
import { formatDateTime, formatDay } from '../app/format';
import { PageError } from '../app/PageState';
import { downloadLetter, useReminders } from './reminders.api';

const CHANNEL: Record<TReminder['channels'][number], string> = { in_app: 'Trong ứng dụng', email: 'Thư điện tử', letter: 'Công văn' };
const MAIL: Record<string, [string, string]> = { sent: ['đã gửi thư', 'green'], failed: ['gửi thư lỗi', 'red'], skipped: ['không gửi thư', 'default'] };

function Recipients({ r }: { r: TReminder }) {
  return (
    <ul style={{ margin: 0, paddingLeft: 20, columns: '2 260px' }}>
      {r.recipients.map((u) => (
        <li key={u.unitId}>
          {u.unitName} <Typography.Text type="secondary">(hạn {formatDay(u.deadline)})</Typography.Text>
          {u.emailStatus && <Tag color={MAIL[u.emailStatus]![1]} style={{ marginLeft: 4 }}>{MAIL[u.emailStatus]![0]}</Tag>}
        </li>
      ))}
    </ul>
  );
}

/** Reminders already sent (of a requirement or to a unit): when, by whom, how, to whom; the letter to download. */
export function ReminderHistory({ requirementId, unitId }: { requirementId?: number; unitId?: number }) {
  const q = useReminders({ requirementId, unitId });
  const me = useCurrentUser();
  const feedback = useFeedback();
  const [busy, setBusy] = useState<number | null>(null);
  const canDownload = me.role !== 'unit';
  const download = (id: number) => {
    setBusy(id);
    downloadLetter(id).catch((e: unknown) => feedback.error(e)).finally(() => setBusy(null));
  };
  if (q.isError) return <PageError error={q.error} onRetry={() => void q.refetch()} />;
  return (
    <Table<TReminder>
      rowKey="id"
      size="small"
      loading={q.isPending}
      dataSource={q.data}
      pagination={{ pageSize: 10, hideOnSinglePage: true }}
      scroll={{ x: 720 }}
      locale={{ emptyText: 'Chưa nhắc nhở lần nào' }}
      expandable={{ expandedRowRender: (r) => <Recipients r={r} />, rowExpandable: (r) => r.recipients.length > 0 }}
      columns={[
        { title: 'Thời gian', dataIndex: 'createdAt', width: 150, render: (d: string) => formatDateTime(d) },
        ...(requirementId === undefined ? [{ title: 'Yêu cầu', dataIndex: 'requirementTitle' }] : []),
        { title: 'Người nhắc', dataIndex: 'createdBy', width: 160 },
        { title: 'Hình thức', dataIndex: 'channels', width: 220, render: (c: TReminder['channels']) => c.map((x) => <Tag key={x}>{CHANNEL[x]}</Tag>) },
        {
          title: 'Đơn vị được nhắc', key: 'recipients',
          render: (_: unknown, r: TReminder) => `${r.recipients.length} đơn vị${r.recipients.length <= 2 ? `: ${r.recipients.map((u) => u.unitName).join(', ')}` : ''}`,
        },
        { title: 'Số công văn', dataIndex: 'letterSymbol', width: 130, render: (s: string | null) => s ?? '—' },
        ...(canDownload
          ? [{
              title: '', key: 'letter', width: 230,
              render: (_: unknown, r: TReminder) => (
                <Button size="small" icon={<DownloadOutlined aria-hidden />} loading={busy === r.id} onClick={() => download(r.id)}>
                  Tải công văn đôn đốc (.docx)
                </Button>
              ),
            }]
          : []),
      ]}
    />
  );
}
