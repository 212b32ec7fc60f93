import ExcelJS from 'exceljs';
import { readImportFile } from './read-import-file.js';
import { buildTemplate } from './template.js';
import { validateRows } from './validate-rows.js';

const battery = { id: 'b-muda', name: 'Baterai Ahli Muda 2026', target: 'ahli_muda' as const };

describe('buildTemplate', () => {
  it('makes an Indonesian CSV with a BOM, semicolons, the header and one example row', async () => {
    const text = (await buildTemplate('csv', 'id')).toString('utf8');
    expect(text.startsWith('\ufeff')).toBe(true);
    expect(text.slice(1).split('\r\n')).toEqual([
      'Nama;NIP;Email;Jabatan;Unit Kerja;Provinsi;Kabupaten/Kota;Baterai;Bahasa',
      'Budi Sutan;19850101 201001 1 001;budi.sutan@contoh.go.id;Ahli Muda;Direktorat Bina Pengantar Kerja;DKI Jakarta;Kota Jakarta Selatan;;id',
      '',
    ]);
  });

  it('makes an English CSV with commas', async () => {
    const [header] = (await buildTemplate('csv', 'en')).toString('utf8').slice(1).split('\r\n');
    expect(header).toBe('Name,NIP,Email,Position,Unit,Province,Regency/City,Battery,Language');
  });

  it('makes an XLSX whose first sheet has the header, the example and a text-formatted NIP column', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await buildTemplate('xlsx')) as unknown as ExcelJS.Buffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.name).toBe('Peserta');
    expect(sheet.getRow(1).values).toEqual([
      undefined,
      'Nama',
      'NIP',
      'Email',
      'Jabatan',
      'Unit Kerja',
      'Provinsi',
      'Kabupaten/Kota',
      'Baterai',
      'Bahasa',
    ]);
    expect(sheet.getCell('B2').value).toBe('19850101 201001 1 001');
    expect(sheet.getColumn(2).numFmt).toBe('@');
    expect(workbook.worksheets[1]?.name).toBe('Petunjuk');
  });

  it.each([
    ['csv', 'id'],
    ['csv', 'en'],
    ['xlsx', 'id'],
    ['xlsx', 'en'],
  ] as const)('imports its own %s %s template as one valid row', async (format, language) => {
    const read = await readImportFile(`template.${format}`, await buildTemplate(format, language), { language });
    expect(read.errors).toEqual([]);
    const result = validateRows(read.rows, { batteries: [battery], defaultBatteryId: 'b-muda', language });
    expect(result.errors).toEqual([]);
    expect(result.valid).toEqual([expect.objectContaining({ row: 2, nip: '198501012010011001', target: 'ahli_muda' })]);
  });
});
