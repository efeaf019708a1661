import type { Generated, Insertable, Selectable, Updateable } from 'kysely';
import type { DirectingTables } from './schema.directing';
import type { ReminderTables } from './schema.reminders';
import type { FileTables } from './schema.files';
import type { AttachmentTables } from './schema.attachments';

type Timestamp = Date;

export type UnitKind =
  | 'co_quan_cap_tren'
  | 'dang_uy'
  | 'ban'
  | 'dang_bo_co_so'
  | 'chi_bo_co_so'
  | 'chi_bo'
  | 'doan_the';

export type Role = 'admin' | 'staff' | 'leader' | 'unit';

export interface OrgUnitTable {
  id: Generated<number>;
  code: string;
  name: string;
  search_key: string;
  kind: UnitKind;
  parent_id: number | null;
  path: string;
  depth: number;
  active: Generated<boolean>;
  created_at: Generated<Timestamp>;
  updated_at: Generated<Timestamp>;
}

export interface AppUserTable {
  id: Generated<number>;
  username: string;
  full_name: string;
  role: Role;
  unit_id: number;
  password_hash: string;
  must_change_password: Generated<boolean>;
  failed_logins: Generated<number>;
  locked_until: Timestamp | null;
  active: Generated<boolean>;
  last_login_at: Timestamp | null;
  password_changed_at: Generated<Timestamp>;
  created_at: Generated<Timestamp>;
  updated_at: Generated<Timestamp>;
}

export interface UserSessionTable {
  id: Generated<number>;
  user_id: number;
  token_hash: string;
  created_at: Generated<Timestamp>;
  last_seen_at: Generated<Timestamp>;
  expires_at: Timestamp;
  ended_at: Timestamp | null;
}

export interface AuditEventTable {
  id: Generated<string>;
  at: Generated<Timestamp>;
  actor_id: number | null;
  actor_username: string | null;
  action: string;
  entity: string;
  entity_id: string | null;
  before: unknown | null;
  after: unknown | null;
  ip: string | null;
}

export interface DB extends DirectingTables, ReminderTables, FileTables, AttachmentTables {
  org_unit: OrgUnitTable;
  app_user: AppUserTable;
  user_session: UserSessionTable;
  audit_event: AuditEventTable;
  report_template: import('./schema.reports').ReportTemplateTable;
  calendar_feed: import('./schema.calendar').CalendarFeedTable;
  dvk_model_evaluation: import('./schema.models').ModelsTables['dvk_model_evaluation'];
  emulation_criterion: import('./schema.models').ModelsTables['emulation_criterion'];
}

export type OrgUnitRow = Selectable<OrgUnitTable>;
export type NewOrgUnit = Insertable<OrgUnitTable>;
export type OrgUnitUpdate = Updateable<OrgUnitTable>;
export type AppUserRow = Selectable<AppUserTable>;
export type AuditEventRow = Selectable<AuditEventTable>;
