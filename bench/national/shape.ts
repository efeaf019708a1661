import { childPath, depthOf } from '../../src/domain/org-tree';
import type { UnitKind } from '../../src/db/schema';

/**
 * The shape of a SYNTHETIC national hierarchy for scale tests (pure, deterministic from a seed):
 * one central root and its board → the 34 provinces and cities of the 2025 reorganisation (real names,
 * approximate commune counts) → per province its board, the commune-level committees and the agency
 * committees → grassroots organisations → cells. Every name below the province is ILLUSTRATIVE.
 */

/** Every account of the synthetic country has this password (one precomputed hash in scripts/gen-national.ts). */
export const NATIONAL_PASSWORD = 'quocgia-2026';

/** mulberry32: a tiny seeded PRNG, so the same seed gives the same country. */
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

/** [name, is a centrally-run city, commune-level units (approximate, 3,321 in all in 2025)]. */
export const PROVINCES: readonly [string, boolean, number][] = [
  ['Hà Nội', true, 126], ['Huế', true, 40], ['Hải Phòng', true, 114], ['Đà Nẵng', true, 94], ['Hồ Chí Minh', true, 168], ['Cần Thơ', true, 103],
  ['Lai Châu', false, 38], ['Điện Biên', false, 45], ['Sơn La', false, 75], ['Lạng Sơn', false, 65], ['Quảng Ninh', false, 54],
  ['Thanh Hóa', false, 166], ['Nghệ An', false, 130], ['Hà Tĩnh', false, 69], ['Cao Bằng', false, 56], ['Tuyên Quang', false, 124],
  ['Lào Cai', false, 99], ['Thái Nguyên', false, 92], ['Phú Thọ', false, 148], ['Bắc Ninh', false, 99], ['Hưng Yên', false, 104],
  ['Ninh Bình', false, 129], ['Quảng Trị', false, 78], ['Quảng Ngãi', false, 96], ['Gia Lai', false, 135], ['Khánh Hòa', false, 65],
  ['Lâm Đồng', false, 124], ['Đắk Lắk', false, 102], ['Đồng Nai', false, 95], ['Tây Ninh', false, 96], ['Vĩnh Long', false, 124],
  ['Đồng Tháp', false, 102], ['Cà Mau', false, 64], ['An Giang', false, 102],
];

const AGENCIES = ['Đảng ủy các cơ quan Đảng', 'Đảng ủy Ủy ban nhân dân', 'Đảng ủy Công an', 'Đảng ủy Quân sự', 'Đảng ủy Mặt trận Tổ quốc, các đoàn thể'];
const PLACE = ['Tân', 'Phú', 'Hòa', 'Bình', 'An', 'Thạnh', 'Long', 'Phước', 'Hưng', 'Thuận', 'Đông', 'Tây', 'Nam', 'Bắc', 'Trung', 'Quang',
  'Minh', 'Hồng', 'Thành', 'Lộc', 'Xuân', 'Hải', 'Sơn', 'Hiệp', 'Vĩnh', 'Định', 'Mỹ', 'Lợi', 'Thắng', 'Nghĩa'];
const COMMUNE_GRASSROOTS = ['Công an', 'Quân sự', 'Trường Mầm non', 'Trường Tiểu học', 'Trường Trung học cơ sở', 'Trạm Y tế', 'Hợp tác xã nông nghiệp', 'Trường Trung học phổ thông'];
const AGENCY_GRASSROOTS = ['Văn phòng', 'Sở', 'Ban', 'Trung tâm', 'Bệnh viện', 'Công ty', 'Trường', 'Phòng', 'Cục', 'Chi cục'];
const CELL = ['thôn', 'khu phố', 'ấp', 'tổ dân phố', 'bản'];

export interface ShapeUnit {
  id: number;
  code: string;
  name: string;
  kind: UnitKind;
  parentId: number | null;
  path: string;
  depth: number;
  /** Index of the province in PROVINCES; -1 for the central units. */
  province: number;
}

export interface NationalShape {
  units: ShapeUnit[];
  /** Per province: its committee id, its board id (where its staff work), its grassroots ids. */
  provinces: { index: number; name: string; committeeId: number; boardId: number; grassroots: number[] }[];
  rootId: number;
  centralBoardId: number;
}

/** Builds the whole tree with ids 1…n, paths as units.queries writes them ('/1/7/123/'). */
export function nationalShape(seed = 2025): NationalShape {
  const rnd = prng(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
  const units: ShapeUnit[] = [];
  const add = (code: string, name: string, kind: UnitKind, parent: ShapeUnit | null, province: number): ShapeUnit => {
    const id = units.length + 1;
    const path = childPath(parent?.path ?? null, id);
    const u = { id, code, name, kind, parentId: parent?.id ?? null, path, depth: depthOf(path), province };
    units.push(u);
    return u;
  };
  /** A grassroots organisation; a đảng bộ cơ sở gets cells, a chi bộ cơ sở none. */
  const grassroots = (parent: ShapeUnit, code: string, name: string, p: number, into: number[]) => {
    const isDangBo = rnd() < 0.4;
    const g = add(code, `${isDangBo ? 'Đảng bộ' : 'Chi bộ'} ${name}`, isDangBo ? 'dang_bo_co_so' : 'chi_bo_co_so', parent, p);
    into.push(g.id);
    if (isDangBo) for (let c = 1, n = int(2, 5); c <= n; c++) add(`${code}.c${c}`, `Chi bộ ${CELL[int(0, CELL.length - 1)]} ${c}`, 'chi_bo', g, p);
  };
  const root = add('tw', 'Ban Chấp hành Trung ương Đảng', 'co_quan_cap_tren', null, -1);
  const centralBoard = add('tw.btgdv', 'Ban Tuyên giáo và Dân vận Trung ương', 'ban', root, -1);
  const provinces: NationalShape['provinces'] = [];
  PROVINCES.forEach(([name, city, communes], p) => {
    const pc = `p${String(p + 1).padStart(2, '0')}`;
    const committee = add(pc, `Đảng bộ ${city ? 'thành phố' : 'tỉnh'} ${name}`, 'dang_uy', root, p);
    const board = add(`${pc}.btgdv`, `Ban Tuyên giáo và Dân vận ${city ? 'Thành ủy' : 'Tỉnh ủy'} ${name}`, 'ban', committee, p);
    const ids: number[] = [];
    for (let x = 1; x <= communes; x++) {
      const ward = rnd() < (city ? 0.7 : 0.12);
      const place = `${PLACE[int(0, PLACE.length - 1)]} ${PLACE[int(0, PLACE.length - 1)]}`;
      const commune = add(`${pc}.x${x}`, `Đảng ủy ${ward ? 'phường' : 'xã'} ${place}`, 'dang_uy', committee, p);
      for (let g = 1, n = int(2, 7); g <= n; g++) grassroots(commune, `${pc}.x${x}.g${g}`, `${COMMUNE_GRASSROOTS[g - 1]} ${ward ? 'phường' : 'xã'} ${place}`, p, ids);
    }
    AGENCIES.forEach((agency, a) => {
      const committeeOf = add(`${pc}.a${a + 1}`, `${agency} ${city ? 'thành phố' : 'tỉnh'} ${name}`, 'dang_uy', committee, p);
      for (let g = 1, n = int(15, 45); g <= n; g++) grassroots(committeeOf, `${pc}.a${a + 1}.g${g}`, `${AGENCY_GRASSROOTS[g % AGENCY_GRASSROOTS.length]} số ${g} (${name})`, p, ids);
    });
    provinces.push({ index: p, name, committeeId: committee.id, boardId: board.id, grassroots: ids });
  });
  return { units, provinces, rootId: root.id, centralBoardId: centralBoard.id };
}
