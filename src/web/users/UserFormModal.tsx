import { Button, Form, Input, Select, Space } from 'antd';
import type { TRole } from '../../modules/auth/auth.schemas';
import type { TUser, TUserUpdate } from '../../modules/users/users.schemas';
import { ZUsername } from '../../modules/users/users.schemas';
import { passwordRule, PasswordRules } from '../auth/PasswordRules';
import { useFeedback } from '../app/feedback';
import { FormModal } from '../app/FormModal';
import { zodRule } from '../app/zodRule';
import { UnitSelect } from '../units/UnitSelect';
import { randomPassword, roleOptions } from './roleOptions';
import { useCreateUser, useUpdateUser } from './users.api';

interface Values {
  username: string;
  fullName: string;
  role: TRole;
  unitId: number;
  password: string;
}

function InitialPassword() {
  const form = Form.useFormInstance<Values>();
  const password = Form.useWatch('password', form) ?? '';
  const username = Form.useWatch('username', form) ?? '';
  return (
    <>
      <Form.Item label="Mật khẩu ban đầu" required extra="Người dùng phải đổi mật khẩu này ở lần đăng nhập đầu tiên.">
        <Space.Compact style={{ width: '100%' }}>
          <Form.Item
            name="password"
            noStyle
            rules={[{ required: true, message: 'Nhập mật khẩu ban đầu' }, passwordRule(() => form.getFieldValue('username') ?? '')]}
          >
            <Input.Password autoComplete="new-password" aria-label="Mật khẩu ban đầu" />
          </Form.Item>
          <Button onClick={() => form.setFieldsValue({ password: randomPassword() })}>Tạo ngẫu nhiên</Button>
        </Space.Compact>
      </Form.Item>
      <PasswordRules password={password} username={username} />
    </>
  );
}

interface Props {
  /** null: a new user; a user: edit that one. */
  user: TUser | null;
  open: boolean;
  onClose: () => void;
}

/** "Thêm người dùng" and "Sửa người dùng": name, role and unit (and the first password when new). */
export function UserFormModal({ user, open, onClose }: Props) {
  const create = useCreateUser();
  const update = useUpdateUser();
  const feedback = useFeedback();
  const editing = user !== null;
  const mutation = editing ? update : create;

  const onSubmit = (v: Values) => {
    const done = (text: string) => () => {
      feedback.success(text);
      onClose();
    };
    if (!user) {
      create.mutate(v, { onSuccess: done(`Đã tạo tài khoản "${v.username}".`) });
      return;
    }
    const changes: TUserUpdate = {};
    if (v.fullName !== user.fullName) changes.fullName = v.fullName;
    if (v.role !== user.role) changes.role = v.role;
    if (v.unitId !== user.unitId) changes.unitId = v.unitId;
    if (Object.keys(changes).length === 0) {
      feedback.success('Không có thay đổi nào cần lưu.');
      return onClose();
    }
    update.mutate({ id: user.id, ...changes }, { onSuccess: done(`Đã lưu thông tin "${user.username}".`) });
  };

  return (
    <FormModal<Values>
      open={open}
      title={editing ? `Sửa người dùng ${user.username}` : 'Thêm người dùng'}
      okText={editing ? 'Lưu' : 'Thêm'}
      onCancel={() => {
        mutation.reset();
        onClose();
      }}
      onSubmit={onSubmit}
      submitting={mutation.isPending}
      error={mutation.error}
      initialValues={user ? { username: user.username, fullName: user.fullName, role: user.role, unitId: user.unitId } : { role: 'unit' }}
      width={560}
    >
      <Form.Item
        label="Tên đăng nhập"
        name="username"
        rules={editing ? [] : [{ required: true, message: 'Nhập tên đăng nhập' }, zodRule(ZUsername)]}
        extra={editing ? 'Tên đăng nhập không đổi được.' : 'Chữ không dấu, số, dấu chấm, gạch dưới, gạch ngang.'}
      >
        <Input autoFocus={!editing} disabled={editing} autoCapitalize="none" spellCheck={false} autoComplete="off" maxLength={64} />
      </Form.Item>
      <Form.Item label="Họ và tên" name="fullName" rules={[{ required: true, whitespace: true, message: 'Nhập họ và tên' }]}>
        <Input autoFocus={editing} maxLength={200} />
      </Form.Item>
      <Form.Item label="Vai trò" name="role" rules={[{ required: true, message: 'Chọn vai trò' }]}>
        <Select options={roleOptions} />
      </Form.Item>
      <Form.Item label="Đơn vị" name="unitId" rules={[{ required: true, message: 'Chọn đơn vị công tác' }]}>
        <UnitSelect currentLabel={user?.unitName} />
      </Form.Item>
      {!editing && <InitialPassword />}
    </FormModal>
  );
}
