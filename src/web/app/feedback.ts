import { App } from 'antd';
import { errorMessage } from './api';

/** Success and error toasts in the app's antd context; errors show the server's Vietnamese message. */
export function useFeedback() {
  const { message } = App.useApp();
  return {
    success: (text: string) => message.success(text),
    error: (err: unknown) => message.error(errorMessage(err), 6),
  };
}
