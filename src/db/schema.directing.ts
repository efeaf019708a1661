import type { ColumnType, Generated, Selectable } from 'kysely';

/**
 * Tables of the directing loop (migration 0002). Date columns are written as 'yyyy-mm-dd' strings and
 * read back with `::text` casts (see requirements.queries.ts), so no driver turns them into midnight UTC.
 */
type Timestamp = Date;
type DateText = ColumnType<string, string, string>;
type Json<T> = ColumnType<T, string, string>;

export type RequirementKind = 'model_registration' | 'democracy_plan' | 'self_inspection' | 'report' | 'checklist';
export type TargetRule = 'all_grassroots' | 'kind' | 'subtree' | 'unit';
export type SubmissionStatus = 'draft' | 'submitted' | 'returned' | 'accepted';
export type ModelLevel = 'khoi' | 'co_so';
export type ModelField = 'kinh_te' | 'van_hoa_xa_hoi' | 'quoc_phong_an_ninh' | 'xay_dung_he_thong_chinh_tri';

export interface DocumentTable {
  id: Generated<number>;
  direction: 'incoming' | 'outgoing';
  number: string | null;
  symbol: string | null;
  symbol_key: string | null;
  type: string | null;
  issuer_unit_id: number | null;
  issuer_name: string | null;
  place: string | null;
  issued_on: DateText | null;
  subject: string;
  recipients: Generated<Json<unknown>>;
  body: Generated<string>;
  search_key: Generated<string>;
  file_sha256: string | null;
  file_name: string | null;
  /**
   * The committee whose register holds the document (migration 0006); a symbol is unique within one register.
   * Generated: an insert that leaves it out gets the creator's committee (trigger document_default_owner).
   */
  owner_unit_id: Generated<number>;
  created_by: number | null;
  created_at: Generated<Timestamp>;
  updated_at: Generated<Timestamp>;
}

export interface DocumentReferenceTable {
  id: Generated<number>;
  document_id: number;
  symbol: string;
  symbol_key: string;
  cited_on: DateText | null;
  issuer_code: string | null;
  title: string | null;
  resolved_document_id: number | null;
}

export interface RequirementTable {
  id: Generated<number>;
  document_id: number | null;
  kind: RequirementKind;
  title: string;
  instructions: Generated<string>;
  deadline: DateText;
  period_from: DateText | null;
  period_to: DateText | null;
  year: number;
  responsible_unit_id: number;
  contact_name: string | null;
  contact_phone: string | null;
  status: Generated<'open' | 'closed'>;
  created_by: number;
  created_at: Generated<Timestamp>;
  updated_at: Generated<Timestamp>;
}

export interface RequirementTargetTable {
  id: Generated<number>;
  requirement_id: number;
  rule: TargetRule;
  kind: string | null;
  unit_id: number;
}

export interface RequirementDeadlineTable {
  requirement_id: number;
  unit_id: number;
  deadline: DateText;
}

export interface SubmissionTable {
  id: Generated<number>;
  requirement_id: number;
  unit_id: number;
  status: Generated<SubmissionStatus>;
  content: Json<unknown>;
  version: Generated<number>;
  first_submitted_at: Timestamp | null;
  submitted_at: Timestamp | null;
  decided_at: Timestamp | null;
  decided_by: number | null;
  created_at: Generated<Timestamp>;
  updated_at: Generated<Timestamp>;
}

export interface SubmissionVersionTable {
  id: Generated<number>;
  submission_id: number;
  version: number;
  content: Json<unknown>;
  submitted_at: Timestamp;
  submitted_by: number;
}

export interface SubmissionCommentTable {
  id: Generated<number>;
  submission_id: number;
  author_id: number;
  body: string;
  created_at: Generated<Timestamp>;
}

export interface DvkModelTable {
  id: Generated<number>;
  unit_id: number;
  name: string;
  name_key: string;
  level: ModelLevel;
  field: ModelField;
  first_year: number;
  created_at: Generated<Timestamp>;
  updated_at: Generated<Timestamp>;
}

export interface DvkModelYearTable {
  model_id: number;
  year: number;
  /** The registration it came from; null for a year imported from a spreadsheet (migration 0010). */
  submission_id: number | null;
  continuing: boolean;
  goals: Generated<string>;
  content_and_method: Generated<string>;
  expected_results: Generated<string>;
  person_in_charge: Generated<string>;
  evaluation: string | null;
  recognized: boolean | null;
}

export interface SteeringMemberTable {
  id: Generated<number>;
  unit_id: number;
  name: string;
  position: Generated<string>;
  committee_role: string;
  since: DateText;
  until: DateText | null;
  submission_id: number;
  submission_version: number;
}

export interface DirectingTables {
  document: DocumentTable;
  document_reference: DocumentReferenceTable;
  requirement: RequirementTable;
  requirement_target: RequirementTargetTable;
  requirement_deadline: RequirementDeadlineTable;
  submission: SubmissionTable;
  submission_version: SubmissionVersionTable;
  submission_comment: SubmissionCommentTable;
  dvk_model: DvkModelTable;
  dvk_model_year: DvkModelYearTable;
  steering_member: SteeringMemberTable;
}

export type RequirementRow = Selectable<RequirementTable>;
export type SubmissionRow = Selectable<SubmissionTable>;
