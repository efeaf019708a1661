import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Form, Result, Row, Space, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import type { TAnalysis } from '../../modules/documents/documents.schemas';
import { searchKey } from '../../vn/text';
import { ApiError, errorMessage } from '../app/api';
import { useCurrentUser } from '../app/auth';
import { useFeedback } from '../app/feedback';
import { usePageTitle } from '../app/usePageTitle';
import { DocumentFields } from './DocumentFields';
import { type DocumentValues, initialFromQuery, toDocumentBody, valuesFromAnalysis } from './documents.registry.form';
import { DocumentImport, ImportFindings } from './DocumentImport';
import { useAnalyzeLetter } from './documents.api';
import { useCreateDocument, useDocuments } from './documents.registry.api';
import { documentPath } from './documents.registry.labels';
import { useLeaveGuard } from './useLeaveGuard';
import './documents.css';

/** When the register already holds a document with this symbol (409), the way to it. */
function ExistingDocument({ symbol, onOpen }: { symbol: string; onOpen: () => void }) {
  const found = useDocuments({ q: symbol }, 1, 10);
  // Matched the way the server finds a duplicate: spaces, case and diacritics aside.
  const key = (s: string) => searchKey(s).replace(/\s/g, '');
  const same = found.data?.items.find((d) => d.symbol && key(d.symbol) === key(symbol));
  if (!same) return null;
  return <Link to={documentPath(same.id)} onClick={onOpen}>Mở văn bản {same.symbol} đã có trong sổ</Link>;
}

/** "Thêm văn bản": by hand, or filled from a letter file whose check results show before saving. */
export default function DocumentCreatePage() {
  usePageTitle('Thêm văn bản');
  const me = useCurrentUser();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const feedback = useFeedback();
  const [form] = Form.useForm<DocumentValues>();
  const [analysis, setAnalysis] = useState<TAnalysis | null>(null);
  const [file, setFile] = useState<File | null>(null);
  const create = useCreateDocument();
  const readBody = useAnalyzeLetter();
  const importRef = useRef<HTMLDivElement>(null);
  const wantsImport = params.get('nhap') === '1';
  const symbol = Form.useWatch('symbol', form) as string | null | undefined;
  // Typed or imported and not saved: leaving asks first. Cleared when saving or when following our own "open it" link.
  const dirty = useRef(false);
  const leaveGuard = useLeaveGuard(() => dirty.current, 'Văn bản chưa được lưu; những gì đã nhập sẽ mất.');

  const problem = useRef<HTMLDivElement>(null);
  // The save button is at the foot of a long form: bring the server's refusal into view.
  useEffect(() => {
    if (create.isError) problem.current?.scrollIntoView({ behavior: 'smooth', block: 'center' });
  }, [create.isError, create.error]);
  useEffect(() => {
    if (wantsImport) importRef.current?.querySelector<HTMLElement>('[role="button"], input[type="file"]')?.focus();
  }, [wantsImport]);

  if (me.role !== 'admin' && me.role !== 'staff') {
    return <Result status="warning" title="Không có quyền truy cập" subTitle="Chỉ cán bộ và quản trị viên được thêm văn bản vào sổ." />;
  }
  const onRead = (a: TAnalysis, f: File) => {
    dirty.current = true;
    setAnalysis(a);
    setFile(f);
    create.reset();
    form.setFieldsValue(valuesFromAnalysis(a, form.getFieldValue('direction') ?? 'incoming'));
  };
  // Pasted text instead of a file: the same reading fills the other fields and shows the findings.
  const fillFromBody = () => {
    const text = (form.getFieldValue('body') as string | undefined) ?? '';
    if (!text.trim()) return feedback.error(new ApiError(400, 'EMPTY', 'Hãy dán toàn văn trước khi đọc.'));
    readBody.mutate({ kind: 'text', text }, {
      onSuccess: (a) => {
        dirty.current = true;
        setAnalysis(a);
        form.setFieldsValue(valuesFromAnalysis(a, form.getFieldValue('direction') ?? 'incoming'));
      },
      onError: (e) => feedback.error(e),
    });
  };
  const save = (v: DocumentValues) =>
    create.mutate({ body: toDocumentBody(v), file }, {
      onSuccess: (d) => {
        dirty.current = false;
        feedback.success(`Đã lưu văn bản${d.symbol ? ` ${d.symbol}` : ''}.`);
        navigate(documentPath(d.id));
      },
    });
  const duplicate = create.error instanceof ApiError && create.error.status === 409;
  const errors = analysis?.findings.filter((f) => f.severity === 'error').length ?? 0;

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      {leaveGuard}
      <Link to="/van-ban"><ArrowLeftOutlined aria-hidden /> Sổ văn bản</Link>
      <Typography.Title level={3} style={{ margin: 0 }}>Thêm văn bản</Typography.Title>
      <DocumentImport ref={importRef} file={file} onRead={onRead} onClear={() => setFile(null)} />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={analysis ? 13 : 24}>
          <Card title="Thông tin văn bản">
            <Form<DocumentValues>
              form={form}
              layout="vertical"
              initialValues={initialFromQuery(params)}
              onFinish={save}
              onValuesChange={() => (dirty.current = true)}
              disabled={create.isPending}
              aria-label="Thông tin văn bản"
              onKeyDown={(e) => {
                // Ctrl+Enter saves from any field, the long text areas included.
                if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
                  e.preventDefault();
                  form.submit();
                }
              }}
            >
              {create.isError && (
                <div ref={problem} style={{ scrollMarginTop: 16 }}>
                  <Alert
                    type="error"
                    showIcon
                    role="alert"
                    style={{ marginBottom: 16 }}
                    title={errorMessage(create.error)}
                    description={duplicate && symbol ? <ExistingDocument symbol={symbol} onOpen={() => (dirty.current = false)} /> : undefined}
                  />
                </div>
              )}
              <DocumentFields />
              <Space wrap>
                <Button type="primary" htmlType="submit" loading={create.isPending}>Lưu văn bản</Button>
                <Button onClick={fillFromBody} loading={readBody.isPending}>Đọc toàn văn để điền các ô</Button>
                <Button onClick={() => navigate('/van-ban')}>Hủy</Button>
                <Typography.Text type="secondary">
                  Ctrl+Enter để lưu{errors > 0 ? ` · văn bản có ${errors} lỗi, xem bên cạnh trước khi lưu` : ''}
                </Typography.Text>
              </Space>
            </Form>
          </Card>
        </Col>
        {analysis && (
          <Col xs={24} xl={11}>
            <ImportFindings analysis={analysis} />
          </Col>
        )}
      </Row>
    </Space>
  );
}
