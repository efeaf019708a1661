import { Button, Card, Empty, Form, Input, List, Typography } from 'antd';
import { useFeedback } from '../app/feedback';
import { formatDateTime } from '../app/format';
import { useAddComment, useComments } from './submissions.api';

/** The exchange about one submission (return reasons included), with a box to add to it. */
export function CommentThread({ submissionId, canWrite }: { submissionId: number; canWrite: boolean }) {
  const comments = useComments(submissionId);
  const add = useAddComment();
  const feedback = useFeedback();
  const [form] = Form.useForm<{ body: string }>();
  const onFinish = ({ body }: { body: string }) =>
    add.mutate({ id: submissionId, body }, { onSuccess: () => { form.resetFields(); feedback.success('Đã thêm ý kiến.'); }, onError: feedback.error });
  return (
    <Card size="small" title="Trao đổi, ý kiến">
      {comments.data?.length ? (
        <List
          size="small"
          dataSource={comments.data}
          renderItem={(c) => (
            <List.Item>
              <div>
                <Typography.Text strong>{c.authorName}</Typography.Text>{' '}
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>{formatDateTime(c.createdAt)}</Typography.Text>
                <div style={{ whiteSpace: 'pre-wrap' }}>{c.body}</div>
              </div>
            </List.Item>
          )}
        />
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={comments.isPending ? 'Đang tải…' : 'Chưa có ý kiến nào'} />
      )}
      {canWrite && (
        <Form form={form} layout="vertical" onFinish={onFinish} disabled={add.isPending} style={{ marginTop: 12 }}>
          <Form.Item name="body" label="Ý kiến mới" rules={[{ required: true, whitespace: true, message: 'Nhập nội dung ý kiến' }, { max: 5000, message: 'Ý kiến tối đa 5000 ký tự' }]}>
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
          </Form.Item>
          <Button htmlType="submit" loading={add.isPending}>Thêm ý kiến</Button>
        </Form>
      )}
    </Card>
  );
}
