import { Alert } from 'antd';
import { formatDateTime } from '../app/format';
import { useComments } from './submissions.api';

/** The reviewer's latest word on a returned submission, shown above the form the unit fixes. */
export function ReviewerComments({ submissionId }: { submissionId: number }) {
  const comments = useComments(submissionId);
  const last = comments.data?.[comments.data.length - 1];
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      title="Bài nộp bị trả lại — hãy sửa theo ý kiến dưới đây rồi gửi lại."
      description={last ? <><b>{last.authorName}</b> ({formatDateTime(last.createdAt)}): <span style={{ whiteSpace: 'pre-wrap' }}>{last.body}</span></> : 'Đang tải ý kiến…'}
    />
  );
}
