import { formatWib, InvalidInstantError, localized, numbered } from './format.js';

describe('formatWib', () => {
  it('prints an instant in Western Indonesian Time (UTC+7), as seed 000 Gambar 16 does', () => {
    expect(formatWib('2025-11-07T01:31:00Z', 'id')).toBe('07 Nov 2025, 08:31 WIB');
  });

  it('moves to the next day (and year) in Jakarta when it is still the evening in UTC', () => {
    expect(formatWib('2025-12-31T17:05:00Z', 'id')).toBe('01 Jan 2026, 00:05 WIB');
    expect(formatWib('2025-08-16T16:59:59Z', 'id')).toBe('16 Agu 2025, 23:59 WIB');
  });

  it('reads offsets and Date objects the same way', () => {
    expect(formatWib('2026-03-02T08:31:00+07:00', 'id')).toBe('02 Mar 2026, 08:31 WIB');
    expect(formatWib(new Date(Date.UTC(2026, 4, 20, 2, 0)), 'id')).toBe('20 Mei 2026, 09:00 WIB');
  });

  it('uses Indonesian month names in Indonesian and English ones in English', () => {
    const months = Array.from({ length: 12 }, (_, m) => new Date(Date.UTC(2026, m, 10, 3, 0)));
    expect(months.map((d) => formatWib(d, 'id').slice(3, 6))).toEqual([
      'Jan',
      'Feb',
      'Mar',
      'Apr',
      'Mei',
      'Jun',
      'Jul',
      'Agu',
      'Sep',
      'Okt',
      'Nov',
      'Des',
    ]);
    expect(formatWib('2026-10-10T03:00:00Z', 'en')).toBe('10 Oct 2026, 10:00 WIB');
  });

  it('rejects what is not an instant instead of printing "Invalid Date"', () => {
    expect(() => formatWib('yesterday', 'id')).toThrow(InvalidInstantError);
  });
});

describe('localized', () => {
  it('prints a plain string in both languages', () => {
    expect(localized('Budi Sutan', 'en')).toBe('Budi Sutan');
  });

  it('picks the language, falling back to Indonesian', () => {
    expect(localized({ id: 'Analisis Jabatan', en: 'Job analysis' }, 'en')).toBe('Job analysis');
    expect(localized({ id: 'Analisis Jabatan', en: 'Job analysis' }, 'id')).toBe('Analisis Jabatan');
    expect(localized({ id: 'Analisis Jabatan', en: null }, 'en')).toBe('Analisis Jabatan');
    expect(localized({ id: 'Analisis Jabatan', en: '' }, 'en')).toBe('Analisis Jabatan');
  });

  it('numbers rows as the report does', () => {
    expect(numbered(12, 'Pengendalian Penggunaan TKA')).toBe('12. Pengendalian Penggunaan TKA');
  });
});
