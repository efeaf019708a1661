import { ArrowLeftOutlined, BellOutlined, EditOutlined, StopOutlined } from '@ant-design/icons';
import { App, Button, Card, Descriptions, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import type { TRequirementDetail } from '../../modules/requirements/requirements.schemas';
import { useCurrentUser } from '../app/auth';
import { useFeedback } from '../app/feedback';
import { formatDay } from '../app/format';
import { PageError } from '../app/PageState';
import { FullPageSpin } from '../app/Loading';
import { usePageTitle } from '../app/usePageTitle';
import { ReminderHistory } from '../reminders/ReminderHistory';
import { RemindModal } from '../reminders/RemindModal';
import { ProgressPanel } from './ProgressPanel';
import { RequirementFormModal } from './RequirementFormModal';
import { useCloseRequirement, useRequirement } from './requirements.api';
import { KIND_LABELS, REQUIREMENT_STATUS, TARGET_RULE_LABELS } from './requirements.labels';

function targetText(r: TRequirementDetail): string {
  return r.targets.map((t) => `${TARGET_RULE_LABELS[t.rule]}${t.rule === 'all_grassroots' ? ` (${t.unitName})` : `: ${t.unitName}`}`).join('; ');
}

function Header({ r }: { r: TRequirementDetail }) {
  const items = [
    { key: 'kind', label: 'Loại', children: KIND_LABELS[r.kind] },
    { key: 'deadline', label: 'Hạn nộp', children: formatDay(r.deadline) },
    { key: 'status', label: 'Trạng thái', children: <Tag color={REQUIREMENT_STATUS[r.status][1]}>{REQUIREMENT_STATUS[r.status][0]}</Tag> },
    ...(r.periodFrom ? [{ key: 'period', label: 'Kỳ báo cáo', children: `${formatDay(r.periodFrom)} – ${formatDay(r.periodTo)}` }] : []),
    { key: 'targets', label: 'Đơn vị được giao', children: targetText(r), span: 2 },
    ...(r.deadlineOverrides.length
      ? [{ key: 'overrides', label: 'Hạn riêng', span: 2, children: r.deadlineOverrides.map((o) => `${o.unitName}: ${formatDay(o.deadline)}`).join('; ') }]
      : []),
    ...(r.contactName || r.contactPhone ? [{ key: 'contact', label: 'Liên hệ', children: [r.contactName, r.contactPhone].filter(Boolean).join(' — ') }] : []),
    ...(r.instructions ? [{ key: 'instr', label: 'Hướng dẫn', span: 2, children: <span style={{ whiteSpace: 'pre-wrap' }}>{r.instructions}</span> }] : []),
  ];
  return <Descriptions size="small" bordered column={{ xs: 1, md: 2 }} items={items} />;
}

/** One requirement: what was asked, and who has answered (live). */
export default function RequirementDetailPage() {
  const id = Number(useParams().id);
  const q = useRequirement(id);
  const me = useCurrentUser();
  const canEdit = me.role === 'admin' || me.role === 'staff';
  const close = useCloseRequirement();
  const feedback = useFeedback();
  const { modal } = App.useApp();
  const [editing, setEditing] = useState(false);
  /** Open reminder dialog: the units ticked beforehand (empty: the overdue ones). */
  const [reminding, setReminding] = useState<number[] | null>(null);
  usePageTitle(q.data?.title ?? 'Yêu cầu');

  if (q.isPending) return <FullPageSpin />;
  if (q.isError) return <PageError error={q.error} onRetry={() => void q.refetch()} />;
  const r = q.data;
  const confirmClose = () =>
    modal.confirm({
      title: 'Kết thúc yêu cầu?',
      content: 'Sau khi kết thúc, các đơn vị không gửi hoặc sửa bài nộp cho yêu cầu này được nữa.',
      okText: 'Kết thúc',
      cancelText: 'Hủy',
      okButtonProps: { danger: true },
      onOk: () => close.mutateAsync(r.id).then(() => feedback.success('Đã kết thúc yêu cầu.'), (e: unknown) => feedback.error(e)),
    });

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Link to="/yeu-cau"><ArrowLeftOutlined aria-hidden /> Danh sách yêu cầu</Link>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 12, justifyContent: 'space-between', alignItems: 'center' }}>
        <Typography.Title level={3} style={{ margin: 0 }}>{r.title}</Typography.Title>
        {canEdit && r.status === 'open' && (
          <Space wrap>
            <Button type="primary" icon={<BellOutlined aria-hidden />} onClick={() => setReminding([])}>Nhắc nhở</Button>
            <Button icon={<EditOutlined aria-hidden />} onClick={() => setEditing(true)}>Sửa yêu cầu</Button>
            <Button danger icon={<StopOutlined aria-hidden />} onClick={confirmClose}>Kết thúc yêu cầu</Button>
          </Space>
        )}
      </div>
      <Card><Header r={r} /></Card>
      <Typography.Title level={4} style={{ margin: 0 }}>Tiến độ</Typography.Title>
      <ProgressPanel requirementId={r.id} isModels={r.kind === 'model_registration'} onRemind={canEdit && r.status === 'open' ? setReminding : undefined} />
      <Typography.Title level={4} style={{ margin: 0 }}>Lịch sử nhắc nhở</Typography.Title>
      <Card size="small"><ReminderHistory requirementId={r.id} /></Card>
      {canEdit && editing && <RequirementFormModal open={editing} editing={r} onClose={() => setEditing(false)} />}
      {canEdit && reminding && <RemindModal requirementId={r.id} open preselected={reminding} onClose={() => setReminding(null)} />}
    </Space>
  );
}
