import { EyeOutlined, FilePdfOutlined, FileWordOutlined } from '@ant-design/icons';
import { Alert, Button, Card, DatePicker, Form, Input, Radio, Select, Space, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { useCurrentUser } from '../app/auth';
import { DATE_FORMAT } from '../app/dateItem';
import { useFeedback } from '../app/feedback';
import { formatDay } from '../app/format';
import { PageError } from '../app/PageState';
import { usePageTitle } from '../app/usePageTitle';
import { ExportsCard } from './ExportsCard';
import { type SummaryChoice, useDownload, useReportSources, useSummaryPreview } from './reports.api';
import { TemplateEditor } from './TemplateEditor';

type Scope = 'document' | 'requirement';

/** "Báo cáo": the summary report of a directive or a requirement as of a day (DOCX, PDF), the XLSX exports, the wording. */
export default function ReportsPage() {
  usePageTitle('Báo cáo');
  const me = useCurrentUser();
  const sources = useReportSources();
  const [scope, setScope] = useState<Scope>('document');
  const [documentId, setDocumentId] = useState<number | undefined>();
  const [requirementId, setRequirementId] = useState<number | undefined>();
  const [asOf, setAsOf] = useState<Dayjs | null>(dayjs());
  const [number, setNumber] = useState('');
  const [preview, setPreview] = useState(false);
  const download = useDownload();
  const feedback = useFeedback();

  const choice: SummaryChoice = {
    ...(scope === 'document' ? { documentId } : { requirementId }),
    asOf: asOf?.format('YYYY-MM-DD'), number: /^\d{1,6}$/.test(number) ? number : undefined,
  };
  const chosen = scope === 'document' ? documentId !== undefined : requirementId !== undefined;
  const text = useSummaryPreview(choice, preview && chosen);

  const docOptions = useMemo(() => (sources.data?.documents ?? []).map((d) => ({
    value: d.id, label: `${d.symbol ?? 'Không số'}${d.issuedOn ? ` (${formatDay(d.issuedOn)})` : ''} — ${d.subject}`,
  })), [sources.data]);
  const reqOptions = useMemo(() => (sources.data?.requirements ?? []).map((r) => ({ value: r.id, label: `${r.title} — hạn ${formatDay(r.deadline)}` })), [sources.data]);

  const get = (ext: 'docx' | 'pdf') => download.mutate(
    { path: `/api/reports/summary.${ext}`, query: { ...choice }, name: `bao-cao-tong-hop.${ext}` },
    { onError: feedback.error },
  );
  const busy = (ext: string) => download.isPending && download.variables?.path.endsWith(ext);

  if (sources.isError) return <PageError error={sources.error} onRetry={() => void sources.refetch()} />;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>Báo cáo</Typography.Title>
      <Card title="Báo cáo tổng hợp">
        <Form layout="vertical" style={{ maxWidth: 820 }}>
          <Form.Item label="Báo cáo theo">
            <Radio.Group value={scope} onChange={(e) => setScope(e.target.value as Scope)} optionType="button"
              options={[{ value: 'document', label: 'Cả văn bản chỉ đạo' }, { value: 'requirement', label: 'Một yêu cầu' }]} />
          </Form.Item>
          <Form.Item label={scope === 'document' ? 'Văn bản chỉ đạo' : 'Yêu cầu'} required>
            {scope === 'document'
              ? <Select showSearch optionFilterProp="label" placeholder="Chọn văn bản" value={documentId} onChange={setDocumentId} options={docOptions} loading={sources.isLoading} aria-label="Văn bản chỉ đạo" />
              : <Select showSearch optionFilterProp="label" placeholder="Chọn yêu cầu" value={requirementId} onChange={setRequirementId} options={reqOptions} loading={sources.isLoading} aria-label="Yêu cầu" />}
          </Form.Item>
          <Space wrap size="large">
            <Form.Item label="Tính đến ngày">
              <DatePicker format={DATE_FORMAT} value={asOf} onChange={setAsOf} allowClear={false} aria-label="Tính đến ngày" />
            </Form.Item>
            <Form.Item label="Số báo cáo" help="Để trống: văn thư điền khi ký" validateStatus={number && !choice.number ? 'error' : undefined}>
              <Input value={number} onChange={(e) => setNumber(e.target.value.trim())} style={{ width: 120 }} inputMode="numeric" aria-label="Số báo cáo" />
            </Form.Item>
          </Space>
          <Space wrap>
            <Button icon={<EyeOutlined aria-hidden />} disabled={!chosen} onClick={() => setPreview(true)}>Xem trước</Button>
            <Button type="primary" icon={<FileWordOutlined aria-hidden />} disabled={!chosen} loading={busy('.docx')} onClick={() => get('docx')}>Tải DOCX</Button>
            <Button icon={<FilePdfOutlined aria-hidden />} disabled={!chosen} loading={busy('.pdf')} onClick={() => get('pdf')}>Tải PDF</Button>
          </Space>
        </Form>
        {preview && chosen && <SummaryPreview query={text} />}
      </Card>
      <ExportsCard documentId={scope === 'document' ? documentId : undefined} asOf={choice.asOf} />
      <TemplateEditor canEdit={me.role === 'admin' || me.role === 'staff'} />
    </Space>
  );
}

function SummaryPreview({ query }: { query: ReturnType<typeof useSummaryPreview> }) {
  if (query.isError) return <Alert type="error" showIcon style={{ marginTop: 16 }} title={query.error instanceof Error ? query.error.message : 'Không xem trước được.'} />;
  if (!query.data) return <Typography.Paragraph style={{ marginTop: 16 }}>Đang tính số liệu…</Typography.Paragraph>;
  return (
    <div className="report-preview" style={{ marginTop: 16, padding: 16, border: '1px solid #d9d9d9', borderRadius: 8, fontFamily: '"Times New Roman", serif', maxHeight: 480, overflow: 'auto' }}>
      <Typography.Paragraph strong style={{ textAlign: 'center', marginBottom: 4 }}>BÁO CÁO</Typography.Paragraph>
      <Typography.Paragraph strong style={{ textAlign: 'center' }}>{query.data.subject}</Typography.Paragraph>
      {query.data.paragraphs.map((p, i) => (
        <Typography.Paragraph key={i} strong={p.heading} style={{ textIndent: 32, marginBottom: 6 }}>{p.text}</Typography.Paragraph>
      ))}
    </div>
  );
}
