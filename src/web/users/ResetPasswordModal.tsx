import { Alert, Button, Form, Input, Space } from 'antd';
import type { TUser } from '../../modules/users/users.schemas';
import { passwordRule, PasswordRules } from '../auth/PasswordRules';
import { useFeedback } from '../app/feedback';
import { FormModal } from '../app/FormModal';
import { randomPassword } from './roleOptions';
import { useResetPassword } from './users.api';

function NewPasswordField({ username }: { username: string }) {
  const form = Form.useFormInstance<{ password: string }>();
  const password = Form.useWatch('password', form) ?? '';
  return (
    <>
      <Form.Item label="Mật khẩu tạm thời" required>
        <Space.Compact style={{ width: '100%' }}>
          <Form.Item name="password" noStyle rules={[{ required: true, message: 'Nhập mật khẩu tạm thời' }, passwordRule(() => username)]}>
            <Input.Password autoFocus autoComplete="new-password" aria-label="Mật khẩu tạm thời" />
          </Form.Item>
          <Button onClick={() => form.setFieldsValue({ password: randomPassword() })}>Tạo ngẫu nhiên</Button>
        </Space.Compact>
      </Form.Item>
      <PasswordRules password={password} username={username} />
    </>
  );
}

/** "Đặt lại mật khẩu": a temporary password the user must change at the next login. */
export function ResetPasswordModal({ open, user, onClose }: { open: boolean; user: TUser | null; onClose: () => void }) {
  const reset = useResetPassword();
  const feedback = useFeedback();
  return (
    <FormModal<{ password: string }>
      open={open}
      title={`Đặt lại mật khẩu cho ${user?.username ?? ''}`}
      okText="Đặt lại mật khẩu"
      onCancel={() => {
        reset.reset();
        onClose();
      }}
      onSubmit={({ password }) =>
        user &&
        reset.mutate(
          { id: user.id, password },
          {
            onSuccess: () => {
              feedback.success(`Đã đặt lại mật khẩu cho "${user.username}".`);
              onClose();
            },
          },
        )
      }
      submitting={reset.isPending}
      error={reset.error}
      width={520}
    >
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        title="Người dùng sẽ phải đổi mật khẩu ở lần đăng nhập tiếp theo."
        description="Mọi phiên đăng nhập đang mở của người này sẽ bị kết thúc. Hãy gửi mật khẩu tạm thời cho họ qua kênh an toàn."
      />
      {user && <NewPasswordField username={user.username} />}
    </FormModal>
  );
}
