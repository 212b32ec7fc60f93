/** An ASCII file name part from a battery name: Content-Disposition and zip entries stay portable. */
export function slug(text: string, fallback = 'evkin'): string {
  const cleaned = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/g, '');
  return cleaned === '' ? fallback : cleaned;
}

/** The date part of a file name, in WIB (UTC+7, no daylight saving), the directorate's calendar. */
export function wibDate(at: Date): string {
  return new Date(at.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
}
