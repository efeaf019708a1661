import { Table, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import type { TScorecardItem } from '../../modules/scorecard/scorecard.schemas';
import { formatDateTime, formatDay } from '../app/format';
import { KIND_LABELS, TRACKING } from '../requirements/requirements.labels';
import { SUBMISSION_STATUS } from '../submissions/submissions.labels';

/** Government task tracking in words: done on time, done late, overdue, not yet due. */
export const SCORECARD_TRACKING: Record<TScorecardItem['tracking'], [label: string, color: string]> = {
  on_time: ['Hoàn thành đúng hạn', TRACKING.on_time[1]],
  late: ['Hoàn thành muộn', TRACKING.late[1]],
  overdue: ['Quá hạn chưa thực hiện', TRACKING.overdue[1]],
  not_yet_due: ['Chưa đến hạn', TRACKING.not_yet_due[1]],
};

function DaysText({ i }: { i: TScorecardItem }) {
  if (i.tracking !== 'overdue' && i.tracking !== 'not_yet_due') return null;
  if (i.daysLeft < 0) return <Typography.Text type="danger">quá {-i.daysLeft} ngày</Typography.Text>;
  if (i.daysLeft === 0) return <Typography.Text type="warning">hạn cuối hôm nay</Typography.Text>;
  return <Typography.Text type="secondary">còn {i.daysLeft} ngày</Typography.Text>;
}

/** One line per requirement targeting the unit; the title opens the requirement (staff) or the unit's own form. */
export function ScorecardTable({ items, loading, isUnit }: { items: TScorecardItem[] | undefined; loading: boolean; isUnit: boolean }) {
  const linkOf = (i: TScorecardItem) => (isUnit ? `/yeu-cau/${i.requirementId}/nop` : `/yeu-cau/${i.requirementId}`);
  return (
    <Table<TScorecardItem>
      rowKey="requirementId"
      size="small"
      loading={loading}
      dataSource={items}
      pagination={{ pageSize: 20, hideOnSinglePage: true }}
      scroll={{ x: 860 }}
      locale={{ emptyText: 'Không có yêu cầu nào' }}
      columns={[
        {
          title: 'Yêu cầu', key: 'title',
          render: (_, i) => (
            <span>
              <Link to={linkOf(i)}>{i.title}</Link>
              <br />
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>{KIND_LABELS[i.kind]}{i.requirementStatus === 'closed' ? ' · đã kết thúc' : ''}</Typography.Text>
            </span>
          ),
        },
        {
          title: 'Hạn', dataIndex: 'deadline', width: 150,
          render: (d: string, i) => <span>{formatDay(d)}{i.ownDeadline && <Tag style={{ marginLeft: 4 }}>hạn riêng</Tag>}<br /><DaysText i={i} /></span>,
        },
        {
          title: 'Tình hình thực hiện', dataIndex: 'tracking', width: 200,
          render: (t: TScorecardItem['tracking']) => <Tag color={SCORECARD_TRACKING[t][1]}>{SCORECARD_TRACKING[t][0]}</Tag>,
        },
        {
          title: 'Bài nộp', dataIndex: 'submissionStatus', width: 160,
          render: (s: TScorecardItem['submissionStatus']) => (s ? <Tag color={SUBMISSION_STATUS[s][1]}>{SUBMISSION_STATUS[s][0]}</Tag> : 'Chưa có'),
        },
        { title: 'Gửi lần đầu', dataIndex: 'firstSubmittedAt', width: 150, render: (d: string | null) => formatDateTime(d) },
      ]}
    />
  );
}
