import { FileExcelOutlined } from '@ant-design/icons';
import { Button, Card, DatePicker, InputNumber, Space, Table, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import type { TRankingRow } from '../../modules/emulation/emulation.schemas';
import { useCurrentUser } from '../app/auth';
import { DATE_FORMAT } from '../app/dateItem';
import { useFeedback } from '../app/feedback';
import { PageError } from '../app/PageState';
import { usePageTitle } from '../app/usePageTitle';
import { useRequirements } from '../requirements/requirements.api';
import { UnitSelect } from '../units/UnitSelect';
import { CriteriaEditor } from './CriteriaEditor';
import { useRanking, useRankingExport } from './emulation.api';

const rawText = (measure: string | undefined, raw: number) => (measure === 'rate' ? `${Math.round(raw * 100)}%` : measure === 'done' ? (raw ? 'Có' : 'Chưa') : String(raw));

/** "Thi đua": the criteria of the year and the ranking of grassroots units, each unit's points explained line by line. */
export default function EmulationPage() {
  usePageTitle('Thi đua');
  const me = useCurrentUser();
  // The latest year the committee has requirements in (not past this year): opening the page on a new year, or on
  // the demo's 2024, shows a ranking with something in it rather than every unit tied on nothing.
  const requirements = useRequirements();
  const thisYear = new Date().getFullYear();
  const latest = Math.max(0, ...(requirements.data ?? []).map((r) => r.year).filter((y) => y <= thisYear)) || thisYear;
  const [chosenYear, setYear] = useState<number | null>(null);
  const year = chosenYear ?? latest;
  const [asOf, setAsOf] = useState<Dayjs | null>(null);
  const [unitId, setUnitId] = useState<number | undefined>();
  const query = { year, asOf: asOf?.format('YYYY-MM-DD'), unitId };
  const ranking = useRanking(query, chosenYear !== null || !requirements.isPending);
  const exporter = useRankingExport();
  const feedback = useFeedback();
  const measure = new Map(ranking.data?.criteria.map((c) => [c.key, c.measure]));

  if (ranking.isError) return <PageError error={ranking.error} onRetry={() => void ranking.refetch()} />;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>Thi đua</Typography.Title>
      <Space wrap>
        <InputNumber aria-label="Năm thi đua" addonBefore="Năm" min={2000} max={2100} value={year} onChange={(v) => v && setYear(v)} />
        <DatePicker aria-label="Tính đến ngày" placeholder="Tính đến ngày (mặc định: hôm nay)" format={DATE_FORMAT} value={asOf} onChange={setAsOf} />
        <div style={{ width: 280 }}><UnitSelect placeholder="Đơn vị (gồm đơn vị trực thuộc)" value={unitId ?? null} onChange={(id) => setUnitId(id ?? undefined)} /></div>
        <Button icon={<FileExcelOutlined aria-hidden />} loading={exporter.isPending} onClick={() => exporter.mutate(query, { onError: feedback.error })}>Xuất Excel</Button>
      </Space>
      <Card title={`Xếp hạng năm ${year}${ranking.data ? ` (tính đến ${ranking.data.asOf.split('-').reverse().join('/')}, tối đa ${ranking.data.maxTotal} điểm)` : ''}`}>
        <Table<TRankingRow>
          rowKey={(r) => r.unit.id} size="small" loading={ranking.isFetching} dataSource={ranking.data?.rows ?? []} pagination={{ pageSize: 100 }} scroll={{ x: 700 }}
          expandable={{
            expandedRowRender: (r) => (
              <Table size="small" pagination={false} rowKey="key" dataSource={r.lines} columns={[
                { title: 'Tiêu chí', dataIndex: 'label' },
                { title: 'Giá trị thực tế', width: 130, render: (_, l) => rawText(measure.get(l.key), l.raw) },
                { title: 'Mức đạt', width: 90, render: (_, l) => `${Math.round(l.ratio * 100)}%` },
                { title: 'Trọng số', width: 90, dataIndex: 'weight' },
                { title: 'Điểm', width: 80, dataIndex: 'points' },
              ]} />
            ),
          }}
          columns={[
            { title: 'Hạng', dataIndex: 'rank', width: 70 },
            { title: 'Đơn vị', render: (_, r) => r.unit.name },
            { title: 'Tổng điểm', width: 110, render: (_, r) => <b>{r.total}</b> },
          ]}
        />
      </Card>
      <CriteriaEditor year={year} canEdit={me.role === 'admin' || me.role === 'staff'} />
    </Space>
  );
}
