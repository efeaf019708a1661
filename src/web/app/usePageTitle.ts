import { useEffect } from 'react';

/** Sets the browser tab's title: "Đơn vị · Dân vận". */
export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} · Dân vận`;
  }, [title]);
}
