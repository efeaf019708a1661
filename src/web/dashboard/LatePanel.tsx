import { Card, Col, List, Row, Space, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import type { TDashboard } from '../../modules/dashboard/dashboard.schemas';
import { UNIT_KIND_LABELS } from '../../domain/org-tree';

/** Late and missing at a glance: per requirement, and the units with the most overdue items (each links to the units behind it). */
export function LatePanel({ d }: { d: TDashboard }) {
  return (
    <Card title="Chậm và chưa gửi" size="small">
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <Typography.Title level={5} style={{ marginTop: 0 }}>Theo yêu cầu</Typography.Title>
          <div role="region" aria-label="Số đơn vị chậm và chưa gửi theo yêu cầu">
          <List
            size="small"
            dataSource={d.requirements}
            locale={{ emptyText: 'Không có yêu cầu đang mở' }}
            renderItem={(r) => (
              <List.Item>
                <Space orientation="vertical" size={2} style={{ minWidth: 0 }}>
                  <Link to={`/yeu-cau/${r.id}`}>{r.title}</Link>
                  <Space wrap size={4}>
                    <Tag color="red">Quá hạn chưa gửi: {r.missing}</Tag>
                    <Tag color="gold">Gửi muộn: {r.late}</Tag>
                    <Tag color="green">Đúng hạn: {r.onTime}</Tag>
                  </Space>
                </Space>
              </List.Item>
            )}
          />
          </div>
        </Col>
        <Col xs={24} lg={12}>
          <Typography.Title level={5} style={{ marginTop: 0 }}>Đơn vị chậm nhiều nhất</Typography.Title>
          <div role="region" aria-label="Đơn vị có nhiều việc quá hạn nhất">
          <List
            size="small"
            dataSource={d.topUnits}
            locale={{ emptyText: 'Không có đơn vị nào chậm' }}
            renderItem={(u) => (
              <List.Item>
                <Space orientation="vertical" size={2} style={{ minWidth: 0 }}>
                  <Link to={`/ket-qua/${u.id}`}>{u.name}</Link>
                  <Space wrap size={4}>
                    <Typography.Text type="secondary">{UNIT_KIND_LABELS[u.kind]}</Typography.Text>
                    {u.missing > 0 && <Tag color="red">Quá hạn: {u.missing}</Tag>}
                    {u.late > 0 && <Tag color="gold">Muộn: {u.late}</Tag>}
                  </Space>
                </Space>
              </List.Item>
            )}
          />
          </div>
        </Col>
      </Row>
    </Card>
  );
}
