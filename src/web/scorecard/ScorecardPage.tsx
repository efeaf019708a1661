import { ArrowLeftOutlined } from '@ant-design/icons';
import { Card, Col, DatePicker, Row, Select, Space, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import type { TScorecard } from '../../modules/scorecard/scorecard.schemas';
import { useCurrentUser } from '../app/auth';
import { DATE_FORMAT } from '../app/dateItem';
import { formatDay } from '../app/format';
import { PageError } from '../app/PageState';
import { usePageTitle } from '../app/usePageTitle';
import { ReminderHistory } from '../reminders/ReminderHistory';
import { CountCard } from '../requirements/CountCard';
import { UnitSelect } from '../units/UnitSelect';
import { scorecardPath, useScorecard } from './scorecard.api';
import { SCORECARD_TRACKING, ScorecardTable } from './ScorecardTable';

type Filter = TScorecard['items'][number]['tracking'] | 'all';
const TOTALS: { key: keyof TScorecard['totals']; filter: Filter; title: string; color?: string }[] = [
  { key: 'total', filter: 'all', title: 'Tổng số yêu cầu' },
  { key: 'onTime', filter: 'on_time', title: SCORECARD_TRACKING.on_time[0], color: '#389e0d' },
  { key: 'late', filter: 'late', title: SCORECARD_TRACKING.late[0], color: '#d46b08' },
  { key: 'overdue', filter: 'overdue', title: SCORECARD_TRACKING.overdue[0], color: '#cf1322' },
  { key: 'notYetDue', filter: 'not_yet_due', title: SCORECARD_TRACKING.not_yet_due[0], color: '#0958d9' },
];

const THIS_YEAR = new Date().getFullYear();
const YEARS = Array.from({ length: 8 }, (_, k) => THIS_YEAR + 1 - k);

/** "Kết quả thực hiện": a unit's scorecard across requirements; a unit account sees its own, others choose a unit. */
export default function ScorecardPage() {
  const me = useCurrentUser();
  const isUnit = me.role === 'unit';
  const param = useParams().unitId;
  const unitId = param ? Number(param) : isUnit ? me.unit.id : undefined;
  const navigate = useNavigate();
  const [asOf, setAsOf] = useState<string | undefined>();
  const [year, setYear] = useState<number | undefined>();
  const [filter, setFilter] = useState<Filter>('all');
  const q = useScorecard(unitId, { asOf, year });
  const d = q.data;
  usePageTitle(d ? `Kết quả thực hiện — ${d.unit.name}` : 'Kết quả thực hiện');
  const items = d?.items.filter((i) => filter === 'all' || i.tracking === filter);
  const chosen = TOTALS.find((t) => t.filter === filter)!;

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      {!isUnit && <Link to="/don-vi"><ArrowLeftOutlined aria-hidden /> Đơn vị</Link>}
      <Typography.Title level={3} style={{ margin: 0 }}>Kết quả thực hiện{d ? ` — ${d.unit.name}` : ''}</Typography.Title>
      <Space wrap>
        {!isUnit && (
          <div style={{ minWidth: 320 }}>
            <UnitSelect value={unitId ?? null} currentLabel={d?.unit.name} onChange={(v) => v && navigate(scorecardPath(v))} placeholder="Chọn đơn vị: gõ tên đơn vị" />
          </div>
        )}
        <label>
          Tính đến ngày{' '}
          <DatePicker aria-label="Tính đến ngày" format={DATE_FORMAT} placeholder="Hôm nay" value={asOf ? dayjs(asOf) : null}
            onChange={(v) => setAsOf(v ? v.format('YYYY-MM-DD') : undefined)} />
        </label>
        <Select<number | 'all'>
          aria-label="Năm"
          style={{ width: 160 }}
          value={year ?? 'all'}
          onChange={(v) => setYear(v === 'all' ? undefined : v)}
          options={[{ value: 'all', label: 'Mọi năm' }, ...YEARS.map((y) => ({ value: y, label: `Năm ${y}` }))]}
        />
        {d && <Typography.Text type="secondary">Tính đến hết ngày {formatDay(d.asOf)}.</Typography.Text>}
      </Space>
      {unitId === undefined ? (
        <Card><Typography.Text type="secondary">Chọn một đơn vị để xem kết quả thực hiện các yêu cầu.</Typography.Text></Card>
      ) : q.isError && !d ? (
        <PageError error={q.error} onRetry={() => void q.refetch()} />
      ) : (
        <>
          <Row gutter={[12, 12]}>
            {TOTALS.map((t) => (
              <Col key={t.key} xs={12} sm={8} lg={4}>
                <CountCard title={t.title} value={d?.totals[t.key]} color={t.color} unit="yêu cầu" action="lọc bảng" pressed={filter === t.filter && t.filter !== 'all'}
                  onToggle={() => setFilter(filter === t.filter ? 'all' : t.filter)} />
              </Col>
            ))}
          </Row>
          <Card size="small" title={filter === 'all' ? 'Các yêu cầu' : `Các yêu cầu: ${chosen.title.toLowerCase()}`}>
            <ScorecardTable items={items} loading={q.isPending} isUnit={isUnit} />
          </Card>
          <Card size="small" title="Các lần được nhắc nhở">
            <ReminderHistory unitId={unitId} />
          </Card>
        </>
      )}
    </Space>
  );
}
