import { Alert, Button, Card, Col, Collapse, Input, Popconfirm, Row, Space, Table, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { SAMPLE_FIGURES, SUMMARY_PLACEHOLDERS, summaryContext, toParagraphs } from '../../domain/report-summary';
import { checkTemplate, renderTemplate } from '../../domain/report-template';
import { useFeedback } from '../app/feedback';
import { formatDateTime } from '../app/format';
import { useReportTemplate, useSaveTemplate } from './reports.api';

const PROBLEM: Record<string, string> = {
  unknown: 'chỗ điền không có', unclosed: 'khối chưa đóng', unexpected: 'thẻ đóng thừa', mismatch: 'thẻ mở và đóng không khớp', syntax: 'thẻ viết sai',
};

/**
 * The committee's wording of the summary report: a textarea, the placeholders it may use, and a live preview
 * rendered in the browser with the same functions the server uses, over the sample letter's figures.
 */
export function TemplateEditor({ canEdit }: { canEdit: boolean }) {
  const template = useReportTemplate();
  const save = useSaveTemplate();
  const feedback = useFeedback();
  const [body, setBody] = useState<string | null>(null);
  useEffect(() => { if (template.data && body === null) setBody(template.data.body); }, [template.data, body]);

  const text = body ?? '';
  const problems = useMemo(() => checkTemplate(text, SUMMARY_PLACEHOLDERS), [text]);
  const preview = useMemo(() => (problems.length > 0 ? [] : toParagraphs(renderTemplate(text, summaryContext(SAMPLE_FIGURES)))), [text, problems]);
  const changed = template.data !== undefined && text.trim() !== template.data.body.trim();

  const onSave = () => save.mutate(text, { onSuccess: () => feedback.success('Đã lưu mẫu báo cáo.'), onError: feedback.error });
  const meta = template.data?.isDefault ? 'Đang dùng mẫu mặc định.' : template.data ? `Sửa lần cuối ${formatDateTime(template.data.updatedAt)}${template.data.updatedBy ? ` bởi ${template.data.updatedBy}` : ''}.` : '';

  return (
    <Card title="Mẫu lời văn báo cáo tổng hợp" loading={template.isLoading} extra={<Typography.Text type="secondary">{meta}</Typography.Text>}>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={14}>
          <Typography.Paragraph type="secondary">
            Số liệu viết bằng chỗ điền trong ngoặc nhọn đôi, ví dụ {'{{dvk.tongMoHinh}}'}; khối {'{{#yeuCau}}…{{/yeuCau}}'} lặp lại cho từng yêu cầu;
            dòng bắt đầu bằng "# " in đậm làm đề mục.
          </Typography.Paragraph>
          <Input.TextArea value={text} onChange={(e) => setBody(e.target.value)} autoSize={{ minRows: 12, maxRows: 30 }} readOnly={!canEdit}
            style={{ fontFamily: 'monospace', fontSize: 13 }} aria-label="Mẫu lời văn" spellCheck={false} />
          {problems.length > 0 && (
            <Alert type="error" showIcon style={{ marginTop: 8 }} role="alert"
              title={`Mẫu có lỗi: ${problems.slice(0, 5).map((p) => `${PROBLEM[p.kind]} "${p.name}" (dòng ${p.line})`).join('; ')}`} />
          )}
          {canEdit && (
            <Space style={{ marginTop: 12 }} wrap>
              <Button type="primary" disabled={!changed || problems.length > 0} loading={save.isPending} onClick={onSave}>Lưu mẫu</Button>
              <Button disabled={!changed} onClick={() => setBody(template.data?.body ?? '')}>Bỏ thay đổi</Button>
              <Popconfirm title="Đưa lời văn về mẫu mặc định? Cần bấm Lưu mẫu để áp dụng." okText="Đồng ý" cancelText="Thôi"
                onConfirm={() => setBody(template.data?.defaultBody ?? '')}>
                <Button>Khôi phục mẫu mặc định</Button>
              </Popconfirm>
            </Space>
          )}
        </Col>
        <Col xs={24} lg={10}>
          <Typography.Text strong>Xem trước (số liệu mẫu của Công văn 1720-CV/ĐUK)</Typography.Text>
          <div style={{ marginTop: 8, padding: 12, border: '1px solid #d9d9d9', borderRadius: 8, fontFamily: '"Times New Roman", serif', maxHeight: 420, overflow: 'auto' }}>
            {problems.length > 0
              ? <Typography.Text type="secondary">Sửa lỗi trong mẫu để xem trước.</Typography.Text>
              : preview.map((p, i) => <Typography.Paragraph key={i} strong={p.heading} style={{ marginBottom: 6 }}>{p.text}</Typography.Paragraph>)}
          </div>
        </Col>
      </Row>
      <Collapse style={{ marginTop: 16 }} items={[{
        key: 'placeholders', label: `Các chỗ điền được dùng (${template.data?.placeholders.length ?? 0})`,
        children: (
          <Table size="small" rowKey={(r) => `${r.placeholder}|${r.description}`} pagination={false} dataSource={template.data?.placeholders ?? []} scroll={{ x: true }}
            columns={[
              { title: 'Chỗ điền', dataIndex: 'placeholder', render: (p: string) => <Typography.Text code copyable>{p}</Typography.Text> },
              { title: 'Ý nghĩa', dataIndex: 'description' },
            ]} />
        ),
      }]} />
    </Card>
  );
}
