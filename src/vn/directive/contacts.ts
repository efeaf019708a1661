/**
 * Contact people: "liên hệ (trực tiếp) với đồng chí Nguyễn Đức Phương - Ủy viên Ban Thường vụ,
 * Trưởng ban Tuyên giáo Đảng ủy Khối (Số điện thoại 0915.367.487)". Phones are kept as digits.
 */
import { type Line, trimTrailing } from './document';
import type { Contact } from './types';

// No "i" flag: with it \p{Lu} would match lower-case letters too, and a name is capitalised words.
const PERSON = /(?<![\p{L}])(?:[Đđ]ồng chí|[Đđ]\/[Cc]|[Ôô]ng|[Bb]à)\s+(\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){1,4})/gu;
const PHONE_LABEL = /(?:số điện thoại|điện thoại|sđt|đtdđ|đt|di động|mobile|tel)\s*:?\s*/iu;
const PHONE = /(?<![\d])(?:\+?84|0)(?:[\s.-]?\d){8,10}(?![\d])/u;
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/u;
const CONTACT_CUE = /lien he|dien thoai|sdt|email|dau moi/;

/** "0915.367.487" → "0915367487"; "+84 915 367 487" → "0915367487". */
export function phoneDigits(raw: string): string {
  const digits = raw.replace(/\D/g, '');
  return digits.startsWith('84') && raw.trim().startsWith('+') ? `0${digits.slice(2)}` : digits;
}

/** The position after the name: "- Ủy viên …, Trưởng ban …" up to "(" or the phone. */
function positionAfter(text: string): string | null {
  const m = /^\s*(?:[-–—,]\s*)(.+?)(?=\s*\(|\s*[;.](?:\s|$)|,?\s*(?:số điện thoại|điện thoại|sđt|đt|email)\b|$)/iu.exec(text);
  const position = m?.[1] ? trimTrailing(m[1], ' \t,;:') : null;
  return position || null;
}

function contactAt(line: Line, m: RegExpExecArray, nextStart: number): Contact {
  const tail = line.text.slice(m.index + m[0].length, nextStart);
  const labelled = PHONE_LABEL.exec(tail);
  const phone = PHONE.exec(labelled ? tail.slice(labelled.index) : tail);
  return {
    name: m[1]!,
    position: positionAfter(tail),
    phone: phone ? phoneDigits(phone[0]) : null,
    email: EMAIL.exec(tail)?.[0] ?? null,
    line: line.no,
  };
}

/** Contact people of the body: a named person on a line that speaks of contacting or phoning. */
export function parseContacts(body: Line[]): Contact[] {
  const out: Contact[] = [];
  for (const line of body) {
    if (!CONTACT_CUE.test(line.fold)) continue;
    const people = [...line.text.matchAll(PERSON)];
    people.forEach((m, i) => out.push(contactAt(line, m, people[i + 1]?.index ?? line.text.length)));
  }
  return out;
}
