import { UNIT_KIND_LABELS, UNIT_KINDS } from '../../domain/org-tree';

/** The unit kinds as select options, in the order of the hierarchy. */
export const unitKindOptions = UNIT_KINDS.map((k) => ({ value: k, label: UNIT_KIND_LABELS[k] }));
