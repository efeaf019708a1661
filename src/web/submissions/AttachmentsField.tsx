import { DeleteOutlined, DownloadOutlined, FileExcelOutlined, FileImageOutlined, FileOutlined, FilePdfOutlined, FileWordOutlined, InboxOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, List, Popconfirm, Space, Typography, Upload, type UploadFile, type UploadProps } from 'antd';
import { useState } from 'react';
import { ACCEPTED_EXTENSIONS, MAX_ATTACHMENT_BYTES } from '../../domain/file-kind';
import type { TAttachment } from '../../modules/attachments/attachments.schemas';
import { api, ApiError, downloadFile } from '../app/api';
import { useFeedback } from '../app/feedback';
import { formatDateTime } from '../app/format';
import { SUBMISSIONS_KEY } from './submissions.api';

/** A submission's attached files: the unit adds and removes them while it may edit; everyone who sees the submission downloads them. */

const attachmentsKey = (submissionId: number, version?: number) => [...SUBMISSIONS_KEY, 'attachments', submissionId, version ?? 'current'] as const;

function useAttachments(submissionId: number | null, version?: number) {
  return useQuery({
    queryKey: attachmentsKey(submissionId ?? 0, version),
    queryFn: () => api<TAttachment[]>(`/api/submissions/${submissionId}/attachments`, { query: { version } }),
    enabled: submissionId !== null,
  });
}

const sizeText = (bytes: number) =>
  bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024)).toLocaleString('vi-VN')} KB` : `${(bytes / 1024 / 1024).toLocaleString('vi-VN', { maximumFractionDigits: 1 })} MB`;

function KindIcon({ mediaType }: { mediaType: string }) {
  if (mediaType === 'application/pdf') return <FilePdfOutlined aria-hidden style={{ color: '#cf1322' }} />;
  if (mediaType.includes('wordprocessingml')) return <FileWordOutlined aria-hidden style={{ color: '#1d39c4' }} />;
  if (mediaType.includes('spreadsheetml')) return <FileExcelOutlined aria-hidden style={{ color: '#389e0d' }} />;
  if (mediaType.startsWith('image/')) return <FileImageOutlined aria-hidden style={{ color: '#d48806' }} />;
  return <FileOutlined aria-hidden />;
}

/** Why the browser refuses a file before sending it; null when it may go (the server still checks the content). */
function localProblem(file: File): string | null {
  const dot = file.name.lastIndexOf('.');
  const ext = dot >= 0 ? file.name.slice(dot).toLowerCase() : '';
  if (!ACCEPTED_EXTENSIONS.includes(ext)) return `Tệp "${file.name}" không đúng loại. Chỉ nhận PDF, Word (.docx), Excel (.xlsx), ảnh JPG hoặc PNG.`;
  if (file.size === 0) return `Tệp "${file.name}" rỗng (0 byte).`;
  if (file.size > MAX_ATTACHMENT_BYTES) return `Tệp "${file.name}" nặng ${sizeText(file.size)}, vượt quá 20 MB. Hãy nén ảnh hoặc tách tệp.`;
  return null;
}

/** The server's Vietnamese message of a failed upload (antd hands over the parsed body), else a generic one. */
function uploadError(file: UploadFile): string {
  const body = file.response as { error?: { message?: unknown } } | undefined;
  if (typeof body?.error?.message === 'string') return body.error.message;
  return `Không tải lên được tệp "${file.name}". Kiểm tra mạng và thử lại.`;
}

interface ListProps {
  submissionId: number;
  /** A submitted version: the files it was sent with; none: the files attached now. */
  version?: number;
  onRemove?: (a: TAttachment) => Promise<void>;
}

/** The files as a list with download (and remove, when `onRemove` is given). */
export function AttachmentList({ submissionId, version, onRemove }: ListProps) {
  const feedback = useFeedback();
  const list = useAttachments(submissionId, version);
  const [removing, setRemoving] = useState<number | null>(null);
  if (list.isError) return <Alert type="error" showIcon title="Không tải được danh sách tệp đính kèm." />;
  const remove = async (a: TAttachment) => {
    setRemoving(a.id);
    try { await onRemove!(a); } catch (err) { feedback.error(err); } finally { setRemoving(null); }
  };
  return (
    <List<TAttachment>
      size="small"
      loading={list.isPending}
      dataSource={list.data ?? []}
      locale={{ emptyText: 'Chưa có tệp đính kèm.' }}
      aria-label="Tệp đính kèm"
      renderItem={(a) => (
        <List.Item
          actions={[
            <Button key="get" size="small" icon={<DownloadOutlined aria-hidden />} aria-label={`Tải về ${a.fileName}`}
              onClick={() => void downloadFile(`/api/attachments/${a.id}`, a.fileName).catch(feedback.error)}>Tải về</Button>,
            ...(onRemove ? [
              <Popconfirm key="del" title={`Gỡ tệp "${a.fileName}" khỏi bài nộp?`} okText="Gỡ" cancelText="Thôi" okButtonProps={{ danger: true }} onConfirm={() => remove(a)}>
                <Button size="small" danger icon={<DeleteOutlined aria-hidden />} loading={removing === a.id} aria-label={`Gỡ ${a.fileName}`}>Gỡ</Button>
              </Popconfirm>,
            ] : []),
          ]}
        >
          <List.Item.Meta
            avatar={<KindIcon mediaType={a.mediaType} />}
            title={<Typography.Text>{a.fileName}</Typography.Text>}
            description={`${sizeText(a.size)} — ${a.uploadedByName}, ${formatDateTime(a.createdAt)}`}
          />
        </List.Item>
      )}
    />
  );
}

/** Upload box plus the list, for the unit's draft or returned submission. Before the first save there is nothing to attach to. */
export function AttachmentsField({ submissionId }: { submissionId: number | null }) {
  const feedback = useFeedback();
  const qc = useQueryClient();
  const [uploading, setUploading] = useState<UploadFile[]>([]);
  if (submissionId === null) {
    return <Alert type="info" showIcon title="Bấm “Lưu nháp” trước, sau đó đính kèm tệp (PDF, Word, Excel, ảnh JPG/PNG, tối đa 20 MB mỗi tệp)." />;
  }
  const refresh = () => qc.invalidateQueries({ queryKey: attachmentsKey(submissionId) });
  const props: UploadProps = {
    name: 'file',
    action: `/api/submissions/${submissionId}/attachments`,
    headers: { accept: 'application/json' },
    accept: ACCEPTED_EXTENSIONS.join(','),
    multiple: true,
    fileList: uploading,
    beforeUpload: (file) => {
      const problem = localProblem(file);
      if (!problem) return true;
      feedback.error(new ApiError(400, 'FILE_REFUSED', problem));
      return Upload.LIST_IGNORE;
    },
    onChange: ({ file, fileList }) => {
      // Only files still on their way stay in antd's list; finished ones appear in the list below from the server.
      setUploading(fileList.filter((f) => f.status === 'uploading'));
      if (file.status === 'done') { void refresh(); feedback.success(`Đã đính kèm "${file.name}".`); }
      if (file.status === 'error') feedback.error(new ApiError(file.error?.status ?? 0, 'UPLOAD_FAILED', uploadError(file)));
    },
  };
  const onRemove = async (a: TAttachment) => {
    await api(`/api/attachments/${a.id}`, { method: 'DELETE' });
    feedback.success(`Đã gỡ "${a.fileName}".`);
    await refresh();
  };
  return (
    <Space orientation="vertical" size="small" style={{ width: '100%' }}>
      <Upload.Dragger {...props}>
        <p className="ant-upload-drag-icon"><InboxOutlined aria-hidden /></p>
        <p className="ant-upload-text">Kéo tệp vào đây hoặc bấm để chọn tệp đính kèm</p>
        <p className="ant-upload-hint">PDF, Word (.docx), Excel (.xlsx), ảnh JPG hoặc PNG; tối đa 20 MB mỗi tệp. Loại tệp được kiểm tra theo nội dung.</p>
      </Upload.Dragger>
      <AttachmentList submissionId={submissionId} onRemove={onRemove} />
    </Space>
  );
}
