/** The Part 2 response scale, the result categories and the rater roles (seed 000 D and G.2). */

import type {
  ConclusionCategory,
  NotAssessedLabel,
  RaterRoleRecord,
  ScaleOption,
  SubCompetencyCategory,
} from '../types.js';

/** The Part 2 response scale. The regulation gives no values; `defaultValue` is the project default (DESIGN §2), configurable per battery. */
export const SCALE: readonly ScaleOption[] = [
  {
    id: 'sangat_sesuai',
    order: 1,
    label: 'Sangat sesuai',
    en: 'Strongly agree / very accurate',
    defaultValue: 4,
    source: {
      doc: 'seed000',
      section: 'G.2.c (Penilaian bagian kedua, Gambar 11–12)',
      line: 410,
    },
  },
  {
    id: 'sesuai',
    order: 2,
    label: 'Sesuai',
    en: 'Agree / accurate',
    defaultValue: 3,
    source: {
      doc: 'seed000',
      section: 'G.2.c (Penilaian bagian kedua, Gambar 11–12)',
      line: 410,
    },
  },
  {
    id: 'tidak_sesuai',
    order: 3,
    label: 'Tidak sesuai',
    en: 'Disagree / inaccurate',
    defaultValue: 2,
    source: {
      doc: 'seed000',
      section: 'G.2.c (Penilaian bagian kedua, Gambar 11–12)',
      line: 410,
    },
  },
  {
    id: 'sangat_tidak_sesuai',
    order: 4,
    label: 'Sangat tidak sesuai',
    en: 'Strongly disagree / very inaccurate',
    defaultValue: 1,
    source: {
      doc: 'seed000',
      section: 'G.2.c (Penilaian bagian kedua, Gambar 11–12)',
      line: 410,
    },
  },
];

/** Categories of a sub-competency result (Kategori Penilaian). Bands are scoring configuration (DESIGN §2), not catalogue data. */
export const SUB_COMPETENCY_CATEGORIES: readonly SubCompetencyCategory[] = [
  {
    id: 'sangat_baik',
    rank: 1,
    label: 'Sangat Baik',
    en: 'Very good',
    source: {
      doc: 'seed000',
      section: 'G.2.f Keterangan laporan, 2) Tabel utama — Kategori Penilaian',
      line: 599,
    },
  },
  {
    id: 'baik',
    rank: 2,
    label: 'Baik',
    en: 'Good',
    source: {
      doc: 'seed000',
      section: 'G.2.f Keterangan laporan, 2) Tabel utama — Kategori Penilaian',
      line: 599,
    },
  },
  {
    id: 'sedang',
    rank: 3,
    label: 'Sedang',
    en: 'Fair',
    source: {
      doc: 'seed000',
      section: 'G.2.f Keterangan laporan, 2) Tabel utama — Kategori Penilaian',
      line: 599,
    },
  },
  {
    id: 'kurang',
    rank: 4,
    label: 'Kurang',
    en: 'Poor',
    source: {
      doc: 'seed000',
      section: 'G.2.f Keterangan laporan, 2) Tabel utama — Kategori Penilaian',
      line: 599,
    },
  },
  {
    id: 'sangat_kurang',
    rank: 5,
    label: 'Sangat Kurang',
    en: 'Very poor',
    source: {
      doc: 'seed000',
      section: 'G.2.f Keterangan laporan, 2) Tabel utama — Kategori Penilaian',
      line: 599,
    },
  },
];

/** Categories of the overall conclusion. Only "Berkinerja Sangat Tinggi" is printed in full; the other labels are expanded from the list "Sangat Tinggi, Tinggi, Sedang, Kurang, Sangat Kurang". */
export const CONCLUSION_CATEGORIES: readonly ConclusionCategory[] = [
  {
    id: 'sangat_tinggi',
    rank: 1,
    label: 'Berkinerja Sangat Tinggi',
    labelAsListed: 'Berkinerja Sangat Tinggi',
    en: 'Very high performer',
    verbatimInSource: true,
    source: {
      doc: 'seed000',
      section: 'G.2.f Keterangan laporan, 3) Kesimpulan Evaluasi Kinerja',
      line: 600,
    },
  },
  {
    id: 'tinggi',
    rank: 2,
    label: 'Berkinerja Tinggi',
    labelAsListed: 'Tinggi',
    en: 'High performer',
    verbatimInSource: false,
    source: {
      doc: 'seed000',
      section: 'G.2.f Keterangan laporan, 3) Kesimpulan Evaluasi Kinerja',
      line: 600,
    },
  },
  {
    id: 'sedang',
    rank: 3,
    label: 'Berkinerja Sedang',
    labelAsListed: 'Sedang',
    en: 'Moderate performer',
    verbatimInSource: false,
    source: {
      doc: 'seed000',
      section: 'G.2.f Keterangan laporan, 3) Kesimpulan Evaluasi Kinerja',
      line: 600,
    },
  },
  {
    id: 'kurang',
    rank: 4,
    label: 'Berkinerja Kurang',
    labelAsListed: 'Kurang',
    en: 'Low performer',
    verbatimInSource: false,
    source: {
      doc: 'seed000',
      section: 'G.2.f Keterangan laporan, 3) Kesimpulan Evaluasi Kinerja',
      line: 600,
    },
  },
  {
    id: 'sangat_kurang',
    rank: 5,
    label: 'Berkinerja Sangat Kurang',
    labelAsListed: 'Sangat Kurang',
    en: 'Very low performer',
    verbatimInSource: false,
    source: {
      doc: 'seed000',
      section: 'G.2.f Keterangan laporan, 3) Kesimpulan Evaluasi Kinerja',
      line: 600,
    },
  },
];

/** How the report shows a sub-competency that is not in the battery. */
export const NOT_ASSESSED: NotAssessedLabel = {
  description: 'Subkompetensi ini tidak termasuk dalam penilaian evaluasi kinerja',
  category: '-',
  en: 'Sub-competency not included in this evaluation (shown as "-")',
  source: {
    doc: 'seed000',
    section: 'G.2.f Gambar 22 and 24',
    line: 526,
  },
};

/** The four rater roles of seed 000 D, in the order printed there; ids are `RATER_ROLES` of @evkin/contracts. */
export const RATER_ROLE_RECORDS: readonly RaterRoleRecord[] = [
  {
    id: 'supervisor',
    order: 1,
    label: 'Atasan',
    en: 'Supervisor',
    respondents: 1,
    sourceText: 'Atasan (1 responden)',
    source: {
      doc: 'seed000',
      section: 'D. Rater (Penilai) angka 1',
      line: 121,
    },
  },
  {
    id: 'peer',
    order: 2,
    label: 'Rekan Kerja',
    en: 'Peer / co-worker',
    respondents: 1,
    sourceText: 'Rekan Kerja (1 responden)',
    source: {
      doc: 'seed000',
      section: 'D. Rater (Penilai) angka 2',
      line: 122,
    },
  },
  {
    id: 'service_user',
    order: 3,
    label: 'Pengguna Layanan',
    en: 'Service user / client',
    respondents: 1,
    sourceText: 'Pengguna Layanan (1 responden)',
    source: {
      doc: 'seed000',
      section: 'D. Rater (Penilai) angka 3',
      line: 123,
    },
  },
  {
    id: 'self',
    order: 4,
    label: 'Diri Sendiri',
    en: 'Self',
    respondents: 1,
    sourceText: 'Diri sendiri (Pengantar Kerja dan Petugas Antar Kerja peserta pengembangan kompetensi)',
    source: {
      doc: 'seed000',
      section: 'D. Rater (Penilai) angka 4',
      line: 124,
    },
  },
];
