import { Button, Result } from 'antd';
import { errorMessage } from './api';

/** A page-level failure with the server's message and a retry. */
export function PageError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  return (
    <Result
      status="error"
      title="Không tải được dữ liệu"
      subTitle={errorMessage(error)}
      extra={onRetry ? <Button type="primary" onClick={onRetry}>Thử lại</Button> : undefined}
    />
  );
}

/** Shown when the signed-in role may not open a page. */
export function Forbidden() {
  return <Result status="warning" title="Không có quyền truy cập" subTitle="Trang này chỉ dành cho quản trị hệ thống." />;
}
