import { UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Modal, Space, Table, Tag, Typography, Upload, type UploadFile } from 'antd';
import { useState } from 'react';
import type { TModelImportRow } from '../../modules/models/models.schemas';
import { downloadFile, errorMessage } from '../app/api';
import { useFeedback } from '../app/feedback';
import { useModelImport, useModelImportPreview } from './models.api';

/** "Nhập từ Excel": choose a file, see every row ok or with its reason, import only when every row is ok. */
export function ModelImportModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const [file, setFile] = useState<File | null>(null);
  const preview = useModelImportPreview();
  const run = useModelImport();
  const feedback = useFeedback();
  const choose = (f: File | null) => { setFile(f); preview.reset(); run.reset(); };
  const close = () => { choose(null); onClose(); };
  const doImport = () => file && run.mutate(file, {
    onSuccess: (r) => { feedback.success(`Đã nhập ${r.years} năm thực hiện (${r.models} mô hình mới)`); close(); },
  });
  const fileList: UploadFile[] = file ? [{ uid: 'chosen', name: file.name, status: 'done', size: file.size }] : [];
  const result = preview.data;

  return (
    <Modal open={open} title="Nhập mô hình Dân vận khéo từ Excel" onCancel={close} width={1000} destroyOnHidden footer={[
      <Button key="cancel" onClick={close}>Hủy</Button>,
      <Button key="preview" onClick={() => file && preview.mutate(file)} disabled={!file} loading={preview.isPending}>Xem trước</Button>,
      <Button key="import" type="primary" onClick={doImport} disabled={!file || !result?.valid || run.isPending} loading={run.isPending}>Nhập</Button>,
    ]}>
      <Typography.Paragraph>
        Tệp Excel (<b>.xlsx</b>), dòng đầu là tiêu đề, với các cột: <b>Mã đơn vị</b>, <b>Tên mô hình</b>, <b>Cấp</b> (Khối / Cơ sở),{' '}
        <b>Lĩnh vực</b> (Kinh tế; Văn hóa – xã hội; Quốc phòng – an ninh; Xây dựng hệ thống chính trị), <b>Năm</b>, và <b>Mục tiêu</b> (không bắt buộc).
        Cùng đơn vị và cùng tên (không phân biệt dấu) là một mô hình: năm sau được ghi là tiếp tục. Chỉ nhập được khi mọi dòng hợp lệ.
      </Typography.Paragraph>
      <Space orientation="vertical" style={{ width: '100%' }} size="middle">
        <Button type="link" style={{ padding: 0 }} onClick={() => void downloadFile('/api/models/import/template.xlsx', 'mau-nhap-mo-hinh.xlsx').catch(feedback.error)}>
          Tải tệp mẫu
        </Button>
        <Upload accept=".xlsx" maxCount={1} fileList={fileList} beforeUpload={(f) => { choose(f); return false; }} onRemove={() => choose(null)}>
          <Button icon={<UploadOutlined aria-hidden />}>Chọn tệp</Button>
        </Upload>
        {preview.isError && <Alert type="error" showIcon role="alert" title={errorMessage(preview.error)} />}
        {run.isError && <Alert type="error" showIcon role="alert" title={`Chưa nhập được: ${errorMessage(run.error)}`} />}
        {result && (result.valid
          ? <Alert type="success" showIcon role="status" title={`Tệp hợp lệ: ${result.rows.length} dòng sẵn sàng để nhập.`} />
          : <Alert type="warning" showIcon role="status" title={`${result.badRows}/${result.rows.length} dòng có lỗi. Sửa tệp rồi xem trước lại.`} />)}
        {result && (
          <Table<TModelImportRow> rowKey="line" size="small" dataSource={result.rows} pagination={{ pageSize: 50 }} scroll={{ x: 900 }} columns={[
            { title: 'Dòng', dataIndex: 'line', width: 60 },
            { title: 'Mã đơn vị', dataIndex: 'unitCode', width: 110 },
            { title: 'Tên mô hình', dataIndex: 'name' },
            { title: 'Cấp', dataIndex: 'level', width: 80 },
            { title: 'Lĩnh vực', dataIndex: 'field', width: 160 },
            { title: 'Năm', dataIndex: 'year', width: 70 },
            { title: 'Kết quả', width: 260, render: (_, r) => (r.ok
              ? <Tag color="green">{r.action === 'new_model' ? 'Mô hình mới' : 'Thêm năm cho mô hình đã có'}</Tag>
              : <Typography.Text type="danger">{r.error}</Typography.Text>) },
          ]} />
        )}
      </Space>
    </Modal>
  );
}
