import { ArrowLeftOutlined, SaveOutlined, SendOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Form, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import type { TRequirementDetail } from '../../modules/requirements/requirements.schemas';
import { ZContentByKind } from '../../modules/submissions/submissions.content.schemas';
import type { TSubmission } from '../../modules/submissions/submissions.schemas';
import { ApiError } from '../app/api';
import { useFeedback } from '../app/feedback';
import { formatDay, formatDateTime } from '../app/format';
import { FullPageSpin } from '../app/Loading';
import { PageError } from '../app/PageState';
import { usePageTitle } from '../app/usePageTitle';
import { useRequirement } from '../requirements/requirements.api';
import { KIND_LABELS } from '../requirements/requirements.labels';
import { ContentView } from './ContentView';
import { emptyContent, KindFields } from './forms/KindFields';
import { ReviewerComments } from './ReviewerComments';
import { fetchOwnSubmission, saveDraft, submitSubmission, useOwnSubmission, useSubmissionsInvalidation } from './submissions.api';
import { SUBMISSION_STATUS } from './submissions.labels';

const STALE_TEXT = 'Bài nộp đã được người khác sửa. Phiên bản mới nhất đã được tải; nội dung bạn vừa nhập vẫn được giữ bên dưới để bạn so sánh và lưu lại.';
const editable = (s: TSubmission | null) => !s || s.status === 'draft' || s.status === 'returned';

/** The first zod issue of a strict check, with where it is: "Mô hình 2 — Nhập tên mô hình". */
function strictProblem(kind: TRequirementDetail['kind'], content: unknown): string | null {
  const r = ZContentByKind[kind].safeParse(content);
  if (r.success) return null;
  const issue = r.error.issues[0];
  if (!issue) return 'Nội dung chưa đầy đủ.';
  const [list, index] = issue.path;
  const where = typeof index === 'number' && list === 'models' ? `Mô hình ${index + 1}: ` : typeof index === 'number' ? `Dòng ${index + 1}: ` : '';
  return `${where}${issue.message}`;
}

function EditForm({ req, initial }: { req: TRequirementDetail; initial: TSubmission | null }) {
  const [form] = Form.useForm<Record<string, unknown>>();
  const feedback = useFeedback();
  const { modal } = App.useApp();
  const invalidate = useSubmissionsInvalidation();
  const [current, setCurrent] = useState<TSubmission | null>(initial);
  const [latest, setLatest] = useState<TSubmission | null>(null);
  const [busy, setBusy] = useState<'save' | 'send' | null>(null);
  const version = current?.version ?? 0;

  /** Someone else saved first: load their version number (and show their content), keep what the user typed. */
  const onStale = async () => {
    const fresh = await fetchOwnSubmission(req.id);
    setCurrent(fresh);
    setLatest(fresh);
    modal.warning({ title: 'Bài nộp đã thay đổi', content: STALE_TEXT, okText: 'Đã hiểu' });
  };

  const run = async (mode: 'save' | 'send') => {
    const content = form.getFieldsValue(true) as Record<string, unknown>;
    if (mode === 'send') {
      try {
        await form.validateFields();
      } catch {
        feedback.error(new ApiError(400, 'VALIDATION', 'Nội dung chưa đầy đủ: xem các ô báo đỏ.'));
        return;
      }
      const problem = strictProblem(req.kind, content);
      if (problem) return feedback.error(new ApiError(400, 'VALIDATION', problem));
    }
    setBusy(mode);
    try {
      let saved = await saveDraft(req.id, { content, version });
      setCurrent(saved);
      if (mode === 'send') saved = await submitSubmission(saved.id, saved.version);
      setCurrent(saved);
      setLatest(null);
      feedback.success(mode === 'send' ? 'Đã gửi bài nộp.' : 'Đã lưu nháp.');
      invalidate();
    } catch (err) {
      if (err instanceof ApiError && err.code === 'STALE_VERSION') await onStale().catch((e: unknown) => feedback.error(e));
      else feedback.error(err);
    } finally {
      setBusy(null);
    }
  };

  if (current && !editable(current)) return <SubmittedView req={req} s={current} />;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      {current?.status === 'returned' && <ReviewerComments submissionId={current.id} />}
      <Card>
        <Form form={form} layout="vertical" initialValues={(initial?.content as Record<string, unknown>) ?? emptyContent(req.kind, { from: req.periodFrom, to: req.periodTo })} disabled={busy !== null}>
          <KindFields kind={req.kind} />
        </Form>
        <Space wrap style={{ marginTop: 16 }}>
          <Button icon={<SaveOutlined aria-hidden />} onClick={() => void run('save')} loading={busy === 'save'} disabled={busy === 'send'}>Lưu nháp</Button>
          <Button type="primary" icon={<SendOutlined aria-hidden />} onClick={() => void run('send')} loading={busy === 'send'} disabled={busy === 'save'}>Gửi</Button>
          <Typography.Text type="secondary">
            {current ? `Phiên bản ${current.version}, lưu lúc ${formatDateTime(current.updatedAt)}` : 'Chưa lưu lần nào'}
          </Typography.Text>
        </Space>
      </Card>
      {latest && (
        <Card title={`Phiên bản mới nhất trên máy chủ (phiên bản ${latest.version})`} size="small" role="region" aria-label="Phiên bản mới nhất trên máy chủ">
          <Alert type="warning" showIcon title={STALE_TEXT} style={{ marginBottom: 12 }} />
          <ContentView kind={req.kind} content={latest.content} />
        </Card>
      )}
    </Space>
  );
}

function SubmittedView({ req, s }: { req: TRequirementDetail; s: TSubmission }) {
  return (
    <Card>
      <Alert
        type={s.status === 'accepted' ? 'success' : 'info'}
        showIcon
        style={{ marginBottom: 16 }}
        title={s.status === 'accepted' ? 'Bài nộp đã được duyệt.' : 'Đã gửi, đang chờ Ban Tuyên giáo xem xét.'}
        description={`Gửi lúc ${formatDateTime(s.submittedAt)}.`}
      />
      <ContentView kind={req.kind} content={s.content} />
    </Card>
  );
}

/** "Nộp bài": the unit's answer to one requirement — save a draft, send it, fix it when returned. */
export default function SubmissionFormPage() {
  const id = Number(useParams().id);
  const req = useRequirement(id);
  const own = useOwnSubmission(id);
  usePageTitle(req.data ? `Nộp: ${req.data.title}` : 'Nộp bài');
  if (req.isPending || own.isPending) return <FullPageSpin />;
  if (req.isError) return <PageError error={req.error} onRetry={() => void req.refetch()} />;
  if (own.isError) return <PageError error={own.error} onRetry={() => void own.refetch()} />;
  const r = req.data;
  const s = own.data;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Link to="/viec-can-lam"><ArrowLeftOutlined aria-hidden /> Việc cần làm</Link>
      <div>
        <Typography.Title level={3} style={{ margin: 0 }}>{r.title}</Typography.Title>
        <Space wrap style={{ marginTop: 4 }}>
          <Tag>{KIND_LABELS[r.kind]}</Tag>
          <Typography.Text>Hạn chung: {formatDay(r.deadline)}</Typography.Text>
          {s && <Tag color={SUBMISSION_STATUS[s.status][1]}>{SUBMISSION_STATUS[s.status][0]}</Tag>}
          {r.contactName && <Typography.Text type="secondary">Liên hệ: {r.contactName}{r.contactPhone ? ` — ${r.contactPhone}` : ''}</Typography.Text>}
        </Space>
        {r.instructions && <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginTop: 8 }}>{r.instructions}</Typography.Paragraph>}
      </div>
      {r.status === 'closed' && editable(s) ? (
        <Alert type="warning" showIcon title="Yêu cầu đã kết thúc, không nhận bài nộp nữa." />
      ) : (
        <EditForm req={r} initial={s} />
      )}
    </Space>
  );
}
