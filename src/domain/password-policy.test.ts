import { describe, expect, it } from 'vitest';
import { checkPassword } from './password-policy';

describe('checkPassword', () => {
  it('từ chối mật khẩu dưới 12 ký tự', () => expect(checkPassword('Abc-12345', 'canbo')).toBe('too_short'));
  it('đếm ký tự tiếng Việt là một ký tự', () => expect(checkPassword('Mậtkhẩu1ờơ', 'canbo')).toBe('too_short'));
  it('cần cả chữ và số', () => {
    expect(checkPassword('chicochucaithoi', 'canbo')).toBe('needs_letter_and_digit');
    expect(checkPassword('123456789012345', 'canbo')).toBe('needs_letter_and_digit');
  });
  it('không được chứa tên đăng nhập, không phân biệt hoa thường', () => expect(checkPassword('xx-CUCTHONGKE-2024', 'cucthongke')).toBe('contains_username'));
  it('từ chối mật khẩu phổ biến', () => expect(checkPassword('Password1234', 'canbo')).toBe('too_common'));
  it('chấp nhận mật khẩu đủ mạnh', () => expect(checkPassword('Sông-Hồng-chảy-2024', 'canbo')).toBeNull());
});
