import { searchKey } from '../vn/text';

/** Passwords people reach for first; refused whatever their length. Lower case, compared folded. */
const COMMON = new Set([
  'password1234', 'password12345', 'password123456', 'matkhau12345', 'matkhau123456', 'qwerty123456',
  'qwertyuiop123', 'abc123456789', 'abcd12345678', 'admin1234567', 'admin12345678', 'administrator1',
  '123456789abc', '1234567890ab', 'iloveyou1234', 'welcome12345', 'letmein12345', 'vietnam12345',
  'vietnam123456', 'hanoi1234567', 'danvan123456', 'danvan2024abc', 'matkhau2024ab', 'passw0rd1234',
  'p4ssw0rd1234', 'changeme1234', 'dangcongsan1', 'dangcongsan123', 'yenbai123456', 'trustno12345',
]);

export type PasswordProblem = 'too_short' | 'needs_letter_and_digit' | 'contains_username' | 'too_common';

export const PASSWORD_MESSAGES: Record<PasswordProblem, string> = {
  too_short: 'Mật khẩu phải có ít nhất 12 ký tự.',
  needs_letter_and_digit: 'Mật khẩu phải có cả chữ cái và chữ số.',
  contains_username: 'Mật khẩu không được chứa tên đăng nhập.',
  too_common: 'Mật khẩu này quá phổ biến, dễ bị đoán. Hãy chọn mật khẩu khác.',
};

/** The first rule a candidate password breaks, or null when it is acceptable. */
export function checkPassword(password: string, username: string): PasswordProblem | null {
  if ([...password].length < 12) return 'too_short';
  if (!/\p{L}/u.test(password) || !/\p{Nd}/u.test(password)) return 'needs_letter_and_digit';
  const folded = searchKey(password).replace(/\s+/g, '');
  const user = searchKey(username).replace(/\s+/g, '');
  if (user.length >= 3 && folded.includes(user)) return 'contains_username';
  if (COMMON.has(folded)) return 'too_common';
  return null;
}
