import type { PlaceholderSpec, TemplateContext } from './report-template';

/**
 * The summary report (báo cáo tổng hợp): the figures it is made of, the placeholders a committee may use in its
 * wording, the default wording (after the sample letter 1720-CV/ĐUK), and the figures turned into the template's
 * context. Pure: the web editor previews with the same functions the server renders with.
 */

export interface SummaryModels { total: number; khoi: number; coSo: number; coSoContinuing: number; coSoNew: number }

export interface SummaryRequirement {
  kind: 'model_registration' | 'democracy_plan' | 'self_inspection' | 'report' | 'checklist';
  title: string;
  /** yyyy-mm-dd */
  deadline: string;
  year: number;
  targeted: number;
  submitted: number;
  onTime: number;
  late: number;
  missing: number;
  notYetDue: number;
  accepted: number;
  models?: SummaryModels;
  /** Targeted units whose own deadline passed by the as-of date without a submission (quá hạn, chưa gửi). */
  notSubmitted: readonly { name: string; deadline: string }[];
}

export interface SummaryFigures {
  /** The committee as it names itself in a sentence: "Đảng ủy Khối cơ quan và doanh nghiệp tỉnh". */
  committee: string;
  /** yyyy-mm-dd: the figures count submissions up to the end of this day. */
  asOf: string;
  document: { typeName: string; symbol: string; issuedOn: string | null; issuer: string | null; subject: string | null } | null;
  requirements: readonly SummaryRequirement[];
}

const v = (name: string, description: string): PlaceholderSpec => ({ name, description, kind: 'value' });
const DVK: PlaceholderSpec[] = [
  v('donVi', 'số đơn vị đã gửi đăng ký'), v('tongDonVi', 'số đơn vị được giao'), v('tongMoHinh', 'tổng số mô hình đăng ký'),
  v('capKhoi', 'số mô hình cấp Khối'), v('capCoSo', 'số mô hình cấp cơ sở'), v('tiepTuc', 'mô hình cấp cơ sở tiếp tục từ năm trước'),
  v('moi', 'mô hình cấp cơ sở đăng ký mới'),
];
const QCDC: PlaceholderSpec[] = [v('donVi', 'số đơn vị đã gửi kế hoạch QCDC'), v('tongDonVi', 'số đơn vị được giao')];

/** Every placeholder the summary template may use, by the block it is valid in. */
export const SUMMARY_PLACEHOLDERS: readonly PlaceholderSpec[] = [
  v('coQuan', 'tên cơ quan báo cáo (Đảng ủy Khối…)'),
  v('tinhDenNgay', 'ngày tính số liệu, dd/mm/yyyy'),
  v('nam', 'năm của ngày tính số liệu'),
  { name: 'vanBan', kind: 'object', description: 'văn bản chỉ đạo (không có khi báo cáo một yêu cầu lẻ)', children: [
    v('tenVanBan', 'loại văn bản: Công văn, Kế hoạch…'), v('soKyHieu', 'số, ký hiệu'), v('ngayBanHanh', 'ngày ban hành, dd/mm/yyyy'),
    v('coQuanBanHanh', 'cơ quan ban hành'), v('trichYeu', 'trích yếu'),
  ] },
  { name: 'dvk', kind: 'object', description: 'số liệu "Dân vận khéo" của yêu cầu đăng ký mô hình đầu tiên', children: DVK },
  { name: 'qcdc', kind: 'object', description: 'số liệu kế hoạch QCDC của yêu cầu đầu tiên loại này', children: QCDC },
  { name: 'yeuCau', kind: 'list', description: 'lặp lại cho từng yêu cầu', children: [
    v('stt', 'số thứ tự'), v('tieuDe', 'tên yêu cầu'), v('hanGui', 'hạn gửi, dd/mm/yyyy'), v('nam', 'năm của yêu cầu'),
    v('namTruoc', 'năm trước năm của yêu cầu'), v('duocGiao', 'số đơn vị được giao'), v('daGui', 'số đơn vị đã gửi'),
    v('dungHan', 'gửi đúng hạn'), v('guiMuon', 'gửi muộn'), v('quaHan', 'quá hạn chưa gửi'), v('chuaDenHan', 'chưa đến hạn, chưa gửi'),
    v('daChapNhan', 'đã được chấp nhận'), v('soChuaGui', 'số đơn vị quá hạn chưa gửi'),
    { name: 'coChuaGui', kind: 'flag', description: 'có đơn vị quá hạn chưa gửi' },
    { name: 'conHan', kind: 'flag', description: 'có đơn vị chưa gửi nhưng chưa đến hạn' },
    { name: 'duCa', kind: 'flag', description: 'mọi đơn vị được giao đã gửi' },
    { name: 'khac', kind: 'flag', description: 'yêu cầu không phải đăng ký mô hình hay kế hoạch QCDC' },
    { name: 'dvk', kind: 'object', description: 'chỉ có ở yêu cầu đăng ký mô hình "Dân vận khéo"', children: DVK },
    { name: 'qcdc', kind: 'object', description: 'chỉ có ở yêu cầu kế hoạch thực hiện QCDC', children: QCDC },
    { name: 'chuaGui', kind: 'list', description: 'lặp lại cho từng đơn vị quá hạn chưa gửi', children: [
      v('stt', 'số thứ tự'), v('ten', 'tên đơn vị'), v('hanGui', 'hạn của đơn vị, dd/mm/yyyy'), v('dauCau', '";" hoặc "." ở đơn vị cuối'),
    ] },
  ] },
];

/** The wording of the sample letter's figures; a line starting with "# " is printed bold. */
export const DEFAULT_SUMMARY_TEMPLATE = `{{#vanBan}}
Thực hiện {{tenVanBan}} số {{soKyHieu}}{{#ngayBanHanh}} ngày {{ngayBanHanh}}{{/ngayBanHanh}}{{#coQuanBanHanh}} của {{coQuanBanHanh}}{{/coQuanBanHanh}}{{#trichYeu}} về {{trichYeu}}{{/trichYeu}}, {{coQuan}} báo cáo kết quả thực hiện tính đến ngày {{tinhDenNgay}} như sau:
{{/vanBan}}
{{^vanBan}}
{{coQuan}} báo cáo kết quả thực hiện tính đến ngày {{tinhDenNgay}} như sau:
{{/vanBan}}
{{#yeuCau}}
# {{stt}}. {{tieuDe}}
{{#dvk}}
Tính đến ngày {{tinhDenNgay}} đã có {{donVi}}/{{tongDonVi}} chi, đảng bộ cơ sở gửi đăng ký mô hình "Dân vận khéo" năm {{nam}}, với {{tongMoHinh}} mô hình đăng ký, trong đó có {{capKhoi}} mô hình cấp Đảng ủy Khối và {{capCoSo}} mô hình cấp cơ sở: trong đó {{tiepTuc}} mô hình tiếp tục thực hiện từ năm {{namTruoc}} và {{moi}} mô hình đăng ký mới năm {{nam}}.
{{/dvk}}
{{#qcdc}}
Tính đến ngày {{tinhDenNgay}} đã có {{donVi}}/{{tongDonVi}} chi, đảng bộ cơ sở xây dựng kế hoạch thực hiện Quy chế dân chủ ở cơ sở năm {{nam}}.
{{/qcdc}}
{{#khac}}
Tính đến ngày {{tinhDenNgay}} đã có {{daGui}}/{{duocGiao}} đơn vị gửi báo cáo (đúng hạn {{dungHan}}, muộn {{guiMuon}}); hạn gửi {{hanGui}}.
{{/khac}}
{{#coChuaGui}}
Các đơn vị quá hạn chưa gửi ({{soChuaGui}} đơn vị):
{{/coChuaGui}}
{{#chuaGui}}
- {{ten}}{{dauCau}}
{{/chuaGui}}
{{#conHan}}
Còn {{chuaDenHan}} đơn vị chưa gửi, chưa đến hạn (hạn gửi {{hanGui}}).
{{/conHan}}
{{#duCa}}
Tất cả các đơn vị được giao đã gửi.
{{/duCa}}
{{/yeuCau}}
Trên đây là báo cáo kết quả thực hiện của {{coQuan}} tính đến ngày {{tinhDenNgay}}.
`;

/** Counts as official documents write them: two digits at least ("02 mô hình"). */
export const count2 = (n: number): string => String(n).padStart(2, '0');

/** yyyy-mm-dd → dd/mm/yyyy (kept here so domain imports nothing of vn/). */
const ddmmyyyy = (iso: string) => iso.split('-').reverse().join('/');

const dvkOf = (r: SummaryRequirement): TemplateContext | undefined => r.models && {
  donVi: count2(r.submitted), tongDonVi: count2(r.targeted), tongMoHinh: count2(r.models.total), capKhoi: count2(r.models.khoi),
  capCoSo: count2(r.models.coSo), tiepTuc: count2(r.models.coSoContinuing), moi: count2(r.models.coSoNew),
};
const qcdcOf = (r: SummaryRequirement): TemplateContext | undefined =>
  r.kind === 'democracy_plan' ? { donVi: count2(r.submitted), tongDonVi: count2(r.targeted) } : undefined;

function requirementContext(r: SummaryRequirement, i: number): TemplateContext {
  const notSubmitted = r.notSubmitted.length;
  return {
    stt: i + 1, tieuDe: r.title, hanGui: ddmmyyyy(r.deadline), nam: r.year, namTruoc: r.year - 1,
    duocGiao: count2(r.targeted), daGui: count2(r.submitted), dungHan: count2(r.onTime), guiMuon: count2(r.late), quaHan: count2(r.missing),
    chuaDenHan: count2(r.notYetDue), daChapNhan: count2(r.accepted), soChuaGui: count2(notSubmitted), coChuaGui: notSubmitted > 0,
    conHan: r.notYetDue > 0, duCa: r.targeted > 0 && r.submitted === r.targeted,
    khac: r.kind !== 'model_registration' && r.kind !== 'democracy_plan',
    dvk: dvkOf(r), qcdc: qcdcOf(r),
    chuaGui: r.notSubmitted.map((u, j) => ({ stt: j + 1, ten: u.name, hanGui: ddmmyyyy(u.deadline), dauCau: j === notSubmitted - 1 ? '.' : ';' })),
  };
}

/** The template's context from the figures. */
export function summaryContext(f: SummaryFigures): TemplateContext {
  const d = f.document;
  const firstDvk = f.requirements.find((r) => r.models);
  const firstQcdc = f.requirements.find((r) => r.kind === 'democracy_plan');
  return {
    coQuan: f.committee, tinhDenNgay: ddmmyyyy(f.asOf), nam: Number(f.asOf.slice(0, 4)),
    vanBan: d ? { tenVanBan: d.typeName, soKyHieu: d.symbol, ngayBanHanh: d.issuedOn ? ddmmyyyy(d.issuedOn) : '', coQuanBanHanh: d.issuer ?? '', trichYeu: d.subject ?? '' } : undefined,
    dvk: firstDvk && dvkOf(firstDvk), qcdc: firstQcdc && qcdcOf(firstQcdc),
    yeuCau: f.requirements.map(requirementContext),
  };
}

/** Rendered text → paragraphs: blank lines dropped, "# " lines marked as headings. */
export function toParagraphs(text: string): { text: string; heading: boolean }[] {
  return text.split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== '' && l !== '#')
    .map((l) => (l.startsWith('# ') ? { text: l.slice(2).trim(), heading: true } : { text: l, heading: false }));
}

/** Figures for a template preview: the demo committee of the sample letter as of 15/05/2024. */
export const SAMPLE_FIGURES: SummaryFigures = {
  committee: 'Đảng ủy Khối cơ quan và doanh nghiệp tỉnh', asOf: '2024-05-15',
  document: { typeName: 'Công văn', symbol: '1720-CV/ĐUK', issuedOn: '2024-05-22', issuer: 'Ban Thường vụ Đảng ủy Khối', subject: 'triển khai thực hiện một số nhiệm vụ công tác Dân vận' },
  requirements: [
    { kind: 'model_registration', title: 'Đăng ký mô hình "Dân vận khéo" năm 2024', deadline: '2024-04-30', year: 2024, targeted: 74, submitted: 30, onTime: 25, late: 5, missing: 44, notYetDue: 0, accepted: 20,
      models: { total: 133, khoi: 2, coSo: 131, coSoContinuing: 73, coSoNew: 58 }, notSubmitted: [{ name: 'Sở Tư pháp tỉnh Yên Bái', deadline: '2024-04-30' }, { name: 'Thanh tra tỉnh Yên Bái', deadline: '2024-04-30' }] },
    { kind: 'democracy_plan', title: 'Kế hoạch thực hiện Quy chế dân chủ ở cơ sở năm 2024', deadline: '2024-04-30', year: 2024, targeted: 74, submitted: 40, onTime: 38, late: 2, missing: 34, notYetDue: 0, accepted: 30, notSubmitted: [] },
  ],
};
