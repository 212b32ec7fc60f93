/**
 * The task list of the Petugas Antar Kerja (seed 000 F.2, after Kepdirjen 3/95/PK.01.02/VI/2025): groups a–g,
 * 37 tasks. `textVerbatim` is exact; `text` drops only the trailing "; dan" / ";" / ".".
 */

import type { PetugasTask, PetugasTaskGroup } from '../types.js';

export const PETUGAS_TASK_GROUPS: readonly PetugasTaskGroup[] = [
  {
    id: 'a',
    title: 'Mencari, mengolah, dan menyebarkan informasi lowongan pekerjaan',
    titleVerbatim: 'Mencari, mengolah, dan menyebarkan informasi lowongan pekerjaan, antara lain:',
    en: 'Find, process and disseminate job-vacancy information',
    source: {
      doc: 'seed000',
      section: 'F.2 huruf a',
      line: 200,
    },
  },
  {
    id: 'b',
    title: 'Mengumpulkan, menyusun, mengolah, menyajikan, dan menyebarkan data informasi pasar kerja',
    titleVerbatim:
      'Mengumpulkan, menyusun, mengolah, menyajikan, dan menyebarkan data informasi pasar kerja, antara lain:',
    en: 'Collect, compile, process, present and disseminate labour-market information',
    source: {
      doc: 'seed000',
      section: 'F.2 huruf b',
      line: 206,
    },
  },
  {
    id: 'c',
    title:
      'Memberikan informasi kepada pencari kerja dan masyarakat mengenai jabatan, karier, dunia kerja, dan pekerjaan',
    titleVerbatim:
      'Memberikan informasi kepada pencari kerja dan masyarakat mengenai jabatan, karier, dunia kerja, dan pekerjaan, antara lain:',
    en: 'Inform job seekers and the public about occupations, careers, the world of work and jobs',
    source: {
      doc: 'seed000',
      section: 'F.2 huruf c',
      line: 212,
    },
  },
  {
    id: 'd',
    title: 'Mempromosikan Pencari Kerja kepada Pemberi Kerja serta memfasilitasi peluang di luar hubungan kerja',
    titleVerbatim:
      'Mempromosikan Pencari Kerja kepada Pemberi Kerja serta memfasilitasi peluang di luar hubungan kerja, antara lain:',
    en: 'Promote job seekers to employers and facilitate opportunities outside employment relationships',
    source: {
      doc: 'seed000',
      section: 'F.2 huruf d',
      line: 218,
    },
  },
  {
    id: 'e',
    title: 'Melakukan monitoring dan evaluasi penempatan Tenaga Kerja',
    titleVerbatim: 'Melakukan monitoring dan evaluasi penempatan Tenaga Kerja antara lain:',
    en: 'Monitor and evaluate worker placements',
    source: {
      doc: 'seed000',
      section: 'F.2 huruf e',
      line: 228,
    },
  },
  {
    id: 'f',
    title: 'Melakukan kunjungan lapangan dan/atau menganalisis lowongan pekerjaan yang dilaporkan oleh Pemberi Kerja',
    titleVerbatim:
      'Melakukan kunjungan lapangan dan/atau menganalisis lowongan pekerjaan yang dilaporkan oleh Pemberi Kerja, antara lain:',
    en: 'Conduct field visits to and/or analyse vacancies reported by employers',
    source: {
      doc: 'seed000',
      section: 'F.2 huruf f',
      line: 235,
    },
  },
  {
    id: 'g',
    title:
      'Memberikan laporan data Pencari Kerja, informasi lowongan kerja, dan penempatan Tenaga Kerja kepada Dinas Provinsi atau Dinas Kabupaten/Kota',
    titleVerbatim:
      'Memberikan laporan data Pencari Kerja, informasi lowongan kerja, dan penempatan Tenaga Kerja kepada Dinas Provinsi atau Dinas Kabupaten/Kota, antara lain:',
    en: 'Report job-seeker, vacancy and placement data to the provincial or district/city manpower office',
    source: {
      doc: 'seed000',
      section: 'F.2 huruf g',
      line: 240,
    },
  },
];

export const PETUGAS_TASKS: readonly PetugasTask[] = [
  {
    id: 'a.1',
    groupId: 'a',
    no: 1,
    text: 'Mencari informasi lowongan pekerjaan untuk penempatan tenaga kerja baik peluang kerja di dalam dan luar negeri',
    textVerbatim:
      'Mencari informasi lowongan pekerjaan untuk penempatan tenaga kerja baik peluang kerja di dalam dan luar negeri;',
    en: 'Search for vacancies for domestic and overseas placement',
    note: null,
    source: {
      doc: 'seed000',
      section: 'F.2 huruf a angka 1',
      line: 201,
    },
  },
  {
    id: 'a.2',
    groupId: 'a',
    no: 2,
    text: 'Memverifikasi dan memperbarui informasi lowongan pekerjaan agar sesuai dengan kebutuhan pencari kerja',
    textVerbatim:
      'Memverifikasi dan memperbarui informasi lowongan pekerjaan agar sesuai dengan kebutuhan pencari kerja;',
    en: "Verify and update vacancy information to fit job seekers' needs",
    note: null,
    source: {
      doc: 'seed000',
      section: 'F.2 huruf a angka 2',
      line: 202,
    },
  },
  {
    id: 'a.3',
    groupId: 'a',
    no: 3,
    text: 'Mengklasifikasikan lowongan pekerjaan, dapat berdasarkan sektor industri, kualifikasi pendidikan, kualifikasi keahlian, jenis pekerjaan, dan wilayah',
    textVerbatim:
      'Mengklasifikasikan lowongan pekerjaan, dapat berdasarkan sektor industri, kualifikasi pendidikan, kualifikasi keahlian, jenis pekerjaan, dan wilayah;',
    en: 'Classify vacancies by sector, education, skills, job type and region',
    note: null,
    source: {
      doc: 'seed000',
      section: 'F.2 huruf a angka 3',
      line: 203,
    },
  },
  {
    id: 'a.4',
    groupId: 'a',
    no: 4,
    text: 'Menyesuaikan informasi lowongan dengan format standar yang mudah dipahami oleh pencari kerja',
    textVerbatim: 'Menyesuaikan informasi lowongan dengan format standar yang mudah dipahami oleh pencari kerja; dan',
    en: 'Put vacancy information into an easy standard format',
    note: null,
    source: {
      doc: 'seed000',
      section: 'F.2 huruf a angka 4',
      line: 204,
    },
  },
  {
    id: 'a.5',
    groupId: 'a',
    no: 5,
    text: 'Menyebarkan informasi lowongan pekerjaan melalui berbagai media luring atau daring',
    textVerbatim: 'Menyebarkan informasi lowongan pekerjaan melalui berbagai media luring atau daring.',
    en: 'Disseminate vacancies through offline or online media',
    note: null,
    source: {
      doc: 'seed000',
      section: 'F.2 huruf a angka 5',
      line: 205,
    },
  },
  {
    id: 'b.1',
    groupId: 'b',
    no: 1,
    text: 'Mengumpulkan data informasi pasar kerja dari berbagai sumber, baik dari pemberi kerja, pencari kerja, dan laporan ketenagakerjaan',
    textVerbatim:
      'Mengumpulkan data informasi pasar kerja dari berbagai sumber, baik dari pemberi kerja, pencari kerja, dan laporan ketenagakerjaan;',
    en: 'Collect LMI from employers, job seekers and labour reports',
    note: null,
    source: {
      doc: 'seed000',
      section: 'F.2 huruf b angka 1',
      line: 207,
    },
  },
  {
    id: 'b.2',
    groupId: 'b',
    no: 2,
    text: 'Menyusun data yang telah dikumpulkan agar diteliti berdasarkan sektor industri, kualifikasi pendidikan, kualifikasi keahlian, jenis pekerjaan, dan wilayah',
    textVerbatim:
      'Menyusun data yang telah dikumpulkan agar diteliti berdasarkan sektor industri, kualifikasi pendidikan, kualifikasi keahlian, jenis pekerjaan, dan wilayah;',
    en: 'Organise collected data by sector, education, skills, job type and region',
    note: null,
    source: {
      doc: 'seed000',
      section: 'F.2 huruf b angka 2',
      line: 208,
    },
  },
  {
    id: 'b.3',
    groupId: 'b',
    no: 3,
    text: 'Mengolah data menjadi ringkasan atau laporan sederhana yang mudah dipahami',
    textVerbatim: 'Mengolah data menjadi ringkasan atau laporan sederhana yang mudah dipahami;',
    en: 'Process data into simple summaries or reports',
    note: null,
    source: {
      doc: 'seed000',
      section: 'F.2 huruf b angka 3',
      line: 209,
    },
  },
  {
    id: 'b.4',
    groupId: 'b',
    no: 4,
    text: 'Menyajikan informasi pasar kerja dalam berbagai format, seperti tabel, grafik, atau info grafis, agar lebih mudah dibaca oleh pencari kerja dan pemberi kerja',
    textVerbatim:
      'Menyajikan informasi pasar kerja dalam berbagai format, seperti tabel, grafik, atau info grafis, agar lebih mudah dibaca oleh pencari kerja dan pemberi kerja; dan',
    en: 'Present LMI as tables, charts or infographics',
    note: null,
    source: {
      doc: 'seed000',
      section: 'F.2 huruf b angka 4',
      line: 210,
    },
  },
  {
    id: 'b.5',
    groupId: 'b',
    no: 5,
    text: 'Menyebarkan informasi pasar kerja melalui berbagai media agar dapat diakses oleh pemangku kepentingan',
    textVerbatim:
      'Menyebarkan informasi pasar kerja melalui berbagai media agar dapat diakses oleh pemangku kepentingan.',
    en: 'Disseminate LMI through various media to stakeholders',
    note: null,
    source: {
      doc: 'seed000',
      section: 'F.2 huruf b angka 5',
      line: 211,
    },
  },
  {
    id: 'c.1',
    groupId: 'c',
    no: 1,
    text: 'Menyampaikan informasi terkait dunia kerja, jabatan, dan peluang karier baik di dalam dan luar negeri kepada pencari kerja',
    textVerbatim:
      'Menyampaikan informasi terkait dunia kerja, jabatan, dan peluang karier baik di dalam dan luar negeri kepada pencari kerja;',
    en: 'Inform job seekers about the world of work, occupations and domestic/overseas career opportunities',
    note: null,
    source: {
      doc: 'seed000',
      section: 'F.2 huruf c angka 1',
      line: 213,
    },
  },
  {
    id: 'c.2',
    groupId: 'c',
    no: 2,
    text: 'Memberikan layanan konsultasi kepada pencari kerja mengenai pilihan karier dan kesiapan memasuki dunia kerja',
    textVerbatim:
      'Memberikan layanan konsultasi kepada pencari kerja mengenai pilihan karier dan kesiapan memasuki dunia kerja;',
    en: 'Counsel job seekers on career choices and work readiness',
    note: null,
    source: {
      doc: 'seed000',
      section: 'F.2 huruf c angka 2',
      line: 215,
    },
  },
  {
    id: 'c.3',
    groupId: 'c',
    no: 3,
    text: 'Memberikan informasi mengenai peluang usaha mandiri dan ekonomi kreatif bagi pencari kerja yang ingin berwirausaha',
    textVerbatim:
      'Memberikan informasi mengenai peluang usaha mandiri dan ekonomi kreatif bagi pencari kerja yang ingin berwirausaha; dan',
    en: 'Inform would-be entrepreneurs about self-employment and creative-economy opportunities',
    note: null,
    source: {
      doc: 'seed000',
      section: 'F.2 huruf c angka 3',
      line: 216,
    },
  },
  {
    id: 'c.4',
    groupId: 'c',
    no: 4,
    text: 'Membantu pencari kerja dan masyarakat pelatihan mengakses keterampilan usaha dan permodalan',
    textVerbatim: 'Membantu pencari kerja dan masyarakat pelatihan mengakses keterampilan usaha dan permodalan.',
    en: 'Help job seekers and the public access business-skills training and capital',
    note: 'Printed "pencari kerja dan masyarakat pelatihan mengakses keterampilan usaha dan permodalan" (as in the source).',
    source: {
      doc: 'seed000',
      section: 'F.2 huruf c angka 4',
      line: 217,
    },
  },
  {
    id: 'd.1',
    groupId: 'd',
    no: 1,
    text: 'Mengidentifikasi pencari kerja yang sesuai dengan kebutuhan pemberi kerja',
    textVerbatim: 'Mengidentifikasi pencari kerja yang sesuai dengan kebutuhan pemberi kerja;',
    en: "Identify job seekers who fit employers' needs",
    note: null,
    source: {
      doc: 'seed000',
      section: 'F.2 huruf d angka 1',
      line: 219,
    },
  },
  {
    id: 'd.2',
    groupId: 'd',
    no: 2,
    text: 'Membantu pencari kerja dalam menyusun CV dan persiapan wawancara kerja',
    textVerbatim: 'Membantu pencari kerja dalam menyusun CV dan persiapan wawancara kerja;',
    en: 'Help job seekers write CVs and prepare for interviews',
    note: null,
    source: {
      doc: 'seed000',
      section: 'F.2 huruf d angka 2',
      line: 220,
    },
  },
  {
    id: 'd.3',
    groupId: 'd',
    no: 3,
    text: 'Menyampaikan daftar pencari kerja yang memenuhi kualifikasi kepada pemberi kerja',
    textVerbatim: 'Menyampaikan daftar pencari kerja yang memenuhi kualifikasi kepada pemberi kerja;',
    en: 'Send employers lists of qualified job seekers',
    note: null,
    source: {
      doc: 'seed000',
      section: 'F.2 huruf d angka 3',
      line: 221,
    },
  },
  {
    id: 'd.4',
    groupId: 'd',
    no: 4,
    text: 'Memfasilitasi pertemuan atau komunikasi antara pencari kerja dan pemberi kerja secara individu atau kelompok kecil',
    textVerbatim:
      'Memfasilitasi pertemuan atau komunikasi antara pencari kerja dan pemberi kerja secara individu atau kelompok kecil;',
    en: 'Facilitate meetings between job seekers and employers (individual or small group)',
    note: null,
    source: {
      doc: 'seed000',
      section: 'F.2 huruf d angka 4',
      line: 222,
    },
  },
  {
    id: 'd.5',
    groupId: 'd',
    no: 5,
    text: 'Mengenalkan pencari kerja kepada komunitas usaha, inkubator bisnis, atau program pelatihan kewirausahaan yang tersedia',
    textVerbatim:
      'Mengenalkan pencari kerja kepada komunitas usaha, inkubator bisnis, atau program pelatihan kewirausahaan yang tersedia;',
    en: 'Introduce job seekers to business communities, incubators or entrepreneurship training',
    note: null,
    source: {
      doc: 'seed000',
      section: 'F.2 huruf d angka 5',
      line: 223,
    },
  },
  {
    id: 'd.6',
    groupId: 'd',
    no: 6,
    text: 'Memberikan rekomendasi kepada pemberi kerja terkait calon pencari kerja yang sesuai atau mendekati kriteria lowongan pekerjaan yang dibutuhkan oleh pemberi kerja',
    textVerbatim:
      'Memberikan rekomendasi kepada pemberi kerja terkait calon pencari kerja yang sesuai atau mendekati kriteria lowongan pekerjaan yang dibutuhkan oleh pemberi kerja;',
    en: 'Recommend to employers candidates who fit or nearly fit vacancy criteria',
    note: null,
    source: {
      doc: 'seed000',
      section: 'F.2 huruf d angka 6',
      line: 224,
    },
  },
  {
    id: 'd.7',
    groupId: 'd',
    no: 7,
    text: 'Bersama Dinas Ketenagakerjaan, memberikan pembekalan akhir kepada tenaga kerja sebelum Ditempatkan, termasuk pemahaman mengenai hak dan kewajiban mereka',
    textVerbatim:
      'Bersama Dinas Ketenagakerjaan, memberikan pembekalan akhir kepada tenaga kerja sebelum Ditempatkan, termasuk pemahaman mengenai hak dan kewajiban mereka;',
    en: 'With the manpower office, give workers a final pre-placement briefing incl. rights and duties',
    note: null,
    source: {
      doc: 'seed000',
      section: 'F.2 huruf d angka 7',
      line: 225,
    },
  },
  {
    id: 'd.8',
    groupId: 'd',
    no: 8,
    text: 'Memfasilitasi tenaga kerja dalam memahami kontrak kerja sebelum penandatanganan, serta memastikan Dinas Ketenagakerjaan mendapatkan informasi terkait perjanjian kerja yang disepakati',
    textVerbatim:
      'Memfasilitasi tenaga kerja dalam memahami kontrak kerja sebelum penandatanganan, serta memastikan Dinas Ketenagakerjaan mendapatkan informasi terkait perjanjian kerja yang disepakati; dan',
    en: 'Help workers understand contracts before signing; keep the manpower office informed of agreements',
    note: null,
    source: {
      doc: 'seed000',
      section: 'F.2 huruf d angka 8',
      line: 226,
    },
  },
  {
    id: 'd.9',
    groupId: 'd',
    no: 9,
    text: 'Mendampingi tenaga kerja dalam proses pemberangkatan, serta melaporkan kepada Dinas Ketenagakerjaan jika ada kendala atau ketidaksesuaian',
    textVerbatim:
      'Mendampingi tenaga kerja dalam proses pemberangkatan, serta melaporkan kepada Dinas Ketenagakerjaan jika ada kendala atau ketidaksesuaian.',
    en: 'Accompany workers on departure and report problems to the manpower office',
    note: null,
    source: {
      doc: 'seed000',
      section: 'F.2 huruf d angka 9',
      line: 227,
    },
  },
  {
    id: 'e.1',
    groupId: 'e',
    no: 1,
    text: 'Mendampingi tenaga kerja dalam proses pemulangan setelah penempatan, serta melaporkan kepada Dinas Ketenagakerjaan jika ada kendala atau ketidaksesuaian',
    textVerbatim:
      'Mendampingi tenaga kerja dalam proses pemulangan setelah penempatan, serta melaporkan kepada Dinas Ketenagakerjaan jika ada kendala atau ketidaksesuaian;',
    en: 'Accompany workers returning after placement and report problems to the manpower office',
    note: null,
    source: {
      doc: 'seed000',
      section: 'F.2 huruf e angka 1',
      line: 229,
    },
  },
  {
    id: 'e.2',
    groupId: 'e',
    no: 2,
    text: 'Melakukan komunikasi dengan tenaga kerja yang ditempatkan untuk mengetahui kondisi kerja dan menyampaikan informasi tersebut kepada Dinas Ketenagakerjaan jika ditemukan potensi masalah',
    textVerbatim:
      'Melakukan komunikasi dengan tenaga kerja yang ditempatkan untuk mengetahui kondisi kerja dan menyampaikan informasi tersebut kepada Dinas Ketenagakerjaan jika ditemukan potensi masalah;',
    en: 'Keep in contact with placed workers on working conditions and report potential problems',
    note: null,
    source: {
      doc: 'seed000',
      section: 'F.2 huruf e angka 2',
      line: 230,
    },
  },
  {
    id: 'e.3',
    groupId: 'e',
    no: 3,
    text: 'Mengumpulkan laporan dari tenaga kerja dan pemberi informasi kerja mengenai kondisi kerja pasca penempatan, kemudian menyampaikan temuan penting kepada Dinas Ketenagakerjaan',
    textVerbatim:
      'Mengumpulkan laporan dari tenaga kerja dan pemberi informasi kerja mengenai kondisi kerja pasca penempatan, kemudian menyampaikan temuan penting kepada Dinas Ketenagakerjaan;',
    en: 'Collect post-placement reports from workers and employers; pass on key findings',
    note: '"pemberi informasi kerja" as printed.',
    source: {
      doc: 'seed000',
      section: 'F.2 huruf e angka 3',
      line: 231,
    },
  },
  {
    id: 'e.4',
    groupId: 'e',
    no: 4,
    text: 'Mengidentifikasi kendala atau permasalahan yang dihadapi tenaga kerja setelah ditempatkan dan mengoordinasikan penyelesaiannya dengan pihak terkait serta melaporkan kepada Dinas Ketenagakerjaan',
    textVerbatim:
      'Mengidentifikasi kendala atau permasalahan yang dihadapi tenaga kerja setelah ditempatkan dan mengoordinasikan penyelesaiannya dengan pihak terkait serta melaporkan kepada Dinas Ketenagakerjaan; dan',
    en: 'Identify post-placement problems, coordinate solutions and report to the manpower office',
    note: null,
    source: {
      doc: 'seed000',
      section: 'F.2 huruf e angka 4',
      line: 232,
    },
  },
  {
    id: 'e.5',
    groupId: 'e',
    no: 5,
    text: 'Bersama Dinas Ketenagakerjaan, memfasilitasi penyelesaian masalah ketenagakerjaan yang berkaitan dengan penempatan, terutama dalam aspek perlindungan tenaga kerja',
    textVerbatim:
      'Bersama Dinas Ketenagakerjaan, memfasilitasi penyelesaian masalah ketenagakerjaan yang berkaitan dengan penempatan, terutama dalam aspek perlindungan tenaga kerja.',
    en: 'With the manpower office, help resolve placement-related labour problems, especially worker protection',
    note: null,
    source: {
      doc: 'seed000',
      section: 'F.2 huruf e angka 5',
      line: 234,
    },
  },
  {
    id: 'f.1',
    groupId: 'f',
    no: 1,
    text: 'Mengkonfirmasi keabsahan dan kejelasan informasi lowongan pekerjaan kepada pemberi kerja, termasuk persyaratan jabatan dan kondisi kerja',
    textVerbatim:
      'Mengkonfirmasi keabsahan dan kejelasan informasi lowongan pekerjaan kepada pemberi kerja, termasuk persyaratan jabatan dan kondisi kerja; dan',
    en: 'Confirm validity and clarity of vacancy information with the employer, incl. job requirements and conditions',
    note: 'Ends with "; dan" although three more items follow (as printed).',
    source: {
      doc: 'seed000',
      section: 'F.2 huruf f angka 1',
      line: 236,
    },
  },
  {
    id: 'f.2',
    groupId: 'f',
    no: 2,
    text: 'memastikan melakukan kunjungan ke lokasi pemberi informasi kerja untuk keseimbangan lingkungan kerja dengan deskripsi lowongan',
    textVerbatim:
      'memastikan melakukan kunjungan ke lokasi pemberi informasi kerja untuk keseimbangan lingkungan kerja dengan deskripsi lowongan;',
    en: "Visit the employer's site to check the work environment matches the vacancy description",
    note: 'Starts lowercase and reads "untuk keseimbangan lingkungan kerja dengan deskripsi lowongan", probably meaning "kesesuaian" (as printed).',
    source: {
      doc: 'seed000',
      section: 'F.2 huruf f angka 2',
      line: 237,
    },
  },
  {
    id: 'f.3',
    groupId: 'f',
    no: 3,
    text: 'Mengevaluasi apakah lowongan yang ditawarkan memenuhi standar ketenagakerjaan, termasuk aspek gaji, jam kerja, dan perlindungan tenaga kerja',
    textVerbatim:
      'Mengevaluasi apakah lowongan yang ditawarkan memenuhi standar ketenagakerjaan, termasuk aspek gaji, jam kerja, dan perlindungan tenaga kerja; dan',
    en: 'Check that vacancies meet labour standards (wages, hours, protection)',
    note: null,
    source: {
      doc: 'seed000',
      section: 'F.2 huruf f angka 3',
      line: 238,
    },
  },
  {
    id: 'f.4',
    groupId: 'f',
    no: 4,
    text: 'Berkoordinasi dengan pemberi kerja untuk menyesuaikan persyaratan jika ditemukan ketidaksesuaian dengan regulasi ketenagakerjaan',
    textVerbatim:
      'Berkoordinasi dengan pemberi kerja untuk menyesuaikan persyaratan jika ditemukan ketidaksesuaian dengan regulasi ketenagakerjaan.',
    en: 'Coordinate with employers to adjust requirements that conflict with labour regulations',
    note: null,
    source: {
      doc: 'seed000',
      section: 'F.2 huruf f angka 4',
      line: 239,
    },
  },
  {
    id: 'g.1',
    groupId: 'g',
    no: 1,
    text: 'Mencatat dan mengelola pencari data kerja yang terdaftar',
    textVerbatim: 'Mencatat dan mengelola pencari data kerja yang terdaftar;',
    en: 'Record and manage registered job-seeker data',
    note: 'Reads "pencari data kerja", probably meaning "data pencari kerja" (as printed).',
    source: {
      doc: 'seed000',
      section: 'F.2 huruf g angka 1',
      line: 241,
    },
  },
  {
    id: 'g.2',
    groupId: 'g',
    no: 2,
    text: 'Mendokumentasikan informasi lowongan pekerjaan yang telah dikumpulkan, termasuk data pemberi informasi kerja dan persyaratan jabatan',
    textVerbatim:
      'Mendokumentasikan informasi lowongan pekerjaan yang telah dikumpulkan, termasuk data pemberi informasi kerja dan persyaratan jabatan;',
    en: 'Document collected vacancy information incl. employer data and job requirements',
    note: null,
    source: {
      doc: 'seed000',
      section: 'F.2 huruf g angka 2',
      line: 242,
    },
  },
  {
    id: 'g.3',
    groupId: 'g',
    no: 3,
    text: 'Menyusun laporan penempatan tenaga kerja berdasarkan data hasil fasilitasi penempatan tenaga kerja dan luasnya kesempatan kerja',
    textVerbatim:
      'Menyusun laporan penempatan tenaga kerja berdasarkan data hasil fasilitasi penempatan tenaga kerja dan luasnya kesempatan kerja;',
    en: 'Prepare placement reports from placement facilitation and job-creation data',
    note: null,
    source: {
      doc: 'seed000',
      section: 'F.2 huruf g angka 3',
      line: 243,
    },
  },
  {
    id: 'g.4',
    groupId: 'g',
    no: 4,
    text: 'Melaporkan hasil pelaksanaan layanan antar kerja secara berkala sesuai dengan ketentuan dalam Peraturan Menteri Ketenagakerjaan Nomor 18 Tahun 2023',
    textVerbatim:
      'Melaporkan hasil pelaksanaan layanan antar kerja secara berkala sesuai dengan ketentuan dalam Peraturan Menteri Ketenagakerjaan Nomor 18 Tahun 2023; dan',
    en: 'Report employment-service results periodically per Permenaker No. 18/2023',
    note: 'Cites Permenaker Nomor 18 Tahun 2023, while the Mengingat of the same decree cites Permenaker Nomor 18 Tahun 2024 (Penempatan Tenaga Kerja Dalam Negeri); kept as printed.',
    source: {
      doc: 'seed000',
      section: 'F.2 huruf g angka 4',
      line: 244,
    },
  },
  {
    id: 'g.5',
    groupId: 'g',
    no: 5,
    text: 'Menginput data terkait pencari kerja, lowongan kerja, dan penempatan tenaga kerja ke dalam aplikasi Siapkerja',
    textVerbatim:
      'Menginput data terkait pencari kerja, lowongan kerja, dan penempatan tenaga kerja ke dalam aplikasi Siapkerja.',
    en: 'Enter job-seeker, vacancy and placement data into the Siapkerja application',
    note: null,
    source: {
      doc: 'seed000',
      section: 'F.2 huruf g angka 5',
      line: 245,
    },
  },
];
