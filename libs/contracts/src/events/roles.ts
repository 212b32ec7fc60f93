/**
 * The four rater roles of seed 000 section D. Code names are English; the Indonesian terms of the
 * regulation (diri sendiri, atasan, rekan kerja, pengguna layanan) are in docs/glossary.md.
 */
export const RATER_ROLES = ['self', 'supervisor', 'peer', 'service_user'] as const;
export type RaterRole = (typeof RATER_ROLES)[number];

/** The order Halaman Monitoring lists the roles in (seed 000 Gambar 18 and 21): the raters first. */
export const MONITORING_ROLE_ORDER: readonly RaterRole[] = ['supervisor', 'peer', 'self', 'service_user'];

export type Language = 'id' | 'en';
export const LANGUAGES: readonly Language[] = ['id', 'en'];
