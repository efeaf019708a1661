import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Checkbox, Form, Input, Space } from 'antd';

/** A list of items (label, done, note): self-inspection contents, report tasks, checklists. */
export function ChecklistFields({ name, title, addText = 'Thêm mục' }: { name: string; title: string; addText?: string }) {
  return (
    <Form.Item label={title} style={{ marginBottom: 8 }}>
      <Form.List name={name}>
        {(fields, { add, remove }) => (
          <Space orientation="vertical" style={{ width: '100%' }}>
            {fields.map((f, i) => (
              <Space key={f.key} align="start" wrap style={{ width: '100%' }}>
                <Form.Item name={[f.name, 'done']} valuePropName="checked" style={{ marginBottom: 0 }}>
                  <Checkbox aria-label={`Mục ${i + 1} đã thực hiện`}>Đã thực hiện</Checkbox>
                </Form.Item>
                <Form.Item name={[f.name, 'label']} rules={[{ required: true, whitespace: true, message: 'Nhập nội dung mục' }]} style={{ marginBottom: 0, minWidth: 320 }}>
                  <Input aria-label={`Nội dung mục ${i + 1}`} placeholder="Nội dung" maxLength={1000} />
                </Form.Item>
                <Form.Item name={[f.name, 'note']} style={{ marginBottom: 0, minWidth: 220 }}>
                  <Input aria-label={`Ghi chú mục ${i + 1}`} placeholder="Ghi chú" maxLength={2000} />
                </Form.Item>
                <Button aria-label={`Xóa mục ${i + 1}`} icon={<DeleteOutlined aria-hidden />} onClick={() => remove(f.name)} />
              </Space>
            ))}
            <Button type="dashed" icon={<PlusOutlined aria-hidden />} onClick={() => add({ label: '', done: false, note: '' })}>{addText}</Button>
          </Space>
        )}
      </Form.List>
    </Form.Item>
  );
}
