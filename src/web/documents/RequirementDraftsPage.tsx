import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Button, Empty, type FormInstance, Result, Space, Typography } from 'antd';
import { useCallback, useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import type { TRequirementDraft } from '../../modules/documents/documents.registry.schemas';
import type { TRequirementDetail } from '../../modules/requirements/requirements.schemas';
import { useCurrentUser } from '../app/auth';
import { FullPageSpin } from '../app/Loading';
import { PageError } from '../app/PageState';
import { usePageTitle } from '../app/usePageTitle';
import { DraftCard, type DraftStatus } from './DraftCard';
import { bodyOfDraft, type DraftValues } from './documents.registry.form';
import { postRequirement, useDocument, useRefreshAfterDrafts, useRequirementDrafts } from './documents.registry.api';
import { documentPath } from './documents.registry.labels';
import { useLeaveGuard } from './useLeaveGuard';
import './documents.css';

const IDLE: DraftStatus = { state: 'idle' };

/** Posts the chosen drafts one by one; each keeps its own outcome, so a failure loses no edits. */
function useConfirmDrafts(drafts: TRequirementDraft[]) {
  const forms = useRef(new Map<number, FormInstance<DraftValues>>());
  const [included, setIncluded] = useState<boolean[]>(() => drafts.map(() => true));
  const [status, setStatus] = useState<DraftStatus[]>(() => drafts.map(() => IDLE));
  const [invalid, setInvalid] = useState(false);
  const [running, setRunning] = useState(false);
  const refresh = useRefreshAfterDrafts();
  const register = useCallback((i: number, f: FormInstance<DraftValues> | null) => {
    if (f) forms.current.set(i, f);
    else forms.current.delete(i);
  }, []);
  const statusNow = useRef(status);
  statusNow.current = status;
  /** Some draft not yet made has edits that leaving would throw away. */
  const isDirty = () => [...forms.current].some(([i, f]) => statusNow.current[i]?.state !== 'created' && f.isFieldsTouched());
  const setOne = (i: number, s: DraftStatus) => setStatus((all) => all.map((x, k) => (k === i ? s : x)));
  const pending = drafts.map((_, i) => i).filter((i) => included[i] && status[i]!.state !== 'created');

  const confirm = async () => {
    setInvalid(false);
    // Every chosen card is checked before anything is sent, so the batch is not left half made by a typo.
    const values = await Promise.all(pending.map((i) => forms.current.get(i)!.validateFields().then((v) => v, () => null)));
    if (values.some((v) => v === null)) {
      setInvalid(true);
      document.querySelector('.ant-form-item-has-error')?.scrollIntoView({ behavior: 'smooth', block: 'center' });
      return;
    }
    setRunning(true);
    for (const [k, i] of pending.entries()) {
      setOne(i, { state: 'saving' });
      try {
        setOne(i, { state: 'created', requirement: await postRequirement(bodyOfDraft(drafts[i]!, values[k]!)) });
      } catch (error) {
        setOne(i, { state: 'error', error });
      }
    }
    setRunning(false);
    refresh();
  };
  return { included, setIncluded, status, pending, invalid, running, register, confirm, isDirty };
}

function CreatedSummary({ created, documentId }: { created: TRequirementDetail[]; documentId: number }) {
  return (
    <Result
      status="success"
      title={`Đã tạo ${created.length} yêu cầu từ văn bản`}
      subTitle={
        <ul aria-label="Yêu cầu đã tạo" style={{ display: 'inline-block', textAlign: 'left', margin: 0 }}>
          {created.map((r) => <li key={r.id}><Link to={`/yeu-cau/${r.id}`}>{r.title}</Link></li>)}
        </ul>
      }
      extra={<Link to={documentPath(documentId)}>Về trang văn bản</Link>}
    />
  );
}

function Drafts({ documentId, drafts }: { documentId: number; drafts: TRequirementDraft[] }) {
  const c = useConfirmDrafts(drafts);
  const leaveGuard = useLeaveGuard(c.isDirty, 'Các yêu cầu đề xuất đã sửa chưa được tạo; phần đã sửa sẽ mất.');
  const created = c.status.flatMap((s) => (s.state === 'created' ? [s.requirement] : []));
  const failed = c.status.filter((s) => s.state === 'error').length;
  const allDone = created.length > 0 && c.pending.length === 0;
  const n = c.pending.length;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      {leaveGuard}
      {allDone && <CreatedSummary created={created} documentId={documentId} />}
      {c.invalid && <Alert type="error" showIcon role="alert" title="Có ô chưa hợp lệ trong các yêu cầu đã chọn: sửa các ô được báo đỏ rồi bấm lại." />}
      {failed > 0 && !c.running && (
        <Alert type="error" showIcon role="alert" title={`${failed} yêu cầu chưa tạo được; nội dung đã sửa vẫn giữ nguyên. Sửa theo thông báo ở từng yêu cầu rồi bấm lại.`} />
      )}
      {drafts.map((d, i) => (
        <DraftCard
          key={i}
          index={i}
          draft={d}
          included={c.included[i]!}
          onInclude={(v) => c.setIncluded((all) => all.map((x, k) => (k === i ? v : x)))}
          status={c.status[i]!}
          register={c.register}
        />
      ))}
      {!allDone && (
        <Space wrap style={{ position: 'sticky', bottom: 0, background: '#fff', padding: '12px 0', width: '100%', zIndex: 2 }}>
          <Button type="primary" size="large" disabled={n === 0} loading={c.running} onClick={() => void c.confirm()}>
            Tạo {n} yêu cầu
          </Button>
          <Typography.Text type="secondary">
            {n === 0 ? 'Chưa chọn yêu cầu nào.' : 'Mỗi yêu cầu được giao cho các đơn vị ngay khi tạo; bỏ chọn những yêu cầu không cần.'}
          </Typography.Text>
        </Space>
      )}
    </Space>
  );
}

/** "Tạo yêu cầu từ văn bản": one proposed requirement per task of the letter, edited and confirmed by staff. */
export default function RequirementDraftsPage() {
  const id = Number(useParams().id);
  const me = useCurrentUser();
  const doc = useDocument(id);
  const drafts = useRequirementDrafts(id);
  usePageTitle('Tạo yêu cầu từ văn bản');

  if (me.role !== 'admin' && me.role !== 'staff') {
    return <Result status="warning" title="Không có quyền truy cập" subTitle="Chỉ cán bộ và quản trị viên được tạo yêu cầu." />;
  }
  if (drafts.isPending) return <FullPageSpin />;
  if (drafts.isError) return <PageError error={drafts.error} onRetry={() => void drafts.refetch()} />;
  const list = drafts.data.drafts;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Link to={documentPath(id)}><ArrowLeftOutlined aria-hidden /> {doc.data?.symbol ? `Văn bản ${doc.data.symbol}` : 'Trang văn bản'}</Link>
      <div>
        <Typography.Title level={3} style={{ margin: 0 }}>Tạo yêu cầu từ văn bản</Typography.Title>
        <Typography.Text type="secondary">
          {list.length > 0
            ? `Đề xuất ${list.length} yêu cầu, mỗi nhiệm vụ của văn bản một yêu cầu: kiểm tra loại, hạn, kỳ báo cáo, đơn vị được giao và người liên hệ trước khi tạo.`
            : ''}
        </Typography.Text>
      </div>
      {doc.data && doc.data.requirementsCount > 0 && (
        <Alert type="info" showIcon title={`Văn bản này đã có ${doc.data.requirementsCount} yêu cầu; tạo thêm sẽ giao thêm việc cho các đơn vị.`} />
      )}
      {list.length === 0 ? (
        <Empty description="Không tìm thấy nhiệm vụ nào trong văn bản để đề xuất yêu cầu. Có thể tạo yêu cầu bằng tay ở trang Yêu cầu." />
      ) : (
        <Drafts documentId={id} drafts={list} />
      )}
    </Space>
  );
}
