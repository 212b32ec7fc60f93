import type { Instant, LocalizedText, PdfLanguage } from './documents.js';

/**
 * Western Indonesian Time (WIB, Asia/Jakarta) is UTC+7 all year: Indonesia has had no daylight
 * saving time since 1964, so a fixed offset gives the same result as a tz database, without
 * depending on the ICU data of the Node build.
 */
export const WIB_OFFSET_MINUTES = 7 * 60;

const MONTHS: Readonly<Record<PdfLanguage, readonly string[]>> = {
  id: ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agu', 'Sep', 'Okt', 'Nov', 'Des'],
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
};

export class InvalidInstantError extends Error {
  constructor(readonly value: unknown) {
    super(`Not a valid instant: ${String(value)}`);
    this.name = 'InvalidInstantError';
  }
}

function toDate(instant: Instant): Date {
  const date = instant instanceof Date ? instant : new Date(instant);
  if (Number.isNaN(date.getTime())) throw new InvalidInstantError(instant);
  return date;
}

const two = (n: number): string => String(n).padStart(2, '0');

/**
 * An instant as the regulation's documents print it (seed 000 Gambar 16): "07 Nov 2025, 08:31 WIB".
 * English uses English month abbreviations; the zone is WIB in both languages.
 */
export function formatWib(instant: Instant, language: PdfLanguage): string {
  const local = new Date(toDate(instant).getTime() + WIB_OFFSET_MINUTES * 60_000);
  const month = MONTHS[language][local.getUTCMonth()] as string;
  return `${two(local.getUTCDate())} ${month} ${local.getUTCFullYear()}, ${two(local.getUTCHours())}:${two(local.getUTCMinutes())} WIB`;
}

/** The caller's text in the chosen language, falling back to Indonesian. */
export function localized(text: LocalizedText, language: PdfLanguage): string {
  if (typeof text === 'string') return text;
  if (language === 'en' && text.en) return text.en;
  return text.id;
}

/** "2. Analisis Jabatan": the numbered names of the report table. */
export function numbered(no: number, name: string): string {
  return `${no}. ${name}`;
}
