import { IMPORT_COLUMNS, type ImportColumn, type Language } from '@evkin/contracts';
import ExcelJS from 'exceljs';
import { COLUMN_LABELS, REQUIRED_COLUMNS } from './headers.js';

// The NIP is written with the spaces of its printed form: Excel then keeps it as text when it opens
// the CSV, where 18 bare digits would become 1,98501E+17 and lose their last digits.
const EXAMPLE: Record<Language, Record<ImportColumn, string>> = {
  id: {
    name: 'Budi Sutan',
    nip: '19850101 201001 1 001',
    email: 'budi.sutan@contoh.go.id',
    position: 'Ahli Muda',
    unit: 'Direktorat Bina Pengantar Kerja',
    province: 'DKI Jakarta',
    regency: 'Kota Jakarta Selatan',
    battery: '',
    language: 'id',
  },
  en: {
    name: 'Budi Sutan',
    nip: '19850101 201001 1 001',
    email: 'budi.sutan@example.go.id',
    position: 'Ahli Muda',
    unit: 'Direktorat Bina Pengantar Kerja',
    province: 'DKI Jakarta',
    regency: 'Kota Jakarta Selatan',
    battery: '',
    language: 'en',
  },
};

const LEVEL_CHOICES = ['Ahli Pertama', 'Ahli Muda', 'Ahli Madya', 'Ahli Utama', 'Petugas Antar Kerja'];

const NOTES: Record<Language, { sheet: string; help: string; lines: string[] }> = {
  id: {
    sheet: 'Peserta',
    help: 'Petunjuk',
    lines: [
      'Isi satu peserta per baris pada lembar Peserta, mulai baris 2; hapus baris contoh.',
      `Kolom wajib: ${REQUIRED_COLUMNS.map((c) => COLUMN_LABELS.id[c]).join(', ')}.`,
      'NIP boleh kosong; jika diisi, 18 angka (spasi boleh). Kolom NIP sudah berformat Teks: jangan ubah ke Angka.',
      `Jabatan: ${LEVEL_CHOICES.join(', ')}.`,
      'Baterai: nama atau ID baterai; kosongkan bila impor ditujukan untuk satu baterai yang dipilih saat unggah.',
      'Bahasa: id (Indonesia, bawaan bila kosong) atau en (English).',
      'Jangan awali isian dengan =, +, - atau @.',
    ],
  },
  en: {
    sheet: 'Participants',
    help: 'Instructions',
    lines: [
      'One participant per row on the Participants sheet, from row 2; delete the example row.',
      `Required columns: ${REQUIRED_COLUMNS.map((c) => COLUMN_LABELS.en[c]).join(', ')}.`,
      'NIP may be empty; when given, 18 digits (spaces allowed). The NIP column is formatted as Text: keep it so.',
      `Position: ${LEVEL_CHOICES.join(', ')}.`,
      'Battery: the battery name or id; leave empty when the import is for the one battery chosen on upload.',
      'Language: id (Indonesian, the default when empty) or en (English).',
      'Do not start a value with =, +, - or @.',
    ],
  },
};

interface RangeValidations {
  dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void };
}

// Rows the list validations cover: the import's row limit plus the header.
const LAST_ROW = 100_001;

const csvField = (value: string, delimiter: string): string =>
  value.includes(delimiter) || /["\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;

function csvTemplate(language: Language): Buffer {
  // Indonesian Excel lists with semicolons (the comma is its decimal mark), so that is what it opens cleanly.
  const delimiter = language === 'id' ? ';' : ',';
  const line = (values: string[]) => values.map((v) => csvField(v, delimiter)).join(delimiter);
  const header = line(IMPORT_COLUMNS.map((c) => COLUMN_LABELS[language][c]));
  const example = line(IMPORT_COLUMNS.map((c) => EXAMPLE[language][c]));
  // The BOM makes Excel read the file as UTF-8.
  return Buffer.from(`\ufeff${header}\r\n${example}\r\n`, 'utf8');
}

async function xlsxTemplate(language: Language): Promise<Buffer> {
  const notes = NOTES[language];
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(notes.sheet, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = IMPORT_COLUMNS.map((c) => ({
    header: COLUMN_LABELS[language][c],
    key: c,
    width: c === 'nip' ? 24 : c === 'email' || c === 'unit' ? 32 : 20,
    // Text format on the NIP column keeps Excel from turning a typed NIP into a rounded number.
    style: c === 'nip' ? { numFmt: '@' } : {},
  }));
  sheet.getRow(1).font = { bold: true };
  sheet.addRow(EXAMPLE[language]);
  const letter = (c: ImportColumn) => String.fromCharCode(65 + IMPORT_COLUMNS.indexOf(c));
  // exceljs writes range validations (one XML element per column) but its typings only know the per-cell API.
  const validations = (sheet as unknown as RangeValidations).dataValidations;
  validations.add(`${letter('position')}2:${letter('position')}${LAST_ROW}`, {
    type: 'list',
    allowBlank: true,
    showErrorMessage: false,
    formulae: [`"${LEVEL_CHOICES.join(',')}"`],
  });
  validations.add(`${letter('language')}2:${letter('language')}${LAST_ROW}`, {
    type: 'list',
    allowBlank: true,
    showErrorMessage: false,
    formulae: ['"id,en"'],
  });
  const help = workbook.addWorksheet(notes.help);
  help.getColumn(1).width = 110;
  for (const text of notes.lines) help.addRow([text]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The downloadable import template: the header row (Indonesian by default) and one example row. */
export async function buildTemplate(format: 'csv' | 'xlsx', language: Language = 'id'): Promise<Buffer> {
  return format === 'csv' ? csvTemplate(language) : xlsxTemplate(language);
}
