/**
 * The fixed words of the PDFs that `@evkin/scoring`'s labels do not already hold: headings and
 * field names of the proof (seed 000 Gambar 16) and the report (Gambar 22–24), and the explanatory
 * paragraphs of the activity profile (Gambar 23). Indonesian is the regulation's wording; English
 * is a translation. Category, conclusion, level, role, "not assessed" and work-condition labels,
 * and the 75% rule, come from `@evkin/scoring` (labels.ts) and are not repeated here.
 */
import { CATEGORIES, CONCLUSION_LABELS } from '@evkin/scoring';
import type { PdfLanguage } from './documents.js';

export interface PdfText {
  /** Footer: "Halaman <n> dari <total>" (the numbers are filled in by Chromium). */
  readonly page: { readonly before: string; readonly between: string };
  readonly printedOn: string;
  readonly confidential: string;
  readonly proof: {
    readonly title: string;
    readonly participant: string;
    readonly unit: string;
    readonly raterRole: string;
    readonly raterName: string;
    readonly competencies: string;
    readonly programme: string;
    readonly battery: string;
    readonly completedAt: string;
    readonly status: string;
    /** The status value is the system's code and stays in English, as in the seed. */
    readonly statusValue: string;
    readonly confirmed: string;
  };
  readonly report: {
    readonly title: { readonly pengantarKerja: string; readonly petugas: string };
    readonly name: string;
    readonly nip: string;
    readonly unit: string;
    readonly level: string;
    readonly province: string;
    readonly regency: string;
    readonly battery: string;
    readonly programme: string;
    readonly profileTitle: string;
    readonly columns: {
      readonly competency: string;
      readonly subCompetency: string;
      readonly description: string;
      readonly category: string;
    };
    readonly conclusion: string;
    /** Seed 000 G.2.f keterangan 3): what the conclusion means. */
    readonly conclusionExplanation: string;
    /** Printed instead of a conclusion when no sub-competency could be scored. */
    readonly noConclusion: string;
    /** Legend row "Kondisi Kerja Kurang Ideal" (seed 000 G.2.f keterangan 4). */
    readonly lessThanIdealRule: string;
    /** The three paragraphs under the activity profile (Gambar 23); `{jenjang}` is the job title. */
    readonly activityExplanation: readonly string[];
  };
  /** The directorate's report on a battery (seed 000 G.3). */
  readonly directorate: {
    readonly title: string;
    readonly issuer: string;
    /** The four parts, lettered as in seed 000 G.3. */
    readonly sections: {
      readonly pendahuluan: string;
      readonly pelaksanaanKegiatan: string;
      readonly analisisHasil: string;
      readonly rekomendasiTindakLanjut: string;
    };
    readonly notWritten: string;
    readonly facts: {
      readonly caption: string;
      readonly battery: string;
      readonly programme: string;
      readonly targets: string;
      readonly period: string;
      readonly participants: string;
      readonly completed: string;
    };
    readonly responses: {
      readonly caption: string;
      readonly role: string;
      readonly invited: string;
      readonly submitted: string;
      readonly rate: string;
    };
    readonly categories: { readonly caption: string; readonly subCompetency: string; readonly scored: string };
    readonly conclusions: {
      readonly caption: string;
      readonly conclusion: string;
      readonly participants: string;
      readonly share: string;
      readonly total: string;
    };
    readonly workCondition: {
      readonly caption: string;
      /** `{ideal}` of `{profiled}` participants (`{share}`%). */
      readonly finding: string;
      readonly none: string;
    };
    readonly noResults: string;
  };
}

function conclusionList(language: PdfLanguage, or: string): string {
  const labels = CATEGORIES.map((c) => CONCLUSION_LABELS[language][c]);
  return `${labels.slice(0, -1).join(', ')}, ${or} ${labels[labels.length - 1] ?? ''}`;
}

export const PDF_TEXT: Readonly<Record<PdfLanguage, PdfText>> = {
  id: {
    directorate: {
      title: 'LAPORAN HASIL EVALUASI KINERJA',
      issuer: 'Direktorat Bina Pengantar Kerja',
      sections: {
        pendahuluan: 'Pendahuluan',
        pelaksanaanKegiatan: 'Pelaksanaan Kegiatan',
        analisisHasil: 'Analisis Hasil Evaluasi Kinerja',
        rekomendasiTindakLanjut: 'Rekomendasi dan Tindak Lanjut',
      },
      notWritten: '(belum diisi)',
      facts: {
        caption: 'Data pelaksanaan',
        battery: 'Baterai',
        programme: 'Pengembangan Kompetensi',
        targets: 'Jenjang peserta',
        period: 'Periode evaluasi',
        participants: 'Peserta',
        completed: 'Selesai (keempat penilai telah mengisi)',
      },
      responses: {
        caption: 'Tingkat respons per peran penilai',
        role: 'Peran penilai',
        invited: 'Diundang',
        submitted: 'Mengisi',
        rate: 'Tingkat respons',
      },
      categories: {
        caption: 'Kategori penilaian per subkompetensi (peserta yang selesai)',
        subCompetency: 'Subkompetensi',
        scored: 'Dinilai',
      },
      conclusions: {
        caption: 'Kesimpulan peserta yang selesai',
        conclusion: 'Kesimpulan',
        participants: 'Peserta',
        share: 'Persentase',
        total: 'Jumlah',
      },
      workCondition: {
        caption: 'Kondisi kerja',
        finding:
          '{ideal} dari {profiled} Pengantar Kerja yang memiliki profil aktivitas kerja ({share}%) berada pada Kondisi Kerja Ideal.',
        none: 'Belum ada peserta dengan profil aktivitas kerja (Petugas Antar Kerja tidak memilikinya).',
      },
      noResults: 'Belum ada peserta yang menyelesaikan evaluasi.',
    },
    page: { before: 'Halaman', between: 'dari' },
    printedOn: 'Dicetak pada',
    confidential: 'Rahasia',
    proof: {
      title: 'Bukti Penyelesaian Evaluasi',
      participant: 'Peserta',
      unit: 'Unit',
      raterRole: 'Peran Rater (Penilai)',
      raterName: 'Nama Rater (Penilai)',
      competencies: 'Kompetensi',
      programme: 'Pengembangan Kompetensi',
      battery: 'Baterai',
      completedAt: 'Waktu Penyelesaian',
      status: 'Status',
      statusValue: 'SUBMITTED',
      confirmed: 'TERKONFIRMASI: TELAH DIKIRIM',
    },
    report: {
      title: {
        pengantarKerja: 'LAPORAN HASIL PENILAIAN EVALUASI KINERJA INDIVIDUAL PENGANTAR KERJA',
        petugas: 'LAPORAN HASIL PENILAIAN EVALUASI KINERJA INDIVIDUAL PETUGAS ANTAR KERJA',
      },
      name: 'Nama',
      nip: 'NIP',
      unit: 'Instansi',
      level: 'Jenjang Keahlian',
      province: 'Provinsi',
      regency: 'Kabupaten/Kota',
      battery: 'Baterai',
      programme: 'Pengembangan Kompetensi',
      profileTitle: 'PROFIL EVALUASI KINERJA',
      columns: {
        competency: 'Kompetensi',
        subCompetency: 'Subkompetensi',
        description: 'Penjelasan Subkompetensi',
        category: 'Kategori Penilaian',
      },
      conclusion: 'KESIMPULAN',
      conclusionExplanation: `Kesimpulan evaluasi kinerja menunjukkan ringkasan tingkat kinerja individu secara keseluruhan dengan kategori ${conclusionList('id', 'atau')}.`,
      noConclusion: 'Belum ada subkompetensi yang dapat dinilai, sehingga kesimpulan belum dapat ditetapkan.',
      lessThanIdealRule:
        'Kondisi kerja kurang ideal apabila kurang dari 75% aktivitas kerjanya sesuai dengan jenjang jabatan yang diemban.',
      activityExplanation: [
        'Profil aktivitas kerja disusun untuk memberikan gambaran nyata mengenai sejauh mana seorang {jenjang} melaksanakan tugas pokok dan fungsi jabatannya sesuai dengan jenjang keahlian yang diemban. Melalui profil ini, dapat dipetakan apakah aktivitas sehari-hari telah berfokus pada lingkup tugas yang seharusnya atau justru banyak terserap pada aktivitas lain di luar jenjang jabatannya, misalnya karena kebutuhan organisasi. Informasi ini penting bagi atasan langsung maupun Direktorat Bina PK untuk memetakan beban kerja aktual dan menata kembali distribusi tugas agar lebih proporsional.',
        'Apabila aktivitas di luar tugas pokok dan fungsi jabatan lebih dominan, dapat muncul sejumlah risiko, seperti beban kerja yang tidak seimbang, ketidakjelasan peran individu, hingga hambatan dalam pengembangan kompetensi sesuai jenjang jabatan. Sebaliknya, jika mayoritas aktivitas selaras dengan tugas pokok dan fungsi jabatan, maka akan tercipta dampak positif, baik berupa penguatan profesionalisme individu, peningkatan akuntabilitas organisasi, maupun efektivitas pencapaian tujuan layanan antar kerja. Dengan demikian, profil aktivitas kerja berfungsi ganda sebagai alat evaluasi sekaligus bahan perencanaan pembinaan karier dan pengelolaan organisasi.',
        'Sebagai kebijakan operasional, seorang {jenjang} dinyatakan berada pada kondisi kerja ideal apabila sekurang-kurangnya 75% aktivitas kerjanya sesuai dengan tugas pokok dan fungsi jabatan pada jenjang yang sedang diemban. Angka 75% ini tidak bersumber dari regulasi normatif, melainkan ditetapkan sebagai benchmark organisasi yang wajar dan terukur, dengan dasar interpretasi atas aturan jabatan fungsional serta penerapan prinsip good practice dalam manajemen kinerja. Dengan tolak ukur ini, organisasi memiliki pijakan yang jelas untuk menilai kesesuaian pelaksanaan tugas, sekaligus mendorong pembinaan dan pengembangan pegawai yang lebih tepat sasaran.',
      ],
    },
  },
  en: {
    directorate: {
      title: 'PERFORMANCE EVALUATION REPORT',
      issuer: 'Directorate of Employment Officer Development (Direktorat Bina Pengantar Kerja)',
      sections: {
        pendahuluan: 'Introduction',
        pelaksanaanKegiatan: 'Execution of the activity',
        analisisHasil: 'Analysis of the performance evaluation results',
        rekomendasiTindakLanjut: 'Recommendations and follow-up',
      },
      notWritten: '(not written)',
      facts: {
        caption: 'Execution data',
        battery: 'Battery',
        programme: 'Competency development programme',
        targets: 'Participants’ level',
        period: 'Evaluation period',
        participants: 'Participants',
        completed: 'Completed (all four raters submitted)',
      },
      responses: {
        caption: 'Response rate per rater role',
        role: 'Rater role',
        invited: 'Invited',
        submitted: 'Submitted',
        rate: 'Response rate',
      },
      categories: {
        caption: 'Rating categories per sub-competency (completed participants)',
        subCompetency: 'Sub-competency',
        scored: 'Rated',
      },
      conclusions: {
        caption: 'Conclusions of the completed participants',
        conclusion: 'Conclusion',
        participants: 'Participants',
        share: 'Share',
        total: 'Total',
      },
      workCondition: {
        caption: 'Work condition',
        finding:
          '{ideal} of {profiled} Pengantar Kerja with a work activity profile ({share}%) are in the ideal work condition.',
        none: 'No participant has a work activity profile yet (Petugas Antar Kerja get none).',
      },
      noResults: 'No participant has completed the evaluation yet.',
    },
    page: { before: 'Page', between: 'of' },
    printedOn: 'Printed on',
    confidential: 'Confidential',
    proof: {
      title: 'Proof of Evaluation Completion',
      participant: 'Participant',
      unit: 'Unit',
      raterRole: 'Rater role',
      raterName: 'Rater name',
      competencies: 'Competencies',
      programme: 'Competency development programme',
      battery: 'Battery',
      completedAt: 'Completion time',
      status: 'Status',
      statusValue: 'SUBMITTED',
      confirmed: 'CONFIRMED: SUBMITTED',
    },
    report: {
      title: {
        pengantarKerja: 'INDIVIDUAL PERFORMANCE EVALUATION REPORT: PENGANTAR KERJA',
        petugas: 'INDIVIDUAL PERFORMANCE EVALUATION REPORT: PETUGAS ANTAR KERJA',
      },
      name: 'Name',
      nip: 'NIP (civil service number)',
      unit: 'Institution',
      level: 'Level',
      province: 'Province',
      regency: 'Regency/City',
      battery: 'Battery',
      programme: 'Competency development programme',
      profileTitle: 'PERFORMANCE EVALUATION PROFILE',
      columns: {
        competency: 'Competency',
        subCompetency: 'Sub-competency',
        description: 'Sub-competency description',
        category: 'Rating category',
      },
      conclusion: 'CONCLUSION',
      conclusionExplanation: `The conclusion summarises the individual's overall level of performance in one of the categories ${conclusionList('en', 'or')}.`,
      noConclusion: 'No sub-competency could be rated yet, so no conclusion can be drawn.',
      lessThanIdealRule:
        'The work condition is less than ideal when under 75% of the work activities match the level of the position held.',
      activityExplanation: [
        "The work activity profile shows how far a {jenjang} carries out the duties and functions of the position at the level they hold. It maps whether day-to-day activities focus on the intended scope of the position or are largely taken up by activities outside that level, for instance because of the organisation's needs. This helps the direct supervisor and the Directorate (Direktorat Bina PK) map the actual workload and redistribute tasks more proportionally.",
        'When activities outside the duties and functions of the position dominate, risks arise such as an unbalanced workload, unclear individual roles and obstacles to developing the competencies of the level. When most activities match the duties and functions of the position, the effects are positive: stronger individual professionalism, greater organisational accountability and more effective employment services. The work activity profile is therefore both an evaluation tool and input for career development and organisational planning.',
        'As an operational policy, a {jenjang} is in the ideal work condition when at least 75% of their work activities match the duties and functions of the position at the level they hold. The 75% is not taken from a regulation: it is a reasonable, measurable organisational benchmark, based on the rules of the functional position and good practice in performance management. It gives the organisation a clear basis to judge how well tasks fit the position, and to target staff guidance and development.',
      ],
    },
  },
};

/** One of the activity-profile paragraphs for this participant's job title. */
export function withJenjang(template: string, jenjangTitle: string): string {
  return template.replaceAll('{jenjang}', jenjangTitle);
}
