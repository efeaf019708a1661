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
