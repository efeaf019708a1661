import { Alert, Form, Modal, type FormInstance } from 'antd';
import type { ReactNode } from 'react';
import { errorMessage } from './api';

interface Props<T> {
  open: boolean;
  title: string;
  okText: string;
  onCancel: () => void;
  onSubmit: (values: T) => void;
  submitting?: boolean;
  /** The last failure of the submission, shown above the fields in the server's words. */
  error?: unknown;
  initialValues?: Partial<T>;
  form?: FormInstance<T>;
  width?: number;
  children: ReactNode;
}

/**
 * A modal whose whole dialog is the form, so Enter in any field submits it and the OK button
 * is a real submit button; fields are rebuilt on every opening, the first one taking focus.
 */
export function FormModal<T extends object>({ open, title, okText, onCancel, onSubmit, submitting, error, initialValues, form, width, children }: Props<T>) {
  const [own] = Form.useForm<T>();
  const f = form ?? own;
  return (
    <Modal
      open={open}
      title={title}
      okText={okText}
      cancelText="Hủy"
      onCancel={onCancel}
      confirmLoading={submitting}
      okButtonProps={{ htmlType: 'submit' }}
      destroyOnHidden
      width={width}
      mask={{ closable: !submitting }}
      modalRender={(dom) => (
        <Form<T> form={f} layout="vertical" initialValues={initialValues} onFinish={onSubmit} clearOnDestroy disabled={submitting}>
          {dom}
        </Form>
      )}
    >
      {error != null && <Alert type="error" showIcon title={errorMessage(error)} style={{ marginBottom: 16 }} role="alert" />}
      {children}
    </Modal>
  );
}
