import { Alert, Button, Descriptions, Drawer, Form, Input, InputNumber, Radio, Select, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { FIELD_LABELS, LEVEL_LABELS, RECOGNITIONS, RECOGNITION_LABELS, type TEvaluationInput, type TModelYear } from '../../modules/models/models.schemas';
import { errorMessage } from '../app/api';
import { useFeedback } from '../app/feedback';
import { formatDateTime } from '../app/format';
import { useEvaluate, useModel } from './models.api';

/** One model: its unit, level, field, and every year it ran with that year's evaluation (editable by staff). */
export function ModelDetailDrawer({ id, onClose }: { id: number | null; onClose: () => void }) {
  const model = useModel(id);
  const m = model.data;
  return (
    <Drawer open={id !== null} onClose={onClose} size="large" title={m?.name ?? 'Mô hình'} destroyOnHidden>
      {model.isError && <Alert type="error" showIcon title={errorMessage(model.error)} />}
      {m && (
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          <Descriptions column={1} size="small" bordered items={[
            { key: 'u', label: 'Đơn vị', children: m.unit.name },
            { key: 'l', label: 'Cấp', children: LEVEL_LABELS[m.level] },
            { key: 'f', label: 'Lĩnh vực', children: FIELD_LABELS[m.field] },
            { key: 'y', label: 'Xây dựng từ năm', children: m.firstYear },
          ]} />
          {m.yearRows.map((y) => <YearCard key={y.year} modelId={m.id} y={y} canEvaluate={m.canEvaluate} />)}
        </Space>
      )}
    </Drawer>
  );
}

function YearCard({ modelId, y, canEvaluate }: { modelId: number; y: TModelYear; canEvaluate: boolean }) {
  const [editing, setEditing] = useState(false);
  const e = y.evaluation;
  return (
    <section aria-label={`Năm ${y.year}`} style={{ border: '1px solid #f0f0f0', borderRadius: 8, padding: 12 }}>
      <Space wrap>
        <Typography.Title level={5} style={{ margin: 0 }}>Năm {y.year}</Typography.Title>
        <Tag>{y.continuing ? 'Tiếp tục' : 'Đăng ký mới'}</Tag>
        {y.submissionId === null && <Tag>Nhập từ tệp</Tag>}
      </Space>
      {y.goals && <Typography.Paragraph style={{ marginTop: 8 }}><b>Mục tiêu:</b> {y.goals}</Typography.Paragraph>}
      {y.personInCharge && <Typography.Paragraph><b>Người phụ trách:</b> {y.personInCharge}</Typography.Paragraph>}
      {e ? (
        <Typography.Paragraph>
          <b>Đánh giá:</b> {e.achieved ? 'Đạt' : 'Không đạt'}{e.score !== null && ` — ${e.score} điểm`}
          {e.recognition && <Tag color="gold" style={{ marginLeft: 8 }}>{RECOGNITION_LABELS[e.recognition]}</Tag>}
          {e.notes && <><br />{e.notes}</>}
          <br /><Typography.Text type="secondary">{e.evaluatedBy ?? ''} · {formatDateTime(e.evaluatedAt)}</Typography.Text>
        </Typography.Paragraph>
      ) : <Typography.Paragraph type="secondary">Chưa đánh giá.</Typography.Paragraph>}
      {canEvaluate && !editing && <Button onClick={() => setEditing(true)}>{e ? 'Sửa đánh giá' : 'Đánh giá cuối năm'}</Button>}
      {editing && <EvaluationForm modelId={modelId} y={y} onDone={() => setEditing(false)} />}
    </section>
  );
}

function EvaluationForm({ modelId, y, onDone }: { modelId: number; y: TModelYear; onDone: () => void }) {
  const [form] = Form.useForm<TEvaluationInput>();
  const save = useEvaluate(modelId);
  const feedback = useFeedback();
  const achieved = Form.useWatch('achieved', form);
  const initial: TEvaluationInput = { achieved: y.evaluation?.achieved ?? true, score: y.evaluation?.score ?? null, notes: y.evaluation?.notes ?? '', recognition: y.evaluation?.recognition ?? null };
  const submit = (v: TEvaluationInput) => save.mutate(
    { year: y.year, body: { ...v, recognition: v.achieved ? v.recognition ?? null : null, score: v.score ?? null, notes: v.notes ?? '' } },
    { onSuccess: () => { feedback.success(`Đã lưu đánh giá năm ${y.year}`); onDone(); }, onError: feedback.error },
  );
  return (
    <Form form={form} layout="vertical" initialValues={initial} onFinish={submit} style={{ marginTop: 8 }}>
      <Form.Item name="achieved" label="Kết quả">
        <Radio.Group options={[{ value: true, label: 'Đạt' }, { value: false, label: 'Không đạt' }]} optionType="button" />
      </Form.Item>
      <Form.Item name="score" label="Điểm (0–100)">
        <InputNumber min={0} max={100} precision={0} />
      </Form.Item>
      <Form.Item name="recognition" label="Công nhận điển hình">
        <Select allowClear disabled={achieved === false} placeholder="Không" style={{ maxWidth: 260 }}
          options={RECOGNITIONS.map((r) => ({ value: r, label: RECOGNITION_LABELS[r] }))} />
      </Form.Item>
      <Form.Item name="notes" label="Nhận xét">
        <Input.TextArea rows={3} maxLength={4000} />
      </Form.Item>
      <Space>
        <Button type="primary" htmlType="submit" loading={save.isPending}>Lưu đánh giá</Button>
        <Button onClick={onDone}>Hủy</Button>
      </Space>
    </Form>
  );
}
