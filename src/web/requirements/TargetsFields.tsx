import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, DatePicker, Form, Select, Space, Typography } from 'antd';
import { DATE_FORMAT, isoDateItem } from '../app/dateItem';
import { UnitSelect } from '../units/UnitSelect';
import { unitKindOptions } from '../units/unitKindOptions';
import { TARGET_RULE_LABELS } from './requirements.labels';

const ruleOptions = (Object.keys(TARGET_RULE_LABELS) as (keyof typeof TARGET_RULE_LABELS)[]).map((value) => ({ value, label: TARGET_RULE_LABELS[value] }));

/** Unit names already known (editing), so pickers show them before any search. */
export type UnitLabels = Record<number, string>;

function TargetRow({ name, labels, onRemove, removable }: { name: number; labels: UnitLabels; onRemove: () => void; removable: boolean }) {
  const rule = Form.useWatch(['targets', name, 'rule']) as keyof typeof TARGET_RULE_LABELS | undefined;
  const unitId = Form.useWatch(['targets', name, 'unitId']) as number | undefined;
  const needsUnit = rule === 'subtree' || rule === 'unit';
  return (
    <Space align="start" wrap style={{ width: '100%' }}>
      <Form.Item name={[name, 'rule']} label="Giao cho" rules={[{ required: true, message: 'Chọn cách giao' }]} style={{ minWidth: 250, marginBottom: 8 }}>
        <Select options={ruleOptions} />
      </Form.Item>
      {rule === 'kind' && (
        <Form.Item name={[name, 'kind']} label="Loại đơn vị" rules={[{ required: true, message: 'Chọn loại đơn vị' }]} style={{ minWidth: 200, marginBottom: 8 }}>
          <Select options={unitKindOptions} />
        </Form.Item>
      )}
      {rule && (
        <Form.Item
          name={[name, 'unitId']}
          label={rule === 'unit' ? 'Đơn vị' : rule === 'subtree' ? 'Gốc nhánh' : 'Trong phạm vi (không bắt buộc)'}
          rules={[{ required: needsUnit, message: 'Chọn đơn vị' }]}
          style={{ minWidth: 300, marginBottom: 8 }}
        >
          <UnitSelect currentLabel={unitId ? labels[unitId] : undefined} />
        </Form.Item>
      )}
      {removable && <Button aria-label="Bỏ nhóm đơn vị này" icon={<DeleteOutlined aria-hidden />} onClick={onRemove} style={{ marginTop: 30 }} />}
    </Space>
  );
}

/** Who must answer: a list of targeting rules, resolved against the organisation tree by the server. */
export function TargetsFields({ labels }: { labels: UnitLabels }) {
  return (
    <Form.List name="targets" rules={[{ validator: async (_, v?: unknown[]) => { if (!v?.length) throw new Error('Chọn ít nhất một nhóm đơn vị được giao'); } }]}>
      {(fields, { add, remove }, { errors }) => (
        <div>
          <div><Typography.Text strong>Đơn vị được giao</Typography.Text></div>
          {fields.map((f) => (
            <TargetRow key={f.key} name={f.name} labels={labels} removable={fields.length > 1} onRemove={() => remove(f.name)} />
          ))}
          <Button type="dashed" icon={<PlusOutlined aria-hidden />} onClick={() => add({ rule: 'unit' })}>Thêm nhóm đơn vị</Button>
          <Form.ErrorList errors={errors} />
        </div>
      )}
    </Form.List>
  );
}

function OverrideRow({ name, labels, onRemove }: { name: number; labels: UnitLabels; onRemove: () => void }) {
  const unitId = Form.useWatch(['deadlineOverrides', name, 'unitId']) as number | undefined;
  return (
    <Space align="start" wrap>
      <Form.Item name={[name, 'unitId']} label="Đơn vị" rules={[{ required: true, message: 'Chọn đơn vị' }]} style={{ minWidth: 300, marginBottom: 8 }}>
        <UnitSelect currentLabel={unitId ? labels[unitId] : undefined} />
      </Form.Item>
      <Form.Item name={[name, 'deadline']} label="Hạn riêng" rules={[{ required: true, message: 'Chọn hạn riêng' }]} style={{ marginBottom: 8 }} {...isoDateItem}>
        <DatePicker format={DATE_FORMAT} placeholder="dd/mm/yyyy" />
      </Form.Item>
      <Button aria-label="Bỏ dòng này" icon={<DeleteOutlined aria-hidden />} onClick={onRemove} style={{ marginTop: 30 }} />
    </Space>
  );
}

/** Earlier or later deadlines for named units (the sample letter gives three units an earlier one). */
export function OverridesFields({ labels }: { labels: UnitLabels }) {
  return (
    <Form.List name="deadlineOverrides">
      {(fields, { add, remove }) => (
        <div style={{ marginTop: 16 }}>
          <div><Typography.Text strong>Hạn riêng cho từng đơn vị</Typography.Text></div>
          {fields.map((f) => (
            <OverrideRow key={f.key} name={f.name} labels={labels} onRemove={() => remove(f.name)} />
          ))}
          <div>
            <Button type="dashed" icon={<PlusOutlined aria-hidden />} onClick={() => add({})}>Thêm hạn riêng</Button>
          </div>
        </div>
      )}
    </Form.List>
  );
}
