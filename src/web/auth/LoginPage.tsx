import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input } from 'antd';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import type { TLoginBody } from '../../modules/auth/auth.schemas';
import { errorMessage } from '../app/api';
import { useLogin, useMe } from '../app/auth';
import { AuthScreen } from './AuthScreen';

/** Where to go after signing in: the `tiep` parameter when it is a path of this site, else home. */
function nextPath(raw: string | null): string {
  return raw && raw.startsWith('/') && !raw.startsWith('//') ? raw : '/';
}

export default function LoginPage() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const me = useMe();
  const login = useLogin();
  const next = nextPath(params.get('tiep'));

  if (me.data) return <Navigate to={next} replace />;

  const onFinish = (values: TLoginBody) => {
    login.mutate(values, { onSuccess: () => navigate(next, { replace: true }) });
  };

  return (
    <AuthScreen title="Đăng nhập">
        {login.isError && (
          <Alert type="error" showIcon title={errorMessage(login.error)} style={{ marginBottom: 16 }} role="alert" />
        )}
        <Form<TLoginBody> name="login" layout="vertical" onFinish={onFinish} requiredMark={false} disabled={login.isPending}>
          <Form.Item label="Tên đăng nhập" name="username" rules={[{ required: true, whitespace: true, message: 'Nhập tên đăng nhập' }]}>
            <Input prefix={<UserOutlined aria-hidden />} autoFocus autoComplete="username" autoCapitalize="none" spellCheck={false} size="large" />
          </Form.Item>
          <Form.Item label="Mật khẩu" name="password" rules={[{ required: true, message: 'Nhập mật khẩu' }]}>
            <Input.Password prefix={<LockOutlined aria-hidden />} autoComplete="current-password" size="large" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block size="large" loading={login.isPending}>
            Đăng nhập
          </Button>
        </Form>
    </AuthScreen>
  );
}
