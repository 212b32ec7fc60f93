import { adminId } from '../../features/admin/i18n/id';
import { monitoringId } from '../../features/monitoring/i18n/id';
import { raterLinkId } from '../../features/rater-link/i18n/id';

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

  ...raterLinkId,
  ...monitoringId,

  'common.retry': 'Coba lagi',

  'error.network': 'Tidak dapat terhubung ke server. Periksa koneksi internet Anda.',
  'error.unexpected': 'Terjadi kesalahan yang tidak terduga.',

  ...adminId,

  'notFound.title': 'Halaman tidak ditemukan',
  'notFound.body': 'Alamat yang Anda buka tidak tersedia.',
  'notFound.home': 'Kembali ke beranda',
} satisfies Record<string, string>;

export type TranslationKey = keyof typeof id;

/** A complete dictionary: the compiler rejects one that misses (or invents) a key. */
export type Dictionary = Readonly<Record<TranslationKey, string>>;
