import { InboxOutlined, PaperClipOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Space, Spin, Typography, Upload } from 'antd';
import { forwardRef, useState } from 'react';
import type { TAnalysis } from '../../modules/documents/documents.schemas';
import { errorMessage } from '../app/api';
import { AnnotatedText } from './AnnotatedText';
import { useAnalyzeLetter } from './documents.api';
import { countText, vnDate } from './documents.labels';
import { FindingsList } from './FindingsList';

const MAX_FILE_BYTES = 20 * 1024 * 1024;

interface ImportProps {
  file: File | null;
  onRead: (analysis: TAnalysis, file: File) => void;
  onClear: () => void;
}

/**
 * "Nhập từ tệp": the chosen file is read and checked by the server at once (nothing stored yet); what it
 * read fills the form, and the original file is kept to be saved with the document.
 */
export const DocumentImport = forwardRef<HTMLDivElement, ImportProps>(function DocumentImport({ file, onRead, onClear }, ref) {
  const analyze = useAnalyzeLetter();
  const [tooLarge, setTooLarge] = useState<string | null>(null);
  const choose = (f: File) => {
    analyze.reset();
    // Checked here first so nobody waits for 20 MB to upload only to be refused.
    setTooLarge(f.size > MAX_FILE_BYTES ? `Tệp «${f.name}» lớn hơn 20 MB.` : null);
    if (f.size > MAX_FILE_BYTES) return;
    analyze.mutate({ kind: 'file', file: f }, { onSuccess: (a) => onRead(a, f) });
  };
  return (
    <Card size="small" title="Nhập từ tệp (không bắt buộc)" ref={ref}>
      <Spin spinning={analyze.isPending} description="Đang đọc và kiểm tra văn bản…">
        <Upload.Dragger
          accept=".txt,.docx,.pdf"
          maxCount={1}
          showUploadList={false}
          beforeUpload={(f) => {
            choose(f);
            return false; // Read through /analyze here; the file itself is sent only when the document is saved.
          }}
          aria-label="Tệp văn bản cần nhập"
        >
          <p className="ant-upload-drag-icon"><InboxOutlined aria-hidden /></p>
          <p className="ant-upload-text">Kéo thả tệp vào đây hoặc bấm để chọn</p>
          <p className="ant-upload-hint">.txt (mọi bảng mã), .docx hoặc .pdf có lớp chữ, tối đa 20 MB: các ô bên dưới được điền từ nội dung tệp</p>
        </Upload.Dragger>
      </Spin>
      {(analyze.isError || tooLarge) && (
        <Alert type="error" showIcon role="alert" style={{ marginTop: 12 }} title="Không đọc được tệp" description={tooLarge ?? errorMessage(analyze.error)} />
      )}
      {file && !analyze.isPending && (
        <Space style={{ marginTop: 8 }} wrap>
          <PaperClipOutlined aria-hidden />
          <Typography.Text>Tệp gốc sẽ được lưu kèm: <Typography.Text strong>{file.name}</Typography.Text></Typography.Text>
          <Button size="small" type="link" onClick={onClear}>Không lưu tệp gốc</Button>
        </Space>
      )}
    </Card>
  );
});

/** What the check of the imported letter found, beside its text, before anything is saved. */
export function ImportFindings({ analysis }: { analysis: TAnalysis }) {
  const d = analysis.directive;
  const counted = countText(analysis.findings);
  const hasErrors = analysis.findings.some((f) => f.severity === 'error');
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Alert
        role="status"
        showIcon
        type={hasErrors ? 'error' : counted ? 'warning' : 'success'}
        title={counted ? `Kiểm tra văn bản: phát hiện ${counted}` : 'Kiểm tra văn bản: không phát hiện lỗi nào'}
        description={`${d.symbol ? `${d.typeName ?? 'Văn bản'} số ${d.symbol}${d.issuedOn ? ` ngày ${vnDate(d.issuedOn)}` : ''}. ` : ''}Vẫn có thể lưu văn bản; các lỗi chỉ để người nhập biết và xử lý.`}
      />
      <Card size="small" title="Các lỗi tìm thấy">
        <FindingsList findings={analysis.findings} />
      </Card>
      <Card size="small" title="Văn bản đã đọc">
        <AnnotatedText text={analysis.text} findings={analysis.findings} />
      </Card>
    </Space>
  );
}
