import { Alert, Button, Spin } from 'antd';
import { errorMessage } from './api';

/**
 * The light states the first page needs (login, guards): kept apart from PageState.tsx,
 * whose antd Result would weigh on the login page's download.
 */

/** Centered spinner while a whole page loads. */
export function FullPageSpin() {
  return (
    <div style={{ minHeight: '60vh', display: 'grid', placeItems: 'center' }} role="status" aria-live="polite">
      <Spin size="large" description="Đang tải…" />
    </div>
  );
}

/** The whole app could not start (server down, network gone). */
export function StartupError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  return (
    <div style={{ maxWidth: 520, margin: '15vh auto', padding: 16 }}>
      <Alert
        type="error"
        showIcon
        role="alert"
        title="Không tải được ứng dụng"
        description={errorMessage(error)}
        action={<Button onClick={onRetry}>Thử lại</Button>}
      />
    </div>
  );
}
