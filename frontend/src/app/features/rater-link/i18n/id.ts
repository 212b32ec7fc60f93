/**
 * Indonesian texts of the rater portal (`/e`), merged into the root dictionary. Labels of buttons and
 * pages are the regulation's own (seed 000 G.2.c–d, Gambar 4–16).
 */
export const raterLinkId = {
  'portal.loading': 'Memuat evaluasi…',
  'portal.loadFailed.title': 'Evaluasi tidak dapat dimuat',
  'portal.next': 'Lanjut',
  'portal.back': 'Kembali',
  'portal.field.required': 'Wajib diisi.',
  'portal.field.emailInvalid': 'Masukkan alamat email yang valid.',
  'portal.field.tooLong': 'Terlalu panjang.',
  'portal.field.emailLanguage': 'Bahasa email',

  'portal.problem.link_invalid.title': 'Tautan tidak dikenal',
  'portal.problem.link_invalid.body':
    'Tautan ini tidak kami kenali. Buka kembali tautan dari email undangan terbaru Anda dan pastikan alamatnya ' +
    'tersalin utuh. Jika tetap tidak berhasil, hubungi pihak yang mengundang Anda.',
  'portal.problem.link_expired.title': 'Batas waktu evaluasi telah lewat',
  'portal.problem.link_expired.body':
    'Tautan ini tidak berlaku lagi karena batas waktu pengisian evaluasi telah lewat. Hubungi Direktorat Bina ' +
    'Pengantar Kerja jika Anda memerlukan bantuan.',
  'portal.problem.link_revoked.title': 'Tautan ini telah dicabut',
  'portal.problem.link_revoked.body':
    'Penilai untuk penugasan ini telah diganti, sehingga tautan ini tidak berlaku lagi. Jika menurut Anda ini ' +
    'keliru, hubungi peserta evaluasi atau pihak yang mengundang Anda.',
  'portal.problem.session_expired.title': 'Sesi Anda telah berakhir',
  'portal.problem.session_expired.body':
    'Demi keamanan, sesi pengisian berakhir setelah beberapa waktu. Jawaban yang sudah tersimpan tetap aman, dan ' +
    'jawaban yang belum tersimpan masih ada di halaman ini. Tekan Mulai lagi untuk melanjutkan dari tempat Anda ' +
    'berhenti.',
  'portal.problem.restart': 'Mulai lagi',

  'portal.confirm.title': 'Konfirmasi Rater (Penilai)',
  'portal.confirm.greeting': 'Halo, {name}.',
  'portal.confirm.assigned': 'Anda terdaftar sebagai {role} untuk melakukan evaluasi terhadap {participant}.',
  'portal.confirm.review': 'Tinjau ringkasan berikut. Jika sudah benar, tekan Mulai untuk melanjutkan.',
  'portal.summary.title': 'Ringkasan Penugasan',
  'portal.summary.participant': 'Peserta',
  'portal.summary.unit': 'Unit: {unit}',
  'portal.summary.role': 'Peran Anda',
  'portal.summary.competencies': 'Kompetensi',
  'portal.summary.programme': 'Pengembangan Kompetensi',
  'portal.summary.deadline': 'Batas Waktu',
  'portal.yourRole.self': 'Peserta',
  'portal.yourRole.supervisor': 'Atasan',
  'portal.yourRole.peer': 'Rekan Kerja',
  'portal.yourRole.service_user': 'Pengguna Layanan',
  'portal.confidentiality.title': 'Kerahasiaan',
  'portal.confidentiality.body':
    'Jawaban Anda bersifat rahasia. Peserta dan laporannya hanya menampilkan hasil gabungan dari keempat ' +
    'penilai; jawaban individual Anda tidak pernah ditampilkan kepada peserta. Rincian per peran hanya dilihat ' +
    'oleh Direktorat Bina Pengantar Kerja untuk keperluan evaluasi.',
  'portal.confirm.consent':
    'Dengan menekan Mulai Anda menyetujui untuk memberikan penilaian secara objektif dan menjaga kerahasiaan data.',
  'portal.confirm.notMe': 'Bukan Saya',
  'portal.confirm.start': 'Mulai',
  'portal.confirm.starting': 'Memulai…',
  'portal.confirm.cancelled': 'Penugasan evaluasi ini telah dibatalkan sehingga tidak dapat diisi lagi.',

  'portal.notMeDialog.title': 'Undangan ini bukan untuk Anda?',
  'portal.notMeDialog.body':
    'Jika nama atau data pada ringkasan tidak sesuai dengan Anda, laporkan di sini. Tim evaluasi akan ' +
    'memeriksanya; Anda tidak perlu mengisi evaluasi.',
  'portal.notMeDialog.note': 'Catatan (opsional)',
  'portal.notMeDialog.noteHint': 'Misalnya: siapa Anda, atau data mana yang tidak sesuai.',
  'portal.notMeDialog.cancel': 'Batal',
  'portal.notMeDialog.confirm': 'Ya, Bukan Saya',
  'portal.notMe.title': 'Terima kasih, laporan Anda telah dicatat',
  'portal.notMe.at': 'Dilaporkan pada {date}.',
  'portal.notMe.body':
    'Tim evaluasi akan memeriksa undangan ini. Anda tidak perlu mengisi evaluasi dan dapat menutup halaman ini.',

  'portal.progress.label': 'Kemajuan pengisian',
  'portal.progress.step': 'Langkah {current} dari {total}',
  'portal.progress.part2': '{answered} dari {total} pernyataan Bagian 2 terjawab',
  'portal.save.pending': 'Ada perubahan yang belum tersimpan…',
  'portal.save.saving': 'Menyimpan…',
  'portal.save.saved': 'Tersimpan',
  'portal.save.failed':
    'Jawaban terakhir belum tersimpan: {reason} Jawaban tetap ada di halaman ini dan dikirim ulang otomatis.',
  'portal.save.failedStopped': 'Jawaban terakhir belum tersimpan: {reason}',
  'portal.save.retry': 'Simpan sekarang',
  'portal.save.readOnly': 'Evaluasi ini sudah dikirim. Jawaban hanya dapat dilihat, tidak dapat diubah.',

  'portal.intro.title': 'Pengantar',
  'portal.intro.parts': 'Instrumen evaluasi kinerja ini terdiri atas dua bagian:',
  'portal.intro.part1':
    'Bagian 1 — Pemetaan pelaksanaan tugas: centang aktivitas kerja yang telah dilakukan oleh {participant}.',
  'portal.intro.part2':
    'Bagian 2 — Penilaian kinerja layanan: nilai setiap pernyataan dengan Sangat sesuai, Sesuai, Tidak sesuai ' +
    'atau Sangat tidak sesuai.',
  'portal.intro.raters':
    'Sebagai peserta, Anda lebih dulu mengisi Daftar Rater: lokasi kerja Anda, atasan, dan rekan kerja.',
  'portal.intro.autosave':
    'Jawaban tersimpan otomatis. Anda dapat berhenti kapan saja dan melanjutkan nanti, juga dari perangkat lain, ' +
    'dengan membuka kembali tautan dari email Anda sebelum batas waktu.',
  'portal.intro.resumed':
    'Jawaban yang Anda simpan sebelumnya telah dimuat: {answered} dari {total} pernyataan Bagian 2 sudah terjawab.',

  'portal.raters.title': 'Daftar Rater (Penilai)',
  'portal.raters.intro':
    'Lengkapi profil evaluasi Anda: lokasi kerja, atasan, dan rekan kerja. Atasan dan rekan kerja menerima ' +
    'undangan melalui email setelah Anda menekan Lanjut. Pengguna layanan ditambahkan kemudian dari Halaman ' +
    'Monitoring.',
  'portal.raters.location': 'Lokasi kerja',
  'portal.raters.province': 'Provinsi',
  'portal.raters.regency': 'Kabupaten/Kota',
  'portal.raters.name': 'Nama lengkap',
  'portal.raters.email': 'Email',
  'portal.raters.position': 'Jabatan (opsional)',
  'portal.raters.sameEmail': 'Atasan dan rekan kerja harus orang yang berbeda.',
  'portal.raters.invalid': 'Periksa kembali isian yang ditandai.',
  'portal.raters.saving': 'Menyimpan dan mengirim undangan…',

  'portal.part1Intro.title': 'Instruksi Bagian 1',
  'portal.part1Intro.body':
    'Bagian ini memetakan pelaksanaan tugas. Centang setiap aktivitas kerja yang telah dilakukan oleh ' +
    '{participant}, sesuai pengalaman atau pengamatan Anda. Biarkan kosong aktivitas yang tidak dilakukan atau ' +
    'tidak Anda ketahui.',
  'portal.part1Intro.search':
    'Daftar aktivitas dikelompokkan per kompetensi; gunakan kotak pencarian untuk ' + 'menemukan aktivitas tertentu.',
  'portal.part1Intro.start': 'Mulai Bagian 1',
  'portal.part1.title': 'Bagian 1 — Aktivitas Kerja',
  'portal.part1.search': 'Cari aktivitas',
  'portal.part1.searchHint': 'Ketik sebagian kata, misalnya "bursa kerja".',
  'portal.part1.matches': '{count} aktivitas cocok dengan pencarian.',
  'portal.part1.noMatches': 'Tidak ada aktivitas yang cocok. Ubah atau hapus kata pencarian.',
  'portal.part1.clear': 'Hapus pencarian',
  'portal.part1.ticked': '{count} aktivitas dicentang.',
  'portal.part1.next': 'Lanjut ke Instruksi Bagian 2',

  'portal.part2Intro.title': 'Instruksi Bagian 2',
  'portal.part2Intro.body':
    'Bagian ini menilai kinerja layanan {participant} dalam menerapkan hasil pengembangan kompetensi. Untuk ' +
    'setiap pernyataan, pilih satu jawaban yang paling menggambarkan kinerjanya:',
  'portal.part2Intro.sections':
    'Pernyataan dikelompokkan per subkompetensi ({count} kelompok). Semua pernyataan wajib dijawab sebelum data ' +
    'dapat dikirim.',
  'portal.part2Intro.start': 'Mulai Bagian 2',
  'portal.part2.title': 'Bagian 2 — Penilaian Kinerja',
  'portal.part2.section': 'Subkompetensi {current} dari {total}',
  'portal.part2.sectionAnswered': '{answered} dari {total} pernyataan pada kelompok ini terjawab.',

  'portal.closing.title': 'Penutup',
  'portal.closing.body':
    'Terima kasih telah mengisi instrumen evaluasi kinerja. Setelah Anda menekan Kirim Data, jawaban tidak dapat ' +
    'diubah lagi.',
  'portal.closing.complete': 'Semua isian telah lengkap.',
  'portal.closing.unsaved':
    'Jawaban belum tersimpan sehingga data belum dapat dikirim. Periksa koneksi internet Anda, lalu tekan Kirim ' +
    'Data lagi.',
  'portal.closing.submit': 'Kirim Data',
  'portal.closing.submitting': 'Mengirim…',
  'portal.missing.title': 'Isian yang belum lengkap ({count})',
  'portal.missing.intro': 'Pilih salah satu untuk langsung menuju isian tersebut.',
  'portal.missing.blocked': 'Data belum dapat dikirim karena masih ada isian yang belum dijawab.',
  'portal.missing.raters': 'Daftar Rater: lokasi kerja, atasan, dan rekan kerja',

  'portal.finished.title': 'Terima kasih — evaluasi Anda telah terkirim',
  'portal.finished.submittedAt': 'Dikirim pada {date}.',
  'portal.finished.body': 'Jawaban Anda telah tercatat dan tidak dapat diubah lagi.',
  'portal.finished.monitoring':
    'Langkah berikutnya: buka Halaman Monitoring dari email undangan Anda untuk menambahkan Pengguna Layanan dan ' +
    'memantau pengisian oleh atasan dan rekan kerja.',
  'portal.finished.download': 'Download Bukti Penyelesaian (PDF)',
  'portal.finished.downloading': 'Mengunduh…',
  'portal.finished.downloadFailed': 'Bukti penyelesaian tidak dapat diunduh. Coba lagi sebentar lagi.',
  'portal.finished.review': 'Lihat jawaban Anda',
  'portal.review.done': 'Kembali ke halaman selesai',
} satisfies Record<string, string>;
