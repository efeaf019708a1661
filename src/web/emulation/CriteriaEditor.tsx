import { Alert, Button, Card, InputNumber, Space, Switch, Table, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { TCriterion } from '../../modules/emulation/emulation.schemas';
import { useFeedback } from '../app/feedback';
import { useCriteria, useSaveCriteria } from './emulation.api';

/** The year's criteria: weight, target (for counts) and on/off; staff and admins save them for their committee. */
export function CriteriaEditor({ year, canEdit }: { year: number; canEdit: boolean }) {
  const criteria = useCriteria(year);
  const save = useSaveCriteria();
  const feedback = useFeedback();
  const [rows, setRows] = useState<TCriterion[]>([]);
  useEffect(() => { if (criteria.data) setRows(criteria.data.criteria); }, [criteria.data]);
  const patch = (key: string, p: Partial<TCriterion>) => setRows((old) => old.map((r) => (r.key === key ? { ...r, ...p } : r)));
  const total = rows.filter((r) => r.enabled).reduce((s, r) => s + r.weight, 0);
  const submit = () => save.mutate(
    { year, criteria: rows.map(({ key, weight, target, enabled }) => ({ key, weight, target, enabled })) },
    { onSuccess: () => feedback.success(`Đã lưu tiêu chí thi đua năm ${year}`), onError: feedback.error },
  );

  return (
    <Card title={`Tiêu chí thi đua năm ${year}${criteria.data ? ` — ${criteria.data.committee.name}` : ''}`} loading={criteria.isLoading}>
      {criteria.data?.isDefault && <Alert type="info" showIcon style={{ marginBottom: 12 }} title="Chưa cấu hình cho năm này: đang dùng bộ tiêu chí mặc định." />}
      <Table<TCriterion> rowKey="key" size="small" pagination={false} dataSource={rows} scroll={{ x: 800 }} columns={[
        { title: 'Tiêu chí', render: (_, r) => <><b>{r.label}</b><br /><Typography.Text type="secondary">{r.definition}</Typography.Text></> },
        { title: 'Áp dụng', width: 90, render: (_, r) => <Switch aria-label={`Áp dụng: ${r.label}`} checked={r.enabled} disabled={!canEdit} onChange={(enabled) => patch(r.key, { enabled })} /> },
        { title: 'Trọng số', width: 110, render: (_, r) => <InputNumber aria-label={`Trọng số: ${r.label}`} min={0} max={100} precision={0} value={r.weight} disabled={!canEdit} onChange={(v) => patch(r.key, { weight: v ?? 0 })} /> },
        { title: 'Chỉ tiêu', width: 110, render: (_, r) => (r.measure === 'count'
          ? <InputNumber aria-label={`Chỉ tiêu: ${r.label}`} min={1} max={100} precision={0} value={r.target} disabled={!canEdit} onChange={(v) => patch(r.key, { target: v ?? 1 })} />
          : '—') },
      ]} />
      <Space style={{ marginTop: 12 }}>
        <Typography.Text>Tổng điểm tối đa: <b>{total}</b></Typography.Text>
        {canEdit && <Button type="primary" onClick={submit} loading={save.isPending}>Lưu tiêu chí</Button>}
      </Space>
    </Card>
  );
}
