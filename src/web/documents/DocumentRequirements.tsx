import { Card, Skeleton, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { errorMessage } from '../app/api';
import { formatDay } from '../app/format';
import { KIND_LABELS, REQUIREMENT_STATUS } from '../requirements/requirements.labels';
import { useDocumentRequirements } from './documents.registry.api';

/** The requirements made from this document, each opening its own page with the units' progress. */
export function DocumentRequirements({ documentId, count }: { documentId: number; count: number }) {
  const list = useDocumentRequirements(documentId);
  const n = list.data?.length ?? count;
  return (
    <Card title={`Yêu cầu từ văn bản này (${n})`} size="small">
      {list.isPending ? (
        <Skeleton active paragraph={{ rows: 2 }} />
      ) : list.isError ? (
        <Typography.Text type="danger">{errorMessage(list.error)}</Typography.Text>
      ) : list.data.length === 0 ? (
        <Typography.Text type="secondary">Chưa có yêu cầu nào được tạo từ văn bản này.</Typography.Text>
      ) : (
        <ul aria-label="Yêu cầu từ văn bản này" style={{ margin: 0, paddingLeft: 20 }}>
          {list.data.map((r) => (
            <li key={r.id} style={{ marginBottom: 4 }}>
              <Link to={`/yeu-cau/${r.id}`}>{r.title}</Link>{' '}
              <Typography.Text type="secondary">— {KIND_LABELS[r.kind]}, hạn {formatDay(r.deadline)}</Typography.Text>{' '}
              <Tag color={REQUIREMENT_STATUS[r.status][1]}>{REQUIREMENT_STATUS[r.status][0]}</Tag>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
