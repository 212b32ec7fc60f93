import type { AdminAccount, AdminAccountInput } from '@evkin/contracts';
import { AdminHarness, byText, choose, fieldByLabel, problem, queryByText, text, type } from '../shared/testing';

const ACCOUNTS: AdminAccount[] = [
  { id: 'u-1', email: 'admin@evkin.local', role: 'admin', signIn: 'password', createdAt: '2026-01-05T01:30:00.000Z' },
  // 18:00 UTC is already the next day in Jakarta.
  {
    id: 'u-2',
    email: 'disnaker.jabar@kemnaker.go.id',
    role: 'viewer',
    signIn: 'sso',
    createdAt: '2026-02-10T18:00:00.000Z',
  },
];

async function open(role: 'admin' | 'viewer', accounts: AdminAccount[] = ACCOUNTS): Promise<AdminHarness> {
  const admin = new AdminHarness(role);
  admin.on('GET', '/api/admin/accounts', { body: accounts });
  await admin.open('/admin/accounts');
  return admin;
}

function rows(admin: AdminHarness): string[][] {
  return [...admin.element.querySelectorAll('tbody tr')].map((tr) =>
    [...tr.querySelectorAll('th, td')].map((cell) => text(cell)),
  );
}

/** The error shown in the form field of the control labelled `label`. */
function errorAt(admin: AdminHarness, label: string): string {
  return text(fieldByLabel(admin.element, label).closest('mat-form-field')?.querySelector('mat-error'));
}

async function submit(admin: AdminHarness): Promise<void> {
  byText<HTMLButtonElement>(admin.element, 'button', 'Tambah akun').click();
  await admin.settle();
}

describe('AccountsPage', () => {
  it('lists the accounts with their role, how they sign in and creation time (WIB), under Akun in the navigation', async () => {
    const admin = await open('admin');

    expect(text(admin.element.querySelector('nav a[aria-current="page"]'))).toBe('Akun');
    expect(admin.sent('GET', '/api/admin/accounts')[0]?.headers.get('Authorization')).toBe('Bearer admin-token');
    expect(rows(admin)).toEqual([
      ['admin@evkin.local', 'Admin', 'Kata sandi', '5 Januari 2026 pukul 08.30 WIB'],
      ['disnaker.jabar@kemnaker.go.id', 'Peninjau', 'SSO organisasi', '11 Februari 2026 pukul 01.00 WIB'],
    ]);
  });

  it('checks the email and the 12-character password before sending anything', async () => {
    const admin = await open('admin');

    expect(text(fieldByLabel(admin.element, 'Kata sandi').closest('mat-form-field'))).toContain('Minimal 12 karakter.');
    await submit(admin);
    expect(errorAt(admin, 'Email')).toBe('Email wajib diisi.');
    expect(errorAt(admin, 'Kata sandi')).toBe('Kata sandi wajib diisi.');

    type(fieldByLabel(admin.element, 'Email'), 'budi@');
    type(fieldByLabel(admin.element, 'Kata sandi'), 'sebelas-kar');
    await submit(admin);
    expect(errorAt(admin, 'Email')).toBe('Masukkan alamat email yang valid.');
    expect(errorAt(admin, 'Kata sandi')).toBe('Kata sandi minimal 12 karakter.');

    expect(admin.sent('POST', '/api/admin/accounts')).toEqual([]);
  });

  it('adds an account, says so, clears the password and lists the new account', async () => {
    const created: AdminAccount = {
      id: 'u-3',
      email: 'bpk.jatim@kemnaker.go.id',
      role: 'admin',
      signIn: 'password',
      createdAt: '2026-03-01T03:00:00.000Z',
    };
    const admin = await open('admin');
    admin.on('POST', '/api/admin/accounts', { status: 201, body: created });
    admin.on('GET', '/api/admin/accounts', { body: [...ACCOUNTS, created] });

    type(fieldByLabel(admin.element, 'Email'), ' bpk.jatim@kemnaker.go.id ');
    choose(fieldByLabel<HTMLSelectElement>(admin.element, 'Peran'), 'admin');
    type(fieldByLabel(admin.element, 'Kata sandi'), 'dua-belas-kar');
    await submit(admin);

    expect(admin.sent('POST', '/api/admin/accounts')[0]?.body).toEqual({
      email: 'bpk.jatim@kemnaker.go.id',
      role: 'admin',
      password: 'dua-belas-kar',
    } satisfies AdminAccountInput);
    expect(text(admin.element.querySelector('.success'))).toBe(
      'Akun bpk.jatim@kemnaker.go.id ditambahkan sebagai Admin.',
    );
    expect(fieldByLabel(admin.element, 'Kata sandi').value).toBe('');
    expect(rows(admin).at(-1)).toEqual([
      'bpk.jatim@kemnaker.go.id',
      'Admin',
      'Kata sandi',
      '1 Maret 2026 pukul 10.00 WIB',
    ]);
  });

  it('shows the server’s refusal at the field it names', async () => {
    const admin = await open('admin');
    admin.on('POST', '/api/admin/accounts', {
      status: 400,
      body: problem(400, 'validation_failed', 'Data yang dikirim tidak valid', {
        errors: [{ field: 'email', code: 'email_taken', message: 'email ini sudah dipakai akun lain' }],
      }),
    });

    type(fieldByLabel(admin.element, 'Email'), 'admin@evkin.local');
    type(fieldByLabel(admin.element, 'Kata sandi'), 'dua-belas-kar');
    await submit(admin);

    expect(errorAt(admin, 'Email')).toBe('email ini sudah dipakai akun lain');
    expect(errorAt(admin, 'Kata sandi')).toBe('');
    expect(text(admin.element.querySelector('[role="alert"]'))).toBe('Data yang dikirim tidak valid');
    expect(admin.element.querySelector('.success')).toBeNull();
  });

  it('is not offered to viewers, and shows them no list and no form', async () => {
    const admin = await open('viewer');

    expect(queryByText(admin.element, 'nav a', 'Akun')).toBeNull();
    expect(text(admin.element.querySelector('.notice'))).toBe('Hanya admin yang dapat melihat dan menambah akun.');
    expect(admin.element.querySelector('form')).toBeNull();
    expect(admin.element.querySelector('table')).toBeNull();
    expect(admin.sent('GET', '/api/admin/accounts')).toEqual([]);
  });
});
