import { csvCell, neutraliseFormula, toCsv } from './csv.js';

describe('CSV export cells', () => {
  it.each([
    ['=HYPERLINK("http://x","klik")', `"'=HYPERLINK(""http://x"",""klik"")"`],
    ['+62 812', "'+62 812"],
    ['-1+1', "'-1+1"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tcmd', "'\tcmd"],
    ['\r=1', `"'\r=1"`],
  ])('neutralises the formula-like %p', (value, written) => {
    expect(csvCell(value)).toBe(written);
  });

  it('leaves ordinary text, numbers and negative numbers alone', () => {
    expect(csvCell('Siti Rahmawati')).toBe('Siti Rahmawati');
    expect(csvCell('Dinas, Kota "Bandung"')).toBe('"Dinas, Kota ""Bandung"""');
    expect(csvCell(-12.5)).toBe('-12.5');
    expect(csvCell(null)).toBe('');
    expect(csvCell(new Date('2026-03-20T03:00:00Z'))).toBe('2026-03-20T03:00:00.000Z');
    expect(neutraliseFormula('a=b')).toBe('a=b');
  });

  it('writes UTF-8 with a byte-order mark and CRLF line ends', () => {
    const bytes = toCsv([
      ['Nama', 'Provinsi'],
      ['Ñoño', 'Jawa Barat'],
    ]);
    expect(bytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(bytes.toString('utf8')).toBe('\uFEFFNama,Provinsi\r\nÑoño,Jawa Barat\r\n');
  });
});
