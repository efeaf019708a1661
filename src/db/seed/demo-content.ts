import type { TDvkModel, TSteeringMember } from '../../modules/submissions/submissions.content.schemas';
import { GRASSROOTS } from './demo-units';

/**
 * What the demo units submitted, generated deterministically (a seeded PRNG, fixed building blocks) so every
 * demo database and every test template is the same. The totals are fixed by the sample letter 1720-CV/ĐUK:
 * 30/74 units registered 133 Dân vận khéo models for 2024 (2 at Khối level; 131 at cơ sở level, 73 continuing
 * from 2023 and 58 new); 40/74 units sent a QCDC plan. Names of people and plan numbers are illustrative.
 */
export const FIGURES = { registrants: 30, models: 133, khoi: 2, coSo: 131, continuing: 73, new: 58, plans: 40 } as const;

/** mulberry32: tiny, fast, and the same sequence on every machine. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffled<T>(items: readonly T[], rnd: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

const pick = <T>(items: readonly T[], rnd: () => number): T => items[Math.floor(rnd() * items.length)]!;

const CODES = GRASSROOTS.map(([code]) => code);
/** The 30 units that had registered their 2024 models by 15/5/2024, in the order they are seeded. */
export const REGISTRANTS: readonly string[] = shuffled(CODES, prng(1720)).slice(0, FIGURES.registrants);
/** The 40 units that had sent their 2024 QCDC plan by 15/5/2024. */
export const PLANNERS: readonly string[] = shuffled(CODES, prng(253)).slice(0, FIGURES.plans);
/** Units that registered models in 2023 but not yet in 2024: the 2023 list is more than this year's continuing models. */
export const REGISTERED_2023_ONLY: readonly string[] = CODES.filter((c) => !REGISTRANTS.includes(c)).slice(0, 6);

type Field = TDvkModel['field'];
/** Model names by field, from the wording of real Dân vận khéo registrations (Đề án 13-ĐA/TU, Hướng dẫn 02-HD/BDVTU). */
const NAMES: Record<Field, readonly string[]> = {
  kinh_te: [
    'Dân vận khéo trong thực hiện nhiệm vụ thu ngân sách', 'Đồng hành cùng doanh nghiệp tháo gỡ khó khăn trong sản xuất, kinh doanh',
    'Hỗ trợ hộ nông dân phát triển vùng nguyên liệu chè, quế', 'Dân vận khéo trong công tác giải phóng mặt bằng các dự án trọng điểm',
    'Cán bộ, đảng viên giúp đỡ hộ nghèo thoát nghèo bền vững', 'Đưa dịch vụ thanh toán không dùng tiền mặt đến người dân vùng cao',
    'Tổ tư vấn hỗ trợ hợp tác xã tiếp cận vốn vay', 'Dân vận khéo trong phát triển sản phẩm OCOP',
  ],
  van_hoa_xa_hoi: [
    'Dân vận khéo trong cải cách thủ tục hành chính', 'Cán bộ, đảng viên gương mẫu hỗ trợ người dân thực hiện dịch vụ công trực tuyến',
    'Thân thiện, tận tình phục vụ người bệnh', 'Nụ cười trên môi, tận tâm phục vụ nhân dân',
    'Tuyên truyền, vận động người dân tham gia bảo hiểm xã hội tự nguyện, bảo hiểm y tế', 'Nâng bước em đến trường',
    'Xây dựng cơ quan văn hóa, văn minh, an toàn', 'Hỗ trợ thôn, bản đặc biệt khó khăn xây dựng nông thôn mới',
  ],
  quoc_phong_an_ninh: [
    'Cơ quan an toàn về an ninh, trật tự', 'Phòng cháy, chữa cháy tại chỗ bảo vệ cơ quan, doanh nghiệp',
    'Tuyên truyền phòng, chống lừa đảo qua mạng cho người lao động', 'Bảo đảm an ninh, an toàn hệ thống thông tin',
    'Phối hợp giữ gìn an ninh trật tự khu công nghiệp',
  ],
  xay_dung_he_thong_chinh_tri: [
    'Chi bộ gắn với người dân, vì người dân phục vụ', 'Đảng viên tiên phong, gương mẫu nơi cư trú',
    'Lắng nghe ý kiến, đối thoại trực tiếp với người lao động', 'Thực hiện tốt Quy chế dân chủ ở cơ sở tại cơ quan',
    'Mỗi cán bộ, đảng viên một việc làm thiết thực vì nhân dân', 'Công đoàn đồng hành cùng người lao động',
  ],
};
const ALL_NAMES: readonly { name: string; field: Field }[] = Object.entries(NAMES).flatMap(([field, names]) => names.map((name) => ({ name, field: field as Field })));

const SURNAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Hà', 'Lương', 'Triệu', 'Nông', 'Lò'];
const MIDDLE = ['Văn', 'Thị', 'Đức', 'Minh', 'Thu', 'Hồng', 'Quang', 'Thanh', 'Ngọc', 'Hải', 'Xuân', 'Kim'];
const GIVEN = ['Anh', 'Bình', 'Cường', 'Dung', 'Giang', 'Hà', 'Hùng', 'Hương', 'Lan', 'Long', 'Mai', 'Nam', 'Phong', 'Quân', 'Sơn', 'Thảo', 'Trang', 'Tuấn', 'Yến', 'Hiền'];
export const personName = (rnd: () => number) => `${pick(SURNAMES, rnd)} ${pick(MIDDLE, rnd)} ${pick(GIVEN, rnd)}`;

function model(name: string, field: Field, level: TDvkModel['level'], from: number | null, rnd: () => number): TDvkModel {
  return {
    name, level, field, continuingFromYear: from,
    goals: `Phát huy vai trò của cán bộ, đảng viên, người lao động trong thực hiện nhiệm vụ chính trị; tạo chuyển biến trong "${name.toLowerCase()}".`,
    contentAndMethod: 'Xây dựng kế hoạch, phân công đảng viên phụ trách; tuyên truyền, vận động; sơ kết 6 tháng, tổng kết cuối năm và nhân rộng cách làm hay.',
    expectedResults: pick(['Người dân, doanh nghiệp hài lòng hơn với chất lượng phục vụ.', 'Hoàn thành và vượt chỉ tiêu nhiệm vụ được giao.', 'Được cấp ủy cấp trên công nhận là mô hình "Dân vận khéo".'], rnd),
    personInCharge: personName(rnd),
  };
}

export interface Registration { code: string; models2024: TDvkModel[]; models2023: TDvkModel[] }

/**
 * Per registrant: 4 or 5 models (133 in all), the first two registrants' first model at Khối level, and among
 * the 131 cơ sở models exactly 73 continuing from 2023; the 2023 registration holds those models plus, for
 * some units, one that ended in 2023. The units in REGISTERED_2023_ONLY registered three models in 2023 only.
 */
export function registrations(): Registration[] {
  const rnd = prng(2024);
  const flags = shuffled([...Array<boolean>(FIGURES.continuing).fill(true), ...Array<boolean>(FIGURES.new).fill(false)], rnd);
  let next = 0;
  const out = REGISTRANTS.map((code, i): Registration => {
    const count = 4 + (i < FIGURES.models - 4 * FIGURES.registrants ? 1 : 0);
    const names = shuffled(ALL_NAMES, rnd);
    const models2024: TDvkModel[] = [];
    const models2023: TDvkModel[] = [];
    for (let k = 0; k < count; k++) {
      const { name, field } = names[k]!;
      if (k === 0 && i < FIGURES.khoi) {
        models2024.push(model(name, field, 'khoi', null, rnd));
        continue;
      }
      const continuing = flags[next++]!;
      models2024.push(model(name, field, 'co_so', continuing ? 2023 : null, rnd));
      if (continuing) models2023.push(model(name, field, 'co_so', null, rnd));
    }
    if (models2023.length > 0 && i % 3 === 0) models2023.push(model(names[count]!.name, names[count]!.field, 'co_so', null, rnd));
    return { code, models2024, models2023 };
  });
  for (const code of REGISTERED_2023_ONLY) {
    out.push({ code, models2024: [], models2023: shuffled(ALL_NAMES, rnd).slice(0, 3).map((n) => model(n.name, n.field, 'co_so', null, rnd)) });
  }
  return out;
}

export interface Plan { code: string; planDocument: string; planText: string; steeringMembers: TSteeringMember[]; assignedOfficials: string[]; planDate: string }

const ROLES: readonly [role: string, position: string][] = [
  ['Trưởng ban', 'Bí thư cấp ủy, Thủ trưởng cơ quan'], ['Phó Trưởng ban', 'Phó Bí thư cấp ủy'], ['Phó Trưởng ban', 'Chủ tịch Công đoàn cơ sở'],
  ['Thành viên', 'Bí thư Chi đoàn Thanh niên'], ['Thành viên', 'Trưởng phòng Tổ chức - Hành chính'], ['Thành viên', 'Chủ tịch Hội Cựu chiến binh'],
];

/** The 40 QCDC plans: a plan document of the unit's party organisation, its steering committee (4–6 members) and who follows it up. */
export function plans(): Plan[] {
  const rnd = prng(1703);
  const kinds = new Map(GRASSROOTS.map(([code, , kind]) => [code, kind]));
  return PLANNERS.map((code, i) => {
    const day = 1 + Math.floor(rnd() * 28);
    const planDate = `2024-04-${String(day).padStart(2, '0')}`;
    const issuer = kinds.get(code) === 'dang_bo_co_so' ? 'ĐU' : 'CB';
    const members = ROLES.slice(0, 4 + (i % 3)).map(([committeeRole, position]) => ({ name: personName(rnd), position, committeeRole, since: planDate }));
    return {
      code, planDate,
      planDocument: `Kế hoạch số ${String(2 + Math.floor(rnd() * 40)).padStart(2, '0')}-KH/${issuer} ngày ${day}/4/2024`,
      planText: 'Thực hiện Kế hoạch số 253-KH/ĐUK ngày 25/3/2024 của Đảng ủy Khối: kiện toàn Ban Chỉ đạo thực hiện Quy chế dân chủ ở cơ sở; '
        + 'công khai các nội dung theo quy định; tổ chức hội nghị cán bộ, công chức, viên chức, người lao động; đối thoại định kỳ giữa người đứng đầu với người lao động.',
      steeringMembers: members,
      assignedOfficials: [members.at(-1)!.name],
    };
  });
}

/**
 * When the i-th unit first submitted: the first `onTime` units in April (by the 30/4 deadline), the rest in May,
 * all before 15/5/2024; working hours, Vietnam time.
 */
export function submittedAt(i: number, onTime: number, rnd: () => number): Date {
  const [month, firstDay, days] = i < onTime ? ['04', 2, 29] : ['05', 2, 13];
  const day = String(firstDay + Math.floor(rnd() * days)).padStart(2, '0');
  const hour = String(8 + Math.floor(rnd() * 8)).padStart(2, '0');
  return new Date(`2024-${month}-${day}T${hour}:${String(Math.floor(rnd() * 60)).padStart(2, '0')}:00+07:00`);
}
