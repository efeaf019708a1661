import { InboxOutlined, PaperClipOutlined } from '@ant-design/icons';
import { Button, Card, Col, Input, Row, Space, Typography, Upload } from 'antd';
import { useState } from 'react';
import type { LetterSource } from './documents.api';

/** The server's limits (copied, not imported: see documents.labels.ts), checked here first so a user is not kept waiting for a refusal. */
const MAX_FILE_BYTES = 20 * 1024 * 1024;
const MAX_TEXT_CHARS = 1_000_000;

const sizeText = (bytes: number) => (bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} MB`);

interface Props {
  loading: boolean;
  onCheck: (source: LetterSource) => void;
  onInvalid: (message: string) => void;
}

/** Paste a letter or choose its file; "Kiểm tra" (or Ctrl+Enter in the text) checks the one last touched. */
export function LetterInput({ loading, onCheck, onInvalid }: Props) {
  const [text, setText] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [useFile, setUseFile] = useState(false);

  const check = (fromFile: boolean) => {
    if (fromFile && file) {
      if (file.size > MAX_FILE_BYTES) return onInvalid('Tệp lớn hơn 20 MB.');
      return onCheck({ kind: 'file', file });
    }
    if (text.trim() === '') return onInvalid('Hãy dán nội dung văn bản hoặc chọn một tệp.');
    if (text.length > MAX_TEXT_CHARS) return onInvalid('Văn bản dài quá 1.000.000 ký tự.');
    onCheck({ kind: 'text', text });
  };
  const choose = (f: File | null) => {
    setFile(f);
    setUseFile(f !== null);
  };
  const what = useFile && file ? `Sẽ kiểm tra tệp «${file.name}».` : text.trim() ? `Sẽ kiểm tra nội dung đã dán (${text.length.toLocaleString('vi-VN')} ký tự).` : '';

  return (
    <Card>
      {/* Top-aligned: a stretched column would give the dragger (height 100%) its full height and push the file name out. */}
      <Row gutter={[16, 16]} align="top">
        <Col xs={24} lg={15}>
          <Input.TextArea
            aria-label="Nội dung văn bản cần kiểm tra"
            placeholder="Dán toàn văn công văn, kế hoạch, hướng dẫn… vào đây (Ctrl+Enter để kiểm tra)"
            autoSize={{ minRows: 9, maxRows: 18 }}
            value={text}
            onChange={(e) => {
              setText(e.target.value);
              setUseFile(false);
            }}
            onKeyDown={(e) => {
              if (e.key !== 'Enter' || !(e.ctrlKey || e.metaKey)) return;
              e.preventDefault();
              setUseFile(false);
              check(false);
            }}
          />
        </Col>
        <Col xs={24} lg={9}>
          <Upload.Dragger
            accept=".txt,.docx,.pdf"
            maxCount={1}
            showUploadList={false}
            beforeUpload={(f) => {
              choose(f);
              // Kept in the page: the file is sent only when the user presses "Kiểm tra".
              return false;
            }}
            aria-label="Tệp văn bản cần kiểm tra"
          >
            <p className="ant-upload-drag-icon"><InboxOutlined aria-hidden /></p>
            <p className="ant-upload-text">Kéo thả tệp vào đây hoặc bấm để chọn</p>
            <p className="ant-upload-hint">.txt (mọi bảng mã), .docx hoặc .pdf có lớp chữ; tối đa 20 MB</p>
          </Upload.Dragger>
          {file && (
            <Space style={{ marginTop: 8 }} wrap>
              <PaperClipOutlined aria-hidden />
              <Typography.Text strong>{file.name}</Typography.Text>
              <Typography.Text type="secondary">({sizeText(file.size)})</Typography.Text>
              <Button size="small" type="link" onClick={() => choose(null)}>Bỏ chọn tệp</Button>
            </Space>
          )}
        </Col>
      </Row>
      <Space wrap style={{ marginTop: 16 }}>
        <Button type="primary" size="large" loading={loading} disabled={!file && text.trim() === ''} onClick={() => check(useFile)}>
          Kiểm tra
        </Button>
        <Typography.Text type="secondary">{what}</Typography.Text>
      </Space>
    </Card>
  );
}
