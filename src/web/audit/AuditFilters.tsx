import { FilterOutlined } from '@ant-design/icons';
import { Button, DatePicker, Form, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import type { AuditFilter } from './audit.api';
import { ENTITY_LABELS } from './audit.labels';

interface Values {
  username?: string;
  entity?: string;
  range?: [Dayjs | null, Dayjs | null] | null;
}

const entityOptions = Object.entries(ENTITY_LABELS).map(([value, label]) => ({ value, label }));

function toFilter(v: Values): AuditFilter {
  return {
    username: v.username?.trim() || undefined,
    entity: v.entity || undefined,
    from: v.range?.[0]?.format('YYYY-MM-DD'),
    to: v.range?.[1]?.format('YYYY-MM-DD'),
  };
}

/** Who, what kind of object, and which days (dd/mm/yyyy); Enter or "Lọc" applies. */
export function AuditFilters({ onChange }: { onChange: (f: AuditFilter) => void }) {
  const [form] = Form.useForm<Values>();
  return (
    <Form<Values> form={form} layout="inline" name="audit-filter" onFinish={(v) => onChange(toFilter(v))} style={{ rowGap: 12, marginBottom: 16 }}>
      <Form.Item label="Người thực hiện" name="username">
        <Input allowClear placeholder="Tên đăng nhập" autoCapitalize="none" spellCheck={false} style={{ width: 170 }} />
      </Form.Item>
      <Form.Item label="Đối tượng" name="entity">
        <Select allowClear placeholder="Tất cả" options={entityOptions} style={{ width: 170 }} />
      </Form.Item>
      <Form.Item label="Thời gian" name="range">
        <DatePicker.RangePicker format="DD/MM/YYYY" allowEmpty={[true, true]} placeholder={['Từ ngày', 'Đến ngày']} />
      </Form.Item>
      <Form.Item>
        <Button type="primary" htmlType="submit" icon={<FilterOutlined aria-hidden />}>
          Lọc
        </Button>
      </Form.Item>
      <Form.Item>
        <Button
          onClick={() => {
            form.resetFields();
            onChange({});
          }}
        >
          Xóa lọc
        </Button>
      </Form.Item>
    </Form>
  );
}
