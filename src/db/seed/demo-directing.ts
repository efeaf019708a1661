import type { Actor } from '../../app/actor';
import type { Db } from '../connect';
import { scopeRootPath } from '../../domain/org-tree';
import { closeRequirement, createRequirement, type ActorContext } from '../../modules/requirements/requirements.service';
import type { TRequirementCreate } from '../../modules/requirements/requirements.schemas';
import { plans, prng, registrations, submittedAt, type Registration } from './demo-content';
import { type Answer, insertAnswers } from './demo-answers';
import { insertDemoDocuments } from './demo-documents';
import { KHOI_CODE, TUYEN_GIAO_CODE } from './demo-units';

/**
 * The directing loop of the demo world as of 15/5/2024: the letter 1720-CV/ĐUK and what it cites, its four
 * requirements, and the units' answers that reproduce its figures (see demo-content.ts). The requirements are created by
 * the API's service acting as the seeded canbo account; the answers are written in bulk (demo-answers.ts) through the
 * same functions `submit` uses to fill dvk_model, dvk_model_year and steering_member, so seeding stays fast.
 */

/** Requirement dates not given by the letter, chosen so that on 15/5/2024 the units that had not sent are overdue, as the letter treats them. */
const DATES = {
  // Kế hoạch 252-KH/ĐUK and 253-KH/ĐUK (25/3/2024) asked for the registration and the plan within the next month.
  registrationDeadline: '2024-04-30',
  planDeadline: '2024-04-30',
  // The letter gives no date for the 114-KL/TW report; it goes with the mid-year report.
  reportDeadline: '2024-06-30',
} as const;

const CONTACT = { contactName: 'Nguyễn Đức Phương', contactPhone: '0915367487' };
/** The end of the demo world: nothing is submitted or decided after this instant. */
const WORLD_END = new Date('2024-05-15T17:00:00+07:00');

interface Account { id: number; username: string; full_name: string; role: Actor['role']; unit_id: number; path: string; kind: string; parent_path: string | null }

async function accounts(db: Db): Promise<Map<string, Account>> {
  const rows = await db.selectFrom('app_user as a').innerJoin('org_unit as u', 'u.id', 'a.unit_id').leftJoin('org_unit as p', 'p.id', 'u.parent_id')
    .select(['a.id', 'a.username', 'a.full_name', 'a.role', 'a.unit_id', 'u.path', 'u.kind', 'p.path as parent_path']).execute();
  return new Map(rows.map((r) => [r.username, r as Account]));
}

/** The acting account as the auth plugin would build it for a session (no real session: the seed is not a request). */
function contextOf(a: Account): ActorContext {
  const scopePath = scopeRootPath(a.role, { kind: a.kind as never, path: a.path, parentPath: a.parent_path });
  return { ip: null, actor: { userId: a.id, username: a.username, fullName: a.full_name, role: a.role, unitId: a.unit_id, scopePath, mustChangePassword: false, sessionId: 0 } };
}

/** Creates a requirement of the Đảng ủy Khối (every grassroots organisation, Ban Tuyên giáo, its contact) issued at `createdAt`. */
type Create = (body: Pick<TRequirementCreate, 'kind' | 'title' | 'year' | 'deadline' | 'documentId' | 'instructions'> & Partial<TRequirementCreate>, createdAt: string) => Promise<number>;

const hoursLater = (d: Date, h: number) => new Date(d.getTime() + h * 3_600_000);

/** Seeds the demo directing data into a database just seeded with the demo committee (seedDemo). */
export async function seedDirecting(db: Db): Promise<void> {
  const users = await accounts(db);
  const canbo = users.get('canbo')!;
  const staff = contextOf(canbo);
  const unitOf = (code: string) => contextOf(users.get(code)!);
  const units = await db.selectFrom('org_unit').select(['id', 'code', 'name']).execute();
  const unitIds = new Map(units.map((u) => [u.code, u.id]));
  const { letterId } = await db.transaction().execute((trx) => insertDemoDocuments(trx, unitIds, new Map(units.map((u) => [u.code, u.name])), canbo.id));

  const khoi = unitIds.get(KHOI_CODE)!;
  const common = { targets: [{ rule: 'all_grassroots' as const, unitId: khoi }], responsibleUnitId: unitIds.get(TUYEN_GIAO_CODE)!, ...CONTACT, periodFrom: null, periodTo: null, deadlineOverrides: [] };
  const create: Create = async (body, createdAt) => {
    const r = await createRequirement(db, staff, { ...common, ...body } as TRequirementCreate);
    // The service stamps the real clock; the demo world is 2024, so its records carry the day they were issued.
    await db.updateTable('requirement').set({ created_at: new Date(createdAt), updated_at: new Date(createdAt) }).where('id', '=', r.id).execute();
    return r.id;
  };

  const regs = registrations();
  await seed2023(db, staff, unitOf, regs, create);

  const registration = await create({
    kind: 'model_registration', title: 'Đăng ký mô hình "Dân vận khéo" năm 2024', year: 2024, deadline: DATES.registrationDeadline, documentId: letterId,
    instructions: 'Thực hiện Kế hoạch số 252-KH/ĐUK ngày 25/3/2024: đăng ký mô hình, điển hình "Dân vận khéo" năm 2024 (tên mô hình, cấp, lĩnh vực, mục tiêu, cách làm, người phụ trách), ghi rõ mô hình tiếp tục từ năm 2023 hay đăng ký mới; gửi về Ban Tuyên giáo Đảng ủy Khối.',
  }, '2024-03-26T08:00:00+07:00');
  const democracy = await create({
    kind: 'democracy_plan', title: 'Kế hoạch thực hiện Quy chế dân chủ ở cơ sở năm 2024 và kiện toàn Ban Chỉ đạo', year: 2024, deadline: DATES.planDeadline, documentId: letterId,
    instructions: 'Thực hiện Kế hoạch số 253-KH/ĐUK ngày 25/3/2024: xây dựng kế hoạch thực hiện QCDC ở cơ sở năm 2024, kiện toàn Ban Chỉ đạo, phân công cán bộ phụ trách; gửi kế hoạch về Đảng ủy Khối.',
  }, '2024-03-26T08:30:00+07:00');
  await create({
    kind: 'self_inspection', title: 'Báo cáo tự kiểm tra, giám sát việc thực hiện dân chủ ở cơ sở năm 2024', year: 2024, deadline: '2024-10-25', documentId: letterId,
    periodFrom: '2023-10-01', periodTo: '2024-09-30',
    deadlineOverrides: ['bqlkcn', 'cucthongke', 'cdyenbai'].map((code) => ({ unitId: unitIds.get(code)!, deadline: '2024-09-01' })),
    instructions: 'Thực hiện Kế hoạch số 171-KH/BDVTU ngày 25/3/2024: tự kiểm tra, giám sát việc thực hiện dân chủ ở cơ sở từ 01/10/2023 đến 30/9/2024; gửi báo cáo về Ban Chỉ đạo Đảng ủy Khối (qua Ban Tuyên giáo). Ba đơn vị được Đoàn kiểm tra làm việc trực tiếp gửi trước ngày 01/9/2024.',
  }, '2024-05-22T08:00:00+07:00');
  await create({
    kind: 'report', title: 'Báo cáo thực hiện Kết luận số 114-KL/TW gắn với Chỉ thị số 33/CT-TTg', year: 2024, deadline: DATES.reportDeadline, documentId: letterId,
    instructions: 'Thực hiện Công văn số 780-CV/BDVTU ngày 13/5/2024: báo cáo kết quả tăng cường, đổi mới công tác dân vận của cơ quan hành chính nhà nước, khắc phục hạn chế trong thực hiện Kết luận 114-KL/TW, Chỉ thị 33/CT-TTg.',
  }, '2024-05-22T08:30:00+07:00');

  const rnd = prng(1505);
  const answer = (code: string, content: unknown, at: Date, acceptIt: boolean): Answer => {
    // Accepted by canbo two days after it came in, when that is still before 15/5/2024.
    const decideAt = hoursLater(at, 48);
    return { unitId: unitIds.get(code)!, userId: users.get(code)!.id, content, submittedAt: at, acceptedAt: acceptIt && decideAt < WORLD_END ? decideAt : null };
  };
  // About four in five on time; the late ones came in May, before the letter's count on 15/5/2024.
  const regAnswers = regs.filter((r) => r.models2024.length > 0).map((r, i) => answer(r.code, { models: r.models2024 }, submittedAt(i, 24, rnd), i % 3 !== 2));
  const planAnswers = plans().map(({ code, planDate: _, ...content }, i) => answer(code, { ...content, attachmentIds: [] }, submittedAt(i, 32, rnd), i % 2 === 0));
  await db.transaction().execute(async (trx) => {
    await insertAnswers(trx, { id: registration, kind: 'model_registration', year: 2024 }, regAnswers, canbo.id);
    await insertAnswers(trx, { id: democracy, kind: 'democracy_plan', year: 2024 }, planAnswers, canbo.id);
  });
}

/**
 * The 2023 registration, closed long ago: it gives the continuing models their 2023 year, so one model registered in
 * 2023 and continued in 2024 is one dvk_model with two dvk_model_year rows, as a real history would be.
 */
async function seed2023(db: Db, staff: ActorContext, unitOf: (code: string) => ActorContext, regs: Registration[],
  create: Create): Promise<void> {
  const id = await create({
    kind: 'model_registration', title: 'Đăng ký mô hình "Dân vận khéo" năm 2023', year: 2023, deadline: '2023-07-31', documentId: null,
    instructions: 'Thực hiện Đề án số 13-ĐA/TU ngày 16/3/2023 và Hướng dẫn số 02-HD/BDVTU ngày 27/6/2023: đăng ký mô hình "Dân vận khéo" năm 2023.',
  }, '2023-07-03T08:00:00+07:00');
  const rnd = prng(2023);
  const answers = regs.filter((x) => x.models2023.length > 0).map((r): Answer => {
    const at = new Date(`2023-07-${String(5 + Math.floor(rnd() * 25)).padStart(2, '0')}T09:00:00+07:00`);
    return { unitId: unitOf(r.code).actor.unitId, userId: unitOf(r.code).actor.userId, content: { models: r.models2023 }, submittedAt: at, acceptedAt: hoursLater(at, 72) };
  });
  await db.transaction().execute((trx) => insertAnswers(trx, { id, kind: 'model_registration', year: 2023 }, answers, staff.actor.userId));
  await closeRequirement(db, staff, id, new Date('2023-12-31T17:00:00+07:00'));
}
