import { App } from 'antd';
import { useEffect, useRef } from 'react';
import { useBlocker } from 'react-router';

/**
 * Asks before leaving a page for another one inside the app while `isDirty()` says work would be lost.
 * `isDirty` is read at the moment of leaving (not at render), so a save that navigates right away passes.
 */
export function useLeaveGuard(isDirty: () => boolean, message: string): void {
  const check = useRef(isDirty);
  check.current = isDirty;
  const blocker = useBlocker(({ currentLocation, nextLocation }) => currentLocation.pathname !== nextLocation.pathname && check.current());
  const { modal } = App.useApp();
  const current = useRef(blocker);
  current.current = blocker;

  useEffect(() => {
    if (blocker.state !== 'blocked') return;
    modal.confirm({
      title: 'Rời khỏi trang này?',
      content: message,
      okText: 'Rời trang',
      cancelText: 'Ở lại',
      okButtonProps: { danger: true },
      onOk: () => current.current.proceed?.(),
      onCancel: () => current.current.reset?.(),
    });
    // One dialog per blocked navigation: only the state change opens it.
  }, [blocker.state, modal, message]);
}
