import type { ImportColumn } from '@evkin/contracts';
import type { BatteryRef, RawRow, ValidationContext } from './types.js';
import { validateRows } from './validate-rows.js';

const MUDA: BatteryRef = { id: 'b-muda', name: 'Baterai Ahli Muda 2026', target: 'ahli_muda' };
const PETUGAS: BatteryRef = { id: 'b-petugas', name: 'Baterai Petugas Antar Kerja 2026', target: 'petugas' };
const TWIN_1: BatteryRef = { id: 'b-twin-1', name: 'Baterai Kembar', target: 'ahli_madya' };
const TWIN_2: BatteryRef = { id: 'b-twin-2', name: 'Baterai Kembar', target: 'ahli_madya' };

const context = (extra: Partial<ValidationContext> = {}): ValidationContext => ({
  batteries: [MUDA, PETUGAS, TWIN_1, TWIN_2],
  language: 'id',
  ...extra,
});

const GOOD: Record<ImportColumn, string> = {
  name: 'Budi Sutan',
  nip: '198501012010011001',
  email: 'budi@contoh.go.id',
  position: 'Ahli Muda',
  unit: 'Dinas Tenaga Kerja',
  province: 'Jawa Barat',
  regency: 'Kota Bandung',
  battery: 'Baterai Ahli Muda 2026',
  language: '',
};

let nextRow = 2;
const raw = (cells: Partial<Record<ImportColumn, string>> = {}, extra: Partial<RawRow> = {}): RawRow => ({
  row: nextRow++,
  cells: { ...GOOD, ...cells },
  ...extra,
});

const codes = (rows: RawRow[], ctx = context()) => validateRows(rows, ctx).errors.map((e) => [e.row, e.column, e.code]);

beforeEach(() => {
  nextRow = 2;
});

describe('validateRows — valid rows', () => {
  it('normalises a valid row for insertion', () => {
    const result = validateRows(
      [
        raw({
          name: '  Budi \u00a0  Sutan ',
          nip: '19850101 201001 1 001',
          email: ' Budi.Sutan@Contoh.GO.ID ',
          position: 'pengantar kerja ahli muda',
          battery: 'baterai AHLI muda 2026',
          language: 'English',
        }),
      ],
      context(),
    );
    expect(result).toEqual({
      rows: 1,
      errors: [],
      valid: [
        {
          row: 2,
          name: 'Budi Sutan',
          nip: '198501012010011001',
          email: 'budi.sutan@contoh.go.id',
          target: 'ahli_muda',
          unit: 'Dinas Tenaga Kerja',
          province: 'Jawa Barat',
          regency: 'Kota Bandung',
          batteryId: 'b-muda',
          language: 'en',
        },
      ],
    });
  });

  it('takes an empty NIP as none and an empty language as Indonesian', () => {
    const [row] = validateRows([raw({ nip: '', language: '' })], context()).valid;
    expect(row).toMatchObject({ nip: null, language: 'id' });
  });

  it('finds a battery by its id as well as by its name', () => {
    const result = validateRows([raw({ battery: 'B-PETUGAS', position: 'PAK' })], context());
    expect(result.valid[0]).toMatchObject({ batteryId: 'b-petugas', target: 'petugas' });
  });

  it('keeps valid rows and leaves out rows with errors', () => {
    const result = validateRows([raw(), raw({ email: 'x' }), raw({ email: 'ani@contoh.go.id' })], context());
    expect(result.rows).toBe(3);
    expect(result.valid.map((v) => v.row)).toEqual([2, 4]);
    expect(result.errors.map((e) => e.row)).toEqual([3]);
  });
});

describe('validateRows — errors per cell', () => {
  it('requires name, email, position, unit, province, regency and battery, but not NIP', () => {
    const empty = { name: '', nip: '', email: '', position: '', unit: '', province: '', regency: '', battery: '' };
    expect(codes([raw(empty)])).toEqual([
      [2, 'name', 'missing_field'],
      [2, 'email', 'missing_field'],
      [2, 'position', 'missing_field'],
      [2, 'unit', 'missing_field'],
      [2, 'province', 'missing_field'],
      [2, 'regency', 'missing_field'],
      [2, 'battery', 'missing_field'],
    ]);
  });

  it('names row, column and value in Indonesian by default', () => {
    nextRow = 7;
    const [error] = validateRows([raw({ email: 'budi@' })], context()).errors;
    expect(error).toEqual({
      row: 7,
      column: 'email',
      code: 'invalid_email',
      message: "Baris 7, kolom Email: 'budi@' bukan alamat email yang valid",
      value: 'budi@',
    });
  });

  it('answers in English when asked', () => {
    nextRow = 7;
    const [error] = validateRows([raw({ email: 'budi@' })], context({ language: 'en' })).errors;
    expect(error?.message).toBe("Row 7, column Email: 'budi@' is not a valid email address");
  });

  it("names the column as the file's header does", () => {
    const [error] = validateRows([raw({ email: 'budi@' })], context({ headers: { email: 'Alamat Surel' } })).errors;
    expect(error?.message).toMatch(/^Baris 2, kolom Alamat Surel: /);
  });

  it('rejects a NIP that is not 18 digits, and explains one mangled by Excel', () => {
    const result = validateRows(
      [
        raw({ nip: '19850101201001100', email: 'a@contoh.go.id' }),
        raw({ nip: '19850101-201001-1-001', email: 'b@contoh.go.id' }),
        raw({ nip: '1,98501E+17', email: 'c@contoh.go.id' }),
        raw({ nip: '198501012010011008', email: 'd@contoh.go.id' }, { rounded: ['nip'] }),
      ],
      context(),
    );
    expect(result.errors.map((e) => e.code)).toEqual(['invalid_nip', 'invalid_nip', 'invalid_nip', 'invalid_nip']);
    expect(result.errors[2]?.message).toContain('notasi ilmiah');
    expect(result.errors[3]?.message).toContain('format kolom NIP sebagai Teks');
  });

  it('rejects values over the column limit', () => {
    const [error] = validateRows([raw({ name: 'A'.repeat(201) })], context()).errors;
    expect(error).toMatchObject({ column: 'name', code: 'too_long', value: 'A'.repeat(100) });
    expect(error?.message).toContain('paling banyak 200 karakter');
  });

  it.each(['=1+1', '+62811', '-5', '@SUM(A1)', '\tBudi', '\rBudi', '  =HYPERLINK("http://x")'])(
    'reports %j as formula-like without stripping it',
    (value) => {
      const result = validateRows([raw({ unit: value })], context());
      expect(result.errors).toEqual([expect.objectContaining({ column: 'unit', code: 'formula_like', value })]);
      expect(result.valid).toEqual([]);
    },
  );

  it('does not also call a formula an invalid email', () => {
    expect(codes([raw({ email: '=LOWER("BUDI@X.ID")' })])).toEqual([[2, 'email', 'formula_like']]);
  });

  it('rejects a position that is no level of the position', () => {
    const [error] = validateRows([raw({ position: 'Pengantar Kerja Terampil' })], context()).errors;
    expect(error).toMatchObject({ column: 'position', code: 'unknown_level' });
    expect(error?.message).toContain('Ahli Pertama, Ahli Muda, Ahli Madya, Ahli Utama atau Petugas Antar Kerja');
  });

  it('rejects an unknown battery, and a name shared by two batteries', () => {
    const result = validateRows(
      [raw({ battery: 'Baterai Lain' }), raw({ battery: 'Baterai Kembar', position: 'Ahli Madya' })],
      context({ language: 'en' }),
    );
    expect(result.errors.map((e) => [e.row, e.code])).toEqual([
      [2, 'unknown_battery'],
      [3, 'unknown_battery'],
    ]);
    expect(result.errors[1]?.message).toContain("give the battery's id");
  });

  it("rejects a participant whose level is not the battery's", () => {
    const [error] = validateRows([raw({ position: 'Petugas Antar Kerja' })], context()).errors;
    expect(error).toMatchObject({ column: 'position', code: 'level_mismatch', value: 'Petugas Antar Kerja' });
    expect(error?.message).toBe(
      "Baris 2, kolom Jabatan: 'Petugas Antar Kerja' (Petugas Antar Kerja) tidak sesuai dengan baterai " +
        "'Baterai Ahli Muda 2026' yang ditujukan untuk Pengantar Kerja Ahli Muda",
    );
  });

  it('rejects an unknown language', () => {
    expect(codes([raw({ language: 'Jawa' })])).toEqual([[2, 'language', 'unknown_language']]);
  });

  it('reports every error of a row, in column order', () => {
    const row = raw({ name: '', nip: '123', email: 'budi@', position: 'Kepala', battery: 'Nope', language: 'fr' });
    expect(codes([row])).toEqual([
      [2, 'name', 'missing_field'],
      [2, 'nip', 'invalid_nip'],
      [2, 'email', 'invalid_email'],
      [2, 'position', 'unknown_level'],
      [2, 'battery', 'unknown_battery'],
      [2, 'language', 'unknown_language'],
    ]);
  });
});

describe('validateRows — default battery', () => {
  it('puts rows with an empty battery cell in the default battery', () => {
    const result = validateRows(
      [raw({ battery: '' }), raw({ battery: 'Baterai Petugas Antar Kerja 2026', position: 'PAK', email: 'a@b.id' })],
      context({ defaultBatteryId: 'b-muda' }),
    );
    expect(result.errors).toEqual([]);
    expect(result.valid.map((v) => v.batteryId)).toEqual(['b-muda', 'b-petugas']);
  });

  it('checks the level against the default battery', () => {
    expect(codes([raw({ battery: '', position: 'Ahli Utama' })], context({ defaultBatteryId: 'b-muda' }))).toEqual([
      [2, 'position', 'level_mismatch'],
    ]);
  });

  it('reports rows that fall back on a default battery that does not exist', () => {
    expect(codes([raw({ battery: '' })], context({ defaultBatteryId: 'b-gone' }))).toEqual([
      [2, 'battery', 'unknown_battery'],
    ]);
  });
});

describe('validateRows — duplicates', () => {
  it('reports a repeated email for the same battery on the later rows, naming the first', () => {
    const result = validateRows(
      [raw(), raw({ email: 'ani@contoh.go.id' }), raw({ email: ' BUDI@contoh.go.id' }), raw()],
      context(),
    );
    expect(result.valid.map((v) => v.row)).toEqual([2, 3]);
    expect(result.errors.map((e) => [e.row, e.code])).toEqual([
      [4, 'duplicate_in_file'],
      [5, 'duplicate_in_file'],
    ]);
    expect(result.errors[0]?.message).toBe(
      "Baris 4, kolom Email: 'budi@contoh.go.id' sudah ada di baris 2 untuk baterai yang sama",
    );
  });

  it('accepts the same email in two different batteries', () => {
    const result = validateRows(
      [raw(), raw({ battery: 'Baterai Petugas Antar Kerja 2026', position: 'Petugas Antar Kerja' })],
      context(),
    );
    expect(result.errors).toEqual([]);
  });

  it('reports an email already registered in the battery, from a map or a function', () => {
    const existing = new Map([['b-muda', new Set(['budi@contoh.go.id'])]]);
    const lookups: ValidationContext['existingEmails'][] = [
      existing,
      (batteryId, email) => batteryId === 'b-muda' && email === 'budi@contoh.go.id',
    ];
    for (const existingEmails of lookups) {
      const result = validateRows([raw({ email: 'Budi@Contoh.go.id' })], context({ existingEmails, language: 'en' }));
      expect(result.errors).toEqual([
        expect.objectContaining({
          column: 'email',
          code: 'duplicate_in_battery',
          message:
            "Row 2, column Email: 'budi@contoh.go.id' is already a participant of battery 'Baterai Ahli Muda 2026'",
        }),
      ]);
      nextRow = 2;
    }
  });

  it('does not count an email registered in another battery', () => {
    const existing = new Map([['b-petugas', new Set(['budi@contoh.go.id'])]]);
    expect(validateRows([raw()], context({ existingEmails: existing })).errors).toEqual([]);
  });
});
