import { Modal } from 'antd';
import { type ReactNode, useRef } from 'react';
import { useBlocker } from 'react-router';

/**
 * Asks before leaving for another page of the app while `isDirty()` says work would be lost; render the element it
 * returns. `isDirty` is read at the moment of leaving (not at render), so a save that navigates right away passes.
 * The dialog is open exactly while the navigation is held, so it cannot outlive it.
 */
export function useLeaveGuard(isDirty: () => boolean, message: string): ReactNode {
  const check = useRef(isDirty);
  check.current = isDirty;
  const blocker = useBlocker(({ currentLocation, nextLocation }) => currentLocation.pathname !== nextLocation.pathname && check.current());
  return (
    <Modal
      open={blocker.state === 'blocked'}
      title="Rời khỏi trang này?"
      okText="Rời trang"
      cancelText="Ở lại"
      okButtonProps={{ danger: true }}
      onOk={() => blocker.proceed?.()}
      onCancel={() => blocker.reset?.()}
    >
      {message}
    </Modal>
  );
}
