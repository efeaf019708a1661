import { Checkbox, Form, Input, Radio, Select, Typography } from 'antd';
import { useMemo } from 'react';
import { FormModal } from '../app/FormModal';
import { useFeedback } from '../app/feedback';
import { formatDay } from '../app/format';
import { useProgressUnits } from '../requirements/requirements.api';
import { useSendReminder } from './reminders.api';

type Who = 'missing' | 'notSubmitted' | 'chosen';
interface Values {
  who: Who;
  unitIds?: number[];
  email: boolean;
  letter: boolean;
  letterNumber?: string;
  message?: string;
}

interface Props {
  requirementId: number;
  open: boolean;
  onClose: () => void;
  /** Units ticked beforehand (e.g. from a progress table); otherwise the overdue ones. */
  preselected?: number[];
}

/** "Nhắc nhở": remind the overdue units (default), every unit that has not submitted, or chosen ones. */
export function RemindModal({ requirementId, open, onClose, preselected }: Props) {
  const [form] = Form.useForm<Values>();
  const units = useProgressUnits(requirementId, {}, open);
  const send = useSendReminder();
  const feedback = useFeedback();
  const pending = useMemo(() => (units.data ?? []).filter((u) => u.tracking === 'overdue' || u.tracking === 'not_yet_due'), [units.data]);
  const overdue = pending.filter((u) => u.tracking === 'overdue');
  const who = Form.useWatch('who', form);
  const letter = Form.useWatch('letter', form);

  const submit = (v: Values) => {
    if (v.who === 'missing' && !units.data) {
      form.setFields([{ name: 'who', errors: ['Đang tải danh sách đơn vị, vui lòng thử lại sau giây lát'] }]);
      return;
    }
    const unitIds = v.who === 'chosen' ? v.unitIds : v.who === 'missing' ? overdue.map((u) => u.id) : undefined;
    if (unitIds?.length === 0) {
      form.setFields([{ name: 'who', errors: ['Không có đơn vị nào quá hạn: chọn "tất cả đơn vị chưa nộp" hoặc chọn đơn vị'] }]);
      return;
    }
    send.mutate(
      { requirementId, unitIds, message: v.message ?? '', letterNumber: v.letter && v.letterNumber ? v.letterNumber : null, channels: { inApp: true, email: v.email, letter: v.letter } },
      {
        onSuccess: (r) => {
          feedback.success(`Đã nhắc ${r.recipients.length} đơn vị.`);
          onClose();
        },
      },
    );
  };

  return (
    <FormModal<Values>
      open={open}
      title="Nhắc nhở các đơn vị"
      okText="Gửi nhắc nhở"
      onCancel={onClose}
      onSubmit={submit}
      submitting={send.isPending}
      error={send.error}
      form={form}
      width={640}
      initialValues={{ who: preselected?.length ? 'chosen' : 'missing', unitIds: preselected, email: false, letter: true }}
    >
      <Form.Item name="who" label="Nhắc đơn vị nào">
        <Radio.Group
          options={[
            { value: 'missing', label: `Các đơn vị quá hạn chưa nộp (${units.data ? overdue.length : '…'})` },
            { value: 'notSubmitted', label: `Mọi đơn vị chưa nộp (${units.data ? pending.length : '…'})` },
            { value: 'chosen', label: 'Chọn từng đơn vị' },
          ]}
          style={{ display: 'flex', flexDirection: 'column', gap: 4 }}
        />
      </Form.Item>
      {who === 'chosen' && (
        <Form.Item name="unitIds" label="Đơn vị" rules={[{ required: true, message: 'Chọn ít nhất một đơn vị' }]}>
          <Select
            mode="multiple"
            loading={units.isPending}
            optionFilterProp="label"
            placeholder="Gõ tên đơn vị"
            options={pending.map((u) => ({ value: u.id, label: `${u.name} (hạn ${formatDay(u.deadline)})` }))}
          />
        </Form.Item>
      )}
      <Form.Item label="Hình thức">
        <Typography.Text>Thông báo trong ứng dụng (luôn gửi)</Typography.Text>
        <Form.Item name="email" valuePropName="checked" noStyle><Checkbox style={{ display: 'block' }}>Thư điện tử (nếu máy chủ đã cấu hình)</Checkbox></Form.Item>
        <Form.Item name="letter" valuePropName="checked" noStyle><Checkbox style={{ display: 'block' }}>Công văn đôn đốc in ra (.docx)</Checkbox></Form.Item>
      </Form.Item>
      {letter && (
        <Form.Item name="letterNumber" label="Số công văn" extra="Để trống nếu điền tay khi ký" rules={[{ pattern: /^[0-9]{1,6}$/, message: 'Số công văn chỉ gồm chữ số' }]}>
          <Input inputMode="numeric" style={{ maxWidth: 160 }} />
        </Form.Item>
      )}
      <Form.Item name="message" label="Lời nhắn thêm" rules={[{ max: 5000, message: 'Lời nhắn tối đa 5000 ký tự' }]}>
        <Input.TextArea rows={3} placeholder="Ví dụ: Đề nghị các đồng chí khẩn trương hoàn thành trước ngày…" />
      </Form.Item>
    </FormModal>
  );
}
