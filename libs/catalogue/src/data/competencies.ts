/**
 * Competencies and sub-competencies. The competency → sub-competency mapping follows Tabel 1 of seed 000 F.1;
 * the sample reports (Gambar 22/24) misalign competency labels 3–5 and were not used for it.
 */

import type { Competency, GlossaryEntry, SubCompetency } from '../types.js';

/** The six competencies (subunsur kompetensi) of seed 000 F.1 / Tabel 1. */
export const COMPETENCIES: readonly Competency[] = [
  {
    id: 'k01',
    no: 1,
    name: 'Perencanaan Pelaksanaan Antar Kerja',
    tableLabel: 'Perencanaan Pelaksanaan Antar Kerja',
    en: 'Planning of employment-service (antar kerja) implementation',
    aliases: [],
    source: {
      doc: 'seed000',
      section: 'F.1 (aspek a–f; Tabel 1)',
      line: 138,
    },
  },
  {
    id: 'k02',
    no: 2,
    name: 'Penempatan Tenaga Kerja dan Perluasan Kesempatan Kerja',
    tableLabel: 'Penempatan Tenaga Kerja dan Perluasan Kesempatan Kerja',
    en: 'Job placement and expansion of employment opportunities',
    aliases: [],
    source: {
      doc: 'seed000',
      section: 'F.1 (aspek a–f; Tabel 1)',
      line: 138,
    },
  },
  {
    id: 'k03',
    no: 3,
    name: 'Pengendalian Penggunaan Tenaga Kerja Asing',
    tableLabel: 'Pengendalian Penggunaan TKA',
    en: 'Control of foreign-worker (TKA) utilisation',
    aliases: ['Pengendalian Penggunaan TKA (seed 000 Tabel 1; seed 001 Pasal 7 huruf c)'],
    source: {
      doc: 'seed000',
      section: 'F.1 (aspek a–f; Tabel 1)',
      line: 138,
    },
  },
  {
    id: 'k04',
    no: 4,
    name: 'Pembinaan Kelembagaan dan Sumber Daya Penempatan',
    tableLabel: 'Pembinaan Kelembagaan dan Sumber Daya Penempatan',
    en: 'Development/supervision of placement institutions and placement resources',
    aliases: [
      'pembinaan kelembagaan dan sumber daya manusia penempatan (seed 001 Pasal 7 huruf d)',
      'Pengendalian Penggunaan Tenaga Kerja (mislabel in the seed 000 sample reports, Gambar 22 and 24)',
    ],
    source: {
      doc: 'seed000',
      section: 'F.1 (aspek a–f; Tabel 1)',
      line: 138,
    },
  },
  {
    id: 'k05',
    no: 5,
    name: 'Evaluasi dan Laporan Pelaksanaan Antar Kerja',
    tableLabel: 'Evaluasi dan Laporan Pelaksanaan Antar Kerja',
    en: 'Evaluation and reporting of employment-service implementation',
    aliases: [],
    source: {
      doc: 'seed000',
      section: 'F.1 (aspek a–f; Tabel 1)',
      line: 138,
    },
  },
  {
    id: 'k06',
    no: 6,
    name: 'Pengembangan Antar Kerja',
    tableLabel: 'Pengembangan Antar Kerja',
    en: 'Development of employment services',
    aliases: [],
    source: {
      doc: 'seed000',
      section: 'F.1 (aspek a–f; Tabel 1)',
      line: 138,
    },
  },
];

/** The 15 sub-competencies of seed 000 Tabel 1, with the "Penjelasan Subkompetensi" of the Ahli Pertama sample report (Gambar 22). */
export const SUB_COMPETENCIES: readonly SubCompetency[] = [
  {
    id: 'sk01',
    no: 1,
    competencyId: 'k01',
    name: 'Perencanaan Pelaksanaan Antar Kerja',
    en: 'Employment-service planning',
    reportLabel: 'Perencanaan Pelaksanaan Antar Kerja',
    description: null,
    descriptionEn: null,
    descriptionSource: null,
    descriptionNote:
      'No description in the source: the sample report (Gambar 22, Ahli Pertama) shows "Subkompetensi ini tidak termasuk dalam penilaian evaluasi kinerja" for this row, because its competency is not measured at Ahli Pertama (F.1 huruf a).',
    source: {
      doc: 'seed000',
      section: 'F.1 Tabel 1',
      line: 172,
    },
  },
  {
    id: 'sk02',
    no: 2,
    competencyId: 'k02',
    name: 'Analisis Jabatan',
    en: 'Job analysis',
    reportLabel: 'Analisis Jabatan',
    description:
      'Melakukan analisis jabatan dasar untuk menghasilkan informasi jabatan yang diperlukan dalam perencanaan tenaga kerja.',
    descriptionEn: 'Perform basic job analysis to produce job information needed for workforce planning.',
    descriptionSource: {
      doc: 'seed000',
      section: 'G.2.f Gambar 22 (laporan individual Pengantar Kerja Ahli Pertama)',
      line: 525,
    },
    descriptionNote:
      'Worded for Ahli Pertama (the only sample report with descriptions); the source gives no per-level descriptions.',
    source: {
      doc: 'seed000',
      section: 'F.1 Tabel 1',
      line: 172,
    },
  },
  {
    id: 'sk03',
    no: 3,
    competencyId: 'k02',
    name: 'Informasi Pasar Kerja',
    en: 'Labour-market information (LMI)',
    reportLabel: 'Informasi Pasar Kerja',
    description:
      'Mengumpulkan dan menyebarluaskan informasi pasar kerja (IPK) dasar untuk kebutuhan pencari dan pemberi kerja.',
    descriptionEn: 'Collect and disseminate basic labour-market information for job seekers and employers.',
    descriptionSource: {
      doc: 'seed000',
      section: 'G.2.f Gambar 22 (laporan individual Pengantar Kerja Ahli Pertama)',
      line: 525,
    },
    descriptionNote:
      'Worded for Ahli Pertama (the only sample report with descriptions); the source gives no per-level descriptions.',
    source: {
      doc: 'seed000',
      section: 'F.1 Tabel 1',
      line: 172,
    },
  },
  {
    id: 'sk04',
    no: 4,
    competencyId: 'k02',
    name: 'Penyuluhan Jabatan',
    en: 'Occupational/career information outreach',
    reportLabel: 'Penyuluhan Jabatan',
    description:
      'Memberikan penyuluhan jabatan kepada pencari kerja dengan menggunakan media yang telah disiapkan untuk menyampaikan informasi secara tepat dan sesuai sasaran.',
    descriptionEn:
      'Give occupational information sessions to job seekers using prepared media, accurately and on target.',
    descriptionSource: {
      doc: 'seed000',
      section: 'G.2.f Gambar 22 (laporan individual Pengantar Kerja Ahli Pertama)',
      line: 525,
    },
    descriptionNote:
      'Worded for Ahli Pertama (the only sample report with descriptions); the source gives no per-level descriptions.',
    source: {
      doc: 'seed000',
      section: 'F.1 Tabel 1',
      line: 172,
    },
  },
  {
    id: 'sk05',
    no: 5,
    competencyId: 'k02',
    name: 'Bimbingan Jabatan',
    en: 'Vocational/career guidance',
    reportLabel: 'Bimbingan Jabatan',
    description: 'Memberikan layanan bimbingan jabatan dasar kepada pencari kerja yang baru masuk ke pasar kerja.',
    descriptionEn: 'Provide basic vocational guidance to new labour-market entrants.',
    descriptionSource: {
      doc: 'seed000',
      section: 'G.2.f Gambar 22 (laporan individual Pengantar Kerja Ahli Pertama)',
      line: 525,
    },
    descriptionNote:
      'Worded for Ahli Pertama (the only sample report with descriptions); the source gives no per-level descriptions.',
    source: {
      doc: 'seed000',
      section: 'F.1 Tabel 1',
      line: 172,
    },
  },
  {
    id: 'sk06',
    no: 6,
    competencyId: 'k02',
    name: 'Perantaraan Kerja (AKL, AKAD, AKAN)',
    en: 'Job brokering/matching (local, inter-regional, international)',
    reportLabel: 'Perantara Kerja',
    description: 'Melaksanakan layanan antar kerja pada skema AKL/AKAD.',
    descriptionEn: 'Deliver employment (brokering) services under the local/inter-regional (AKL/AKAD) schemes.',
    descriptionSource: {
      doc: 'seed000',
      section: 'G.2.f Gambar 22 (laporan individual Pengantar Kerja Ahli Pertama)',
      line: 525,
    },
    descriptionNote:
      'Worded for Ahli Pertama (the only sample report with descriptions); the source gives no per-level descriptions.',
    source: {
      doc: 'seed000',
      section: 'F.1 Tabel 1',
      line: 172,
    },
  },
  {
    id: 'sk07',
    no: 7,
    competencyId: 'k02',
    name: 'Tenaga Kerja Khusus',
    en: 'Special-needs workers (e.g. disabled, laid-off, vulnerable)',
    reportLabel: 'Layanan Pencari Kerja Khusus',
    description:
      'Memberikan layanan informasi kerja kepada pencari kerja khusus, seperti penyandang disabilitas, korban PHK, atau kelompok rentan lainnya.',
    descriptionEn:
      'Provide job information to special job seekers such as persons with disabilities, laid-off workers or other vulnerable groups.',
    descriptionSource: {
      doc: 'seed000',
      section: 'G.2.f Gambar 22 (laporan individual Pengantar Kerja Ahli Pertama)',
      line: 525,
    },
    descriptionNote:
      'Worded for Ahli Pertama (the only sample report with descriptions); the source gives no per-level descriptions.',
    source: {
      doc: 'seed000',
      section: 'F.1 Tabel 1',
      line: 172,
    },
  },
  {
    id: 'sk08',
    no: 8,
    competencyId: 'k02',
    name: 'Pelayanan Pencari Kerja',
    en: 'Job-seeker services',
    reportLabel: 'Pelayanan Pencari Kerja',
    description:
      'Melayani pendaftaran & penerbitan AKL, pencocokan lowongan kerja, serta pengisian dokumen penempatan sesuai prosedur yang berlaku.',
    descriptionEn:
      'Register job seekers and issue "AKL" (as written), match vacancies and complete placement documents per procedure.',
    descriptionSource: {
      doc: 'seed000',
      section: 'G.2.f Gambar 22 (laporan individual Pengantar Kerja Ahli Pertama)',
      line: 525,
    },
    descriptionNote:
      'Gambar 22 (Pengantar Kerja) reads "penerbitan AKL", Gambar 24 (Petugas Antar Kerja) reads "penerbitan AKI"; Gambar 22 is kept verbatim. The intended term is probably the AK/I job-seeker card; the source does not say. Worded for Ahli Pertama (the only sample report with descriptions).',
    source: {
      doc: 'seed000',
      section: 'F.1 Tabel 1',
      line: 172,
    },
  },
  {
    id: 'sk09',
    no: 9,
    competencyId: 'k02',
    name: 'Pelayanan Pemberi Kerja',
    en: 'Employer services',
    reportLabel: 'Pelayanan Pemberi Kerja',
    description: 'Melaksanakan pelayanan dasar kepada pemberi kerja.',
    descriptionEn: 'Deliver basic services to employers.',
    descriptionSource: {
      doc: 'seed000',
      section: 'G.2.f Gambar 22 (laporan individual Pengantar Kerja Ahli Pertama)',
      line: 525,
    },
    descriptionNote:
      'Worded for Ahli Pertama (the only sample report with descriptions); the source gives no per-level descriptions.',
    source: {
      doc: 'seed000',
      section: 'F.1 Tabel 1',
      line: 172,
    },
  },
  {
    id: 'sk10',
    no: 10,
    competencyId: 'k02',
    name: 'Perluasan Kesempatan Kerja',
    en: 'Employment-opportunity expansion (training/entrepreneurship)',
    reportLabel: 'Perluasan Kesempatan Kerja',
    description: 'Memberikan layanan informasi pelatihan dan layanan informasi kewirausahaan kepada pencari kerja.',
    descriptionEn: 'Give job seekers information on training and entrepreneurship.',
    descriptionSource: {
      doc: 'seed000',
      section: 'G.2.f Gambar 22 (laporan individual Pengantar Kerja Ahli Pertama)',
      line: 525,
    },
    descriptionNote:
      'Worded for Ahli Pertama (the only sample report with descriptions); the source gives no per-level descriptions.',
    source: {
      doc: 'seed000',
      section: 'F.1 Tabel 1',
      line: 172,
    },
  },
  {
    id: 'sk11',
    no: 11,
    competencyId: 'k02',
    name: 'Job canvassing',
    en: 'Job canvassing (finding vacancies)',
    reportLabel: 'Job Canvassing',
    description: 'Mengidentifikasi peluang kerja lokal.',
    descriptionEn: 'Identify local job opportunities.',
    descriptionSource: {
      doc: 'seed000',
      section: 'G.2.f Gambar 22 (laporan individual Pengantar Kerja Ahli Pertama)',
      line: 525,
    },
    descriptionNote:
      'Worded for Ahli Pertama (the only sample report with descriptions); the source gives no per-level descriptions.',
    source: {
      doc: 'seed000',
      section: 'F.1 Tabel 1',
      line: 172,
    },
  },
  {
    id: 'sk12',
    no: 12,
    competencyId: 'k03',
    name: 'Pengendalian Penggunaan TKA',
    en: 'Control of foreign-worker utilisation',
    reportLabel: 'Pengendalian Penggunaan TKA',
    description:
      'Melakukan verifikasi administratif terhadap dokumen permintaan TKA untuk memastikan kelengkapan, keabsahan, dan kesesuaian dengan ketentuan peraturan perundangan.',
    descriptionEn:
      'Administratively verify foreign-worker request documents for completeness, validity and legal compliance.',
    descriptionSource: {
      doc: 'seed000',
      section: 'G.2.f Gambar 22 (laporan individual Pengantar Kerja Ahli Pertama)',
      line: 525,
    },
    descriptionNote:
      'Worded for Ahli Pertama (the only sample report with descriptions); the source gives no per-level descriptions.',
    source: {
      doc: 'seed000',
      section: 'F.1 Tabel 1',
      line: 172,
    },
  },
  {
    id: 'sk13',
    no: 13,
    competencyId: 'k04',
    name: 'Pembinaan Kelembagaan',
    en: 'Institutional development/supervision of placement agencies',
    reportLabel: 'Pembinaan Kelembagaan',
    description:
      'Melaksanakan identifikasi kelengkapan dokumen kelembagaan penempatan tenaga kerja untuk memastikan kesesuaian dengan ketentuan yang berlaku.',
    descriptionEn: 'Check completeness of placement-institution documents for regulatory compliance.',
    descriptionSource: {
      doc: 'seed000',
      section: 'G.2.f Gambar 22 (laporan individual Pengantar Kerja Ahli Pertama)',
      line: 525,
    },
    descriptionNote:
      'Worded for Ahli Pertama (the only sample report with descriptions); the source gives no per-level descriptions.',
    source: {
      doc: 'seed000',
      section: 'F.1 Tabel 1',
      line: 172,
    },
  },
  {
    id: 'sk14',
    no: 14,
    competencyId: 'k05',
    name: 'Pemantauan, Evaluasi dan Laporan Pelayanan Antar Kerja',
    en: 'Monitoring, evaluation and reporting of employment services',
    reportLabel: 'Evaluasi dan Laporan',
    description: null,
    descriptionEn: null,
    descriptionSource: null,
    descriptionNote:
      'No description in the source: the sample report (Gambar 22, Ahli Pertama) shows "Subkompetensi ini tidak termasuk dalam penilaian evaluasi kinerja" for this row, because its competency is not measured at Ahli Pertama (F.1 huruf a).',
    source: {
      doc: 'seed000',
      section: 'F.1 Tabel 1',
      line: 172,
    },
  },
  {
    id: 'sk15',
    no: 15,
    competencyId: 'k06',
    name: 'Pengembangan Antar Kerja',
    en: 'Employment-service development',
    reportLabel: 'Pengembangan Antar Kerja',
    description: null,
    descriptionEn: null,
    descriptionSource: null,
    descriptionNote:
      'No description in the source: the sample report (Gambar 22, Ahli Pertama) shows "Subkompetensi ini tidak termasuk dalam penilaian evaluasi kinerja" for this row, because its competency is not measured at Ahli Pertama (F.1 huruf a).',
    source: {
      doc: 'seed000',
      section: 'F.1 Tabel 1',
      line: 172,
    },
  },
];

/** Abbreviations used in the catalogue texts. */
export const GLOSSARY: readonly GlossaryEntry[] = [
  {
    term: 'Antar Kerja',
    en: 'employment services / job intermediation (the Pengantar Kerja job function)',
    source: {
      doc: 'seed000',
      section: 'terms used in F.1, Tabel 1 and G.2.f; expansions from seed 001',
    },
  },
  {
    term: 'AKL',
    en: 'Antar Kerja Lokal - local placement',
    source: {
      doc: 'seed000',
      section: 'terms used in F.1, Tabel 1 and G.2.f; expansions from seed 001',
    },
  },
  {
    term: 'AKAD',
    en: 'Antar Kerja Antar Daerah - inter-regional placement',
    source: {
      doc: 'seed000',
      section: 'terms used in F.1, Tabel 1 and G.2.f; expansions from seed 001',
    },
  },
  {
    term: 'AKAN',
    en: 'Antar Kerja Antar Negara - international placement',
    source: {
      doc: 'seed000',
      section: 'terms used in F.1, Tabel 1 and G.2.f; expansions from seed 001',
    },
  },
  {
    term: 'TKA',
    en: 'Tenaga Kerja Asing - foreign worker',
    source: {
      doc: 'seed000',
      section: 'terms used in F.1, Tabel 1 and G.2.f; expansions from seed 001',
    },
  },
  {
    term: 'RPTKA',
    en: 'Rencana Penggunaan Tenaga Kerja Asing - foreign-worker utilisation plan',
    source: {
      doc: 'seed000',
      section: 'terms used in F.1, Tabel 1 and G.2.f; expansions from seed 001',
    },
  },
  {
    term: 'PMI',
    en: 'Pekerja Migran Indonesia - Indonesian migrant worker',
    source: {
      doc: 'seed000',
      section: 'terms used in F.1, Tabel 1 and G.2.f; expansions from seed 001',
    },
  },
  {
    term: 'P3MI',
    en: 'Perusahaan Penempatan Pekerja Migran Indonesia - migrant-worker placement company',
    source: {
      doc: 'seed000',
      section: 'terms used in F.1, Tabel 1 and G.2.f; expansions from seed 001',
    },
  },
  {
    term: 'IPK',
    en: 'Informasi Pasar Kerja - labour-market information',
    source: {
      doc: 'seed000',
      section: 'terms used in F.1, Tabel 1 and G.2.f; expansions from seed 001',
    },
  },
  {
    term: 'PHK',
    en: 'Pemutusan Hubungan Kerja - dismissal/lay-off',
    source: {
      doc: 'seed000',
      section: 'terms used in F.1, Tabel 1 and G.2.f; expansions from seed 001',
    },
  },
  {
    term: 'PPTKS',
    en: 'Perusahaan Penempatan Tenaga Kerja Swasta - private placement agency',
    source: {
      doc: 'seed000',
      section: 'terms used in F.1, Tabel 1 and G.2.f; expansions from seed 001',
    },
  },
  {
    term: 'P3RT',
    en: 'Perusahaan Penempatan Pekerja Rumah Tangga - domestic-worker placement company',
    source: {
      doc: 'seed000',
      section: 'terms used in F.1, Tabel 1 and G.2.f; expansions from seed 001',
    },
  },
  {
    term: 'BKK',
    en: 'Bursa Kerja Khusus - special job exchange (e.g. at schools)',
    source: {
      doc: 'seed000',
      section: 'terms used in F.1, Tabel 1 and G.2.f; expansions from seed 001',
    },
  },
  {
    term: 'SKJ',
    en: 'Standar Kompetensi Jabatan - job competency standard',
    source: {
      doc: 'seed000',
      section: 'terms used in F.1, Tabel 1 and G.2.f; expansions from seed 001',
    },
  },
];
