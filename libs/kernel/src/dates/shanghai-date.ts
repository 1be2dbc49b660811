// Dates follow Asia/Shanghai (DOMAIN §0): "today" is the date on a county office's wall.
const SHANGHAI = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' });

/** The Asia/Shanghai calendar date of an instant, as YYYY-MM-DD. */
export function shanghaiDate(instant: Date = new Date()): string {
  return SHANGHAI.format(instant);
}
