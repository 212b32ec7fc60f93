import { IMPORT_COLUMNS, type ImportColumn, type Language } from '@evkin/contracts';
import { fold } from './fold.js';

/** Columns a file must have. NIP, battery and language may be absent (empty for every row). */
export const REQUIRED_COLUMNS: readonly ImportColumn[] = ['name', 'email', 'position', 'unit', 'province', 'regency'];

/** The template's header row, and how messages name a column when the file's own header is unknown. */
export const COLUMN_LABELS: Record<Language, Record<ImportColumn, string>> = {
  id: {
    name: 'Nama',
    nip: 'NIP',
    email: 'Email',
    position: 'Jabatan',
    unit: 'Unit Kerja',
    province: 'Provinsi',
    regency: 'Kabupaten/Kota',
    battery: 'Baterai',
    language: 'Bahasa',
  },
  en: {
    name: 'Name',
    nip: 'NIP',
    email: 'Email',
    position: 'Position',
    unit: 'Unit',
    province: 'Province',
    regency: 'Regency/City',
    battery: 'Battery',
    language: 'Language',
  },
};

// Headers as Indonesian offices actually write them, folded (see fold.ts).
const ALIASES: Record<ImportColumn, readonly string[]> = {
  name: ['nama', 'nama lengkap', 'nama peserta', 'nama pegawai', 'name', 'full name', 'participant name'],
  nip: ['nip', 'nip baru', 'no nip', 'nomor nip', 'nomor induk pegawai', 'employee id'],
  email: [
    'email',
    'e mail',
    'surel',
    'alamat email',
    'alamat e mail',
    'alamat surel',
    'surat elektronik',
    'email address',
    'e mail address',
  ],
  position: ['jabatan', 'jenjang', 'jenjang jabatan', 'jabatan fungsional', 'posisi', 'position', 'level', 'target'],
  unit: ['unit kerja', 'unit', 'satuan kerja', 'satker', 'instansi', 'work unit', 'agency'],
  province: ['provinsi', 'propinsi', 'prov', 'province'],
  regency: [
    'kabupaten kota',
    'kab kota',
    'kota kabupaten',
    'kabupaten',
    'kota',
    'kab',
    'kabkota',
    'regency',
    'city',
    'regency city',
  ],
  battery: ['baterai', 'nama baterai', 'id baterai', 'baterai instrumen', 'battery', 'battery name', 'battery id'],
  language: ['bahasa', 'bahasa email', 'language', 'lang'],
};

// Markers people add to headers ("Nama*", "NIP (opsional)") that do not change the column.
const MARKERS = /\b(wajib|opsional|optional|required|diisi|isi)\b/g;

const BY_ALIAS = new Map<string, ImportColumn>();
for (const column of IMPORT_COLUMNS) {
  BY_ALIAS.set(column, column);
  for (const alias of ALIASES[column]) BY_ALIAS.set(alias, column);
}

/** The column a header cell names, or null for a column the import does not use (e.g. "No."). */
export function matchHeader(text: string): ImportColumn | null {
  const key = fold(text).replace(MARKERS, ' ').replace(/\s+/g, ' ').trim();
  return BY_ALIAS.get(key) ?? null;
}
