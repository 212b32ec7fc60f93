import { IMPORT_COLUMNS } from '@evkin/contracts';

const EXAMPLE: Record<(typeof IMPORT_COLUMNS)[number], string> = {
  name: 'Budi Santoso',
  nip: '198805122010011002',
  email: 'budi.santoso@example.go.id',
  position: 'Pengantar Kerja Ahli Pertama',
  unit: 'Dinas Tenaga Kerja Kota Bandung',
  province: 'Jawa Barat',
  regency: 'Kota Bandung',
  battery: '',
  language: 'id',
};

/** The participant file template (seed 000 G.2.b): the columns in order and one example row, UTF-8 with BOM for Excel. */
export function importTemplateCsv(): string {
  const quote = (value: string) => (/[",;\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
  const header = IMPORT_COLUMNS.join(',');
  const example = IMPORT_COLUMNS.map((column) => quote(EXAMPLE[column])).join(',');
  return `\uFEFF${header}\r\n${example}\r\n`;
}
