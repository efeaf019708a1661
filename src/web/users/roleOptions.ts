import { ROLE_LABELS, ROLES } from '../../modules/auth/auth.schemas';

export const roleOptions = ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] }));

/** A temporary password that meets the rules: 16 characters, letters and digits, no look-alikes. */
export function randomPassword(): string {
  const letters = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ';
  const digits = '23456789';
  const all = letters + digits;
  const bytes = crypto.getRandomValues(new Uint32Array(16));
  const chars = [...bytes].map((b) => all[b % all.length]!);
  chars[3] = digits[bytes[3]! % digits.length]!;
  chars[9] = letters[bytes[9]! % letters.length]!;
  return chars.join('');
}
