import { Alert, Card, DatePicker, Empty, Form, InputNumber, Space, Spin, Typography } from 'antd';
import dayjs from 'dayjs';
import { useSearchParams } from 'react-router';
import { DATE_FORMAT } from '../app/dateItem';
import { formatDay } from '../app/format';
import { PageError } from '../app/PageState';
import { usePageTitle } from '../app/usePageTitle';
import { UnitSelect } from '../units/UnitSelect';
import { useDashboard } from './dashboard.api';
import { LatePanel } from './LatePanel';
import { ModelsCharts } from './ModelsCharts';
import { RequirementCard } from './ProgressCharts';

const ISO = /^\d{4}-\d{2}-\d{2}$/;

/**
 * "Bảng điều khiển": progress of the open requirements over time, by unit kind and branch; models by field and level;
 * late and missing units. The day counted defaults to today and lives in the address (?ngay=yyyy-mm-dd), so a
 * dashboard "as of 15/05/2024" can be shared as a link.
 */
export default function DashboardPage() {
  usePageTitle('Bảng điều khiển');
  const [params, setParams] = useSearchParams();
  const asOf = ISO.test(params.get('ngay') ?? '') ? params.get('ngay')! : undefined;
  const unitId = Number(params.get('donVi')) || undefined;
  const year = Number(params.get('nam')) || undefined;
  const q = useDashboard({ asOf, unitId, year });
  const set = (key: string, value: string | number | null | undefined) => setParams((p) => {
    const next = new URLSearchParams(p);
    if (value === null || value === undefined || value === '') next.delete(key); else next.set(key, String(value));
    return next;
  }, { replace: true });

  if (q.isError && !q.data) return <PageError error={q.error} onRetry={() => void q.refetch()} />;
  const d = q.data;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>Bảng điều khiển</Typography.Title>
      <Card size="small">
        <Form layout="vertical">
          <Space wrap size="middle" align="end">
            <Form.Item label="Tính đến ngày" htmlFor="dashboard-as-of" style={{ marginBottom: 0 }}>
              <DatePicker
                id="dashboard-as-of" format={DATE_FORMAT} allowClear={false} value={dayjs(asOf ?? undefined)}
                onChange={(v) => set('ngay', v?.format('YYYY-MM-DD'))}
                presets={[{ label: 'Hôm nay', value: dayjs() }, { label: 'Cuối tháng trước', value: dayjs().startOf('month').subtract(1, 'day') }]}
              />
            </Form.Item>
            <Form.Item label="Nhánh" htmlFor="dashboard-unit" style={{ marginBottom: 0, minWidth: 240, maxWidth: '100%' }}>
              <UnitSelect id="dashboard-unit" value={unitId ?? null} onChange={(v) => set('donVi', v)} placeholder="Cả phạm vi — gõ tên để chọn nhánh" currentLabel={d?.unit?.name} />
            </Form.Item>
            <Form.Item label="Năm của mô hình" htmlFor="dashboard-year" style={{ marginBottom: 0 }}>
              <InputNumber id="dashboard-year" min={2000} max={2100} value={d?.year ?? year} onChange={(v) => set('nam', v)} style={{ width: 110 }} />
            </Form.Item>
          </Space>
        </Form>
        {d && (
          <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0' }} data-testid="dashboard-as-of-text">
            Số liệu tính đến hết ngày {formatDay(d.asOf)}{d.unit ? `, nhánh ${d.unit.name}` : ''}.
          </Typography.Paragraph>
        )}
      </Card>
      {!d ? <Spin /> : <Figures d={d} />}
    </Space>
  );
}

function Figures({ d }: { d: NonNullable<ReturnType<typeof useDashboard>['data']> }) {
  return (
    <>
      {d.requirements.length === 0
        ? <Card size="small"><Empty description={`Không có yêu cầu nào đang mở tại ngày ${formatDay(d.asOf)}`} /></Card>
        : d.requirements.map((r) => <RequirementCard key={r.id} r={r} />)}
      <ModelsCharts models={d.models} year={d.year} />
      <LatePanel d={d} />
      {d.requirements.length > 0 && (
        <Alert type="info" showIcon title="Bấm vào tên yêu cầu để xem danh sách đơn vị đứng sau từng con số; bấm vào tên đơn vị để xem kết quả thực hiện của đơn vị." />
      )}
    </>
  );
}
