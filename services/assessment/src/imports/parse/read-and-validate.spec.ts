import ExcelJS from 'exceljs';
import { readImportFile } from './read-import-file.js';
import { validateRows } from './validate-rows.js';

const battery = { id: 'b-madya', name: 'Baterai Ahli Madya', target: 'ahli_madya' as const };
const HEADER = ['No.', 'Nama Lengkap', 'NIP', 'Alamat Email', 'Jenjang Jabatan', 'Unit Kerja', 'Provinsi', 'Kab/Kota'];

async function workbook(rows: unknown[][]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Data');
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await book.xlsx.writeBuffer());
}

describe('reading then validating a real file', () => {
  it('accepts a NIP typed as text in Excel and refuses one stored as a number, saying why', async () => {
    const bytes = await workbook([
      HEADER,
      [
        1,
        'Siti Aminah',
        '197803152005012002',
        'siti@contoh.go.id',
        'Ahli Madya',
        'Disnaker',
        'Jawa Timur',
        'Kota Surabaya',
      ],
      [
        2,
        'Joko Susilo',
        // What Excel stores for an 18-digit NIP typed into a General cell: a double, already rounded.
        Number('197803152005011001'),
        'joko@contoh.go.id',
        'Ahli Madya',
        'Disnaker',
        'Jawa Timur',
        'Kota Malang',
      ],
    ]);
    const read = await readImportFile('peserta.xlsx', bytes);
    const result = validateRows(read.rows, {
      batteries: [battery],
      defaultBatteryId: 'b-madya',
      language: 'id',
      headers: read.headers,
    });
    expect(result.valid.map((v) => [v.row, v.nip])).toEqual([[2, '197803152005012002']]);
    expect(result.errors.map((e) => [e.row, e.column, e.code])).toEqual([[3, 'nip', 'invalid_nip']]);
    expect(result.errors[0]?.message).toContain('sebagai Teks');
  });

  it('reports a formula cell of a workbook as formula-like, in the words of the file', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Data');
    sheet.addRow(HEADER);
    sheet.addRow([1, { formula: 'A1&"Budi"', result: 'No.Budi' }, '', 'b@contoh.go.id', 'Ahli Madya', 'U', 'P', 'K']);
    const read = await readImportFile('peserta.xlsx', Buffer.from(await book.xlsx.writeBuffer()));
    const result = validateRows(read.rows, {
      batteries: [battery],
      defaultBatteryId: 'b-madya',
      language: 'en',
      headers: read.headers,
    });
    expect(result.valid).toEqual([]);
    expect(result.errors).toEqual([
      {
        row: 2,
        column: 'name',
        code: 'formula_like',
        message:
          'Row 2, column Nama Lengkap: \'=A1&"Budi"\' starts with =, +, -, @ or a tab, so a spreadsheet could run it as a formula; remove that character',
        value: '=A1&"Budi"',
      },
    ]);
  });

  it('numbers the errors of a semicolon CSV by spreadsheet row', async () => {
    const text = [
      'Nama;Email;Jabatan;Unit Kerja;Provinsi;Kabupaten/Kota;Baterai',
      'Budi;budi@contoh.go.id;Ahli Madya;U;P;K;Baterai Ahli Madya',
      '',
      'Ani;ani@;Ahli Madya;U;P;K;Baterai Ahli Madya',
      'Budi lagi;BUDI@contoh.go.id;Ahli Madya;U;P;K;baterai ahli madya',
    ].join('\r\n');
    const read = await readImportFile('peserta.csv', Buffer.from(text));
    const result = validateRows(read.rows, { batteries: [battery], language: 'id' });
    expect(result.errors.map((e) => [e.row, e.code])).toEqual([
      [4, 'invalid_email'],
      [5, 'duplicate_in_file'],
    ]);
    expect(result.errors[1]?.message).toContain('sudah ada di baris 2');
  });
});
