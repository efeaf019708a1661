import type { ReactNode } from 'react';
import { useCurrentUser } from './auth';
import { Forbidden } from './PageState';

/** Shows the page to admins only; others get a Vietnamese "no permission" page (the server refuses them too). */
export default function AdminOnly({ children }: { children: ReactNode }) {
  const me = useCurrentUser();
  return me.role === 'admin' ? <>{children}</> : <Forbidden />;
}
