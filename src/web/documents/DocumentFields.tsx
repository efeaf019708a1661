import { AutoComplete, DatePicker, Form, Input, Radio } from 'antd';
import { DATE_FORMAT, isoDateItem } from '../app/dateItem';
import { UnitSelect } from '../units/UnitSelect';
import { DIRECTION_TEXT, typeOptions } from './documents.registry.labels';

const dirOptions = (['incoming', 'outgoing'] as const).map((value) => ({ value, label: DIRECTION_TEXT[value] }));
const row = { display: 'flex', gap: 16, flexWrap: 'wrap' } as const;

/** Every field of a document, validated here with the server's limits and Vietnamese messages. */
export function DocumentFields({ issuerLabel }: { issuerLabel?: string }) {
  return (
    <>
      <Form.Item label="Văn bản" name="direction" rules={[{ required: true, message: 'Chọn văn bản đến hay văn bản đi' }]}>
        <Radio.Group options={dirOptions} optionType="button" />
      </Form.Item>
      <div style={row}>
        <Form.Item label="Số" name="number" rules={[{ max: 50, message: 'Số văn bản tối đa 50 ký tự' }]} style={{ width: 110 }}>
          <Input placeholder="1720" />
        </Form.Item>
        <Form.Item
          label="Số, ký hiệu"
          name="symbol"
          rules={[{ max: 100, message: 'Số ký hiệu tối đa 100 ký tự' }, { pattern: /^\s*\d+\S*[/-]\S+\s*$/, message: 'Số ký hiệu có dạng 1720-CV/ĐUK hoặc 33/CT-TTg, viết liền' }]}
          style={{ width: 220 }}
        >
          <Input placeholder="1720-CV/ĐUK" spellCheck={false} autoFocus />
        </Form.Item>
        <Form.Item label="Loại" name="type" rules={[{ max: 20, message: 'Loại văn bản tối đa 20 ký tự' }]} style={{ width: 220 }}>
          <AutoComplete options={typeOptions} placeholder="CV, KH, NQ…" allowClear aria-label="Loại văn bản" />
        </Form.Item>
        <Form.Item label="Ngày ban hành" name="issuedOn" {...isoDateItem} style={{ width: 170 }}>
          <DatePicker format={DATE_FORMAT} placeholder="dd/mm/yyyy" />
        </Form.Item>
        <Form.Item label="Địa danh" name="place" rules={[{ max: 100, message: 'Địa danh tối đa 100 ký tự' }]} style={{ width: 160 }}>
          <Input placeholder="Yên Bái" />
        </Form.Item>
      </div>
      <div style={row}>
        <Form.Item label="Cơ quan ban hành" name="issuerName" rules={[{ max: 300, message: 'Tên cơ quan ban hành tối đa 300 ký tự' }]} style={{ flex: 1, minWidth: 280 }}>
          <Input placeholder="Đảng ủy Khối cơ quan và doanh nghiệp tỉnh" />
        </Form.Item>
        <Form.Item label="Đơn vị ban hành trong cây tổ chức (không bắt buộc)" name="issuerUnitId" style={{ flex: 1, minWidth: 280 }}>
          <UnitSelect currentLabel={issuerLabel} placeholder="Gõ tên đơn vị nếu có trong cây tổ chức" />
        </Form.Item>
      </div>
      <Form.Item
        label="Trích yếu"
        name="subject"
        rules={[{ required: true, whitespace: true, message: 'Nhập trích yếu của văn bản' }, { max: 2000, message: 'Trích yếu tối đa 2.000 ký tự' }]}
      >
        <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} placeholder="V/v triển khai thực hiện…" />
      </Form.Item>
      <Form.Item label="Kính gửi (mỗi dòng một nơi)" name="recipients">
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} placeholder={'Các chi, đảng bộ cơ sở\nCác đoàn thể khối'} />
      </Form.Item>
      <Form.Item
        label="Toàn văn"
        name="body"
        extra="Các văn bản được dẫn (căn cứ) được tách từ toàn văn khi lưu."
        rules={[{ max: 1_000_000, message: 'Toàn văn dài quá 1.000.000 ký tự' }]}
      >
        <Input.TextArea autoSize={{ minRows: 6, maxRows: 20 }} />
      </Form.Item>
    </>
  );
}
