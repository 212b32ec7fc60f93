/** WIB (Waktu Indonesia Barat) is UTC+7 all year: no daylight saving to account for. */
const WIB_OFFSET_MS = 7 * 60 * 60 * 1000;

/**
 * The instant a battery closes: the end of its deadline day in WIB, i.e. the next day at 00:00 +07:00.
 * Links and sessions work while `now < closesAt(deadline)`. `deadline` is a `YYYY-MM-DD` calendar date.
 */
export function closesAt(deadline: string): Date {
  const [year, month, day] = deadline.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + 1) - WIB_OFFSET_MS);
}
