import { ArrowLeftOutlined, DownloadOutlined, EditOutlined, FormOutlined } from '@ant-design/icons';
import { Button, Card, Col, Descriptions, type DescriptionsProps, Row, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import type { TDocumentDetail } from '../../modules/documents/documents.registry.schemas';
import { useCurrentUser } from '../app/auth';
import { useFeedback } from '../app/feedback';
import { FormModal } from '../app/FormModal';
import { formatDay } from '../app/format';
import { FullPageSpin } from '../app/Loading';
import { PageError } from '../app/PageState';
import { usePageTitle } from '../app/usePageTitle';
import { AnnotatedText } from './AnnotatedText';
import { CitedBy, References } from './DocumentCitations';
import { DocumentFields } from './DocumentFields';
import { type DocumentValues, toDocumentBody, valuesFromDocument } from './documents.registry.form';
import { DocumentRequirements } from './DocumentRequirements';
import { useDocument, useDownloadOriginal, useUpdateDocument } from './documents.registry.api';
import { DIRECTION_TEXT, draftsPath, typeText } from './documents.registry.labels';
import './documents.css';

function Header({ d }: { d: TDocumentDetail }) {
  const items: DescriptionsProps['items'] = [
    { key: 'symbol', label: 'Số, ký hiệu', children: d.symbol ? <Typography.Text strong>{d.symbol}</Typography.Text> : '—' },
    { key: 'type', label: 'Loại văn bản', children: d.type ? `${typeText(d.type)} (${d.type})` : '—' },
    { key: 'issuer', label: 'Cơ quan ban hành', children: d.issuerName ?? '—' },
    { key: 'date', label: 'Ngày ban hành', children: `${d.place ? `${d.place}, ` : ''}${formatDay(d.issuedOn)}` },
    { key: 'direction', label: 'Đi/đến', children: DIRECTION_TEXT[d.direction] },
    { key: 'file', label: 'Tệp gốc', children: d.fileName ?? 'Không có' },
    { key: 'subject', label: 'Trích yếu', span: 'filled', children: d.subject },
    {
      key: 'to', label: 'Kính gửi', span: 'filled',
      children: d.recipients.length ? <ul aria-label="Kính gửi" style={{ margin: 0, paddingLeft: 18 }}>{d.recipients.map((r, i) => <li key={i}>{r}</li>)}</ul> : '—',
    },
  ];
  return <Descriptions bordered size="small" column={{ xs: 1, md: 2 }} items={items} aria-label="Thông tin văn bản" />;
}

function EditModal({ d, open, onClose }: { d: TDocumentDetail; open: boolean; onClose: () => void }) {
  const update = useUpdateDocument();
  const feedback = useFeedback();
  return (
    <FormModal<DocumentValues>
      open={open}
      title="Sửa văn bản"
      okText="Lưu văn bản"
      width={900}
      initialValues={valuesFromDocument(d)}
      submitting={update.isPending}
      error={update.error}
      onCancel={() => { update.reset(); onClose(); }}
      onSubmit={(v) => update.mutate({ id: d.id, body: toDocumentBody(v) }, {
        onSuccess: () => { feedback.success('Đã lưu văn bản.'); onClose(); },
      })}
    >
      <DocumentFields issuerLabel={d.issuerUnitId ? (d.issuerName ?? undefined) : undefined} />
    </FormModal>
  );
}

/** One document of the register: what it is, its text and original, what it rests on, what cites it, what was asked from it. */
export default function DocumentPage() {
  const id = Number(useParams().id);
  const q = useDocument(id);
  const me = useCurrentUser();
  const canEdit = me.role === 'admin' || me.role === 'staff';
  const navigate = useNavigate();
  const download = useDownloadOriginal();
  const feedback = useFeedback();
  const [editing, setEditing] = useState(false);
  usePageTitle(q.data?.symbol ?? q.data?.subject ?? 'Văn bản');

  if (q.isPending) return <FullPageSpin />;
  if (q.isError) return <PageError error={q.error} onRetry={() => void q.refetch()} />;
  const d = q.data;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Link to="/van-ban"><ArrowLeftOutlined aria-hidden /> Sổ văn bản</Link>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 12, justifyContent: 'space-between', alignItems: 'center' }}>
        <div>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {d.symbol ? `${d.type ? typeText(d.type) : 'Văn bản'} số ${d.symbol}` : 'Văn bản không số'}{' '}
            <Tag color={d.direction === 'incoming' ? 'blue' : 'volcano'}>{DIRECTION_TEXT[d.direction]}</Tag>
          </Typography.Title>
          <Typography.Text type="secondary">{d.subject}</Typography.Text>
        </div>
        <Space wrap>
          {d.hasFile && (
            <Button
              icon={<DownloadOutlined aria-hidden />}
              loading={download.isPending}
              onClick={() => download.mutate({ id: d.id, fileName: d.fileName }, { onError: (e) => feedback.error(e) })}
            >
              Tải tệp gốc
            </Button>
          )}
          {canEdit && <Button icon={<EditOutlined aria-hidden />} onClick={() => setEditing(true)}>Sửa</Button>}
          {canEdit && <Button type="primary" icon={<FormOutlined aria-hidden />} onClick={() => navigate(draftsPath(d.id))}>Tạo yêu cầu từ văn bản</Button>}
        </Space>
      </div>
      <Card><Header d={d} /></Card>
      <References d={d} canEdit={canEdit} />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}><CitedBy links={d.citedBy} /></Col>
        <Col xs={24} lg={12}><DocumentRequirements documentId={d.id} count={d.requirementsCount} /></Col>
      </Row>
      <Card title="Toàn văn" size="small">
        {d.body.trim() ? <AnnotatedText text={d.body} findings={[]} /> : <Typography.Text type="secondary">Chưa nhập toàn văn.</Typography.Text>}
      </Card>
      {canEdit && editing && <EditModal d={d} open={editing} onClose={() => setEditing(false)} />}
    </Space>
  );
}
