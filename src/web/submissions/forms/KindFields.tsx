import { DatePicker, Form, Input, Space } from 'antd';
import type { TRequirementKind } from '../../../modules/submissions/submissions.content.schemas';
import { DATE_FORMAT, isoDateItem } from '../../app/dateItem';
import { ChecklistFields } from './ChecklistFields';
import { DemocracyPlanFields } from './DemocracyPlanFields';
import { emptyModel, ModelsFields } from './ModelsFields';

function SelfInspectionFields() {
  return (
    <>
      <Space wrap>
        <Form.Item name="periodFrom" label="Kỳ tự kiểm tra từ ngày" rules={[{ required: true, message: 'Chọn ngày bắt đầu kỳ' }]} {...isoDateItem}>
          <DatePicker format={DATE_FORMAT} placeholder="dd/mm/yyyy" />
        </Form.Item>
        <Form.Item name="periodTo" label="đến ngày" rules={[{ required: true, message: 'Chọn ngày kết thúc kỳ' }]} {...isoDateItem}>
          <DatePicker format={DATE_FORMAT} placeholder="dd/mm/yyyy" />
        </Form.Item>
      </Space>
      <ChecklistFields name="items" title="Các nội dung tự kiểm tra" addText="Thêm nội dung" />
      <Form.Item name="findings" label="Kết quả tự kiểm tra" rules={[{ required: true, whitespace: true, message: 'Nhập kết quả tự kiểm tra' }]}>
        <Input.TextArea autoSize={{ minRows: 4, maxRows: 16 }} />
      </Form.Item>
      <Form.Item name="shortcomings" label="Hạn chế, tồn tại">
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 12 }} />
      </Form.Item>
    </>
  );
}

function ReportFields() {
  return (
    <>
      <Form.Item name="text" label="Nội dung báo cáo" rules={[{ required: true, whitespace: true, message: 'Nhập nội dung báo cáo' }]}>
        <Input.TextArea autoSize={{ minRows: 6, maxRows: 24 }} />
      </Form.Item>
      <ChecklistFields name="tasks" title="Các nhiệm vụ và kết quả thực hiện" addText="Thêm nhiệm vụ" />
    </>
  );
}

/** The fields of the submission form for a requirement kind; values follow submissions.content.schemas.ts. */
export function KindFields({ kind }: { kind: TRequirementKind }) {
  switch (kind) {
    case 'model_registration': return <ModelsFields />;
    case 'democracy_plan': return <DemocracyPlanFields />;
    case 'self_inspection': return <SelfInspectionFields />;
    case 'report': return <ReportFields />;
    case 'checklist': return <ChecklistFields name="items" title="Các mục" />;
  }
}

/** What an empty form starts with, per kind. */
export function emptyContent(kind: TRequirementKind, period?: { from: string | null; to: string | null }): Record<string, unknown> {
  switch (kind) {
    case 'model_registration': return { models: [{ ...emptyModel }] };
    case 'democracy_plan': return { planDocument: '', planText: '', steeringMembers: [], assignedOfficials: [], attachmentIds: [] };
    case 'self_inspection': return { periodFrom: period?.from ?? null, periodTo: period?.to ?? null, items: [], findings: '', shortcomings: '', attachmentIds: [] };
    case 'report': return { text: '', tasks: [], attachmentIds: [] };
    case 'checklist': return { items: [] };
  }
}
