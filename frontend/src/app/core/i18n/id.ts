/**
 * Indonesian, the portal's default language and its reference dictionary: every other dictionary
 * is typed against these keys. Terms follow the regulation (Pedoman Evaluasi Kinerja, 2026).
 */
export const id = {
  'app.name': 'Evkin 360',
  'app.skipToContent': 'Langsung ke konten utama',
  'app.footer': 'Evkin 360 — perangkat lunak sumber terbuka untuk evaluasi kinerja 360°',

  'nav.label': 'Navigasi utama',
  'nav.home': 'Beranda',
  'nav.admin': 'Konsol Admin',

  'language.label': 'Pilih bahasa',

  'title.home': 'Beranda',
  'title.rater': 'Evaluasi',
  'title.admin': 'Konsol Admin',
  'title.notFound': 'Halaman tidak ditemukan',

  'home.subtitle': 'Evaluasi Kinerja 360° Pengantar Kerja dan Petugas Antar Kerja',
  'home.body':
    'Evkin 360 adalah platform terbuka untuk Evaluasi Kinerja 360° Pengantar Kerja dan Petugas Antar Kerja. ' +
    'Setelah mengikuti program pengembangan kompetensi, setiap peserta dinilai dari empat sudut pandang — diri ' +
    'sendiri, atasan, rekan kerja, dan pengguna layanan — lalu menerima laporan individual yang hanya memuat ' +
    'hasil gabungan.',
  'home.raterHint': 'Jika Anda diundang sebagai penilai, buka tautan pada email undangan Anda.',

  'role.self': 'Diri Sendiri',
  'role.supervisor': 'Atasan',
  'role.peer': 'Rekan Kerja',
  'role.service_user': 'Pengguna Layanan',

  'status.pending': 'Menunggu',
  'status.in_progress': 'Sedang Diisi',
  'status.submitted': 'Selesai',
  'status.cancelled': 'Dibatalkan',

  'rater.loading': 'Memuat evaluasi…',
  'rater.confirm.title': 'Konfirmasi Evaluasi',
  'rater.confirm.intro':
    'Halo, {name}. Anda diundang sebagai penilai dalam Evaluasi Kinerja 360°. Periksa ringkasan berikut.',
  'rater.summary.participant': 'Peserta',
  'rater.summary.unit': 'Unit kerja',
  'rater.summary.unitMissing': 'Tidak dicantumkan',
  'rater.summary.role': 'Peran Anda sebagai penilai',
  'rater.summary.rater': 'Nama penilai',
  'rater.summary.status': 'Status',
  'rater.confidentiality.title': 'Kerahasiaan',
  'rater.confidentiality.body':
    'Jawaban Anda bersifat rahasia. Peserta dan laporannya hanya melihat hasil gabungan dari semua penilai; ' +
    'jawaban individual Anda tidak pernah ditampilkan kepada peserta.',
  'rater.skeletonNote':
    'Pertanyaan evaluasi belum tersedia pada versi ini. Tekan Kirim Data untuk mengonfirmasi keikutsertaan Anda.',
  'rater.submit': 'Kirim Data',
  'rater.submitting': 'Mengirim…',
  'rater.retrySubmit': 'Coba kirim lagi',
  'rater.cancelled': 'Penugasan evaluasi ini telah dibatalkan sehingga tidak dapat diisi lagi.',
  'rater.finished.title': 'Terima kasih — evaluasi Anda telah terkirim',
  'rater.finished.submittedAt': 'Dikirim pada {date}.',
  'rater.finished.body': 'Tidak ada lagi yang perlu Anda lakukan. Anda dapat menutup halaman ini.',
  'rater.invalid.title': 'Tautan tidak dikenal atau tidak berlaku lagi',
  'rater.invalid.body':
    'Buka kembali tautan dari email undangan terbaru Anda. Jika tetap tidak berhasil, tautan mungkin sudah ' +
    'kedaluwarsa atau penilai telah diganti; hubungi pihak yang mengundang Anda.',
  'rater.loadFailed.title': 'Evaluasi tidak dapat dimuat',

  'common.retry': 'Coba lagi',

  'error.network': 'Tidak dapat terhubung ke server. Periksa koneksi internet Anda.',
  'error.unexpected': 'Terjadi kesalahan yang tidak terduga.',

  'admin.title': 'Konsol Admin',
  'admin.intro':
    'Konsol untuk Direktorat Bina Pengantar Kerja. Fitur lengkapnya — baterai, peserta, undangan, pemantauan, ' +
    'dan laporan — akan tersedia pada versi berikutnya.',
  'admin.signIn.title': 'Masuk',
  'admin.email': 'Email',
  'admin.password': 'Kata sandi',
  'admin.signIn': 'Masuk',
  'admin.signingIn': 'Sedang masuk…',
  'admin.signedInAs': 'Masuk sebagai {email} ({role})',
  'admin.signOut': 'Keluar',
  'admin.role.admin': 'Admin',
  'admin.role.viewer': 'Peninjau',
  'admin.validation.emailRequired': 'Email wajib diisi.',
  'admin.validation.emailInvalid': 'Masukkan alamat email yang valid.',
  'admin.validation.passwordRequired': 'Kata sandi wajib diisi.',

  'notFound.title': 'Halaman tidak ditemukan',
  'notFound.body': 'Alamat yang Anda buka tidak tersedia.',
  'notFound.home': 'Kembali ke beranda',
} satisfies Record<string, string>;

export type TranslationKey = keyof typeof id;

/** A complete dictionary: the compiler rejects one that misses (or invents) a key. */
export type Dictionary = Readonly<Record<TranslationKey, string>>;
