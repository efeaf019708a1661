import { DatePicker, Divider, Form, Input, Select } from 'antd';
import type { TRequirementDetail, TTargetInput } from '../../modules/requirements/requirements.schemas';
import type { TRequirementKind } from '../../modules/submissions/submissions.content.schemas';
import { DATE_FORMAT, isoDateItem, isoRangeItem } from '../app/dateItem';
import { useFeedback } from '../app/feedback';
import { FormModal } from '../app/FormModal';
import { useCreateRequirement, useUpdateRequirement } from './requirements.api';
import { kindOptions } from './requirements.labels';
import { OverridesFields, TargetsFields, type UnitLabels } from './TargetsFields';

interface TargetValue {
  rule: TTargetInput['rule'];
  kind?: string | null;
  unitId?: number | null;
}

interface Values {
  kind: TRequirementKind;
  title: string;
  instructions?: string;
  deadline: string;
  period?: [string, string] | null;
  targets: TargetValue[];
  deadlineOverrides?: { unitId: number; deadline: string }[];
  contactName?: string;
  contactPhone?: string;
}

/** Form rows → the API's target rules (an empty optional root is left out). */
function toTargets(rows: TargetValue[]): TTargetInput[] {
  return rows.map((t) => {
    const unitId = t.unitId ?? undefined;
    if (t.rule === 'kind') return { rule: 'kind', kind: t.kind as Extract<TTargetInput, { rule: 'kind' }>['kind'], unitId };
    if (t.rule === 'all_grassroots') return { rule: 'all_grassroots', unitId };
    return { rule: t.rule, unitId: unitId! };
  });
}

function initialOf(r: TRequirementDetail | undefined): Partial<Values> {
  if (!r) return { kind: 'model_registration', targets: [{ rule: 'all_grassroots' }], deadlineOverrides: [] };
  return {
    kind: r.kind, title: r.title, instructions: r.instructions, deadline: r.deadline,
    period: r.periodFrom && r.periodTo ? [r.periodFrom, r.periodTo] : null,
    targets: r.targets.map((t) => ({ rule: t.rule, kind: t.kind, unitId: t.unitId })),
    deadlineOverrides: r.deadlineOverrides.map((o) => ({ unitId: o.unitId, deadline: o.deadline })),
    contactName: r.contactName ?? '', contactPhone: r.contactPhone ?? '',
  };
}

/** "Tạo yêu cầu" / "Sửa yêu cầu": kind, title, instructions, deadline, period, targets, per-unit deadlines, contact. */
export function RequirementFormModal({ open, onClose, editing, onSaved }: {
  open: boolean; onClose: () => void; editing?: TRequirementDetail; onSaved?: (r: TRequirementDetail) => void;
}) {
  const create = useCreateRequirement();
  const update = useUpdateRequirement();
  const feedback = useFeedback();
  const m = editing ? update : create;
  const labels: UnitLabels = {};
  editing?.targets.forEach((t) => (labels[t.unitId] = t.unitName));
  editing?.deadlineOverrides.forEach((o) => (labels[o.unitId] = o.unitName));

  const onSubmit = (v: Values) => {
    const common = {
      title: v.title, instructions: v.instructions ?? '', deadline: v.deadline,
      periodFrom: v.period?.[0] ?? null, periodTo: v.period?.[1] ?? null,
      contactName: v.contactName?.trim() || null, contactPhone: v.contactPhone?.trim() || null,
      targets: toTargets(v.targets), deadlineOverrides: v.deadlineOverrides ?? [],
    };
    const done = (r: TRequirementDetail) => {
      feedback.success(editing ? 'Đã lưu yêu cầu.' : 'Đã tạo yêu cầu.');
      onClose();
      onSaved?.(r);
    };
    if (editing) update.mutate({ id: editing.id, body: common }, { onSuccess: done });
    else create.mutate({ ...common, kind: v.kind, documentId: null }, { onSuccess: done });
  };

  return (
    <FormModal<Values>
      open={open}
      title={editing ? 'Sửa yêu cầu' : 'Tạo yêu cầu'}
      okText={editing ? 'Lưu yêu cầu' : 'Tạo yêu cầu'}
      onCancel={() => { m.reset(); onClose(); }}
      onSubmit={onSubmit}
      submitting={m.isPending}
      error={m.error}
      initialValues={initialOf(editing)}
      width={860}
    >
      <Form.Item label="Loại yêu cầu" name="kind" rules={[{ required: true, message: 'Chọn loại yêu cầu' }]}>
        <Select options={kindOptions} disabled={!!editing} />
      </Form.Item>
      <Form.Item label="Tên yêu cầu" name="title" rules={[{ required: true, whitespace: true, message: 'Nhập tên yêu cầu' }, { max: 500, message: 'Tên yêu cầu tối đa 500 ký tự' }]}>
        <Input autoFocus placeholder="VD: Đăng ký xây dựng mô hình “Dân vận khéo” năm 2024" />
      </Form.Item>
      <Form.Item label="Hướng dẫn thực hiện" name="instructions">
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} />
      </Form.Item>
      <div style={{ display: 'flex', gap: 16, flexWrap: 'wrap' }}>
        <Form.Item label="Hạn nộp" name="deadline" rules={[{ required: true, message: 'Chọn hạn nộp' }]} {...isoDateItem}>
          <DatePicker format={DATE_FORMAT} placeholder="dd/mm/yyyy" />
        </Form.Item>
        <Form.Item label="Kỳ báo cáo (không bắt buộc)" name="period" {...isoRangeItem}>
          <DatePicker.RangePicker format={DATE_FORMAT} placeholder={['Từ ngày', 'Đến ngày']} />
        </Form.Item>
      </div>
      <Divider style={{ margin: '8px 0 12px' }} />
      <TargetsFields labels={labels} />
      <OverridesFields labels={labels} />
      <Divider style={{ margin: '12px 0' }} />
      <div style={{ display: 'flex', gap: 16, flexWrap: 'wrap' }}>
        <Form.Item label="Người liên hệ" name="contactName" style={{ flex: 1, minWidth: 240 }}>
          <Input maxLength={200} placeholder="VD: Nguyễn Đức Phương - Trưởng ban Tuyên giáo" />
        </Form.Item>
        <Form.Item label="Điện thoại liên hệ" name="contactPhone" rules={[{ pattern: /^[0-9 .+-]{6,20}$/, message: 'Số điện thoại không hợp lệ' }]} style={{ minWidth: 200 }}>
          <Input maxLength={20} placeholder="0915.367.487" />
        </Form.Item>
      </div>
    </FormModal>
  );
}
