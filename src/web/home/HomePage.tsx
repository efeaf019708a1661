import { ApartmentOutlined, AuditOutlined, TeamOutlined, TrophyOutlined } from '@ant-design/icons';
import { Button, Card, Col, Descriptions, Row, Skeleton, Space, Statistic, Typography } from 'antd';
import { useNavigate } from 'react-router';
import { LineChartOutlined } from '@ant-design/icons';
import { ROLE_LABELS } from '../../modules/auth/auth.schemas';
import type { TUnitKind } from '../../modules/units/units.schemas';
import { UNIT_KIND_LABELS } from '../../domain/org-tree';
import { useCurrentUser } from '../app/auth';
import { usePageTitle } from '../app/usePageTitle';
import { useKindCounts, useScopeRoots, useUserCount } from './home.api';

const COUNTED_KINDS: TUnitKind[] = ['dang_bo_co_so', 'chi_bo_co_so', 'doan_the'];

function ScopeText() {
  const me = useCurrentUser();
  const roots = useScopeRoots();
  if (me.role === 'admin') return <>Toàn hệ thống</>;
  if (roots.isPending) return <Skeleton.Input size="small" active />;
  if (roots.isError || roots.data.length === 0) return <>Đơn vị của bạn</>;
  const names = roots.data.map((u) => u.name).join(', ');
  return <>{names} và các đơn vị trực thuộc</>;
}

function Counts() {
  const me = useCurrentUser();
  const isAdmin = me.role === 'admin';
  const kinds = useKindCounts(COUNTED_KINDS, true);
  const users = useUserCount(isAdmin);
  const [dangBo, chiBo, doanThe] = kinds;
  const grassroots = dangBo?.data !== undefined && chiBo?.data !== undefined ? dangBo.data + chiBo.data : undefined;
  const stat = (title: string, value: number | undefined, loading: boolean, failed: boolean, hint?: string) => (
    <Card style={{ height: '100%' }}>
      <Statistic title={title} value={failed ? '—' : value} loading={loading} groupSeparator="." />
      {hint && !loading && <Typography.Text type="secondary">{hint}</Typography.Text>}
    </Card>
  );
  const kindsLoading = kinds.some((k) => k.isPending);
  const kindsFailed = kinds.some((k) => k.isError);
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} sm={12} lg={8}>
        {stat(
          'Tổ chức cơ sở đảng',
          grassroots,
          kindsLoading,
          kindsFailed,
          `${dangBo?.data ?? 0} ${UNIT_KIND_LABELS.dang_bo_co_so.toLowerCase()}, ${chiBo?.data ?? 0} ${UNIT_KIND_LABELS.chi_bo_co_so.toLowerCase()}`,
        )}
      </Col>
      <Col xs={24} sm={12} lg={8}>
        {stat(UNIT_KIND_LABELS.doan_the, doanThe?.data, !!doanThe?.isPending, !!doanThe?.isError)}
      </Col>
      {isAdmin && (
        <Col xs={24} sm={12} lg={8}>
          {stat('Tài khoản người dùng', users.data?.length, users.isPending, users.isError, users.data ? `${users.data.filter((u) => u.active).length} đang hoạt động` : undefined)}
        </Col>
      )}
    </Row>
  );
}

/** "Tổng quan": who you are, what you see, and a few numbers of your scope. */
export default function HomePage() {
  usePageTitle('Tổng quan');
  const me = useCurrentUser();
  const isAdmin = me.role === 'admin';
  const navigate = useNavigate();
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        Tổng quan
      </Typography.Title>
      <Card>
        <Typography.Title level={4} style={{ marginTop: 0 }}>
          Xin chào, {me.fullName}
        </Typography.Title>
        <Descriptions
          column={1}
          size="small"
          items={[
            { key: 'role', label: 'Vai trò', children: ROLE_LABELS[me.role] },
            { key: 'unit', label: 'Đơn vị công tác', children: me.unit.name },
            { key: 'scope', label: 'Phạm vi theo dõi', children: <ScopeText /> },
          ]}
        />
        <Space wrap style={{ marginTop: 12 }}>
          <Button icon={<ApartmentOutlined aria-hidden />} onClick={() => navigate('/don-vi')}>{me.role === 'unit' ? 'Xem đơn vị của tôi' : 'Xem cây đơn vị'}</Button>
          <Button icon={<TrophyOutlined aria-hidden />} onClick={() => navigate('/ket-qua')}>
            {me.role === 'unit' ? 'Kết quả thực hiện của đơn vị' : 'Kết quả thực hiện theo đơn vị'}
          </Button>
          {me.role !== 'unit' && <Button icon={<LineChartOutlined aria-hidden />} onClick={() => navigate('/bang-dieu-khien')}>Bảng điều khiển</Button>}
          {isAdmin && (
            <Button icon={<TeamOutlined aria-hidden />} onClick={() => navigate('/nguoi-dung')}>Quản lý người dùng</Button>
          )}
          {isAdmin && (
            <Button icon={<AuditOutlined aria-hidden />} onClick={() => navigate('/nhat-ky')}>Xem nhật ký hệ thống</Button>
          )}
        </Space>
      </Card>
      {me.role !== 'unit' && <Counts />}
    </Space>
  );
}
