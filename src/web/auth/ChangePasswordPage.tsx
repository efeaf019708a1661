import { Alert, Button, Card, Form, Input, Space, Typography } from 'antd';
import { useNavigate } from 'react-router';
import { useChangePassword, useCurrentUser, useLogout } from '../app/auth';
import { errorMessage } from '../app/api';
import { useFeedback } from '../app/feedback';
import { AuthScreen } from './AuthScreen';
import { passwordRule, PasswordRules } from './PasswordRules';

interface Values {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
}

function ChangePasswordForm({ onDone }: { onDone: () => void }) {
  const me = useCurrentUser();
  const change = useChangePassword();
  const feedback = useFeedback();
  const [form] = Form.useForm<Values>();
  const newPassword = Form.useWatch('newPassword', form) ?? '';

  const onFinish = ({ currentPassword, newPassword }: Values) =>
    change.mutate(
      { currentPassword, newPassword },
      {
        onSuccess: () => {
          feedback.success('Đã đổi mật khẩu.');
          form.resetFields();
          onDone();
        },
      },
    );

  return (
    <Form<Values> form={form} name="change-password" layout="vertical" onFinish={onFinish} requiredMark={false} disabled={change.isPending}>
      {change.isError && <Alert type="error" showIcon title={errorMessage(change.error)} style={{ marginBottom: 16 }} role="alert" />}
      <Form.Item label="Mật khẩu hiện tại" name="currentPassword" rules={[{ required: true, message: 'Nhập mật khẩu hiện tại' }]}>
        <Input.Password autoFocus autoComplete="current-password" />
      </Form.Item>
      <Form.Item
        label="Mật khẩu mới"
        name="newPassword"
        rules={[{ required: true, message: 'Nhập mật khẩu mới' }, passwordRule(() => me.username)]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <PasswordRules password={newPassword} username={me.username} />
      <Form.Item
        label="Nhập lại mật khẩu mới"
        name="confirmPassword"
        dependencies={['newPassword']}
        rules={[
          { required: true, message: 'Nhập lại mật khẩu mới' },
          ({ getFieldValue }) => ({
            validator: async (_, v: string | undefined) => {
              if (v && v !== getFieldValue('newPassword')) throw new Error('Hai lần nhập mật khẩu mới không khớp.');
            },
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={change.isPending}>
        Đổi mật khẩu
      </Button>
    </Form>
  );
}

/**
 * "Đổi mật khẩu": alone on the screen when the user must change it (first login, after a reset),
 * or inside the app from the user menu.
 */
export default function ChangePasswordPage({ forced = false }: { forced?: boolean }) {
  const navigate = useNavigate();
  const logout = useLogout();
  if (forced) {
    return (
      <AuthScreen title="Đổi mật khẩu">
          <Alert
            type="warning"
            showIcon
            style={{ marginBottom: 16 }}
            title="Bạn cần đổi mật khẩu trước khi tiếp tục"
            description="Mật khẩu hiện tại do quản trị viên cấp hoặc vừa được đặt lại. Hãy chọn mật khẩu mới chỉ mình bạn biết."
          />
          <ChangePasswordForm onDone={() => navigate('/', { replace: true })} />
          <Button type="link" onClick={() => logout.mutate()} style={{ paddingLeft: 0, marginTop: 8 }}>
            Đăng xuất
          </Button>
      </AuthScreen>
    );
  }
  return (
    <Space orientation="vertical" style={{ width: '100%', maxWidth: 480 }}>
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        Đổi mật khẩu
      </Typography.Title>
      <Card>
        <Typography.Paragraph type="secondary">
          Sau khi đổi, các phiên đăng nhập khác của bạn (trên máy khác) sẽ bị kết thúc.
        </Typography.Paragraph>
        <ChangePasswordForm onDone={() => undefined} />
      </Card>
    </Space>
  );
}
