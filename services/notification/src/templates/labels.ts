import type { Language, RaterRole, Target } from '@evkin/contracts';

/** Seed 000 section D's names for the four roles, as the emails show them. */
export const ROLE_LABELS: Record<Language, Record<RaterRole, string>> = {
  id: { self: 'Diri Sendiri', supervisor: 'Atasan', peer: 'Rekan Kerja', service_user: 'Pengguna Layanan' },
  en: { self: 'Self', supervisor: 'Supervisor', peer: 'Peer', service_user: 'Service user' },
};

/** Positions keep their Indonesian names in English too: they are terms of art (docs/glossary.md). */
const TARGET_LABELS: Record<Target, string> = {
  ahli_pertama: 'Pengantar Kerja Ahli Pertama',
  ahli_muda: 'Pengantar Kerja Ahli Muda',
  ahli_madya: 'Pengantar Kerja Ahli Madya',
  ahli_utama: 'Pengantar Kerja Ahli Utama',
  petugas: 'Petugas Antar Kerja',
};

export function targetLabel(target: Target): string {
  return TARGET_LABELS[target];
}

const MONTHS: Record<Language, readonly string[]> = {
  id: ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agu', 'Sep', 'Okt', 'Nov', 'Des'],
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
};

/** Calendar dates (`YYYY-MM-DD…`) are read as written: they are days of the battery, not instants. */
function parts(date: string): { year: string; month: number; day: number } {
  return { year: date.slice(0, 4), month: Number(date.slice(5, 7)) - 1, day: Number(date.slice(8, 10)) };
}

/** "30 Nov 2026". */
export function formatDay(date: string, language: Language): string {
  const { year, month, day } = parts(date);
  return `${day} ${MONTHS[language][month]} ${year}`;
}

/** The battery period as seed 000 Gambar 3 prints it: "Jan-Des 2026", or "Nov 2025-Feb 2026". */
export function formatPeriod(start: string, end: string, language: Language): string {
  const from = parts(start);
  const to = parts(end);
  const months = MONTHS[language];
  if (from.year !== to.year) return `${months[from.month]} ${from.year}-${months[to.month]} ${to.year}`;
  if (from.month === to.month) return `${months[from.month]} ${from.year}`;
  return `${months[from.month]}-${months[to.month]} ${to.year}`;
}

/** Instants as the regulation's documents print them: Western Indonesian Time. */
export function wib(iso: string): string {
  const local = new Date(Date.parse(iso) + 7 * 3600 * 1000).toISOString();
  return `${local.slice(0, 10)} ${local.slice(11, 16)} WIB`;
}
