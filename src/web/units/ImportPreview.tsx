import { Alert, Table, Tag, Typography } from 'antd';
import type { TImportPreview, TImportProblem } from '../../modules/units/units.schemas';
import { UNIT_KIND_LABELS } from '../../domain/org-tree';

type Row = TImportPreview['rows'][number];

const where = (p: TImportProblem) => (p.line > 0 ? `Dòng ${p.line}` : 'Tệp');

/** Every problem of the file, each with its line, so the user can fix the file in one pass. */
export function ImportProblems({ problems }: { problems: TImportProblem[] }) {
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      title={`Tệp có ${problems.length} lỗi. Hãy sửa tệp rồi chọn lại.`}
      description={
        <ul aria-label="Danh sách lỗi" style={{ margin: 0, paddingLeft: 20 }}>
          {problems.map((p, i) => (
            <li key={`${p.line}-${i}`}>
              <b>{where(p)}</b>
              {p.code ? ` (mã ${p.code})` : ''}: {p.message}
            </li>
          ))}
        </ul>
      }
    />
  );
}

/** The rows as read, problem rows highlighted in red with their messages. */
export function ImportPreviewTable({ preview }: { preview: TImportPreview }) {
  const byLine = new Map<number, string[]>();
  for (const p of preview.problems) byLine.set(p.line, [...(byLine.get(p.line) ?? []), p.message]);
  return (
    <Table<Row>
      aria-label="Xem trước các dòng của tệp"
      size="small"
      rowKey="line"
      dataSource={preview.rows}
      pagination={preview.rows.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
      scroll={{ x: 800 }}
      rowClassName={(r) => (byLine.has(r.line) ? 'dv-row-problem' : '')}
      onRow={(r) => ({ 'aria-invalid': byLine.has(r.line) ? true : undefined }) as React.HTMLAttributes<HTMLElement>}
      columns={[
        { title: 'Dòng', dataIndex: 'line', width: 70 },
        { title: 'Mã', dataIndex: 'code', width: 140 },
        { title: 'Tên', dataIndex: 'name' },
        {
          title: 'Loại',
          dataIndex: 'kind',
          width: 170,
          render: (_, r) => (r.kindValue ? UNIT_KIND_LABELS[r.kindValue] : <Typography.Text type="danger">{r.kind || '(trống)'}</Typography.Text>),
        },
        { title: 'Mã đơn vị cấp trên', dataIndex: 'parentCode', width: 160 },
        {
          title: 'Kết quả kiểm tra',
          key: 'check',
          width: 260,
          render: (_, r) => {
            const msgs = byLine.get(r.line);
            return msgs ? (
              <Typography.Text type="danger">{msgs.join('; ')}</Typography.Text>
            ) : (
              <Tag color="green">Hợp lệ</Tag>
            );
          },
        },
      ]}
    />
  );
}
