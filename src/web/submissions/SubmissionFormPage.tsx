import { ArrowLeftOutlined, SaveOutlined, SendOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Form, Space, Tag, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
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
import { AttachmentList, AttachmentsField } from './AttachmentsField';
import { ContentView } from './ContentView';
import { emptyContent, KindFields } from './forms/KindFields';
import { ReviewerComments } from './ReviewerComments';
import { fetchOwnSubmission, saveDraft, submitSubmission, useOwnSubmission, useSubmissionsInvalidation } from './submissions.api';
import { SUBMISSION_STATUS } from './submissions.labels';

const editableStatus = (st: TSubmission['status']) => st === 'draft' || st === 'returned';
const editable = (s: TSubmission | null) => !s || editableStatus(s.status);

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

/** What a 409 STALE_VERSION carries: the submission as someone else just stored it. */
interface StaleCopy { version: number; status: TSubmission['status']; content: unknown }

function staleCopyOf(err: ApiError): StaleCopy | null {
  const c = err.details.current as Partial<StaleCopy> | undefined;
  return c && typeof c.version === 'number' && typeof c.status === 'string' ? { version: c.version, status: c.status, content: c.content } : null;
}

/** The conflict notice: the user's text stays in the form; they choose to take the newer version or overwrite it. */
function StalePanel({ req, stale, busy, onLoad, onOverwrite }: {
  req: TRequirementDetail; stale: StaleCopy; busy: boolean; onLoad: () => void; onOverwrite: () => void;
}) {
  const canOverwrite = editableStatus(stale.status);
  return (
    <Card size="small" role="region" aria-label="Xung đột phiên bản">
      <Alert
        type="warning"
        showIcon
        title={`Bài nộp vừa được người khác lưu (phiên bản ${stale.version}). Nội dung bạn đang nhập vẫn còn nguyên trong biểu mẫu, chưa được lưu.`}
        description={canOverwrite
          ? 'Chọn "Tải phiên bản mới" để bỏ nội dung của bạn và xem bản vừa lưu, hoặc "Ghi đè bằng nội dung của tôi" để lưu nội dung của bạn thành phiên bản mới nhất.'
          : `Bài nộp đã ở trạng thái "${SUBMISSION_STATUS[stale.status][0]}" nên không thể ghi đè. Hãy sao chép phần cần giữ rồi tải phiên bản mới.`}
        action={(
          <Space orientation="vertical">
            <Button size="small" onClick={onLoad} disabled={busy}>Tải phiên bản mới</Button>
            {canOverwrite && <Button size="small" danger onClick={onOverwrite} loading={busy}>Ghi đè bằng nội dung của tôi</Button>}
          </Space>
        )}
        style={{ marginBottom: 12 }}
      />
      <Typography.Text strong>Nội dung phiên bản {stale.version} trên máy chủ:</Typography.Text>
      <ContentView kind={req.kind} content={stale.content} />
    </Card>
  );
}

function EditForm({ req, initial }: { req: TRequirementDetail; initial: TSubmission | null }) {
  const [form] = Form.useForm<Record<string, unknown>>();
  const feedback = useFeedback();
  const invalidate = useSubmissionsInvalidation();
  const [current, setCurrent] = useState<TSubmission | null>(initial);
  const [stale, setStale] = useState<StaleCopy | null>(null);
  const [busy, setBusy] = useState<'save' | 'send' | 'load' | null>(null);
  const staleRef = useRef<HTMLDivElement>(null);
  // The buttons sit below a long form: bring the conflict notice into view when it appears.
  useEffect(() => { if (stale) staleRef.current?.scrollIntoView({ block: 'start', behavior: 'smooth' }); }, [stale]);

  /** Saves (and sends) the form's content as an edit of `version`; a 409 keeps the form as it is and shows the conflict. */
  const run = async (mode: 'save' | 'send', version = current?.version ?? 0) => {
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
      setStale(null);
      feedback.success(mode === 'send' ? 'Đã gửi bài nộp.' : 'Đã lưu nháp.');
      invalidate();
    } catch (err) {
      const copy = err instanceof ApiError && err.code === 'STALE_VERSION' ? staleCopyOf(err) : null;
      if (copy) setStale(copy);
      else feedback.error(err);
    } finally {
      setBusy(null);
    }
  };

  /** Takes the newer version: the whole submission (id, status, version) and its content into the form. */
  const loadNewer = async () => {
    setBusy('load');
    try {
      const fresh = await fetchOwnSubmission(req.id);
      setCurrent(fresh);
      setStale(null);
      if (fresh && editable(fresh)) {
        form.resetFields();
        form.setFieldsValue(fresh.content as Record<string, unknown>);
      }
      invalidate();
    } catch (err) {
      feedback.error(err);
    } finally {
      setBusy(null);
    }
  };

  if (current && !editable(current)) return <SubmittedView req={req} s={current} />;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      {stale && (
        <div ref={staleRef}>
          <StalePanel req={req} stale={stale} busy={busy !== null} onLoad={() => void loadNewer()} onOverwrite={() => void run('save', stale.version)} />
        </div>
      )}
      {current?.status === 'returned' && <ReviewerComments submissionId={current.id} />}
      <Card>
        <Form form={form} layout="vertical" initialValues={(initial?.content as Record<string, unknown>) ?? emptyContent(req.kind, { from: req.periodFrom, to: req.periodTo })} disabled={busy !== null}>
          <KindFields kind={req.kind} />
        </Form>
        <Typography.Title level={5}>Tệp đính kèm</Typography.Title>
        <AttachmentsField submissionId={current?.id ?? null} />
        <Space wrap style={{ marginTop: 16 }}>
          <Button icon={<SaveOutlined aria-hidden />} onClick={() => void run('save')} loading={busy === 'save'} disabled={busy !== null && busy !== 'save'}>Lưu nháp</Button>
          <Button type="primary" icon={<SendOutlined aria-hidden />} onClick={() => void run('send')} loading={busy === 'send'} disabled={busy !== null && busy !== 'send'}>Gửi</Button>
          <Typography.Text type="secondary">
            {current ? `Phiên bản ${current.version}, lưu lúc ${formatDateTime(current.updatedAt)}` : 'Chưa lưu lần nào'}
          </Typography.Text>
        </Space>
      </Card>
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
      <Typography.Title level={5}>Tệp đính kèm</Typography.Title>
      <AttachmentList submissionId={s.id} />
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
