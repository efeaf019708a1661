import { CheckCircleFilled, CloseCircleFilled, MinusCircleOutlined } from '@ant-design/icons';
import { Typography } from 'antd';
import { checkPassword, PASSWORD_MESSAGES } from '../../domain/password-policy';
import { searchKey } from '../../vn/text';

type State = 'ok' | 'bad' | 'unknown';

function ruleStates(password: string, username: string): State[] {
  if (!password) return ['unknown', 'unknown', 'unknown', 'unknown'];
  const folded = searchKey(password).replace(/\s+/g, '');
  const user = searchKey(username).replace(/\s+/g, '');
  const problem = checkPassword(password, username);
  return [
    [...password].length >= 12 ? 'ok' : 'bad',
    /\p{L}/u.test(password) && /\p{Nd}/u.test(password) ? 'ok' : 'bad',
    user.length >= 3 && folded.includes(user) ? 'bad' : user ? 'ok' : 'unknown',
    problem === 'too_common' ? 'bad' : problem === null ? 'ok' : 'unknown',
  ];
}

const RULES = ['Ít nhất 12 ký tự', 'Có cả chữ cái và chữ số', 'Không chứa tên đăng nhập', 'Không phải mật khẩu phổ biến, dễ đoán'];

const ICONS: Record<State, React.ReactNode> = {
  ok: <CheckCircleFilled style={{ color: '#389e0d' }} aria-label="đạt" />,
  bad: <CloseCircleFilled style={{ color: '#cf1322' }} aria-label="chưa đạt" />,
  unknown: <MinusCircleOutlined style={{ color: '#8c8c8c' }} aria-hidden />,
};

/** The password rules, each ticked as the user types (the server checks them again). */
export function PasswordRules({ password, username }: { password: string; username: string }) {
  const states = ruleStates(password, username);
  return (
    <div aria-label="Yêu cầu về mật khẩu" role="group" style={{ marginBottom: 16 }}>
      <Typography.Text type="secondary">Mật khẩu mới cần:</Typography.Text>
      <ul style={{ listStyle: 'none', paddingLeft: 0, margin: '4px 0 0' }}>
        {RULES.map((rule, i) => (
          <li key={rule} style={{ display: 'flex', gap: 8, alignItems: 'center' }}>
            {ICONS[states[i] ?? 'unknown']}
            <span>{rule}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** antd Form rule: the first broken password rule, in Vietnamese. */
export function passwordRule(username: () => string) {
  return {
    validator: async (_: unknown, value: string | undefined) => {
      if (!value) return;
      const problem = checkPassword(value, username());
      if (problem) throw new Error(PASSWORD_MESSAGES[problem]);
    },
  };
}
