/**
 * The regulation catalogue as the portal and the console read it (seed 000 F, seed 001 Lampiran II),
 * and the editable Part 2 item bank. The full, sourced data lives in libs/catalogue.
 */

/** The four levels (jenjang) of the Pengantar Kerja position, lowest first. */
export const JENJANG = ['ahli_pertama', 'ahli_muda', 'ahli_madya', 'ahli_utama'] as const;
export type Jenjang = (typeof JENJANG)[number];

/** Who a battery evaluates: a Pengantar Kerja of one level, or a Petugas Antar Kerja (no level). */
export const TARGETS = [...JENJANG, 'petugas'] as const;
export type Target = (typeof TARGETS)[number];

export interface CatalogueView {
  competencies: { id: string; no: number; name: string; en: string }[];
  subCompetencies: {
    id: string;
    no: number;
    competencyId: string;
    name: string;
    en: string;
    description: string | null;
    descriptionEn: string | null;
  }[];
  levels: { id: Jenjang; order: number; name: string; en: string; measuredSubCompetencyIds: string[] }[];
  /** The 80 Pengantar Kerja activities (Part 1 of a Pengantar Kerja battery). */
  activities: { code: string; competencyId: string; jenjang: Jenjang; text: string; en: string; output: string }[];
  /** The Petugas Antar Kerja task list a–g (Part 1 of a Petugas Antar Kerja battery). */
  petugasTaskGroups: { id: string; title: string; en: string }[];
  petugasTasks: { id: string; groupId: string; text: string; en: string }[];
  /** The Part 2 answer scale, best first, with the default item values (DESIGN §2). */
  scale: { id: string; label: string; en: string; value: number }[];
}

export type ItemOrigin = 'catalogue' | 'admin';

/** A Part 2 statement of the item bank. Catalogue items keep their ids; admins' items get `custom.<uuid>`. */
export interface BankItem {
  id: string;
  target: Target;
  subCompetencyId: string;
  text: string;
  en: string;
  origin: ItemOrigin;
  active: boolean;
  /** What a catalogue item was written from (description, SKJ indicators, activities, Petugas tasks). */
  source: {
    description: boolean;
    skjIndicatorIds: string[];
    activityCodes: string[];
    petugasTaskIds: string[];
  } | null;
  updatedAt: string;
}

export interface BankItemInput {
  target: Target;
  subCompetencyId: string;
  text: string;
  en: string;
}

export interface BankItemUpdate {
  text?: string;
  en?: string;
  active?: boolean;
}

export interface BankItemQuery {
  target?: Target;
  subCompetencyId?: string;
  includeInactive?: boolean;
}
