import type { Language, Target } from '@evkin/contracts';

/** Every message the import can show, in both languages: the compiler refuses a message missing in one. */
export interface ImportMessages {
  unreadableBinary: () => string;
  unreadableLegacyXls: () => string;
  unreadableCsv: (line: number | null) => string;
  unreadableXlsx: () => string;
  emptyFile: () => string;
  tooManyRows: (count: number, max: number) => string;
  missingColumn: (label: string) => string;
  missingField: () => string;
  invalidEmail: (value: string) => string;
  invalidNip: (value: string) => string;
  invalidNipScientific: (value: string) => string;
  invalidNipRounded: (value: string) => string;
  tooLong: (value: string, limit: number) => string;
  formulaLike: (value: string) => string;
  unknownLevel: (value: string) => string;
  unknownBattery: (value: string) => string;
  ambiguousBattery: (value: string) => string;
  unknownDefaultBattery: (id: string) => string;
  levelMismatch: (value: string, target: string, battery: string, batteryTarget: string) => string;
  unknownLanguage: (value: string) => string;
  duplicateInFile: (value: string, firstRow: number) => string;
  duplicateInBattery: (value: string, battery: string) => string;
  /** "Baris 7, kolom Email: " / "Berkas: " */
  where: (row: number, column: string | null) => string;
  target: (target: Target) => string;
}

const q = (value: string): string => `'${value.length > 60 ? `${value.slice(0, 59)}…` : value}'`;

const id: ImportMessages = {
  unreadableBinary: () => 'berkas ini bukan CSV atau XLSX; unggah berkas CSV (UTF-8) atau XLSX',
  unreadableLegacyXls: () =>
    'format Excel lama (.xls) atau berkas berkata sandi tidak didukung; simpan ulang tanpa kata sandi sebagai Excel Workbook (.xlsx) atau CSV UTF-8',
  unreadableCsv: (line) =>
    `berkas CSV tidak dapat dibaca: ada tanda kutip (") yang tidak ditutup${line === null ? '' : ` sebelum baris ${line}`}`,
  unreadableXlsx: () => 'berkas XLSX rusak atau tidak berisi lembar kerja; buka dan simpan ulang di Excel',
  emptyFile: () => 'berkas tidak berisi baris data di bawah baris judul kolom',
  tooManyRows: (count, max) =>
    `berkas berisi ${count.toLocaleString('id-ID')} baris data; paling banyak ${max.toLocaleString('id-ID')} baris per impor, bagi menjadi beberapa berkas`,
  missingColumn: (label) => `kolom wajib '${label}' tidak ditemukan pada baris judul`,
  missingField: () => 'wajib diisi',
  invalidEmail: (v) => `${q(v)} bukan alamat email yang valid`,
  invalidNip: (v) => `${q(v)} bukan NIP yang valid (18 angka)`,
  invalidNipScientific: (v) =>
    `${q(v)} tertulis sebagai notasi ilmiah sehingga angka NIP hilang; format kolom NIP sebagai Teks lalu ketik ulang`,
  invalidNipRounded: (v) =>
    `${q(v)} disimpan Excel sebagai angka sehingga digit terakhir NIP hilang; format kolom NIP sebagai Teks lalu ketik ulang`,
  tooLong: (v, limit) => `${q(v)} terlalu panjang (paling banyak ${limit} karakter)`,
  formulaLike: (v) =>
    `${q(v)} diawali =, +, -, @ atau tab sehingga dapat dijalankan sebagai rumus spreadsheet; hapus karakter tersebut`,
  unknownLevel: (v) =>
    `${q(v)} bukan jenjang yang dikenal; isi Ahli Pertama, Ahli Muda, Ahli Madya, Ahli Utama atau Petugas Antar Kerja`,
  unknownBattery: (v) => `baterai ${q(v)} tidak ditemukan`,
  ambiguousBattery: (v) => `nama baterai ${q(v)} dipakai oleh lebih dari satu baterai; isi ID baterai`,
  unknownDefaultBattery: (v) => `baterai pilihan ${q(v)} tidak ditemukan`,
  levelMismatch: (v, target, battery, batteryTarget) =>
    `${q(v)} (${target}) tidak sesuai dengan baterai '${battery}' yang ditujukan untuk ${batteryTarget}`,
  unknownLanguage: (v) => `${q(v)} bukan bahasa yang dikenal; isi id (Indonesia) atau en (English)`,
  duplicateInFile: (v, first) => `${q(v)} sudah ada di baris ${first} untuk baterai yang sama`,
  duplicateInBattery: (v, battery) => `${q(v)} sudah terdaftar sebagai peserta baterai '${battery}'`,
  where: (row, column) => (row === 0 ? 'Berkas: ' : `Baris ${row}${column === null ? '' : `, kolom ${column}`}: `),
  target: (t) =>
    ({
      ahli_pertama: 'Pengantar Kerja Ahli Pertama',
      ahli_muda: 'Pengantar Kerja Ahli Muda',
      ahli_madya: 'Pengantar Kerja Ahli Madya',
      ahli_utama: 'Pengantar Kerja Ahli Utama',
      petugas: 'Petugas Antar Kerja',
    })[t],
};

const en: ImportMessages = {
  unreadableBinary: () => 'this file is neither CSV nor XLSX; upload a CSV (UTF-8) or XLSX file',
  unreadableLegacyXls: () =>
    'the old Excel format (.xls) and password-protected files are not supported; save it without a password as Excel Workbook (.xlsx) or CSV UTF-8',
  unreadableCsv: (line) =>
    `the CSV file cannot be read: a quote (") is not closed${line === null ? '' : ` before line ${line}`}`,
  unreadableXlsx: () => 'the XLSX file is damaged or has no worksheet; open it and save it again in Excel',
  emptyFile: () => 'the file has no data rows below the header row',
  tooManyRows: (count, max) =>
    `the file has ${count.toLocaleString('en-GB')} data rows; at most ${max.toLocaleString('en-GB')} rows per import, split it into several files`,
  missingColumn: (label) => `required column '${label}' is not in the header row`,
  missingField: () => 'is required',
  invalidEmail: (v) => `${q(v)} is not a valid email address`,
  invalidNip: (v) => `${q(v)} is not a valid NIP (18 digits)`,
  invalidNipScientific: (v) =>
    `${q(v)} is in scientific notation, so the NIP's digits are lost; format the NIP column as Text and type it again`,
  invalidNipRounded: (v) =>
    `${q(v)} was stored by Excel as a number, so the NIP's last digits are lost; format the NIP column as Text and type it again`,
  tooLong: (v, limit) => `${q(v)} is too long (at most ${limit} characters)`,
  formulaLike: (v) =>
    `${q(v)} starts with =, +, -, @ or a tab, so a spreadsheet could run it as a formula; remove that character`,
  unknownLevel: (v) =>
    `${q(v)} is not a known level; use Ahli Pertama, Ahli Muda, Ahli Madya, Ahli Utama or Petugas Antar Kerja`,
  unknownBattery: (v) => `battery ${q(v)} was not found`,
  ambiguousBattery: (v) => `battery name ${q(v)} is used by more than one battery; give the battery's id`,
  unknownDefaultBattery: (v) => `the chosen battery ${q(v)} was not found`,
  levelMismatch: (v, target, battery, batteryTarget) =>
    `${q(v)} (${target}) does not match battery '${battery}', which is for ${batteryTarget}`,
  unknownLanguage: (v) => `${q(v)} is not a known language; use id (Indonesian) or en (English)`,
  duplicateInFile: (v, first) => `${q(v)} already appears in row ${first} for the same battery`,
  duplicateInBattery: (v, battery) => `${q(v)} is already a participant of battery '${battery}'`,
  where: (row, column) => (row === 0 ? 'File: ' : `Row ${row}${column === null ? '' : `, column ${column}`}: `),
  target: (t) =>
    ({
      ahli_pertama: 'Employment Officer, First Expert (Ahli Pertama)',
      ahli_muda: 'Employment Officer, Young Expert (Ahli Muda)',
      ahli_madya: 'Employment Officer, Middle Expert (Ahli Madya)',
      ahli_utama: 'Employment Officer, Principal Expert (Ahli Utama)',
      petugas: 'Placement Officer (Petugas Antar Kerja)',
    })[t],
};

export const MESSAGES: Record<Language, ImportMessages> = { id, en };
