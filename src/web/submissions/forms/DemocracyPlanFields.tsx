import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, DatePicker, Form, Input, Space } from 'antd';
import { DATE_FORMAT, isoDateItem } from '../../app/dateItem';

/** "Kế hoạch thực hiện QCDC": the plan, its steering committee and the officials assigned to follow it. */
export function DemocracyPlanFields() {
  return (
    <>
      <Form.Item name="planDocument" label="Số, ký hiệu và ngày của kế hoạch" rules={[{ required: true, whitespace: true, message: 'Nhập số, ký hiệu kế hoạch' }]}>
        <Input maxLength={300} placeholder="VD: Kế hoạch số 05-KH/ĐU ngày 02/4/2024" />
      </Form.Item>
      <Form.Item name="planText" label="Tóm tắt nội dung kế hoạch">
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 12 }} />
      </Form.Item>
      <Form.List name="steeringMembers">
        {(fields, { add, remove }) => (
          <Card size="small" title="Ban Chỉ đạo thực hiện QCDC" style={{ marginBottom: 16 }}>
            {fields.map((f, i) => (
              <Space key={f.key} align="start" wrap>
                <Form.Item name={[f.name, 'name']} label="Họ và tên" rules={[{ required: true, whitespace: true, message: 'Nhập họ tên' }]}>
                  <Input maxLength={200} />
                </Form.Item>
                <Form.Item name={[f.name, 'position']} label="Chức vụ">
                  <Input maxLength={300} />
                </Form.Item>
                <Form.Item name={[f.name, 'committeeRole']} label="Vai trò trong Ban Chỉ đạo" rules={[{ required: true, whitespace: true, message: 'Nhập vai trò' }]}>
                  <Input maxLength={100} placeholder="Trưởng ban, Phó trưởng ban, Thành viên" />
                </Form.Item>
                <Form.Item name={[f.name, 'since']} label="Tham gia từ ngày" rules={[{ required: true, message: 'Chọn ngày' }]} {...isoDateItem}>
                  <DatePicker format={DATE_FORMAT} placeholder="dd/mm/yyyy" />
                </Form.Item>
                <Button aria-label={`Xóa thành viên ${i + 1}`} icon={<DeleteOutlined aria-hidden />} onClick={() => remove(f.name)} style={{ marginTop: 30 }} />
              </Space>
            ))}
            <Button type="dashed" icon={<PlusOutlined aria-hidden />} onClick={() => add({ name: '', position: '', committeeRole: '', since: null })}>Thêm thành viên</Button>
          </Card>
        )}
      </Form.List>
      <Form.List name="assignedOfficials">
        {(fields, { add, remove }) => (
          <Card size="small" title="Cán bộ được phân công theo dõi">
            {fields.map((f, i) => (
              <Space key={f.key} align="start">
                <Form.Item name={f.name} rules={[{ required: true, whitespace: true, message: 'Nhập họ tên cán bộ' }]}>
                  <Input aria-label={`Cán bộ phụ trách ${i + 1}`} maxLength={200} style={{ minWidth: 320 }} />
                </Form.Item>
                <Button aria-label={`Xóa cán bộ ${i + 1}`} icon={<DeleteOutlined aria-hidden />} onClick={() => remove(f.name)} />
              </Space>
            ))}
            <Button type="dashed" icon={<PlusOutlined aria-hidden />} onClick={() => add('')}>Thêm cán bộ</Button>
          </Card>
        )}
      </Form.List>
    </>
  );
}
