import type { LoginResponse } from '@evkin/contracts';
import {
  AdminHarness,
  BATTERY,
  byText,
  fieldByLabel,
  problem,
  queryByText,
  sessionFor,
  text,
  type,
} from '../shared/testing';

describe('Admin console shell', () => {
  it('asks for sign-in first, then opens the requested page with the navigation and who is signed in', async () => {
    const admin = new AdminHarness(null);
    admin.on('POST', '/api/auth/login', { body: sessionFor('admin') });
    await admin.open('/admin/batteries');

    expect(text(admin.element.querySelector('h1'))).toBe('Konsol Admin');
    expect(admin.requests.filter((r) => r.url.startsWith('/api/admin'))).toEqual([]);

    type(fieldByLabel(admin.element, 'Email'), 'admin@kemnaker.go.id');
    type(fieldByLabel(admin.element, 'Kata sandi'), 'rahasia-123');
    byText<HTMLButtonElement>(admin.element, 'button', 'Masuk').click();
    await admin.settle();

    expect(admin.sent('POST', '/api/auth/login')[0]?.body).toEqual({
      email: 'admin@kemnaker.go.id',
      password: 'rahasia-123',
    });
    expect(text(admin.element.querySelector('.who'))).toBe('Masuk sebagai admin@kemnaker.go.id (Admin)');
    const nav = [...admin.element.querySelectorAll('nav a')].map((a) => text(a));
    expect(nav).toEqual([
      'Dasbor',
      'Baterai',
      'Bank Butir',
      'Peserta',
      'Hasil',
      'Laporan Direktorat',
      'Log Audit',
      'Akun',
    ]);
    expect(admin.element.querySelector('nav a[aria-current="page"]')?.textContent?.trim()).toBe('Baterai');
    // The page asked the gateway with the new token.
    expect(admin.sent('GET', '/api/admin/batteries')[0]?.headers.get('Authorization')).toBe('Bearer admin-token');
    expect(text(admin.element.querySelector('tbody th'))).toBe(BATTERY.name);
    expect(queryByText(admin.element, 'a', 'Baterai baru')).not.toBeNull();
    const stored = JSON.parse(sessionStorage.getItem('evkin.adminSession') ?? '{}') as Partial<LoginResponse>;
    expect(stored.token).toBe('admin-token');
  });

  it('shows the problem title when the credentials are refused and stays on the form', async () => {
    const admin = new AdminHarness(null);
    admin.on('POST', '/api/auth/login', {
      status: 401,
      body: problem(401, 'invalid_credentials', 'Email atau kata sandi salah'),
    });
    await admin.open('/admin');

    type(fieldByLabel(admin.element, 'Email'), 'admin@kemnaker.go.id');
    type(fieldByLabel(admin.element, 'Kata sandi'), 'salah');
    byText<HTMLButtonElement>(admin.element, 'button', 'Masuk').click();
    await admin.settle();

    expect(text(admin.element.querySelector('[role="alert"]'))).toBe('Email atau kata sandi salah');
    expect(admin.element.querySelector('nav a')).toBeNull();
    expect(sessionStorage.getItem('evkin.adminSession')).toBeNull();
  });

  it('returns to the sign-in form with a message when the gateway answers 401 (expired session)', async () => {
    const admin = new AdminHarness('admin');
    admin.on('GET', '/api/admin/batteries', { status: 401, body: problem(401, 'unauthenticated', 'Silakan masuk') });
    await admin.open('/admin/batteries');

    expect(text(admin.element.querySelector('[role="status"]'))).toBe(
      'Sesi Anda telah berakhir. Silakan masuk kembali untuk melanjutkan.',
    );
    expect(admin.element.querySelector('form [type="submit"]')).not.toBeNull();
    expect(admin.element.querySelector('nav a')).toBeNull();
    expect(sessionStorage.getItem('evkin.adminSession')).toBeNull();
  });

  it('signs out with the bearer token and forgets the session', async () => {
    const admin = new AdminHarness('admin');
    admin.on('POST', '/api/auth/logout', { status: 204, body: null });
    admin.on('GET', '/api/admin/audit', { body: { total: 0, page: 1, pageSize: 50, items: [] } });
    await admin.open('/admin/audit');

    byText<HTMLButtonElement>(admin.element, 'button', 'Keluar').click();
    await admin.settle();

    expect(admin.sent('POST', '/api/auth/logout')[0]?.headers.get('Authorization')).toBe('Bearer admin-token');
    expect(text(admin.element.querySelector('[role="status"]'))).toBe('Anda telah keluar.');
    expect(sessionStorage.getItem('evkin.adminSession')).toBeNull();
  });

  it('gives a viewer a read-only console: no buttons that change anything', async () => {
    const admin = new AdminHarness('viewer');
    await admin.open('/admin/batteries');

    expect(text(admin.element.querySelector('.readonly'))).toContain('Akses baca saja');
    expect(queryByText(admin.element, 'a', 'Baterai baru')).toBeNull();
    expect(queryByText(admin.element, 'a', 'Baterai')).not.toBeNull();
  });
});
