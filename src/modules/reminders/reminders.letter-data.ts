import { formatDate } from '../../vn/dates';
import { placeOf as committeePlace, superiorOf, symbolSuffixOf as suffixOf, upperVi as upper } from '../../vn/render/letterhead';
import type { LetterUnit, ReminderLetterData } from './letter';
import type { LetterContext } from './reminders.queries';

/**
 * From the stored facts (requirement, directive, committee in the tree) to the words of the letter. Pure.
 * The committee is the nearest Đảng ủy at or above the responsible board; the place comes from the body above it
 * ("Tỉnh ủy Yên Bái" → "Yên Bái"), falling back to the committee's own name, then to nothing.
 */

const lowerFirst = (s: string) => s.charAt(0).toLocaleLowerCase('vi') + s.slice(1);

export const placeOf = (c: Pick<LetterContext, 'parentName' | 'committeeName'>): string =>
  committeePlace({ parentName: c.parentName, name: c.committeeName ?? '' });

/** "CV/ĐUK"; just "CV" when the committee is unknown. */
export const symbolSuffixOf = (committeeName: string | null): string => (committeeName ? suffixOf('CV', committeeName) : 'CV');

export interface LetterFacts {
  context: LetterContext;
  units: readonly { unitName: string; deadline: string }[];
  /** The day of the reminder (yyyy-mm-dd, Vietnam). */
  date: string;
  number: string | null;
  message: string;
  signer?: { authority: string; position: string; name: string | null };
}

export function letterData(f: LetterFacts): ReminderLetterData {
  const c = f.context;
  const place = placeOf(c);
  // The committee as it names itself in a sentence: "Đảng ủy Khối cơ quan và doanh nghiệp tỉnh".
  const committee = (c.committeeName ?? c.responsibleName).replace(place ? new RegExp(`\\s+${place}$`, 'u') : /$^/, '');
  const units: LetterUnit[] = f.units.map((u) => ({
    name: u.unitName, deadline: u.deadline, status: u.deadline < f.date ? 'Quá hạn, chưa gửi' : 'Chưa gửi',
  }));
  const cited = c.documentSymbol
    ? `Thực hiện văn bản số ${c.documentSymbol}${c.documentDate ? ` ngày ${formatDate(c.documentDate)}` : ''}${c.documentIssuer ? ` của ${c.documentIssuer}` : ''}${c.documentSubject ? ` về ${lowerFirst(c.documentSubject)}` : ''}, ${committee} đã đề nghị các đơn vị thực hiện: “${c.requirementTitle}”.`
    : `${committee} đã đề nghị các đơn vị thực hiện: “${c.requirementTitle}”.`;
  return {
    superior: superiorOf(c, place),
    issuer: upper(committee),
    number: f.number,
    symbolSuffix: symbolSuffixOf(c.committeeName),
    subject: `V/v đôn đốc ${lowerFirst(c.requirementTitle)}`,
    place,
    date: f.date,
    units,
    before: [cited, `Tính đến ngày ${formatDate(f.date)}, các đơn vị sau chưa gửi kết quả về ${c.responsibleName}:`],
    after: [
      ...(f.message ? [f.message] : []),
      `${committee} đề nghị các đơn vị khẩn trương thực hiện, gửi kết quả về ${c.responsibleName} đúng thời hạn nêu trên.`,
    ],
    signer: f.signer ?? { authority: 'T/M BAN THƯỜNG VỤ', position: 'PHÓ BÍ THƯ', name: null },
    copies: ['Lưu VP'],
  };
}
