import { Result } from 'antd';
import type { ReactNode } from 'react';
import type { TRole } from '../../modules/auth/auth.schemas';
import { useCurrentUser } from './auth';

/** Shows the page to the given roles only; others get a Vietnamese "no permission" page (the server refuses them too). */
export default function RoleOnly({ roles, children }: { roles: readonly TRole[]; children: ReactNode }) {
  const me = useCurrentUser();
  if (roles.includes(me.role)) return <>{children}</>;
  return <Result status="warning" title="Không có quyền truy cập" subTitle="Trang này không dành cho vai trò của bạn." />;
}
