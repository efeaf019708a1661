import { Button, Table, type TableColumnsType, Typography } from 'antd';
import type { TAnalysis } from '../../modules/documents/documents.schemas';
import { goToLine, vnDate } from './documents.labels';

type Directive = TAnalysis['directive'];
type Reference = Directive['references'][number];
type Task = Directive['tasks'][number];
type Stat = Directive['stats'][number];
type Contact = Directive['contacts'][number];

/** Line numbers as links that scroll the text to them. */
function Lines({ lines }: { lines: number[] }) {
  return (
    <>
      {[...new Set(lines)].map((l) => (
        <Button key={l} type="link" size="small" style={{ padding: '0 4px' }} onClick={() => goToLine(l)} aria-label={`Đến dòng ${l}`}>
          {l}
        </Button>
      ))}
    </>
  );
}

const orDash = (v: string | null) => v ?? '—';
const lineColumn = <T extends { line: number }>(): TableColumnsType<T>[number] => ({ title: 'Dòng', key: 'line', width: 70, render: (_, r) => <Lines lines={[r.line]} /> });

const referenceColumns: TableColumnsType<Reference> = [
  { title: 'Số, ký hiệu', dataIndex: 'symbol', width: 150, render: (v: string) => <Typography.Text strong>{v}</Typography.Text> },
  { title: 'Loại', dataIndex: 'typeName', width: 110, render: orDash },
  { title: 'Cơ quan ban hành', key: 'issuer', width: 200, render: (_, r) => r.issuer ?? <Typography.Text type="secondary">mã {r.issuerCode}</Typography.Text> },
  { title: 'Ngày', dataIndex: 'date', width: 110, render: vnDate },
  { title: 'Trích yếu', dataIndex: 'title', render: orDash },
  { title: 'Dẫn ở dòng', key: 'lines', width: 110, render: (_, r) => <Lines lines={r.mentions.map((m) => m.line)} /> },
];

const taskColumns: TableColumnsType<Task> = [
  {
    title: 'Nội dung',
    key: 'text',
    render: (_, t) => (
      <>
        {t.text}
        {t.items.length > 0 && (
          <details>
            <summary style={{ cursor: 'pointer', color: '#b71c1c' }}>{t.items.length} ý cụ thể</summary>
            <ul style={{ margin: '4px 0 0', paddingLeft: 18 }}>{t.items.map((item, i) => <li key={i}>{item}</li>)}</ul>
          </details>
        )}
      </>
    ),
  },
  { title: 'Đơn vị thực hiện', dataIndex: 'assignees', width: 220, render: (a: string[]) => (a.length ? a.join('; ') : '—') },
  { title: 'Hạn', key: 'deadline', width: 120, render: (_, t) => (t.deadline ? `${vnDate(t.deadline)}${t.deadlineTime ? ` ${t.deadlineTime}` : ''}` : '—') },
  { title: 'Kỳ', dataIndex: 'period', width: 200, render: (p: Task['period']) => (p ? `${vnDate(p.from)} – ${vnDate(p.to)}` : '—') },
  { title: 'Mục', dataIndex: 'section', width: 60, render: (s: number | null) => s ?? '—' },
  lineColumn<Task>(),
];

const statColumns: TableColumnsType<Stat> = [
  { title: 'Tính đến', dataIndex: 'asOf', width: 110, render: vnDate },
  { title: 'Số liệu', dataIndex: 'text' },
  { title: 'Giá trị', key: 'value', width: 90, render: (_, s) => (s.denominator === null ? s.numerator : `${s.numerator}/${s.denominator}`) },
  { title: 'Trong đó', dataIndex: 'parts', render: (parts: Stat['parts']) => (parts.length ? parts.map((p) => p.text).join('; ') : '—') },
  lineColumn<Stat>(),
];

const contactColumns: TableColumnsType<Contact> = [
  { title: 'Họ và tên', dataIndex: 'name', width: 200 },
  { title: 'Chức vụ', dataIndex: 'position', render: orDash },
  { title: 'Điện thoại', dataIndex: 'phone', width: 130, render: orDash },
  { title: 'Thư điện tử', dataIndex: 'email', width: 200, render: orDash },
  lineColumn<Contact>(),
];

function table<T extends object>(label: string, columns: TableColumnsType<T>, rows: T[], empty: string) {
  return (
    <Table<T>
      aria-label={label}
      size="small"
      columns={columns}
      // Rows have no id of their own; their order in the letter is stable.
      dataSource={rows.map((r, i) => ({ ...r, key: i }))}
      pagination={rows.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
      scroll={{ x: 800 }}
      locale={{ emptyText: empty }}
    />
  );
}

export const ReferencesTable = ({ d }: { d: Directive }) => table('Văn bản được dẫn', referenceColumns, d.references, 'Văn bản không dẫn văn bản nào');
export const TasksTable = ({ d }: { d: Directive }) => table('Nhiệm vụ', taskColumns, d.tasks, 'Không tìm thấy nhiệm vụ nào');
export const StatsTable = ({ d }: { d: Directive }) => table('Số liệu', statColumns, d.stats, 'Văn bản không nêu số liệu');
export const ContactsTable = ({ d }: { d: Directive }) => table('Người liên hệ', contactColumns, d.contacts, 'Văn bản không nêu người liên hệ');
