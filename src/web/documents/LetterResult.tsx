import { Alert, Card, Col, Row, Tabs } from 'antd';
import type { TAnalysis } from '../../modules/documents/documents.schemas';
import { AnnotatedText } from './AnnotatedText';
import { countText, vnDate } from './documents.labels';
import { FindingsList } from './FindingsList';
import { LetterHeader } from './LetterHeader';
import { ContactsTable, ReferencesTable, StatsTable, TasksTable } from './LetterTables';

/** One check's result: a summary, the letter's parts in tabs, then the findings beside the text. */
export function LetterResult({ analysis }: { analysis: TAnalysis }) {
  const d = analysis.directive;
  const counted = countText(analysis.findings);
  const hasErrors = analysis.findings.some((f) => f.severity === 'error');
  const tabs = [
    { key: 'chung', label: 'Thông tin chung', children: <LetterHeader analysis={analysis} /> },
    { key: 'dan', label: `Văn bản được dẫn (${d.references.length})`, children: <ReferencesTable d={d} /> },
    { key: 'nhiemvu', label: `Nhiệm vụ (${d.tasks.length})`, children: <TasksTable d={d} /> },
    { key: 'solieu', label: `Số liệu (${d.stats.length})`, children: <StatsTable d={d} /> },
    { key: 'lienhe', label: `Liên hệ (${d.contacts.length})`, children: <ContactsTable d={d} /> },
  ];
  return (
    <>
      <Alert
        role="status"
        showIcon
        type={hasErrors ? 'error' : counted ? 'warning' : 'success'}
        title={counted ? `Phát hiện ${counted}` : 'Không phát hiện lỗi nào'}
        description={d.symbol ? `${d.typeName ?? 'Văn bản'} số ${d.symbol}${d.issuedOn ? ` ngày ${vnDate(d.issuedOn)}` : ''}` : 'Không tìm thấy số, ký hiệu của văn bản.'}
      />
      <Card>
        <Tabs items={tabs} />
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={9}>
          <Card title="Các lỗi tìm thấy" size="small">
            <FindingsList findings={analysis.findings} />
          </Card>
        </Col>
        <Col xs={24} xl={15}>
          <Card title="Nội dung văn bản" size="small">
            <AnnotatedText text={analysis.text} findings={analysis.findings} />
          </Card>
        </Col>
      </Row>
    </>
  );
}
