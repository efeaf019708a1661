import { Card, Col, Empty, Row, Typography } from 'antd';
import { Bar, BarChart, CartesianGrid, Cell, Legend, Pie, PieChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { TModelCount } from '../../modules/dashboard/dashboard.schemas';
import { COLORS, FIELD_LABELS, LEVEL_LABELS } from './labels';

/** Dân vận khéo models of the year: bars by field (split by level) and a pie by level. */
export function ModelsCharts({ models, year }: { models: TModelCount[]; year: number }) {
  const total = models.reduce((a, m) => a + m.count, 0);
  const count = (pred: (m: TModelCount) => boolean) => models.filter(pred).reduce((a, m) => a + m.count, 0);
  const byField = (Object.keys(FIELD_LABELS) as TModelCount['field'][]).map((f) => ({
    name: FIELD_LABELS[f], khoi: count((m) => m.field === f && m.level === 'khoi'), coSo: count((m) => m.field === f && m.level === 'co_so'),
  }));
  const byLevel = (Object.keys(LEVEL_LABELS) as TModelCount['level'][]).map((l) => ({ name: LEVEL_LABELS[l], key: l, value: count((m) => m.level === l) }));
  const summary = `${total} mô hình; ${byLevel.map((l) => `${l.name.toLowerCase()}: ${l.value}`).join(', ')}.`;
  return (
    <Card title={`Mô hình "Dân vận khéo" năm ${year}`} size="small">
      <Typography.Paragraph style={{ marginBottom: 8 }} data-testid="dashboard-models-summary">{summary}</Typography.Paragraph>
      {total === 0 ? <Empty description="Chưa có mô hình nào được gửi" /> : (
        <Row gutter={[16, 16]}>
          <Col xs={24} lg={14}>
            <figure aria-label={`Mô hình theo lĩnh vực năm ${year}`} style={{ margin: 0 }}>
              <Typography.Text type="secondary">Theo lĩnh vực</Typography.Text>
              <ResponsiveContainer width="100%" height={240}>
                <BarChart data={byField} layout="vertical" margin={{ top: 0, right: 12, left: 0, bottom: 0 }}>
                  <CartesianGrid strokeDasharray="3 3" horizontal={false} />
                  <XAxis type="number" allowDecimals={false} />
                  <YAxis type="category" dataKey="name" width={110} tick={{ fontSize: 12 }} />
                  <Tooltip />
                  <Legend wrapperStyle={{ fontSize: 12 }} itemSorter={null} />
                  <Bar dataKey="coSo" name={LEVEL_LABELS.co_so} stackId="m" fill={COLORS.coSo} isAnimationActive={false} />
                  <Bar dataKey="khoi" name={LEVEL_LABELS.khoi} stackId="m" fill={COLORS.khoi} isAnimationActive={false} />
                </BarChart>
              </ResponsiveContainer>
            </figure>
          </Col>
          <Col xs={24} lg={10}>
            <figure aria-label={`Mô hình theo cấp năm ${year}: ${summary}`} style={{ margin: 0 }}>
              <Typography.Text type="secondary">Theo cấp</Typography.Text>
              <ResponsiveContainer width="100%" height={240}>
                <PieChart>
                  <Pie data={byLevel} dataKey="value" nameKey="name" outerRadius="70%" label={({ value }) => String(value)} isAnimationActive={false}>
                    {byLevel.map((l) => <Cell key={l.key} fill={l.key === 'khoi' ? COLORS.khoi : COLORS.coSo} />)}
                  </Pie>
                  <Tooltip />
                  <Legend wrapperStyle={{ fontSize: 12 }} itemSorter={null} />
                </PieChart>
              </ResponsiveContainer>
            </figure>
          </Col>
        </Row>
      )}
    </Card>
  );
}
