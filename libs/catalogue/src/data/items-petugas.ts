/**
 * Default Part 2 statements for Petugas Antar Kerja: 2–4 per task group a–g of seed 000 F.2, each mapped to a
 * sub-competency. The source gives no such mapping (its Petugas sample report, Gambar 24, simply shows the
 * Pengantar Kerja table); the mapping is the project's, explained per item in `mappingNote`:
 *
 * - a: Group a (finding, checking, sorting and sharing vacancies) maps to sub-competency 11 Job canvassing: its
 *   description is "Mengidentifikasi peluang kerja lokal", and the Pengantar Kerja activity 011 (identifying
 *   available vacancy information) is mapped to 11 as well.
 * - b: Group b is the labour-market information cycle (collect, process, present, disseminate): sub-competency 3
 *   Informasi Pasar Kerja, whose description is "Mengumpulkan dan menyebarluaskan informasi pasar kerja (IPK)".
 * - c: Group c splits by service: informing about occupations and careers (c.1) is 4 Penyuluhan Jabatan; career
 *   counselling (c.2) is 5 Bimbingan Jabatan; self-employment information (c.3, c.4) is 10 Perluasan Kesempatan
 *   Kerja, whose description covers "layanan informasi kewirausahaan".
 * - d: Group d: proposing candidates to employers and briefing workers before placement (d.1, d.3, d.6, d.7, d.8) is
 *   6 Perantaraan Kerja, as are the Pengantar Kerja activities 035, 036, 038 and 040; CV and interview preparation
 *   (d.2) is individual guidance, 5 Bimbingan Jabatan; introducing job seekers to business communities and
 *   entrepreneurship training (d.5) is 10 Perluasan Kesempatan Kerja.
 * - e: Group e (follow-up of placed workers) maps to 6 Perantaraan Kerja, like the Pengantar Kerja activities 045,
 *   048 and 049 (monitoring placements, solving problems during placement, return). 14 (Pemantauan, Evaluasi dan
 *   Laporan) is the alternative: it is about monitoring the service, not the placed worker.
 * - f: Group f (confirming, visiting and checking vacancies reported by employers, and agreeing changes with them)
 *   is a service to the employer: 9 Pelayanan Pemberi Kerja. 11 Job canvassing is the alternative, but group f
 *   starts from vacancies the employer has already reported.
 * - g: Group g (recording data and reporting to the manpower office) maps to 14 Pemantauan, Evaluasi dan Laporan
 *   Pelayanan Antar Kerja, the reporting sub-competency.
 */

import type { ItemBankItem } from '../types.js';

export const ITEMS_PETUGAS: readonly ItemBankItem[] = [
  {
    id: 'petugas.a.01',
    target: 'petugas',
    subCompetencyId: 'sk11',
    petugasGroupId: 'a',
    text: 'Mencari informasi lowongan pekerjaan di dalam dan luar negeri untuk penempatan tenaga kerja.',
    en: 'Searches for domestic and overseas vacancies for job placement.',
    source: {
      description: false,
      skjIndicatorIds: [],
      activityCodes: [],
      petugasTaskIds: ['a.1'],
    },
    mappingNote:
      'Group a (finding, checking, sorting and sharing vacancies) maps to sub-competency 11 Job canvassing: its description is "Mengidentifikasi peluang kerja lokal", and the Pengantar Kerja activity 011 (identifying available vacancy information) is mapped to 11 as well.',
  },
  {
    id: 'petugas.a.02',
    target: 'petugas',
    subCompetencyId: 'sk11',
    petugasGroupId: 'a',
    text: 'Memverifikasi kebenaran informasi lowongan pekerjaan sebelum disebarkan.',
    en: 'Checks that vacancy information is accurate before sharing it.',
    source: {
      description: false,
      skjIndicatorIds: [],
      activityCodes: [],
      petugasTaskIds: ['a.2'],
    },
    mappingNote:
      'Group a (finding, checking, sorting and sharing vacancies) maps to sub-competency 11 Job canvassing: its description is "Mengidentifikasi peluang kerja lokal", and the Pengantar Kerja activity 011 (identifying available vacancy information) is mapped to 11 as well.',
  },
  {
    id: 'petugas.a.03',
    target: 'petugas',
    subCompetencyId: 'sk11',
    petugasGroupId: 'a',
    text: 'Mengelompokkan lowongan pekerjaan berdasarkan sektor, kualifikasi, jenis pekerjaan, atau wilayah.',
    en: 'Sorts vacancies by sector, qualification, type of work or region.',
    source: {
      description: false,
      skjIndicatorIds: [],
      activityCodes: [],
      petugasTaskIds: ['a.3'],
    },
    mappingNote:
      'Group a (finding, checking, sorting and sharing vacancies) maps to sub-competency 11 Job canvassing: its description is "Mengidentifikasi peluang kerja lokal", and the Pengantar Kerja activity 011 (identifying available vacancy information) is mapped to 11 as well.',
  },
  {
    id: 'petugas.a.04',
    target: 'petugas',
    subCompetencyId: 'sk11',
    petugasGroupId: 'a',
    text: 'Menyebarkan informasi lowongan pekerjaan melalui media luring atau daring.',
    en: 'Shares vacancy information through offline or online media.',
    source: {
      description: false,
      skjIndicatorIds: [],
      activityCodes: [],
      petugasTaskIds: ['a.5'],
    },
    mappingNote:
      'Group a (finding, checking, sorting and sharing vacancies) maps to sub-competency 11 Job canvassing: its description is "Mengidentifikasi peluang kerja lokal", and the Pengantar Kerja activity 011 (identifying available vacancy information) is mapped to 11 as well.',
  },
  {
    id: 'petugas.b.01',
    target: 'petugas',
    subCompetencyId: 'sk03',
    petugasGroupId: 'b',
    text: 'Mengumpulkan data pasar kerja dari pemberi kerja, pencari kerja, dan laporan ketenagakerjaan.',
    en: 'Collects labour-market data from employers, job seekers and employment reports.',
    source: {
      description: false,
      skjIndicatorIds: [],
      activityCodes: [],
      petugasTaskIds: ['b.1'],
    },
    mappingNote:
      'Group b is the labour-market information cycle (collect, process, present, disseminate): sub-competency 3 Informasi Pasar Kerja, whose description is "Mengumpulkan dan menyebarluaskan informasi pasar kerja (IPK)".',
  },
  {
    id: 'petugas.b.02',
    target: 'petugas',
    subCompetencyId: 'sk03',
    petugasGroupId: 'b',
    text: 'Mengolah data pasar kerja menjadi ringkasan atau laporan sederhana yang mudah dipahami.',
    en: 'Turns labour-market data into summaries or simple reports that are easy to understand.',
    source: {
      description: false,
      skjIndicatorIds: [],
      activityCodes: [],
      petugasTaskIds: ['b.3'],
    },
    mappingNote:
      'Group b is the labour-market information cycle (collect, process, present, disseminate): sub-competency 3 Informasi Pasar Kerja, whose description is "Mengumpulkan dan menyebarluaskan informasi pasar kerja (IPK)".',
  },
  {
    id: 'petugas.b.03',
    target: 'petugas',
    subCompetencyId: 'sk03',
    petugasGroupId: 'b',
    text: 'Menyajikan informasi pasar kerja dalam bentuk tabel, grafik, atau infografis.',
    en: 'Presents labour-market information as tables, charts or infographics.',
    source: {
      description: false,
      skjIndicatorIds: [],
      activityCodes: [],
      petugasTaskIds: ['b.4'],
    },
    mappingNote:
      'Group b is the labour-market information cycle (collect, process, present, disseminate): sub-competency 3 Informasi Pasar Kerja, whose description is "Mengumpulkan dan menyebarluaskan informasi pasar kerja (IPK)".',
  },
  {
    id: 'petugas.b.04',
    target: 'petugas',
    subCompetencyId: 'sk03',
    petugasGroupId: 'b',
    text: 'Menyebarkan informasi pasar kerja melalui media yang dapat diakses oleh pemangku kepentingan.',
    en: 'Shares labour-market information through media that stakeholders can access.',
    source: {
      description: false,
      skjIndicatorIds: [],
      activityCodes: [],
      petugasTaskIds: ['b.5'],
    },
    mappingNote:
      'Group b is the labour-market information cycle (collect, process, present, disseminate): sub-competency 3 Informasi Pasar Kerja, whose description is "Mengumpulkan dan menyebarluaskan informasi pasar kerja (IPK)".',
  },
  {
    id: 'petugas.c.01',
    target: 'petugas',
    subCompetencyId: 'sk04',
    petugasGroupId: 'c',
    text: 'Menyampaikan informasi tentang dunia kerja dan jabatan kepada pencari kerja.',
    en: 'Informs job seekers about the world of work and about occupations.',
    source: {
      description: false,
      skjIndicatorIds: [],
      activityCodes: [],
      petugasTaskIds: ['c.1'],
    },
    mappingNote:
      'c.1 (informing job seekers about occupations, the world of work and careers) is information outreach: 4 Penyuluhan Jabatan.',
  },
  {
    id: 'petugas.c.02',
    target: 'petugas',
    subCompetencyId: 'sk04',
    petugasGroupId: 'c',
    text: 'Menyampaikan informasi tentang peluang karier di dalam dan luar negeri kepada pencari kerja.',
    en: 'Informs job seekers about career opportunities at home and abroad.',
    source: {
      description: false,
      skjIndicatorIds: [],
      activityCodes: [],
      petugasTaskIds: ['c.1'],
    },
    mappingNote:
      'c.1 (informing job seekers about occupations, the world of work and careers) is information outreach: 4 Penyuluhan Jabatan.',
  },
  {
    id: 'petugas.c.03',
    target: 'petugas',
    subCompetencyId: 'sk05',
    petugasGroupId: 'c',
    text: 'Memberikan konsultasi kepada pencari kerja tentang pilihan karier dan kesiapan memasuki dunia kerja.',
    en: 'Counsels job seekers on career choices and on their readiness to start work.',
    source: {
      description: false,
      skjIndicatorIds: [],
      activityCodes: [],
      petugasTaskIds: ['c.2'],
    },
    mappingNote: 'c.2 (career counselling of an individual job seeker) is guidance: 5 Bimbingan Jabatan.',
  },
  {
    id: 'petugas.c.04',
    target: 'petugas',
    subCompetencyId: 'sk10',
    petugasGroupId: 'c',
    text: 'Memberikan informasi tentang peluang usaha mandiri kepada pencari kerja yang ingin berwirausaha.',
    en: 'Informs job seekers who want to start a business about self-employment opportunities.',
    source: {
      description: false,
      skjIndicatorIds: [],
      activityCodes: [],
      petugasTaskIds: ['c.3', 'c.4'],
    },
    mappingNote:
      'c.3 and c.4 (self-employment information) fit 10 Perluasan Kesempatan Kerja, whose description covers "layanan informasi kewirausahaan".',
  },
  {
    id: 'petugas.d.01',
    target: 'petugas',
    subCompetencyId: 'sk06',
    petugasGroupId: 'd',
    text: 'Menyampaikan kepada pemberi kerja daftar pencari kerja yang memenuhi kualifikasi lowongan.',
    en: 'Sends employers lists of job seekers who meet the vacancy requirements.',
    source: {
      description: false,
      skjIndicatorIds: [],
      activityCodes: [],
      petugasTaskIds: ['d.1', 'd.3', 'd.6'],
    },
    mappingNote:
      'Proposing qualified candidates to employers is job brokering: 6 Perantaraan Kerja, like the Pengantar Kerja activities 035 and 036. 9 Pelayanan Pemberi Kerja is the alternative.',
  },
  {
    id: 'petugas.d.02',
    target: 'petugas',
    subCompetencyId: 'sk05',
    petugasGroupId: 'd',
    text: 'Membantu pencari kerja mempersiapkan diri untuk melamar kerja, seperti menyusun CV dan berlatih wawancara.',
    en: 'Helps job seekers get ready to apply for jobs, for example by writing a CV or practising interviews.',
    source: {
      description: false,
      skjIndicatorIds: [],
      activityCodes: [],
      petugasTaskIds: ['d.2'],
    },
    mappingNote: 'Getting one job seeker ready to apply is individual guidance: 5 Bimbingan Jabatan.',
  },
  {
    id: 'petugas.d.03',
    target: 'petugas',
    subCompetencyId: 'sk10',
    petugasGroupId: 'd',
    text: 'Mengenalkan pencari kerja kepada komunitas usaha, inkubator bisnis, atau pelatihan kewirausahaan.',
    en: 'Introduces job seekers to business communities, business incubators or entrepreneurship training.',
    source: {
      description: false,
      skjIndicatorIds: [],
      activityCodes: [],
      petugasTaskIds: ['d.5'],
    },
    mappingNote: 'Pathways into entrepreneurship fit 10 Perluasan Kesempatan Kerja.',
  },
  {
    id: 'petugas.d.04',
    target: 'petugas',
    subCompetencyId: 'sk06',
    petugasGroupId: 'd',
    text: 'Memberikan pembekalan kepada tenaga kerja sebelum ditempatkan, termasuk tentang hak, kewajiban, dan isi kontrak kerjanya.',
    en: 'Briefs workers before placement, including on their rights, their duties and the content of their employment contract.',
    source: {
      description: false,
      skjIndicatorIds: [],
      activityCodes: [],
      petugasTaskIds: ['d.7', 'd.8'],
    },
    mappingNote:
      'Pre-placement briefing and explaining the contract are steps of job brokering: 6 Perantaraan Kerja, like the Pengantar Kerja activities 038 and 040.',
  },
  {
    id: 'petugas.e.01',
    target: 'petugas',
    subCompetencyId: 'sk06',
    petugasGroupId: 'e',
    text: 'Menjaga komunikasi dengan tenaga kerja yang telah ditempatkan untuk mengetahui kondisi kerjanya.',
    en: 'Keeps in touch with placed workers to know their working conditions.',
    source: {
      description: false,
      skjIndicatorIds: [],
      activityCodes: [],
      petugasTaskIds: ['e.2'],
    },
    mappingNote:
      'Group e (follow-up of placed workers) maps to 6 Perantaraan Kerja, like the Pengantar Kerja activities 045, 048 and 049 (monitoring placements, solving problems during placement, return). 14 (Pemantauan, Evaluasi dan Laporan) is the alternative: it is about monitoring the service, not the placed worker.',
  },
  {
    id: 'petugas.e.02',
    target: 'petugas',
    subCompetencyId: 'sk06',
    petugasGroupId: 'e',
    text: 'Mengidentifikasi kendala yang dihadapi tenaga kerja setelah ditempatkan.',
    en: 'Identifies the problems workers face after placement.',
    source: {
      description: false,
      skjIndicatorIds: [],
      activityCodes: [],
      petugasTaskIds: ['e.3', 'e.4'],
    },
    mappingNote:
      'Group e (follow-up of placed workers) maps to 6 Perantaraan Kerja, like the Pengantar Kerja activities 045, 048 and 049 (monitoring placements, solving problems during placement, return). 14 (Pemantauan, Evaluasi dan Laporan) is the alternative: it is about monitoring the service, not the placed worker.',
  },
  {
    id: 'petugas.e.03',
    target: 'petugas',
    subCompetencyId: 'sk06',
    petugasGroupId: 'e',
    text: 'Mengoordinasikan penyelesaian masalah tenaga kerja yang telah ditempatkan dengan Dinas Ketenagakerjaan dan pihak terkait.',
    en: "Coordinates the resolution of placed workers' problems with the manpower office and other parties concerned.",
    source: {
      description: false,
      skjIndicatorIds: [],
      activityCodes: [],
      petugasTaskIds: ['e.4', 'e.5'],
    },
    mappingNote:
      'Group e (follow-up of placed workers) maps to 6 Perantaraan Kerja, like the Pengantar Kerja activities 045, 048 and 049 (monitoring placements, solving problems during placement, return). 14 (Pemantauan, Evaluasi dan Laporan) is the alternative: it is about monitoring the service, not the placed worker.',
  },
  {
    id: 'petugas.e.04',
    target: 'petugas',
    subCompetencyId: 'sk06',
    petugasGroupId: 'e',
    text: 'Melaporkan kepada Dinas Ketenagakerjaan kendala atau ketidaksesuaian yang dialami tenaga kerja setelah penempatan.',
    en: 'Reports problems or mismatches that workers experience after placement to the manpower office.',
    source: {
      description: false,
      skjIndicatorIds: [],
      activityCodes: [],
      petugasTaskIds: ['e.1', 'e.2', 'e.3'],
    },
    mappingNote:
      'Group e (follow-up of placed workers) maps to 6 Perantaraan Kerja, like the Pengantar Kerja activities 045, 048 and 049 (monitoring placements, solving problems during placement, return). 14 (Pemantauan, Evaluasi dan Laporan) is the alternative: it is about monitoring the service, not the placed worker.',
  },
  {
    id: 'petugas.f.01',
    target: 'petugas',
    subCompetencyId: 'sk09',
    petugasGroupId: 'f',
    text: 'Mengonfirmasi kepada pemberi kerja keabsahan informasi lowongan pekerjaan, termasuk persyaratan jabatan dan kondisi kerja.',
    en: 'Confirms with the employer that vacancy information is genuine, including job requirements and working conditions.',
    source: {
      description: false,
      skjIndicatorIds: [],
      activityCodes: [],
      petugasTaskIds: ['f.1'],
    },
    mappingNote:
      'Group f (confirming, visiting and checking vacancies reported by employers, and agreeing changes with them) is a service to the employer: 9 Pelayanan Pemberi Kerja. 11 Job canvassing is the alternative, but group f starts from vacancies the employer has already reported.',
  },
  {
    id: 'petugas.f.02',
    target: 'petugas',
    subCompetencyId: 'sk09',
    petugasGroupId: 'f',
    text: 'Mengunjungi lokasi pemberi kerja untuk memastikan kondisi tempat kerja sesuai dengan deskripsi lowongan.',
    en: "Visits the employer's premises to make sure the workplace matches the vacancy description.",
    source: {
      description: false,
      skjIndicatorIds: [],
      activityCodes: [],
      petugasTaskIds: ['f.2'],
    },
    mappingNote:
      'Group f (confirming, visiting and checking vacancies reported by employers, and agreeing changes with them) is a service to the employer: 9 Pelayanan Pemberi Kerja. 11 Job canvassing is the alternative, but group f starts from vacancies the employer has already reported.',
  },
  {
    id: 'petugas.f.03',
    target: 'petugas',
    subCompetencyId: 'sk09',
    petugasGroupId: 'f',
    text: 'Memeriksa apakah lowongan memenuhi standar ketenagakerjaan, seperti gaji, jam kerja, dan perlindungan tenaga kerja.',
    en: 'Checks whether vacancies meet labour standards, such as wages, working hours and worker protection.',
    source: {
      description: false,
      skjIndicatorIds: [],
      activityCodes: [],
      petugasTaskIds: ['f.3'],
    },
    mappingNote:
      'Group f (confirming, visiting and checking vacancies reported by employers, and agreeing changes with them) is a service to the employer: 9 Pelayanan Pemberi Kerja. 11 Job canvassing is the alternative, but group f starts from vacancies the employer has already reported.',
  },
  {
    id: 'petugas.f.04',
    target: 'petugas',
    subCompetencyId: 'sk09',
    petugasGroupId: 'f',
    text: 'Berkoordinasi dengan pemberi kerja untuk menyesuaikan persyaratan lowongan agar sesuai dengan regulasi ketenagakerjaan.',
    en: 'Works with employers to bring vacancy requirements in line with labour regulations.',
    source: {
      description: false,
      skjIndicatorIds: [],
      activityCodes: [],
      petugasTaskIds: ['f.4'],
    },
    mappingNote:
      'Group f (confirming, visiting and checking vacancies reported by employers, and agreeing changes with them) is a service to the employer: 9 Pelayanan Pemberi Kerja. 11 Job canvassing is the alternative, but group f starts from vacancies the employer has already reported.',
  },
  {
    id: 'petugas.g.01',
    target: 'petugas',
    subCompetencyId: 'sk14',
    petugasGroupId: 'g',
    text: 'Mencatat data pencari kerja yang terdaftar secara lengkap dan teratur.',
    en: 'Keeps complete and orderly records of registered job seekers.',
    source: {
      description: false,
      skjIndicatorIds: [],
      activityCodes: [],
      petugasTaskIds: ['g.1'],
    },
    mappingNote:
      'Group g (recording data and reporting to the manpower office) maps to 14 Pemantauan, Evaluasi dan Laporan Pelayanan Antar Kerja, the reporting sub-competency.',
  },
  {
    id: 'petugas.g.02',
    target: 'petugas',
    subCompetencyId: 'sk14',
    petugasGroupId: 'g',
    text: 'Memasukkan data pencari kerja, lowongan kerja, dan penempatan tenaga kerja ke dalam aplikasi Siapkerja.',
    en: 'Enters job-seeker, vacancy and placement data into the Siapkerja application.',
    source: {
      description: false,
      skjIndicatorIds: [],
      activityCodes: [],
      petugasTaskIds: ['g.5'],
    },
    mappingNote:
      'Group g (recording data and reporting to the manpower office) maps to 14 Pemantauan, Evaluasi dan Laporan Pelayanan Antar Kerja, the reporting sub-competency.',
  },
  {
    id: 'petugas.g.03',
    target: 'petugas',
    subCompetencyId: 'sk14',
    petugasGroupId: 'g',
    text: 'Menyusun laporan penempatan tenaga kerja berdasarkan data hasil fasilitasi penempatan.',
    en: 'Writes placement reports from the data on placements they facilitated.',
    source: {
      description: false,
      skjIndicatorIds: [],
      activityCodes: [],
      petugasTaskIds: ['g.3'],
    },
    mappingNote:
      'Group g (recording data and reporting to the manpower office) maps to 14 Pemantauan, Evaluasi dan Laporan Pelayanan Antar Kerja, the reporting sub-competency.',
  },
  {
    id: 'petugas.g.04',
    target: 'petugas',
    subCompetencyId: 'sk14',
    petugasGroupId: 'g',
    text: 'Melaporkan hasil pelaksanaan layanan antar kerja kepada Dinas Ketenagakerjaan secara berkala.',
    en: 'Reports the results of their employment services to the manpower office regularly.',
    source: {
      description: false,
      skjIndicatorIds: [],
      activityCodes: [],
      petugasTaskIds: ['g.4'],
    },
    mappingNote:
      'Group g (recording data and reporting to the manpower office) maps to 14 Pemantauan, Evaluasi dan Laporan Pelayanan Antar Kerja, the reporting sub-competency.',
  },
];
