import { Card, Col, DatePicker, Row, Space, Statistic, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import type { TProgress, TUnitsQuery } from '../../modules/requirements/requirements.schemas';
import { DATE_FORMAT } from '../app/dateItem';
import { formatDay } from '../app/format';
import { PageError } from '../app/PageState';
import { UnitSelect } from '../units/UnitSelect';
import { ProgressUnitsTable } from './ProgressUnitsTable';
import { useProgress, useProgressUnits } from './requirements.api';

type Status = TUnitsQuery['status'] | 'all';

/** The eight numbers, each naming the unit list behind it. */
const CARDS: { key: keyof TProgress & string; status: Status; title: string; color?: string }[] = [
  { key: 'targeted', status: 'all', title: 'Được giao' },
  { key: 'submitted', status: 'submitted', title: 'Đã nộp' },
  { key: 'onTime', status: 'onTime', title: 'Đúng hạn', color: '#389e0d' },
  { key: 'late', status: 'late', title: 'Nộp muộn', color: '#d46b08' },
  { key: 'missing', status: 'missing', title: 'Quá hạn chưa nộp', color: '#cf1322' },
  { key: 'notYetDue', status: 'notYetDue', title: 'Chưa đến hạn', color: '#0958d9' },
  { key: 'accepted', status: 'accepted', title: 'Đã duyệt', color: '#389e0d' },
  { key: 'returned', status: 'returned', title: 'Trả lại', color: '#d4380d' },
];

function ModelsBreakdown({ m }: { m: NonNullable<TProgress['models']> }) {
  const items: [string, number][] = [
    ['Tổng số mô hình', m.total], ['Cấp Khối', m.khoi], ['Cấp cơ sở', m.coSo], ['Cơ sở – tiếp tục', m.coSoContinuing], ['Cơ sở – đăng ký mới', m.coSoNew],
  ];
  return (
    <Card title="Mô hình Dân vận khéo đã đăng ký" size="small">
      <Row gutter={[16, 8]}>
        {items.map(([t, v]) => (
          <Col key={t} xs={12} sm={8} md={4}><Statistic title={t} value={v} /></Col>
        ))}
      </Row>
    </Card>
  );
}

/** Live progress of one requirement: as-of date, subtree filter, clickable counts, models and missing units. */
export function ProgressPanel({ requirementId, isModels }: { requirementId: number; isModels: boolean }) {
  const [asOf, setAsOf] = useState<string | undefined>();
  const [unitId, setUnitId] = useState<number | undefined>();
  const [status, setStatus] = useState<Status | null>(null);
  const p = useProgress(requirementId, { asOf, unitId });
  const units = useProgressUnits(requirementId, { asOf, unitId, status: status === 'all' ? undefined : (status ?? undefined) }, status !== null);
  const chosen = CARDS.find((c) => c.status === status);

  if (p.isError && !p.data) return <PageError error={p.error} onRetry={() => void p.refetch()} />;
  const d = p.data;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Space wrap>
        <label>
          Tính đến ngày{' '}
          <DatePicker
            aria-label="Tính đến ngày"
            format={DATE_FORMAT}
            placeholder="Hôm nay"
            value={asOf ? dayjs(asOf) : null}
            onChange={(v) => setAsOf(v ? v.format('YYYY-MM-DD') : undefined)}
          />
        </label>
        <div style={{ minWidth: 320 }}>
          <UnitSelect value={unitId ?? null} onChange={(v) => setUnitId(v ?? undefined)} placeholder="Lọc theo nhánh: gõ tên đơn vị" />
        </div>
        {d && <Typography.Text type="secondary">Số liệu tính đến hết ngày {formatDay(d.asOf)}; tự cập nhật mỗi 30 giây.</Typography.Text>}
      </Space>
      <Row gutter={[12, 12]}>
        {CARDS.map((c) => (
          <Col key={c.key} xs={12} sm={8} md={6} xl={3}>
            <Card
              hoverable
              size="small"
              role="button"
              tabIndex={0}
              aria-pressed={status === c.status}
              aria-label={`${c.title}: ${d ? String(d[c.key]) : '…'} đơn vị — xem danh sách`}
              onClick={() => setStatus(status === c.status ? null : c.status)}
              onKeyDown={(e) => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); setStatus(status === c.status ? null : c.status); } }}
              style={{ height: '100%', borderColor: status === c.status ? '#b71c1c' : undefined }}
            >
              <Statistic title={c.title} value={d ? (d[c.key] as number) : undefined} loading={!d} styles={{ content: { color: c.color } }} />
            </Card>
          </Col>
        ))}
      </Row>
      {chosen && (
        <Card size="small" title={`Đơn vị: ${chosen.title}`}>
          <ProgressUnitsTable units={units.data} loading={units.isPending} />
        </Card>
      )}
      {isModels && d?.models && <ModelsBreakdown m={d.models} />}
      {d && (
        <Card size="small" title={`Đơn vị quá hạn chưa nộp (${d.missingUnits.length})`}>
          {d.missingUnits.length === 0 ? (
            <Typography.Text type="secondary">Không có đơn vị nào quá hạn.</Typography.Text>
          ) : (
            <ul style={{ margin: 0, paddingLeft: 20, columns: '2 280px' }}>
              {d.missingUnits.map((u) => (
                <li key={u.id}>{u.name} <Typography.Text type="secondary">(hạn {formatDay(u.deadline)})</Typography.Text></li>
              ))}
            </ul>
          )}
        </Card>
      )}
    </Space>
  );
}
