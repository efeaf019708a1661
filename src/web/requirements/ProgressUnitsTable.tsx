import { BellOutlined } from '@ant-design/icons';
import { Button, Space, Table, Tag } from 'antd';
import { Link, useNavigate } from 'react-router';
import type { TProgressUnit } from '../../modules/requirements/requirements.schemas';
import { formatDay, formatDateTime } from '../app/format';
import { scorecardPath } from '../scorecard/scorecard.api';
import { SUBMISSION_STATUS } from '../submissions/submissions.labels';
import { TRACKING } from './requirements.labels';

interface Props {
  units: TProgressUnit[] | undefined;
  loading: boolean;
  /** When given (staff), a button reminds the units of this list that have not submitted. */
  onRemind?: (unitIds: number[]) => void;
}

/** Units behind one number of the progress; a row with a submission opens its review, "Kết quả" the unit's scorecard. */
export function ProgressUnitsTable({ units, loading, onRemind }: Props) {
  const navigate = useNavigate();
  const open = (u: TProgressUnit) => u.submissionId != null && navigate(`/nop/${u.submissionId}`);
  const pending = (units ?? []).filter((u) => u.tracking === 'overdue' || u.tracking === 'not_yet_due').map((u) => u.id);
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      {onRemind && pending.length > 0 && (
        <Button icon={<BellOutlined aria-hidden />} onClick={() => onRemind(pending)}>Nhắc {pending.length} đơn vị chưa nộp trong danh sách</Button>
      )}
      <Table<TProgressUnit>
        rowKey="id"
        size="small"
        loading={loading}
        dataSource={units}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        scroll={{ x: 800 }}
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
          {
            title: 'Kết quả', key: 'scorecard', width: 90,
            render: (_, u) => <Link to={scorecardPath(u.id)} onClick={(e) => e.stopPropagation()} aria-label={`Kết quả thực hiện của ${u.name}`}>Xem</Link>,
          },
        ]}
      />
    </Space>
  );
}
