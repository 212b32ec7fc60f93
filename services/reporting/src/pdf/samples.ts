/**
 * Sample documents after seed 000's own examples (Gambar 16, 22–24), for tests, the benchmark and
 * trying the templates out. Not used by the service itself.
 */
import { buildActivityProfile, type Category, type Jenjang, type Target } from '@evkin/scoring';
import { assembleReportDocument, type ReportCatalogue } from './assemble.js';
import type { ProofDocument, ReportDocument, ReportParticipant } from './documents.js';

/** Seed 000 Tabel 1 with the report labels and descriptions of Gambar 22 (and their English glosses). */
export const SAMPLE_CATALOGUE: ReportCatalogue = {
  competencies: [
    {
      no: 1,
      name: { id: 'Perencanaan Pelaksanaan Antar Kerja', en: 'Planning of employment-service implementation' },
      subCompetencies: [
        {
          no: 1,
          name: { id: 'Perencanaan Pelaksanaan Antar Kerja', en: 'Employment-service planning' },
          description: null,
        },
      ],
    },
    {
      no: 2,
      name: {
        id: 'Penempatan Tenaga Kerja dan Perluasan Kesempatan Kerja',
        en: 'Job placement and expansion of employment opportunities',
      },
      subCompetencies: [
        {
          no: 2,
          name: { id: 'Analisis Jabatan', en: 'Job analysis' },
          description: {
            id: 'Melakukan analisis jabatan dasar untuk menghasilkan informasi jabatan yang diperlukan dalam perencanaan tenaga kerja.',
            en: 'Perform basic job analysis to produce job information needed for workforce planning.',
          },
        },
        {
          no: 3,
          name: { id: 'Informasi Pasar Kerja', en: 'Labour-market information' },
          description: {
            id: 'Mengumpulkan dan menyebarluaskan informasi pasar kerja (IPK) dasar untuk kebutuhan pencari dan pemberi kerja.',
            en: 'Collect and disseminate basic labour-market information for job seekers and employers.',
          },
        },
        {
          no: 4,
          name: { id: 'Penyuluhan Jabatan', en: 'Occupational information outreach' },
          description: {
            id: 'Memberikan penyuluhan jabatan kepada pencari kerja dengan menggunakan media yang telah disiapkan untuk menyampaikan informasi secara tepat dan sesuai sasaran.',
            en: 'Give occupational information sessions to job seekers using prepared media, accurately and on target.',
          },
        },
        {
          no: 5,
          name: { id: 'Bimbingan Jabatan', en: 'Vocational guidance' },
          description: {
            id: 'Memberikan layanan bimbingan jabatan dasar kepada pencari kerja yang baru masuk ke pasar kerja.',
            en: 'Provide basic vocational guidance to new labour-market entrants.',
          },
        },
        {
          no: 6,
          name: { id: 'Perantara Kerja', en: 'Job brokering' },
          description: {
            id: 'Melaksanakan layanan antar kerja pada skema AKL/AKAD.',
            en: 'Deliver employment services under the local/inter-regional (AKL/AKAD) schemes.',
          },
        },
        {
          no: 7,
          name: { id: 'Layanan Pencari Kerja Khusus', en: 'Services for special job seekers' },
          description: {
            id: 'Memberikan layanan informasi kerja kepada pencari kerja khusus, seperti penyandang disabilitas, korban PHK, atau kelompok rentan lainnya.',
            en: 'Provide job information to special job seekers such as persons with disabilities, laid-off workers or other vulnerable groups.',
          },
        },
        {
          no: 8,
          name: { id: 'Pelayanan Pencari Kerja', en: 'Job-seeker services' },
          description: {
            id: 'Melayani pendaftaran & penerbitan AKL, pencocokan lowongan kerja, serta pengisian dokumen penempatan sesuai prosedur yang berlaku.',
            en: 'Register job seekers, match vacancies and complete placement documents per procedure.',
          },
        },
        {
          no: 9,
          name: { id: 'Pelayanan Pemberi Kerja', en: 'Employer services' },
          description: {
            id: 'Melaksanakan pelayanan dasar kepada pemberi kerja.',
            en: 'Deliver basic services to employers.',
          },
        },
        {
          no: 10,
          name: { id: 'Perluasan Kesempatan Kerja', en: 'Expansion of employment opportunities' },
          description: {
            id: 'Memberikan layanan informasi pelatihan dan layanan informasi kewirausahaan kepada pencari kerja.',
            en: 'Give job seekers information on training and entrepreneurship.',
          },
        },
        {
          no: 11,
          name: { id: 'Job Canvassing', en: 'Job canvassing' },
          description: { id: 'Mengidentifikasi peluang kerja lokal.', en: 'Identify local job opportunities.' },
        },
      ],
    },
    {
      no: 3,
      name: { id: 'Pengendalian Penggunaan Tenaga Kerja Asing', en: 'Control of foreign-worker utilisation' },
      subCompetencies: [
        {
          no: 12,
          name: { id: 'Pengendalian Penggunaan TKA', en: 'Control of foreign-worker utilisation' },
          description: {
            id: 'Melakukan verifikasi administratif terhadap dokumen permintaan TKA untuk memastikan kelengkapan, keabsahan, dan kesesuaian dengan ketentuan peraturan perundangan.',
            en: 'Administratively verify foreign-worker request documents for completeness, validity and legal compliance.',
          },
        },
      ],
    },
    {
      no: 4,
      name: {
        id: 'Pembinaan Kelembagaan dan Sumber Daya Penempatan',
        en: 'Development of placement institutions and resources',
      },
      subCompetencies: [
        {
          no: 13,
          name: { id: 'Pembinaan Kelembagaan', en: 'Institutional development' },
          description: {
            id: 'Melaksanakan identifikasi kelengkapan dokumen kelembagaan penempatan tenaga kerja untuk memastikan kesesuaian dengan ketentuan yang berlaku.',
            en: 'Check completeness of placement-institution documents for regulatory compliance.',
          },
        },
      ],
    },
    {
      no: 5,
      name: {
        id: 'Evaluasi dan Laporan Pelaksanaan Antar Kerja',
        en: 'Evaluation and reporting of employment services',
      },
      subCompetencies: [
        { no: 14, name: { id: 'Evaluasi dan Laporan', en: 'Evaluation and reporting' }, description: null },
      ],
    },
    {
      no: 6,
      name: { id: 'Pengembangan Antar Kerja', en: 'Development of employment services' },
      subCompetencies: [
        { no: 15, name: { id: 'Pengembangan Antar Kerja', en: 'Employment-service development' }, description: null },
      ],
    },
  ],
};

/** Categories of the sample's assessed sub-competencies 2–13 (all five appear). */
const SAMPLE_CATEGORIES: Readonly<Record<number, Category>> = {
  2: 'sangat_baik',
  3: 'sangat_baik',
  4: 'baik',
  5: 'sangat_baik',
  6: 'baik',
  7: 'sedang',
  8: 'sangat_baik',
  9: 'baik',
  10: 'kurang',
  11: 'sangat_baik',
  12: 'sangat_kurang',
  13: 'baik',
};

/** Gambar 23: 13 activities at Ahli Pertama and 2 at Ahli Muda (87% / 13%: Kondisi Kerja Ideal). */
function sampleActivityProfile(jenjang: Jenjang) {
  const activityLevels: Record<string, Jenjang> = {};
  const ticked: string[] = [];
  for (let i = 1; i <= 13; i++) {
    const code = `0${String(i).padStart(2, '0')}`;
    activityLevels[code] = 'ahli_pertama';
    ticked.push(code);
  }
  for (const code of ['030', '031']) {
    activityLevels[code] = 'ahli_muda';
    ticked.push(code);
  }
  return buildActivityProfile({ jenjang, mode: 'self', ticks: { self: ticked }, activityLevels });
}

export interface SampleReportOptions {
  readonly target?: Target;
  readonly participant?: Partial<ReportParticipant>;
  readonly printedAt?: string;
}

/** A report like Gambar 22–23 (Pengantar Kerja Ahli Pertama) or Gambar 24 (`target: 'petugas'`). */
export function sampleReport(options: SampleReportOptions = {}): ReportDocument {
  const target = options.target ?? 'ahli_pertama';
  const petugas = target === 'petugas';
  const participant: ReportParticipant = {
    name: petugas ? 'Muhammad Munir Fauz' : 'Fendy Aycaputa',
    nip: petugas ? null : '199001012020121001',
    unit: petugas ? 'Balai Besar Pelatihan Vokasi dan Produktivitas Banda Aceh' : 'Direktorat Bina Pengantar Kerja',
    target,
    province: petugas ? 'DKI Jakarta' : 'DKI Jakarta',
    regency: petugas ? 'Kota Administrasi Jakarta Barat' : 'Kota Administrasi Jakarta Pusat',
    ...options.participant,
  };
  return assembleReportDocument({
    printedAt: options.printedAt ?? '2025-11-07T01:31:00Z',
    participant,
    battery: {
      name: petugas ? 'Baterai Petugas Antar Kerja 2026' : 'Baterai PK Ahli Pertama 2026',
      programme: 'Simulasi PK 11-06-2025',
    },
    catalogue: SAMPLE_CATALOGUE,
    result: {
      // 1, 14 and 15 are outside the battery (not in the results at all, as for a catalogue row the battery lacks).
      subCompetencies: Object.entries(SAMPLE_CATEGORIES).map(([id, category]) => ({
        subCompetencyId: Number(id),
        status: 'scored' as const,
        mean: 3.5,
        index: 83.3,
        category,
      })),
      conclusion: { category: 'baik', index: 70, scoredCount: 12 },
      activityProfile: target === 'petugas' ? null : sampleActivityProfile(target),
    },
  });
}

/** Gambar 16. */
export function sampleProof(overrides: Partial<ProofDocument> = {}): ProofDocument {
  return {
    printedAt: '2025-11-07T01:31:00Z',
    participant: { name: 'Budi Sutan', unit: 'Direktorat Bina Pengantar Kerja' },
    rater: { role: 'self', name: 'Budi Sutan' },
    competencies: [
      {
        id: '2. Penempatan Tenaga Kerja dan Perluasan Kesempatan Kerja',
        en: '2. Job placement and expansion of employment opportunities',
      },
    ],
    programme: 'Simulasi PK 11-06-2025',
    batteryName: 'Baterai PK Ahli Pertama 2026',
    submittedAt: '2025-11-07T01:31:00Z',
    ...overrides,
  };
}
