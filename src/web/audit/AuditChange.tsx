import { Col, Row, Typography } from 'antd';
import type { TAuditEvent } from '../../modules/audit/audit.schemas';

function Json({ label, value }: { label: string; value: unknown }) {
  return (
    <section aria-label={label}>
      <Typography.Text strong>{label}</Typography.Text>
      {value === null || value === undefined ? (
        <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0' }}>
          (không có)
        </Typography.Paragraph>
      ) : (
        <pre className="dv-json">{JSON.stringify(value, null, 2)}</pre>
      )}
    </section>
  );
}

/** The event's values before and after, side by side (stacked on a phone). */
export function AuditChange({ event }: { event: TAuditEvent }) {
  return (
    <Row gutter={[16, 12]}>
      <Col xs={24} md={12}>
        <Json label="Trước" value={event.before} />
      </Col>
      <Col xs={24} md={12}>
        <Json label="Sau" value={event.after} />
      </Col>
    </Row>
  );
}
