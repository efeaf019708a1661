import type { Generated, Selectable } from 'kysely';

/** Tables of reports (migration 0007). */
type Timestamp = Date;

export type ReportTemplateKind = 'summary';

export interface ReportTemplateTable {
  id: Generated<number>;
  /** The committee (org_unit of kind dang_uy, or the caller's root unit) whose wording this is. */
  unit_id: number;
  kind: ReportTemplateKind;
  body: string;
  updated_by: number | null;
  created_at: Generated<Timestamp>;
  updated_at: Generated<Timestamp>;
}

export interface ReportTables {
  report_template: ReportTemplateTable;
}

export type ReportTemplateRow = Selectable<ReportTemplateTable>;
