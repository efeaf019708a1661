import { UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Modal, Space, Typography, Upload, type UploadFile } from 'antd';
import { useState } from 'react';
import { errorMessage } from '../app/api';
import { useFeedback } from '../app/feedback';
import { ImportPreviewTable, ImportProblems } from './ImportPreview';
import { useImportPreview, useImportUnits } from './units.api';

interface Props {
  open: boolean;
  onClose: () => void;
}

/**
 * "Nhập từ tệp": choose an .xlsx/.csv file, preview it (every row, each problem on its line),
 * and import only when the whole file is valid; the server checks it again on import.
 */
export function ImportModal({ open, onClose }: Props) {
  const [file, setFile] = useState<File | null>(null);
  const preview = useImportPreview();
  const run = useImportUnits();
  const feedback = useFeedback();

  const choose = (f: File | null) => {
    setFile(f);
    preview.reset();
    run.reset();
  };
  const close = () => {
    choose(null);
    onClose();
  };
  const doImport = () => {
    if (!file) return;
    run.mutate(file, {
      onSuccess: ({ created }) => {
        feedback.success(`Đã nhập ${created} đơn vị`);
        close();
      },
    });
  };

  const fileList: UploadFile[] = file ? [{ uid: 'chosen', name: file.name, status: 'done', size: file.size }] : [];
  const result = preview.data;
  const canImport = !!file && !!result?.valid && !run.isPending;

  return (
    <Modal
      open={open}
      title="Nhập đơn vị từ tệp"
      onCancel={close}
      width={960}
      destroyOnHidden
      footer={[
        <Button key="cancel" onClick={close}>
          Hủy
        </Button>,
        <Button key="preview" onClick={() => file && preview.mutate(file)} disabled={!file} loading={preview.isPending}>
          Xem trước
        </Button>,
        <Button key="import" type="primary" onClick={doImport} disabled={!canImport} loading={run.isPending}>
          Nhập
        </Button>,
      ]}
    >
      <Typography.Paragraph>
        Tệp Excel (<b>.xlsx</b>) hoặc <b>.csv</b>, dòng đầu là tiêu đề, với các cột: <b>mã</b>, <b>tên</b>, <b>loại</b>,{' '}
        <b>mã đơn vị cấp trên</b>. Đơn vị cấp trên có thể là đơn vị đã có hoặc một dòng khác trong cùng tệp. Bấm «Xem trước» để kiểm tra; chỉ
        nhập được khi mọi dòng hợp lệ.
      </Typography.Paragraph>
      <Space orientation="vertical" style={{ width: '100%' }} size="middle">
        <Upload
          accept=".xlsx,.csv"
          maxCount={1}
          fileList={fileList}
          beforeUpload={(f) => {
            choose(f);
            return false;
          }}
          onRemove={() => choose(null)}
          aria-label="Tệp danh sách đơn vị"
        >
          <Button icon={<UploadOutlined aria-hidden />}>Chọn tệp</Button>
        </Upload>
        {preview.isError && <Alert type="error" showIcon role="alert" title={errorMessage(preview.error)} />}
        {run.isError && <Alert type="error" showIcon role="alert" title={`Chưa nhập được: ${errorMessage(run.error)}`} />}
        {result &&
          (result.valid ? (
            <Alert type="success" showIcon role="status" title={`Tệp hợp lệ: ${result.rows.length} đơn vị sẵn sàng để nhập. Bấm «Nhập» để ghi vào hệ thống.`} />
          ) : (
            <ImportProblems problems={result.problems} />
          ))}
        {result && <ImportPreviewTable preview={result} />}
      </Space>
    </Modal>
  );
}
