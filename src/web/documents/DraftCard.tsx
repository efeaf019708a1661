import { CheckCircleFilled } from '@ant-design/icons';
import { Alert, Card, Checkbox, DatePicker, Divider, Form, type FormInstance, Input, Select, Tag, Typography } from 'antd';
import { useQueries } from '@tanstack/react-query';
import { useEffect } from 'react';
import { Link } from 'react-router';
import type { TRequirementDraft } from '../../modules/documents/documents.registry.schemas';
import type { TRequirementDetail } from '../../modules/requirements/requirements.schemas';
import type { TUnit } from '../../modules/units/units.schemas';
import { api, errorMessage } from '../app/api';
import { DATE_FORMAT, isoDateItem, isoRangeItem } from '../app/dateItem';
import { formatDay } from '../app/format';
import { KIND_LABELS, kindOptions } from '../requirements/requirements.labels';
import { OverridesFields, TargetsFields, type UnitLabels } from '../requirements/TargetsFields';
import { UNITS_KEY } from '../units/units.api';
import { type DraftValues, valuesOfDraft } from './documents.registry.form';

/** What happened to one draft when staff confirmed. */
export type DraftStatus = { state: 'idle' } | { state: 'saving' } | { state: 'created'; requirement: TRequirementDetail } | { state: 'error'; error: unknown };

/** "Hạn chung 25/10/2024 · hạn riêng: A 01/09/2024; B …", from the values as edited. */
function DeadlineSummary({ labels, inferred }: { labels: UnitLabels; inferred: string | null }) {
  const deadline = Form.useWatch('deadline') as string | undefined;
  const overrides = (Form.useWatch('deadlineOverrides') as DraftValues['deadlineOverrides']) ?? [];
  const period = Form.useWatch('period') as DraftValues['period'];
  const named = overrides.filter((o) => o?.unitId && o.deadline).map((o) => `${labels[o.unitId] ?? `đơn vị #${o.unitId}`}: ${formatDay(o.deadline)}`);
  return (
    <Typography.Paragraph style={{ marginBottom: 12 }} data-testid="draft-deadlines">
      <Typography.Text strong>Hạn chung: {formatDay(deadline)}</Typography.Text>
      {inferred !== null && deadline === inferred && <Tag color="orange" style={{ marginLeft: 8 }}>Văn bản không ghi hạn: hạn đề xuất, cần kiểm tra</Tag>}
      {period && <> · Kỳ báo cáo: {formatDay(period[0])} – {formatDay(period[1])}</>}
      {named.length > 0 && <><br />Hạn riêng: {named.join('; ')}</>}
    </Typography.Paragraph>
  );
}

/**
 * Names of the units a draft points at: the matched assignees come named, the others (the committee as the
 * root of "all grassroots organisations") are looked up, so the pickers never show a bare number.
 */
function useUnitLabels(d: TRequirementDraft): UnitLabels {
  const labels: UnitLabels = Object.fromEntries(d.matchedUnits.map((u) => [u.unitId, u.name]));
  const ids = [...new Set([...d.targets.map((t) => t.unitId), ...d.deadlineOverrides.map((o) => o.unitId)])].filter((id): id is number => !!id && !labels[id]);
  const found = useQueries({
    queries: ids.map((id) => ({ queryKey: [...UNITS_KEY, 'detail', id, 'name'], queryFn: () => api<TUnit>(`/api/units/${id}`), staleTime: 5 * 60_000 })),
  });
  found.forEach((q, i) => q.data && (labels[ids[i]!] = q.data.name));
  return labels;
}

interface Props {
  index: number;
  draft: TRequirementDraft;
  included: boolean;
  onInclude: (v: boolean) => void;
  status: DraftStatus;
  register: (index: number, form: FormInstance<DraftValues> | null) => void;
}

/** One proposed requirement, editable; the sentence of the letter it comes from is quoted above it. */
export function DraftCard({ index, draft, included, onInclude, status, register }: Props) {
  const [form] = Form.useForm<DraftValues>();
  useEffect(() => {
    register(index, form);
    return () => register(index, null);
  }, [index, form, register]);
  const labels = useUnitLabels(draft);
  const created = status.state === 'created' ? status.requirement : null;
  // The heading follows the kind as edited, so the list reads right before confirming.
  const kind = (Form.useWatch('kind', form) as DraftValues['kind'] | undefined) ?? draft.kind;
  const title = `Yêu cầu ${index + 1}: ${KIND_LABELS[kind]}`;

  return (
    <Card
      size="small"
      role="group"
      aria-label={title}
      style={{ borderColor: created ? '#52c41a' : status.state === 'error' ? '#cf1322' : undefined, opacity: included || created ? 1 : 0.6 }}
      title={
        created ? (
          <span><CheckCircleFilled aria-hidden style={{ color: '#52c41a' }} /> {title}</span>
        ) : (
          <Checkbox checked={included} onChange={(e) => onInclude(e.target.checked)} disabled={status.state === 'saving'}>{title}</Checkbox>
        )
      }
    >
      {created && (
        <Alert type="success" showIcon style={{ marginBottom: 12 }} title={<>Đã tạo yêu cầu <Link to={`/yeu-cau/${created.id}`}>{created.title}</Link></>} />
      )}
      {status.state === 'error' && (
        <Alert type="error" showIcon role="alert" style={{ marginBottom: 12 }} title="Chưa tạo được yêu cầu này" description={errorMessage(status.error)} />
      )}
      <blockquote style={{ margin: '0 0 12px', padding: '4px 12px', borderLeft: '3px solid #d9d9d9', color: '#595959' }}>
        {draft.section !== null && <Typography.Text strong>Mục {draft.section}. </Typography.Text>}
        {draft.sourceText}
      </blockquote>
      {draft.unmatchedAssignees.length > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          title="Đơn vị được nêu tên nhưng chưa tìm thấy trong cây tổ chức"
          description={<>{draft.unmatchedAssignees.map((a) => <mark key={a} className="dv-mark-warning" style={{ marginRight: 8 }}>{a}</mark>)} — chọn đơn vị tương ứng ở «Hạn riêng» hoặc «Đơn vị được giao».</>}
        />
      )}
      <Form<DraftValues> form={form} name={`de-xuat-${index + 1}`} layout="vertical" initialValues={valuesOfDraft(draft)} disabled={!included || !!created || status.state === 'saving'}>
        <DeadlineSummary labels={labels} inferred={draft.deadlineInferred ? draft.deadline : null} />
        <div style={{ display: 'flex', gap: 16, flexWrap: 'wrap' }}>
          <Form.Item label="Loại yêu cầu" name="kind" rules={[{ required: true, message: 'Chọn loại yêu cầu' }]} style={{ minWidth: 260 }}>
            <Select options={kindOptions} />
          </Form.Item>
          <Form.Item label="Tên yêu cầu" name="title" rules={[{ required: true, whitespace: true, message: 'Nhập tên yêu cầu' }, { max: 500, message: 'Tên yêu cầu tối đa 500 ký tự' }]} style={{ flex: 1, minWidth: 300 }}>
            <Input />
          </Form.Item>
        </div>
        <Form.Item label="Hướng dẫn thực hiện" name="instructions">
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
        </Form.Item>
        <div style={{ display: 'flex', gap: 16, flexWrap: 'wrap' }}>
          <Form.Item
            label="Hạn nộp"
            name="deadline"
            rules={[{ required: true, message: 'Chọn hạn nộp' }]}
            extra={draft.deadlineInferred ? 'Đề xuất: 15 ngày sau ngày ban hành' : undefined}
            {...isoDateItem}
          >
            <DatePicker format={DATE_FORMAT} placeholder="dd/mm/yyyy" />
          </Form.Item>
          <Form.Item label="Kỳ báo cáo (không bắt buộc)" name="period" {...isoRangeItem}>
            <DatePicker.RangePicker format={DATE_FORMAT} placeholder={['Từ ngày', 'Đến ngày']} />
          </Form.Item>
          <Form.Item label="Người liên hệ" name="contactName" rules={[{ max: 200, message: 'Tối đa 200 ký tự' }]} style={{ flex: 1, minWidth: 220 }}>
            <Input />
          </Form.Item>
          <Form.Item label="Điện thoại liên hệ" name="contactPhone" rules={[{ pattern: /^[0-9 .+-]{6,20}$/, message: 'Số điện thoại không hợp lệ' }]} style={{ minWidth: 160 }}>
            <Input maxLength={20} />
          </Form.Item>
        </div>
        <Divider style={{ margin: '4px 0 12px' }} />
        <TargetsFields labels={labels} />
        <OverridesFields labels={labels} />
      </Form>
    </Card>
  );
}
