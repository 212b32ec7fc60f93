import type { Language } from '@evkin/contracts';
import { WIB_TIME_ZONE } from '../../core/i18n/i18n.service';

/** Catalogue texts come in both languages; English falls back to Indonesian when a text has none. */
export function localized(language: Language, indonesian: string, english: string | null | undefined): string {
  return language === 'en' && english ? english : indonesian;
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A deadline is a calendar date (`2026-12-31`); formatting it in UTC keeps it the same day everywhere.
 * An instant is dated on the WIB calendar, like every time the portal shows.
 */
export function formatDate(locale: string, value: string): string {
  const dateOnly = DATE_ONLY.test(value);
  const date = new Date(dateOnly ? `${value}T00:00:00Z` : value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: dateOnly ? 'UTC' : WIB_TIME_ZONE }).format(
    date,
  );
}
