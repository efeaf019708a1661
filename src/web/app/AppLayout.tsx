import { KeyOutlined, LogoutOutlined, MenuOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Drawer, Dropdown, Grid, Layout, Menu, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { ROLE_LABELS } from '../../modules/auth/auth.schemas';
import { CHANGE_PASSWORD_PATH, useCurrentUser, useLogout } from './auth';
import { NotificationBell } from '../reminders/NotificationBell';
import { menuItems, menuKeyOf } from './menu';

const { Header, Sider, Content } = Layout;

function Brand({ compact }: { compact?: boolean }) {
  return (
    <div style={{ color: '#fff', fontWeight: 600, fontSize: 18, padding: '16px 20px', whiteSpace: 'nowrap' }}>
      <span aria-hidden style={{ color: '#ffd54f' }}>★</span> {compact ? '' : 'Dân vận'}
    </div>
  );
}

function UserBox({ phone }: { phone: boolean }) {
  const me = useCurrentUser();
  const logout = useLogout();
  const navigate = useNavigate();
  const items = [
    { key: 'password', icon: <KeyOutlined aria-hidden />, label: 'Đổi mật khẩu', onClick: () => navigate(CHANGE_PASSWORD_PATH) },
    { key: 'logout', icon: <LogoutOutlined aria-hidden />, label: 'Đăng xuất', onClick: () => logout.mutate() },
  ];
  return (
    <Space size={phone ? 'small' : 'middle'} align="center" style={{ minWidth: 0 }}>
      <NotificationBell />
      <Dropdown menu={{ items }} trigger={['click']}>
        <Button type="text" aria-label={`Tài khoản ${me.fullName}`} style={{ height: 'auto', padding: '4px 8px', textAlign: 'left' }}>
          <Space align="center">
            <UserOutlined aria-hidden />
            <span style={{ display: 'inline-flex', flexDirection: 'column', lineHeight: 1.3 }}>
              {/* On a phone a long name is cut with "…" rather than pushing the header wider than the screen. */}
              <span style={{ fontWeight: 600, ...(phone && { display: 'inline-block', maxWidth: '34vw', overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }) }}>
                {me.fullName} {!phone && <Tag color="red" style={{ marginLeft: 4 }}>{ROLE_LABELS[me.role]}</Tag>}
              </span>
              {!phone && <Typography.Text type="secondary" style={{ fontSize: 12 }}>{me.unit.name}</Typography.Text>}
            </span>
          </Space>
        </Button>
      </Dropdown>
      {/* On a phone "Đăng xuất" lives in the account menu only: a 375 px header has no room for a second button. */}
      {!phone && (
        <Button icon={<LogoutOutlined aria-hidden />} onClick={() => logout.mutate()} loading={logout.isPending} aria-label="Đăng xuất">
          Đăng xuất
        </Button>
      )}
    </Space>
  );
}

/** The signed-in frame: side menu by role, header with the user, and the page. */
export default function AppLayout() {
  const me = useCurrentUser();
  const location = useLocation();
  const navigate = useNavigate();
  const screens = Grid.useBreakpoint();
  const phone = screens.md === false;
  const [drawerOpen, setDrawerOpen] = useState(false);
  const [collapsed, setCollapsed] = useState(false);

  const menu = (
    <Menu
      theme="dark"
      mode="inline"
      selectedKeys={[menuKeyOf(location.pathname)]}
      items={menuItems(me.role)}
      onClick={({ key }) => {
        navigate(key);
        setDrawerOpen(false);
      }}
    />
  );

  return (
    <Layout style={{ minHeight: '100vh' }}>
      {phone ? (
        <Drawer
          placement="left"
          open={drawerOpen}
          onClose={() => setDrawerOpen(false)}
          size={240}
          closable={false}
          styles={{ body: { padding: 0, background: '#7f0000' } }}
          title={null}
        >
          <nav aria-label="Menu chính">
            <Brand />
            {menu}
          </nav>
        </Drawer>
      ) : (
        <Sider collapsible collapsed={collapsed} onCollapse={setCollapsed} width={232}>
          <nav aria-label="Menu chính">
            <Brand compact={collapsed} />
            {menu}
          </nav>
        </Sider>
      )}
      <Layout>
        <Header
          style={{
            background: '#fff',
            padding: phone ? '0 8px' : '0 24px',
            display: 'flex',
            alignItems: 'center',
            justifyContent: 'space-between',
            gap: 8,
            height: 'auto',
            minHeight: 64,
            lineHeight: 'normal',
            boxShadow: '0 1px 4px rgba(0,0,0,0.08)',
          }}
        >
          <Space>
            {phone && <Button type="text" icon={<MenuOutlined aria-hidden />} aria-label="Mở menu" onClick={() => setDrawerOpen(true)} />}
            <Typography.Text strong style={{ fontSize: phone ? 15 : 16, whiteSpace: 'nowrap' }}>
              {phone ? 'Dân vận' : 'Hệ thống quản lý công tác Dân vận'}
            </Typography.Text>
          </Space>
          <UserBox phone={phone} />
        </Header>
        <Content style={{ padding: phone ? 12 : 24 }}>
          <Outlet />
        </Content>
      </Layout>
    </Layout>
  );
}
