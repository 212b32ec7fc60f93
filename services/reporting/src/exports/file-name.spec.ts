import { slug, wibDate } from './file-name.js';

describe('export file names', () => {
  it('keeps an ASCII slug of the battery name', () => {
    expect(slug('Baterai Ahli Pertama 2026')).toBe('baterai-ahli-pertama-2026');
    expect(slug('Évaluasi / "PK" <2026>')).toBe('evaluasi-pk-2026');
    expect(slug('???')).toBe('evkin');
  });

  it('dates the file on the WIB calendar', () => {
    expect(wibDate(new Date('2026-03-20T17:30:00Z'))).toBe('2026-03-21');
    expect(wibDate(new Date('2026-03-20T16:59:00Z'))).toBe('2026-03-20');
  });
});
