import { Table, Tag } from 'antd';
import { useNavigate } from 'react-router';
import type { TProgressUnit } from '../../modules/requirements/requirements.schemas';
import { formatDay, formatDateTime } from '../app/format';
import { SUBMISSION_STATUS } from '../submissions/submissions.labels';
import { TRACKING } from './requirements.labels';

/** Units behind one number of the progress; a row with a submission opens its review. */
export function ProgressUnitsTable({ units, loading }: { units: TProgressUnit[] | undefined; loading: boolean }) {
  const navigate = useNavigate();
  const open = (u: TProgressUnit) => u.submissionId != null && navigate(`/nop/${u.submissionId}`);
  return (
    <Table<TProgressUnit>
      rowKey="id"
      size="small"
      loading={loading}
      dataSource={units}
      pagination={{ pageSize: 20, hideOnSinglePage: true }}
      scroll={{ x: 720 }}
      locale={{ emptyText: 'Không có đơn vị nào' }}
      onRow={(u) => ({ onClick: () => open(u), style: { cursor: u.submissionId != null ? 'pointer' : undefined } })}
      columns={[
        {
          title: 'Đơn vị', key: 'name',
          render: (_, u) => (u.submissionId != null
            ? <a href={`/nop/${u.submissionId}`} onClick={(e) => { e.preventDefault(); e.stopPropagation(); open(u); }}>{u.name}</a>
            : u.name),
        },
        { title: 'Hạn nộp', dataIndex: 'deadline', width: 110, render: (d: string) => formatDay(d) },
        { title: 'Theo dõi', dataIndex: 'tracking', width: 160, render: (t: TProgressUnit['tracking']) => <Tag color={TRACKING[t][1]}>{TRACKING[t][0]}</Tag> },
        {
          title: 'Bài nộp', dataIndex: 'submissionStatus', width: 160,
          render: (s: TProgressUnit['submissionStatus']) => (s ? <Tag color={SUBMISSION_STATUS[s][1]}>{SUBMISSION_STATUS[s][0]}</Tag> : 'Chưa có'),
        },
        { title: 'Gửi lần đầu', dataIndex: 'firstSubmittedAt', width: 150, render: (d: string | null) => formatDateTime(d) },
      ]}
    />
  );
}
