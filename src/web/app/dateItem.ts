import dayjs, { type Dayjs } from 'dayjs';

/** Shown and typed as dd/mm/yyyy everywhere. */
export const DATE_FORMAT = 'DD/MM/YYYY';

/**
 * Form.Item props that keep a DatePicker's value as the API's ISO `yyyy-mm-dd` string in the form state,
 * so form values are the request body as they stand.
 */
export const isoDateItem = {
  getValueProps: (v?: string | null) => ({ value: v ? dayjs(v) : null }),
  normalize: (d?: Dayjs | null) => (d ? d.format('YYYY-MM-DD') : null),
};

/** The same for a RangePicker holding `[from, to]`. */
export const isoRangeItem = {
  getValueProps: (v?: [string, string] | null) => ({ value: v ? [dayjs(v[0]), dayjs(v[1])] : null }),
  normalize: (r?: [Dayjs | null, Dayjs | null] | null) => (r && r[0] && r[1] ? [r[0].format('YYYY-MM-DD'), r[1].format('YYYY-MM-DD')] : null),
};
