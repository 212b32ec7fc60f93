/**
 * The names the report and the exports print for competencies and sub-competencies (seed 000 Tabel 1;
 * report labels and descriptions from the sample report, Gambar 22). Events carry ids only ("sk04");
 * this is reporting's copy of services/assessment/src/catalogue/data/competencies.ts, which holds the sources.
 */

export interface ReportCompetencyText {
  readonly id: string;
  readonly name: string;
  readonly en: string;
}

export interface ReportSubCompetencyText {
  readonly id: string;
  readonly competencyId: string;
  /** The name of Tabel 1 (exports). */
  readonly name: string;
  /** The label of the individual report's table (Gambar 22), sometimes shorter. */
  readonly reportLabel: string;
  readonly en: string;
  readonly description: string | null;
  readonly descriptionEn: string | null;
}

export const REPORT_COMPETENCIES: readonly ReportCompetencyText[] = [
  {
    id: 'k01',
    name: 'Perencanaan Pelaksanaan Antar Kerja',
    en: 'Planning of employment-service (antar kerja) implementation',
  },
  {
    id: 'k02',
    name: 'Penempatan Tenaga Kerja dan Perluasan Kesempatan Kerja',
    en: 'Job placement and expansion of employment opportunities',
  },
  { id: 'k03', name: 'Pengendalian Penggunaan Tenaga Kerja Asing', en: 'Control of foreign-worker (TKA) utilisation' },
  {
    id: 'k04',
    name: 'Pembinaan Kelembagaan dan Sumber Daya Penempatan',
    en: 'Development/supervision of placement institutions and placement resources',
  },
  {
    id: 'k05',
    name: 'Evaluasi dan Laporan Pelaksanaan Antar Kerja',
    en: 'Evaluation and reporting of employment-service implementation',
  },
  { id: 'k06', name: 'Pengembangan Antar Kerja', en: 'Development of employment services' },
];

/** In report order (sk01 … sk15). */
export const REPORT_SUB_COMPETENCIES: readonly ReportSubCompetencyText[] = [
  {
    id: 'sk01',
    competencyId: 'k01',
    name: 'Perencanaan Pelaksanaan Antar Kerja',
    reportLabel: 'Perencanaan Pelaksanaan Antar Kerja',
    en: 'Employment-service planning',
    description: null,
    descriptionEn: null,
  },
  {
    id: 'sk02',
    competencyId: 'k02',
    name: 'Analisis Jabatan',
    reportLabel: 'Analisis Jabatan',
    en: 'Job analysis',
    description:
      'Melakukan analisis jabatan dasar untuk menghasilkan informasi jabatan yang diperlukan dalam perencanaan tenaga kerja.',
    descriptionEn: 'Perform basic job analysis to produce job information needed for workforce planning.',
  },
  {
    id: 'sk03',
    competencyId: 'k02',
    name: 'Informasi Pasar Kerja',
    reportLabel: 'Informasi Pasar Kerja',
    en: 'Labour-market information (LMI)',
    description:
      'Mengumpulkan dan menyebarluaskan informasi pasar kerja (IPK) dasar untuk kebutuhan pencari dan pemberi kerja.',
    descriptionEn: 'Collect and disseminate basic labour-market information for job seekers and employers.',
  },
  {
    id: 'sk04',
    competencyId: 'k02',
    name: 'Penyuluhan Jabatan',
    reportLabel: 'Penyuluhan Jabatan',
    en: 'Occupational/career information outreach',
    description:
      'Memberikan penyuluhan jabatan kepada pencari kerja dengan menggunakan media yang telah disiapkan untuk menyampaikan informasi secara tepat dan sesuai sasaran.',
    descriptionEn:
      'Give occupational information sessions to job seekers using prepared media, accurately and on target.',
  },
  {
    id: 'sk05',
    competencyId: 'k02',
    name: 'Bimbingan Jabatan',
    reportLabel: 'Bimbingan Jabatan',
    en: 'Vocational/career guidance',
    description: 'Memberikan layanan bimbingan jabatan dasar kepada pencari kerja yang baru masuk ke pasar kerja.',
    descriptionEn: 'Provide basic vocational guidance to new labour-market entrants.',
  },
  {
    id: 'sk06',
    competencyId: 'k02',
    name: 'Perantaraan Kerja (AKL, AKAD, AKAN)',
    reportLabel: 'Perantara Kerja',
    en: 'Job brokering/matching (local, inter-regional, international)',
    description: 'Melaksanakan layanan antar kerja pada skema AKL/AKAD.',
    descriptionEn: 'Deliver employment (brokering) services under the local/inter-regional (AKL/AKAD) schemes.',
  },
  {
    id: 'sk07',
    competencyId: 'k02',
    name: 'Tenaga Kerja Khusus',
    reportLabel: 'Layanan Pencari Kerja Khusus',
    en: 'Special-needs workers (e.g. disabled, laid-off, vulnerable)',
    description:
      'Memberikan layanan informasi kerja kepada pencari kerja khusus, seperti penyandang disabilitas, korban PHK, atau kelompok rentan lainnya.',
    descriptionEn:
      'Provide job information to special job seekers such as persons with disabilities, laid-off workers or other vulnerable groups.',
  },
  {
    id: 'sk08',
    competencyId: 'k02',
    name: 'Pelayanan Pencari Kerja',
    reportLabel: 'Pelayanan Pencari Kerja',
    en: 'Job-seeker services',
    description:
      'Melayani pendaftaran & penerbitan AKL, pencocokan lowongan kerja, serta pengisian dokumen penempatan sesuai prosedur yang berlaku.',
    descriptionEn:
      'Register job seekers and issue "AKL" (as written), match vacancies and complete placement documents per procedure.',
  },
  {
    id: 'sk09',
    competencyId: 'k02',
    name: 'Pelayanan Pemberi Kerja',
    reportLabel: 'Pelayanan Pemberi Kerja',
    en: 'Employer services',
    description: 'Melaksanakan pelayanan dasar kepada pemberi kerja.',
    descriptionEn: 'Deliver basic services to employers.',
  },
  {
    id: 'sk10',
    competencyId: 'k02',
    name: 'Perluasan Kesempatan Kerja',
    reportLabel: 'Perluasan Kesempatan Kerja',
    en: 'Employment-opportunity expansion (training/entrepreneurship)',
    description: 'Memberikan layanan informasi pelatihan dan layanan informasi kewirausahaan kepada pencari kerja.',
    descriptionEn: 'Give job seekers information on training and entrepreneurship.',
  },
  {
    id: 'sk11',
    competencyId: 'k02',
    name: 'Job canvassing',
    reportLabel: 'Job Canvassing',
    en: 'Job canvassing (finding vacancies)',
    description: 'Mengidentifikasi peluang kerja lokal.',
    descriptionEn: 'Identify local job opportunities.',
  },
  {
    id: 'sk12',
    competencyId: 'k03',
    name: 'Pengendalian Penggunaan TKA',
    reportLabel: 'Pengendalian Penggunaan TKA',
    en: 'Control of foreign-worker utilisation',
    description:
      'Melakukan verifikasi administratif terhadap dokumen permintaan TKA untuk memastikan kelengkapan, keabsahan, dan kesesuaian dengan ketentuan peraturan perundangan.',
    descriptionEn:
      'Administratively verify foreign-worker request documents for completeness, validity and legal compliance.',
  },
  {
    id: 'sk13',
    competencyId: 'k04',
    name: 'Pembinaan Kelembagaan',
    reportLabel: 'Pembinaan Kelembagaan',
    en: 'Institutional development/supervision of placement agencies',
    description:
      'Melaksanakan identifikasi kelengkapan dokumen kelembagaan penempatan tenaga kerja untuk memastikan kesesuaian dengan ketentuan yang berlaku.',
    descriptionEn: 'Check completeness of placement-institution documents for regulatory compliance.',
  },
  {
    id: 'sk14',
    competencyId: 'k05',
    name: 'Pemantauan, Evaluasi dan Laporan Pelayanan Antar Kerja',
    reportLabel: 'Evaluasi dan Laporan',
    en: 'Monitoring, evaluation and reporting of employment services',
    description: null,
    descriptionEn: null,
  },
  {
    id: 'sk15',
    competencyId: 'k06',
    name: 'Pengembangan Antar Kerja',
    reportLabel: 'Pengembangan Antar Kerja',
    en: 'Employment-service development',
    description: null,
    descriptionEn: null,
  },
];
