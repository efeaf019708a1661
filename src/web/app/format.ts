import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc';

dayjs.extend(utc);

/**
 * Times show in Vietnam time (UTC+7, no daylight saving) whatever the browser's zone, as the
 * server's own messages ("thử lại sau 14:54") and its date filters do.
 */
const VN_OFFSET_MINUTES = 7 * 60;
const vn = (iso: string) => dayjs(iso).utcOffset(VN_OFFSET_MINUTES);

/** dd/mm/yyyy, or "—" for nothing. */
export function formatDate(iso: string | null | undefined): string {
  return iso ? vn(iso).format('DD/MM/YYYY') : '—';
}

/** HH:mm dd/mm/yyyy, or "—" for nothing. */
export function formatDateTime(iso: string | null | undefined): string {
  return iso ? vn(iso).format('HH:mm DD/MM/YYYY') : '—';
}

/** A calendar date from the API (`yyyy-mm-dd`) as dd/mm/yyyy, with no time-zone shift; "—" for nothing. */
export function formatDay(isoDate: string | null | undefined): string {
  const m = isoDate ? /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate) : null;
  return m ? `${m[3]}/${m[2]}/${m[1]}` : '—';
}
