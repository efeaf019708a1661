import { Card, Col, Empty, Row, Typography } from 'antd';
import { Link } from 'react-router';
import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { TRequirementSeries } from '../../modules/dashboard/dashboard.schemas';
import { UNIT_KIND_LABELS } from '../../domain/org-tree';
import { formatDay } from '../app/format';
import { COLORS, shortDay } from './labels';

/** Cumulative first submissions day by day, against the number targeted, with the deadline marked. */
function CumulativeLine({ r }: { r: TRequirementSeries }) {
  return (
    <ResponsiveContainer width="100%" height={240}>
      <LineChart data={r.days} margin={{ top: 20, right: 24, left: 0, bottom: 0 }}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="date" tickFormatter={shortDay} minTickGap={20} />
        <YAxis allowDecimals={false} domain={[0, Math.max(r.targeted, 1)]} width={36} />
        <Tooltip labelFormatter={(d) => formatDay(String(d))} />
        <ReferenceLine y={r.targeted} stroke={COLORS.target} strokeDasharray="4 4" label={{ value: `Được giao: ${r.targeted}`, position: 'insideBottomLeft', fontSize: 12 }} />
        <ReferenceLine x={r.deadline} stroke={COLORS.missing} label={{ value: `Hạn ${formatDay(r.deadline)}`, position: 'top', fontSize: 12, fill: COLORS.missing }} />
        <Line type="stepAfter" dataKey="cumulative" name="Đã gửi (cộng dồn)" stroke={COLORS.submitted} strokeWidth={2} dot={false} isAnimationActive={false} connectNulls={false} />
      </LineChart>
    </ResponsiveContainer>
  );
}

/** Per unit kind: on time, late, overdue and not yet due, stacked to the number targeted. */
function KindBars({ r }: { r: TRequirementSeries }) {
  const data = r.byKind.map((k) => ({ name: UNIT_KIND_LABELS[k.kind], onTime: k.onTime, late: k.late, missing: k.missing, waiting: k.targeted - k.submitted - k.missing }));
  return (
    <ResponsiveContainer width="100%" height={60 + 44 * Math.max(data.length, 1)}>
      <BarChart data={data} layout="vertical" margin={{ top: 0, right: 12, left: 0, bottom: 0 }}>
        <CartesianGrid strokeDasharray="3 3" horizontal={false} />
        <XAxis type="number" allowDecimals={false} />
        <YAxis type="category" dataKey="name" width={96} tick={{ fontSize: 12 }} />
        <Tooltip />
        <Legend wrapperStyle={{ fontSize: 12 }} itemSorter={null} />
        <Bar dataKey="onTime" name="Đúng hạn" stackId="a" fill={COLORS.onTime} isAnimationActive={false} />
        <Bar dataKey="late" name="Muộn" stackId="a" fill={COLORS.late} isAnimationActive={false} />
        <Bar dataKey="missing" name="Quá hạn" stackId="a" fill={COLORS.missing} isAnimationActive={false} />
        <Bar dataKey="waiting" name="Chưa đến hạn" stackId="a" fill={COLORS.target} isAnimationActive={false} />
      </BarChart>
    </ResponsiveContainer>
  );
}

/** One card per open requirement: the headline, the line over time and the bars by unit kind. */
export function RequirementCard({ r }: { r: TRequirementSeries }) {
  const summary = `Đã gửi ${r.submitted}/${r.targeted} đơn vị; đúng hạn ${r.onTime}, muộn ${r.late}, quá hạn ${r.missing}.`;
  return (
    <Card title={<Link to={`/yeu-cau/${r.id}`}>{r.title}</Link>} size="small" data-testid="dashboard-requirement">
      <Typography.Paragraph style={{ marginBottom: 8 }}>
        <Typography.Text strong className="dv-dashboard-headline">{r.submitted}/{r.targeted}</Typography.Text> đơn vị đã gửi · hạn {formatDay(r.deadline)} · giao ngày {formatDay(r.createdOn)}
      </Typography.Paragraph>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={14}>
          <figure aria-label={`Tiến độ theo ngày: ${r.title}. ${summary}`} style={{ margin: 0 }}>
            <Typography.Text type="secondary">Số đơn vị đã gửi cộng dồn theo ngày</Typography.Text>
            {r.days.length ? <CumulativeLine r={r} /> : <Empty description="Chưa có số liệu" />}
          </figure>
        </Col>
        <Col xs={24} lg={10}>
          <figure aria-label={`Theo loại đơn vị: ${r.title}`} style={{ margin: 0 }}>
            <Typography.Text type="secondary">Theo loại đơn vị</Typography.Text>
            {r.byKind.length ? <KindBars r={r} /> : <Empty description="Không có đơn vị được giao" />}
          </figure>
        </Col>
      </Row>
    </Card>
  );
}
