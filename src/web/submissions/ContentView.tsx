import { Descriptions, Table, Tag, Typography } from 'antd';
import type { TRequirementKind } from '../../modules/submissions/submissions.content.schemas';
import { formatDay } from '../app/format';
import { MODEL_FIELD_LABELS, MODEL_LEVEL_LABELS } from './submissions.labels';

/* Content is shown as stored: a draft may be incomplete, so every field is read defensively. */
type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj => (v && typeof v === 'object' ? (v as Obj) : {});
const arr = (v: unknown): Obj[] => (Array.isArray(v) ? v.map(obj) : []);
const str = (v: unknown): string => (typeof v === 'string' ? v : v == null ? '' : String(v));
const Text = ({ v }: { v: unknown }) => (str(v) ? <span style={{ whiteSpace: 'pre-wrap' }}>{str(v)}</span> : <Typography.Text type="secondary">—</Typography.Text>);
const label = <T extends Record<string, string>>(labels: T, v: unknown) => labels[str(v) as keyof T] ?? '—';

function Models({ c }: { c: Obj }) {
  const models = arr(c.models);
  return (
    <Table<Obj>
      size="small"
      rowKey={(_, i) => String(i)}
      dataSource={models}
      pagination={false}
      scroll={{ x: 900 }}
      expandable={{
        expandedRowRender: (m) => (
          <Descriptions size="small" column={1} items={[
            { key: 'g', label: 'Mục tiêu', children: <Text v={m.goals} /> },
            { key: 'c', label: 'Nội dung, cách làm', children: <Text v={m.contentAndMethod} /> },
            { key: 'r', label: 'Kết quả dự kiến', children: <Text v={m.expectedResults} /> },
          ]} />
        ),
      }}
      columns={[
        { title: 'STT', key: 'i', width: 56, render: (_, __, i) => i + 1 },
        { title: 'Tên mô hình', dataIndex: 'name', render: (v) => <Text v={v} /> },
        { title: 'Cấp', dataIndex: 'level', width: 110, render: (v) => label(MODEL_LEVEL_LABELS, v) },
        { title: 'Lĩnh vực', dataIndex: 'field', width: 190, render: (v) => label(MODEL_FIELD_LABELS, v) },
        { title: 'Mới / tiếp tục', dataIndex: 'continuingFromYear', width: 140, render: (v) => (typeof v === 'number' ? `Tiếp tục từ ${v}` : <Tag color="blue">Đăng ký mới</Tag>) },
        { title: 'Người phụ trách', dataIndex: 'personInCharge', width: 170, render: (v) => <Text v={v} /> },
      ]}
    />
  );
}

function Checklist({ items }: { items: Obj[] }) {
  if (items.length === 0) return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <ul style={{ margin: 0, paddingLeft: 20 }}>
      {items.map((it, i) => (
        <li key={i}>
          {it.done ? <Tag color="green">Đã thực hiện</Tag> : <Tag>Chưa thực hiện</Tag>} {str(it.label)}
          {str(it.note) && <Typography.Text type="secondary"> — {str(it.note)}</Typography.Text>}
        </li>
      ))}
    </ul>
  );
}

function DemocracyPlan({ c }: { c: Obj }) {
  const officials = Array.isArray(c.assignedOfficials) ? c.assignedOfficials.map(str).filter(Boolean) : [];
  return (
    <>
      <Descriptions size="small" bordered column={1} items={[
        { key: 'doc', label: 'Kế hoạch số', children: <Text v={c.planDocument} /> },
        { key: 'text', label: 'Nội dung kế hoạch', children: <Text v={c.planText} /> },
        { key: 'off', label: 'Cán bộ được phân công', children: officials.length ? officials.join('; ') : '—' },
      ]} />
      <Typography.Title level={5}>Ban Chỉ đạo thực hiện QCDC</Typography.Title>
      <Table<Obj> size="small" rowKey={(_, i) => String(i)} dataSource={arr(c.steeringMembers)} pagination={false} columns={[
        { title: 'Họ và tên', dataIndex: 'name', render: (v) => <Text v={v} /> },
        { title: 'Chức vụ', dataIndex: 'position', render: (v) => <Text v={v} /> },
        { title: 'Vai trò trong Ban Chỉ đạo', dataIndex: 'committeeRole', render: (v) => <Text v={v} /> },
        { title: 'Từ ngày', dataIndex: 'since', width: 120, render: (v) => formatDay(str(v)) },
      ]} />
    </>
  );
}

/** A submission's content, read-only, laid out for its requirement kind. */
export function ContentView({ kind, content }: { kind: TRequirementKind; content: unknown }) {
  const c = obj(content);
  switch (kind) {
    case 'model_registration':
      return <Models c={c} />;
    case 'democracy_plan':
      return <DemocracyPlan c={c} />;
    case 'self_inspection':
      return (
        <Descriptions size="small" bordered column={1} items={[
          { key: 'p', label: 'Kỳ tự kiểm tra', children: `${formatDay(str(c.periodFrom))} – ${formatDay(str(c.periodTo))}` },
          { key: 'i', label: 'Nội dung tự kiểm tra', children: <Checklist items={arr(c.items)} /> },
          { key: 'f', label: 'Kết quả tự kiểm tra', children: <Text v={c.findings} /> },
          { key: 's', label: 'Hạn chế, tồn tại', children: <Text v={c.shortcomings} /> },
        ]} />
      );
    case 'report':
      return (
        <Descriptions size="small" bordered column={1} items={[
          { key: 't', label: 'Nội dung báo cáo', children: <Text v={c.text} /> },
          { key: 'k', label: 'Nhiệm vụ và kết quả', children: <Checklist items={arr(c.tasks)} /> },
        ]} />
      );
    case 'checklist':
      return <Checklist items={arr(c.items)} />;
  }
}
