import ExcelJS from 'exceljs';
import { readImportFile } from './read-import-file.js';

const HEADER_ID = ['Nama', 'NIP', 'Email', 'Jabatan', 'Unit Kerja', 'Provinsi', 'Kabupaten/Kota', 'Baterai', 'Bahasa'];
const BUDI = [
  'Budi Sutan',
  '198501012010011001',
  'budi@contoh.go.id',
  'Ahli Muda',
  'Disnaker',
  'Jawa Barat',
  'Kota Bandung',
  'Baterai A',
  'id',
];

const csv = (text: string) => Buffer.from(text, 'utf8');

async function xlsx(rows: unknown[][], build?: (sheet: ExcelJS.Worksheet) => void): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Peserta');
  for (const row of rows) sheet.addRow(row);
  build?.(sheet);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe('readImportFile — CSV', () => {
  it('reads a UTF-8 file with a BOM and Indonesian headers into cells by column', async () => {
    const text = `\ufeff${HEADER_ID.join(',')}\r\n${BUDI.join(',')}\r\n`;
    const result = await readImportFile('peserta.csv', csv(text));
    expect(result.errors).toEqual([]);
    expect(result.format).toBe('csv');
    expect(result.rows).toEqual([
      {
        row: 2,
        cells: {
          name: 'Budi Sutan',
          nip: '198501012010011001',
          email: 'budi@contoh.go.id',
          position: 'Ahli Muda',
          unit: 'Disnaker',
          province: 'Jawa Barat',
          regency: 'Kota Bandung',
          battery: 'Baterai A',
          language: 'id',
        },
      },
    ]);
    expect(result.headers.name).toBe('Nama');
  });

  it('detects semicolons, as Indonesian Excel exports them', async () => {
    const result = await readImportFile('peserta.csv', csv(`${HEADER_ID.join(';')}\n${BUDI.join(';')}\n`));
    expect(result.rows[0]?.cells.regency).toBe('Kota Bandung');
  });

  it('detects tabs', async () => {
    const result = await readImportFile('peserta.txt', csv(`${HEADER_ID.join('\t')}\n${BUDI.join('\t')}\n`));
    expect(result.rows[0]?.cells.email).toBe('budi@contoh.go.id');
  });

  it('keeps commas, quotes and line breaks inside quoted fields', async () => {
    const header = 'Nama,Email,Jabatan,Unit Kerja,Provinsi,Kabupaten/Kota';
    const line = '"Sutan, Budi","budi@contoh.go.id",Ahli Muda,"Dinas ""Tenaga Kerja""\nKota",Jawa Barat,Kota Bandung';
    const result = await readImportFile('peserta.csv', csv(`${header}\r\n${line}\r\n`));
    expect(result.rows[0]?.cells.name).toBe('Sutan, Budi');
    expect(result.rows[0]?.cells.unit).toBe('Dinas "Tenaga Kerja"\nKota');
  });

  it('skips blank lines but numbers rows as the spreadsheet shows them', async () => {
    const text = [HEADER_ID.join(';'), BUDI.join(';'), '', ';;;;;;;;', BUDI.join(';'), ''].join('\r\n');
    const result = await readImportFile('peserta.csv', csv(text));
    expect(result.rows.map((r) => r.row)).toEqual([2, 5]);
  });

  it('matches headers whatever their case, accents, punctuation and aliases', async () => {
    const header = 'NAMA LENGKAP;Surel;Jenjang Jabatan;Unit;Próvinsi;Kab./Kota;Battery;Language;No.';
    const result = await readImportFile('p.csv', csv(`${header}\nBudi;b@contoh.go.id;PK Ahli Muda;U;P;K;B;en;1\n`));
    expect(result.errors).toEqual([]);
    expect(result.rows[0]?.cells).toMatchObject({
      name: 'Budi',
      email: 'b@contoh.go.id',
      regency: 'K',
      language: 'en',
    });
    expect(result.headers.email).toBe('Surel');
  });

  it('finds the header below a title line and keeps spreadsheet row numbers', async () => {
    const text = `DAFTAR PESERTA EVALUASI KINERJA 2026\n\n${HEADER_ID.join(';')}\n${BUDI.join(';')}\n`;
    const result = await readImportFile('peserta.csv', csv(text));
    expect(result.errors).toEqual([]);
    expect(result.rows[0]?.row).toBe(4);
  });

  it('reads a Windows-1252 export instead of refusing it', async () => {
    const header = Buffer.from('Nama;Email;Jabatan;Unit Kerja;Provinsi;Kabupaten/Kota\n', 'latin1');
    const line = Buffer.from('Andr\xe9 Siahaan;andre@contoh.go.id;Ahli Muda;U;P;K\n', 'latin1');
    const result = await readImportFile('peserta.csv', Buffer.concat([header, line]));
    expect(result.rows[0]?.cells.name).toBe('André Siahaan');
  });

  it("honours Excel's sep= line and does not count it as a row", async () => {
    const result = await readImportFile('p.csv', csv(`sep=;\r\n${HEADER_ID.join(';')}\r\n${BUDI.join(';')}\r\n`));
    expect(result.rows.map((r) => [r.row, r.cells.name])).toEqual([[2, 'Budi Sutan']]);
  });

  it('reads a UTF-16 "Unicode text" export', async () => {
    const text = `${HEADER_ID.join('\t')}\r\n${BUDI.join('\t')}\r\n`;
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const result = await readImportFile('peserta.txt', bytes);
    expect(result.rows[0]?.cells.email).toBe('budi@contoh.go.id');
  });

  it('leaves absent optional columns empty', async () => {
    const result = await readImportFile(
      'p.csv',
      csv('Nama,Email,Jabatan,Unit Kerja,Provinsi,Kota\nBudi,b@x.id,Ahli Muda,U,P,K\n'),
    );
    expect(result.rows[0]?.cells).toMatchObject({ nip: '', battery: '', language: '' });
  });

  it('reports every missing required column as a file error on row 0', async () => {
    const result = await readImportFile('p.csv', csv('Nama;NIP;Email\nBudi;;b@x.id\n'));
    expect(result.rows).toEqual([]);
    expect(result.errors.map((e) => [e.row, e.code, e.column])).toEqual([
      [0, 'missing_column', 'position'],
      [0, 'missing_column', 'unit'],
      [0, 'missing_column', 'province'],
      [0, 'missing_column', 'regency'],
    ]);
    expect(result.errors[0]?.message).toBe("Berkas: kolom wajib 'Jabatan' tidak ditemukan pada baris judul");
  });

  it('reports a file with only a header, or nothing at all, as empty', async () => {
    for (const text of [`${HEADER_ID.join(',')}\r\n\r\n`, '', '   \n\n']) {
      const result = await readImportFile('p.csv', csv(text));
      expect(result.errors.map((e) => e.code)).toEqual(['empty_file']);
    }
  });

  it('refuses more rows than the limit', async () => {
    const text = [HEADER_ID.join(','), BUDI.join(','), BUDI.join(','), BUDI.join(',')].join('\n');
    const result = await readImportFile('p.csv', csv(text), { maxRows: 2, language: 'en' });
    expect(result.rows).toEqual([]);
    expect(result.errors.map((e) => [e.row, e.code])).toEqual([[0, 'too_many_rows']]);
    expect(result.errors[0]?.message).toBe(
      'File: the file has 3 data rows; at most 2 rows per import, split it into several files',
    );
  });

  it('reports an unclosed quote as unreadable', async () => {
    const result = await readImportFile('p.csv', csv(`${HEADER_ID.join(',')}\n"Budi,${BUDI.slice(1).join(',')}\n`));
    expect(result.errors.map((e) => e.code)).toEqual(['unreadable_file']);
  });
});

describe('readImportFile — not a spreadsheet', () => {
  it('refuses a PDF, naming the file', async () => {
    const pdf = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.from([0, 1, 2, 3])]);
    const result = await readImportFile('surat.pdf', pdf, { language: 'en' });
    expect(result.errors).toEqual([
      {
        row: 0,
        column: null,
        code: 'unreadable_file',
        message: 'File: this file is neither CSV nor XLSX; upload a CSV (UTF-8) or XLSX file',
        value: 'surat.pdf',
      },
    ]);
  });

  it('refuses an old .xls with advice to save as .xlsx', async () => {
    const xls = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    const result = await readImportFile('peserta.xls', xls);
    expect(result.errors[0]?.code).toBe('unreadable_file');
    expect(result.errors[0]?.message).toContain('.xlsx');
  });

  it('refuses a zip that is not a workbook', async () => {
    const zip = Buffer.from('PK\x03\x04this is not a real archive', 'latin1');
    const result = await readImportFile('peserta.xlsx', zip);
    expect(result.format).toBe('xlsx');
    expect(result.errors.map((e) => e.code)).toEqual(['unreadable_file']);
  });
});

describe('readImportFile — XLSX', () => {
  it('reads the first worksheet by content, whatever the file is called', async () => {
    const bytes = await xlsx([HEADER_ID, BUDI]);
    const result = await readImportFile('peserta.csv', bytes);
    expect(result.format).toBe('xlsx');
    expect(result.errors).toEqual([]);
    expect(result.rows[0]).toMatchObject({ row: 2, cells: { name: 'Budi Sutan', nip: '198501012010011001' } });
  });

  it('writes a NIP stored as a number in full, never as 1.98e+17, and flags it as rounded', async () => {
    const bytes = await xlsx([
      HEADER_ID,
      ['Budi', Number('198501012010011001'), ...BUDI.slice(2)],
      ['Ani', 12345, ...BUDI.slice(2)],
    ]);
    const result = await readImportFile('peserta.xlsx', bytes);
    expect(result.rows[0]?.cells.nip).toMatch(/^\d{18}$/);
    expect(result.rows[0]?.rounded).toEqual(['nip']);
    expect(result.rows[1]?.cells.nip).toBe('12345');
    expect(result.rows[1]?.rounded).toBeUndefined();
  });

  it('reads rich text, hyperlinks, dates and merged cells as the text shown', async () => {
    const bytes = await xlsx([HEADER_ID], (sheet) => {
      sheet.addRow([
        { richText: [{ text: 'Budi ', font: { bold: true } }, { text: 'Sutan' }] },
        '',
        { text: 'budi@contoh.go.id', hyperlink: 'mailto:budi@contoh.go.id' },
        'Ahli Muda',
        new Date(Date.UTC(2026, 0, 15)),
        'Jawa Barat',
        'Kota Bandung',
      ]);
      sheet.addRow(['Ani', '', 'ani@contoh.go.id', 'Ahli Muda', 'U']);
      sheet.mergeCells('F2:F3');
      sheet.mergeCells('G2:G3');
    });
    const result = await readImportFile('peserta.xlsx', bytes);
    expect(result.rows[0]?.cells).toMatchObject({ name: 'Budi Sutan', email: 'budi@contoh.go.id', unit: '2026-01-15' });
    expect(result.rows[1]?.cells).toMatchObject({ province: 'Jawa Barat', regency: 'Kota Bandung' });
  });

  it('turns a formula cell into its formula text so that it is caught as formula-like', async () => {
    const bytes = await xlsx([HEADER_ID], (sheet) => {
      sheet.addRow(['Budi', '', { formula: 'LOWER("BUDI@X.ID")', result: 'budi@x.id' }, 'Ahli Muda', 'U', 'P', 'K']);
    });
    const result = await readImportFile('peserta.xlsx', bytes);
    expect(result.rows[0]?.cells.email).toBe('=LOWER("BUDI@X.ID")');
  });

  it('skips empty rows and keeps Excel row numbers', async () => {
    const bytes = await xlsx([HEADER_ID], (sheet) => {
      sheet.getRow(5).values = BUDI;
    });
    const result = await readImportFile('peserta.xlsx', bytes);
    expect(result.rows.map((r) => r.row)).toEqual([5]);
  });

  it('reports a workbook with only a header as empty', async () => {
    const result = await readImportFile('peserta.xlsx', await xlsx([HEADER_ID]));
    expect(result.errors.map((e) => e.code)).toEqual(['empty_file']);
  });
});
