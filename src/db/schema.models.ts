import type { Generated } from 'kysely';

/** Tables of the Dân vận khéo registry's evaluation and of emulation scoring (migration 0010). */

export type Recognition = 'co_so' | 'khoi' | 'tinh';
export type EmulationCriterionKey = 'on_time' | 'accepted' | 'models_registered' | 'models_recognized' | 'qcdc_plan' | 'self_inspection';

export interface DvkModelEvaluationTable {
  model_id: number;
  year: number;
  achieved: boolean;
  score: number | null;
  notes: Generated<string>;
  recognition: Recognition | null;
  evaluated_by: number;
  evaluated_at: Generated<Date>;
}

export interface EmulationCriterionTable {
  committee_unit_id: number;
  year: number;
  key: EmulationCriterionKey;
  weight: number;
  target: Generated<number>;
  enabled: Generated<boolean>;
  updated_by: number;
  updated_at: Generated<Date>;
}

export interface ModelsTables {
  dvk_model_evaluation: DvkModelEvaluationTable;
  emulation_criterion: EmulationCriterionTable;
}
