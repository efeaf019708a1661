import { FileExcelOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Input, InputNumber, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { FIELD_LABELS, LEVEL_LABELS, MODEL_FIELDS, MODEL_LEVELS, RECOGNITION_LABELS, type TModelItem } from '../../modules/models/models.schemas';
import { downloadFile } from '../app/api';
import { useCurrentUser } from '../app/auth';
import { useFeedback } from '../app/feedback';
import { PageError } from '../app/PageState';
import { useDebounced } from '../app/useDebounced';
import { usePageTitle } from '../app/usePageTitle';
import { UnitSelect } from '../units/UnitSelect';
import { ModelDetailDrawer } from './ModelDetailDrawer';
import { ModelImportModal } from './ModelImportModal';
import { type ModelFilters, useModels } from './models.api';

/** "Mô hình Dân vận khéo": the registry across years, filtered and searched; detail, evaluation and import for staff. */
export default function ModelsPage() {
  usePageTitle('Mô hình Dân vận khéo');
  const me = useCurrentUser();
  const canEdit = me.role === 'admin' || me.role === 'staff';
  const [f, setF] = useState<ModelFilters>({ page: 1, pageSize: 50 });
  const [text, setText] = useState('');
  const q = useDebounced(text, 300);
  const list = useModels({ ...f, q: q || undefined });
  const [openId, setOpenId] = useState<number | null>(null);
  const [importing, setImporting] = useState(false);
  const feedback = useFeedback();
  const set = (patch: Partial<ModelFilters>) => setF((old) => ({ ...old, ...patch, page: 1 }));

  if (list.isError) return <PageError error={list.error} onRetry={() => void list.refetch()} />;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
        <Typography.Title level={3} style={{ margin: 0 }}>Mô hình Dân vận khéo</Typography.Title>
        <Space>
          {me.role !== 'unit' && (
            <Button icon={<FileExcelOutlined aria-hidden />} onClick={() => void downloadFile(`/api/reports/models.xlsx${f.year ? `?year=${f.year}` : ''}`, 'mo-hinh-dan-van-kheo.xlsx').catch(feedback.error)}>
              Xuất Excel
            </Button>
          )}
          {canEdit && <Button icon={<UploadOutlined aria-hidden />} onClick={() => setImporting(true)}>Nhập từ Excel</Button>}
        </Space>
      </Space>
      <Space wrap>
        <Input.Search allowClear placeholder="Tìm theo tên mô hình (gõ có dấu hay không dấu)" aria-label="Tìm mô hình" style={{ width: 320 }}
          value={text} onChange={(e) => { setText(e.target.value); setF((old) => ({ ...old, page: 1 })); }} />
        {me.role !== 'unit' && (
          <div style={{ width: 280 }}><UnitSelect placeholder="Đơn vị (gồm đơn vị trực thuộc)" value={f.unitId ?? null} onChange={(id) => set({ unitId: id ?? undefined })} /></div>
        )}
        <Select allowClear placeholder="Cấp" aria-label="Cấp" style={{ width: 120 }} value={f.level}
          options={MODEL_LEVELS.map((l) => ({ value: l, label: LEVEL_LABELS[l] }))} onChange={(level) => set({ level })} />
        <Select allowClear placeholder="Lĩnh vực" aria-label="Lĩnh vực" style={{ width: 240 }} value={f.field}
          options={MODEL_FIELDS.map((x) => ({ value: x, label: FIELD_LABELS[x] }))} onChange={(field) => set({ field })} />
        <InputNumber placeholder="Năm" aria-label="Năm" min={2000} max={2100} value={f.year} onChange={(v) => set({ year: v ?? undefined })} />
        <Select allowClear placeholder="Điển hình" aria-label="Điển hình" style={{ width: 170 }} value={f.recognized}
          options={[{ value: 'true', label: 'Đã công nhận' }, { value: 'false', label: 'Chưa công nhận' }]} onChange={(recognized) => set({ recognized })} />
      </Space>
      <Table<TModelItem>
        rowKey="id" size="middle" loading={list.isFetching} dataSource={list.data?.items ?? []} scroll={{ x: 900 }}
        onRow={(m) => ({ onClick: () => setOpenId(m.id), style: { cursor: 'pointer' } })}
        pagination={{
          current: f.page, pageSize: f.pageSize, total: list.data?.total ?? 0, showSizeChanger: true,
          showTotal: (n) => `${n} mô hình`, onChange: (page, pageSize) => setF((old) => ({ ...old, page, pageSize })),
        }}
        columns={[
          { title: 'Tên mô hình', dataIndex: 'name', render: (name: string, m) => <Button type="link" style={{ padding: 0, whiteSpace: 'normal', textAlign: 'left' }} onClick={() => setOpenId(m.id)}>{name}</Button> },
          { title: 'Đơn vị', render: (_, m) => m.unit.name },
          { title: 'Cấp', width: 90, render: (_, m) => LEVEL_LABELS[m.level] },
          { title: 'Lĩnh vực', width: 200, render: (_, m) => FIELD_LABELS[m.field] },
          { title: 'Các năm', width: 130, render: (_, m) => m.years.join(', ') },
          { title: 'Điển hình', width: 170, render: (_, m) => (m.recognition ? <Tag color="gold">{RECOGNITION_LABELS[m.recognition]}</Tag> : null) },
        ]}
      />
      <ModelDetailDrawer id={openId} onClose={() => setOpenId(null)} />
      {canEdit && <ModelImportModal open={importing} onClose={() => setImporting(false)} />}
    </Space>
  );
}
