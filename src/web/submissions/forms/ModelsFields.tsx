import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Col, Form, Input, InputNumber, Radio, Row, Select, Space } from 'antd';
import type { TDvkModel } from '../../../modules/submissions/submissions.content.schemas';
import { MODEL_FIELD_LABELS, MODEL_LEVEL_LABELS, toOptions } from '../submissions.labels';

const required = (message: string) => [{ required: true, whitespace: true, message }];

/** A new model by default (null); "continuing" asks for the year it began. */
function ContinuingInput({ value, onChange, id }: { value?: number | null; onChange?: (v: number | null) => void; id?: string }) {
  const continuing = typeof value === 'number';
  const lastYear = new Date().getFullYear() - 1;
  return (
    <Space wrap>
      <Radio.Group
        id={id}
        value={continuing ? 'continuing' : 'new'}
        onChange={(e) => onChange?.(e.target.value === 'new' ? null : lastYear)}
        options={[{ value: 'new', label: 'Đăng ký mới' }, { value: 'continuing', label: 'Tiếp tục từ năm' }]}
      />
      {continuing && (
        <InputNumber aria-label="Năm bắt đầu mô hình" min={2000} max={2100} value={value} onChange={(v) => onChange?.(typeof v === 'number' ? v : null)} />
      )}
    </Space>
  );
}

export const emptyModel: Partial<TDvkModel> = { name: '', level: 'co_so', continuingFromYear: null, goals: '', contentAndMethod: '', expectedResults: '', personInCharge: '' };

/** "Đăng ký mô hình Dân vận khéo": a list of models, each with its level, field and plan. */
export function ModelsFields() {
  return (
    <Form.List name="models">
      {(fields, { add, remove }) => (
        <Space orientation="vertical" style={{ width: '100%' }}>
          {fields.map((f, i) => (
            <Card
              key={f.key}
              size="small"
              title={`Mô hình ${i + 1}`}
              extra={<Button danger type="text" icon={<DeleteOutlined aria-hidden />} onClick={() => remove(f.name)} aria-label={`Xóa mô hình ${i + 1}`}>Xóa</Button>}
            >
              <Form.Item name={[f.name, 'name']} label="Tên mô hình" rules={required('Nhập tên mô hình')}>
                <Input maxLength={500} />
              </Form.Item>
              <Row gutter={16}>
                <Col xs={24} md={8}>
                  <Form.Item name={[f.name, 'level']} label="Cấp" rules={[{ required: true, message: 'Chọn cấp mô hình' }]}>
                    <Select options={toOptions(MODEL_LEVEL_LABELS)} />
                  </Form.Item>
                </Col>
                <Col xs={24} md={16}>
                  <Form.Item name={[f.name, 'field']} label="Lĩnh vực" rules={[{ required: true, message: 'Chọn lĩnh vực' }]}>
                    <Select options={toOptions(MODEL_FIELD_LABELS)} />
                  </Form.Item>
                </Col>
              </Row>
              <Form.Item name={[f.name, 'continuingFromYear']} label="Mới hay tiếp tục">
                <ContinuingInput />
              </Form.Item>
              <Form.Item name={[f.name, 'goals']} label="Mục tiêu">
                <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={5000} />
              </Form.Item>
              <Form.Item name={[f.name, 'contentAndMethod']} label="Nội dung, cách thức thực hiện">
                <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} maxLength={10000} />
              </Form.Item>
              <Form.Item name={[f.name, 'expectedResults']} label="Kết quả dự kiến">
                <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={5000} />
              </Form.Item>
              <Form.Item name={[f.name, 'personInCharge']} label="Người phụ trách">
                <Input maxLength={300} />
              </Form.Item>
            </Card>
          ))}
          <Button type="dashed" icon={<PlusOutlined aria-hidden />} onClick={() => add({ ...emptyModel })} block>Thêm mô hình</Button>
        </Space>
      )}
    </Form.List>
  );
}
