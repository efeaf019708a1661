import { ArrowLeftOutlined, CheckOutlined, RollbackOutlined } from '@ant-design/icons';
import { Button, Card, Col, Descriptions, Form, Input, Row, Select, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { ZReturnBody } from '../../modules/submissions/submissions.schemas';
import { useCurrentUser } from '../app/auth';
import { useFeedback } from '../app/feedback';
import { formatDateTime } from '../app/format';
import { FormModal } from '../app/FormModal';
import { FullPageSpin } from '../app/Loading';
import { PageError } from '../app/PageState';
import { usePageTitle } from '../app/usePageTitle';
import { zodRule } from '../app/zodRule';
import { useRequirement } from '../requirements/requirements.api';
import { KIND_LABELS } from '../requirements/requirements.labels';
import { AttachmentList } from './AttachmentsField';
import { CommentThread } from './CommentThread';
import { ContentView } from './ContentView';
import { useDecision, useSubmission, useVersions } from './submissions.api';
import { SUBMISSION_STATUS } from './submissions.labels';

function ReturnModal({ id, open, onClose }: { id: number; open: boolean; onClose: () => void }) {
  const decide = useDecision();
  const feedback = useFeedback();
  return (
    <FormModal<{ comment: string }>
      open={open}
      title="Trả lại bài nộp"
      okText="Trả lại"
      onCancel={() => { decide.reset(); onClose(); }}
      submitting={decide.isPending}
      error={decide.error}
      onSubmit={({ comment }) => decide.mutate({ id, action: 'return', comment }, { onSuccess: () => { feedback.success('Đã trả lại bài nộp cho đơn vị.'); onClose(); } })}
    >
      <Form.Item name="comment" label="Lý do trả lại (đơn vị sẽ thấy)" rules={[{ required: true, whitespace: true, message: 'Nhập lý do trả lại' }, zodRule(ZReturnBody.shape.comment)]}>
        <Input.TextArea autoFocus autoSize={{ minRows: 3, maxRows: 10 }} />
      </Form.Item>
    </FormModal>
  );
}

/** "Xem bài nộp": a unit's answer as sent, its versions and comments; staff return or accept it. */
export default function SubmissionReviewPage() {
  const id = Number(useParams().submissionId);
  const me = useCurrentUser();
  const canDecide = me.role === 'admin' || me.role === 'staff';
  const s = useSubmission(id);
  const req = useRequirement(s.data?.requirementId ?? 0);
  const versions = useVersions(id);
  const decide = useDecision();
  const feedback = useFeedback();
  const [returning, setReturning] = useState(false);
  const [shown, setShown] = useState<number | 'current'>('current');
  usePageTitle(s.data ? `Bài nộp: ${s.data.unitName}` : 'Bài nộp');

  if (s.isPending || (s.data && req.isPending)) return <FullPageSpin />;
  if (s.isError) return <PageError error={s.error} onRetry={() => void s.refetch()} />;
  if (req.isError) return <PageError error={req.error} onRetry={() => void req.refetch()} />;
  const sub = s.data;
  const r = req.data!;
  const version = shown === 'current' ? undefined : versions.data?.find((v) => v.version === shown);
  const content = version ? version.content : sub.content;
  const decidable = canDecide && sub.status === 'submitted';

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Link to={`/yeu-cau/${r.id}`}><ArrowLeftOutlined aria-hidden /> {r.title}</Link>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 12, justifyContent: 'space-between', alignItems: 'center' }}>
        <Typography.Title level={3} style={{ margin: 0 }}>Bài nộp của {sub.unitName}</Typography.Title>
        {decidable && (
          <Space>
            <Button danger icon={<RollbackOutlined aria-hidden />} onClick={() => setReturning(true)}>Trả lại</Button>
            <Button
              type="primary"
              icon={<CheckOutlined aria-hidden />}
              loading={decide.isPending}
              onClick={() => decide.mutate({ id, action: 'accept' }, { onSuccess: () => feedback.success('Đã duyệt bài nộp.'), onError: feedback.error })}
            >
              Duyệt
            </Button>
          </Space>
        )}
      </div>
      <Card size="small">
        <Descriptions size="small" column={{ xs: 1, md: 3 }} items={[
          { key: 'kind', label: 'Yêu cầu', children: KIND_LABELS[r.kind] },
          { key: 'status', label: 'Trạng thái', children: <Tag color={SUBMISSION_STATUS[sub.status][1]}>{SUBMISSION_STATUS[sub.status][0]}</Tag> },
          { key: 'first', label: 'Gửi lần đầu', children: formatDateTime(sub.firstSubmittedAt) },
          { key: 'last', label: 'Gửi gần nhất', children: formatDateTime(sub.submittedAt) },
          { key: 'decided', label: 'Xử lý lúc', children: formatDateTime(sub.decidedAt) },
          { key: 'version', label: 'Phiên bản', children: sub.version },
        ]} />
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={16}>
          <Card
            size="small"
            title={version ? `Nội dung đã gửi — phiên bản ${version.version}` : 'Nội dung hiện tại'}
            extra={
              <Select<number | 'current'>
                aria-label="Xem phiên bản"
                style={{ minWidth: 260 }}
                value={shown}
                onChange={setShown}
                options={[
                  { value: 'current', label: 'Nội dung hiện tại' },
                  ...(versions.data ?? []).map((v) => ({ value: v.version, label: `Phiên bản ${v.version} — ${formatDateTime(v.submittedAt)} — ${v.submittedByName}` })),
                ]}
              />
            }
          >
            <ContentView kind={r.kind} content={content} />
            <Typography.Title level={5}>Tệp đính kèm</Typography.Title>
            <AttachmentList submissionId={id} version={version?.version} />
          </Card>
        </Col>
        <Col xs={24} xl={8}>
          <CommentThread submissionId={id} canWrite={me.role !== 'leader'} />
        </Col>
      </Row>
      {decidable && returning && <ReturnModal id={id} open={returning} onClose={() => setReturning(false)} />}
    </Space>
  );
}
