import { Card, Col, DatePicker, Row, Space, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Link } from 'react-router';
import type { TProgress, TUnitsQuery } from '../../modules/requirements/requirements.schemas';
import { DATE_FORMAT } from '../app/dateItem';
import { formatDay } from '../app/format';
import { PageError } from '../app/PageState';
import { scorecardPath } from '../scorecard/scorecard.api';
import { UnitSelect } from '../units/UnitSelect';
import { CountCard } from './CountCard';
import { ProgressUnitsTable } from './ProgressUnitsTable';
import { useProgress, useProgressUnits } from './requirements.api';

type Status = TUnitsQuery['status'] | 'all';
type Models = NonNullable<TProgress['models']>;

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

/** The model counts; each shows the units whose counted submissions hold such models. */
const MODEL_CARDS: { key: keyof Models; status: Status; title: string }[] = [
  { key: 'total', status: 'models', title: 'Tổng số mô hình' },
  { key: 'khoi', status: 'modelsKhoi', title: 'Cấp Khối' },
  { key: 'coSo', status: 'modelsCoSo', title: 'Cấp cơ sở' },
  { key: 'coSoContinuing', status: 'modelsContinuing', title: 'Cơ sở – tiếp tục' },
  { key: 'coSoNew', status: 'modelsNew', title: 'Cơ sở – đăng ký mới' },
];

interface Props {
  requirementId: number;
  isModels: boolean;
  /** Staff may remind the units of a list: called with the ids shown. */
  onRemind?: (unitIds: number[]) => void;
}

/** Live progress of one requirement: as-of date, subtree filter, clickable counts, models and missing units. */
export function ProgressPanel({ requirementId, isModels, onRemind }: Props) {
  const [asOf, setAsOf] = useState<string | undefined>();
  const [unitId, setUnitId] = useState<number | undefined>();
  const [status, setStatus] = useState<Status | null>(null);
  const p = useProgress(requirementId, { asOf, unitId });
  const units = useProgressUnits(requirementId, { asOf, unitId, status: status === 'all' ? undefined : (status ?? undefined) }, status !== null);
  const toggle = (s: Status) => setStatus(status === s ? null : s);
  const chosen = [...CARDS, ...MODEL_CARDS].find((c) => c.status === status);

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
            <CountCard title={c.title} value={d ? (d[c.key] as number) : undefined} color={c.color} pressed={status === c.status} onToggle={() => toggle(c.status)} />
          </Col>
        ))}
      </Row>
      {isModels && d?.models && (
        <Card title="Mô hình Dân vận khéo đã đăng ký" size="small">
          <Row gutter={[12, 12]}>
            {MODEL_CARDS.map((c) => (
              <Col key={c.key} xs={12} sm={8} md={4}>
                <CountCard title={c.title} value={d.models![c.key]} unit="mô hình" action="xem các đơn vị đăng ký" pressed={status === c.status} onToggle={() => toggle(c.status)} />
              </Col>
            ))}
          </Row>
        </Card>
      )}
      {chosen && (
        <Card size="small" title={`Đơn vị: ${chosen.title}`}>
          <ProgressUnitsTable units={units.data} loading={units.isPending} onRemind={onRemind} />
        </Card>
      )}
      {d && (
        <Card size="small" title={`Đơn vị quá hạn chưa nộp (${d.missingUnits.length})`}>
          {d.missingUnits.length === 0 ? (
            <Typography.Text type="secondary">Không có đơn vị nào quá hạn.</Typography.Text>
          ) : (
            <ul style={{ margin: 0, paddingLeft: 20, columns: '2 280px' }}>
              {d.missingUnits.map((u) => (
                <li key={u.id}><Link to={scorecardPath(u.id)} title="Xem kết quả thực hiện của đơn vị">{u.name}</Link> <Typography.Text type="secondary">(hạn {formatDay(u.deadline)})</Typography.Text></li>
              ))}
            </ul>
          )}
        </Card>
      )}
    </Space>
  );
}
