import type { AdminSession, LoginResponse } from '@evkin/contracts';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { AdminHarness, queryByText, text } from '../shared/testing';

const SSO_SESSION: AdminSession = {
  userId: 'u1',
  email: 'dewi@kemnaker.go.id',
  role: 'viewer',
  expiresAt: '2999-01-01T00:00:00.000Z',
};

describe('Admin sign-in with SSO', () => {
  it('offers the SSO button only when the gateway has single sign-on', async () => {
    const off = new AdminHarness(null);
    await off.open('/admin');
    expect(queryByText(off.element, 'a', 'Masuk dengan SSO')).toBeNull();
    TestBed.resetTestingModule();

    const on = new AdminHarness(null);
    on.on('GET', '/api/auth/oidc', { body: { enabled: true } });
    await on.open('/admin');
    const button = queryByText(on.element, 'a', 'Masuk dengan SSO');
    expect(button?.getAttribute('href')).toBe('/api/auth/oidc/start');
  });

  it('keeps the session whose token the gateway put in the fragment, and clears the address', async () => {
    const admin = new AdminHarness(null);
    admin.on('GET', '/api/auth/me', { body: SSO_SESSION });
    // The console lands on the dashboard; no battery keeps it quiet.
    admin.on('GET', '/api/admin/batteries', { body: [] });
    await admin.open('/admin#sso=sso-token-of-43-characters-aaaaaaaaaaaaaaaa');

    expect(admin.sent('GET', '/api/auth/me')[0]?.headers.get('Authorization')).toBe(
      'Bearer sso-token-of-43-characters-aaaaaaaaaaaaaaaa',
    );
    expect(text(admin.element.querySelector('.who'))).toBe('Masuk sebagai dewi@kemnaker.go.id (Peninjau)');
    const stored = JSON.parse(sessionStorage.getItem('evkin.adminSession') ?? '{}') as LoginResponse;
    expect(stored).toEqual({
      token: 'sso-token-of-43-characters-aaaaaaaaaaaaaaaa',
      expiresAt: SSO_SESSION.expiresAt,
      user: { email: SSO_SESSION.email, role: 'viewer' },
    });
    expect(TestBed.inject(Router).url).not.toContain('sso=');
  });

  it('explains a refusal in the language of the console and stays on the form', async () => {
    const admin = new AdminHarness(null);
    admin.on('GET', '/api/auth/oidc', { body: { enabled: true } });
    await admin.open('/admin?error=oidc_no_role');

    expect(text(admin.element.querySelector('[role="alert"]'))).toContain(
      'Akun SSO Anda belum memiliki peran untuk Konsol Admin.',
    );
    expect(admin.element.querySelector('nav a')).toBeNull();
    expect(TestBed.inject(Router).url).toBe('/admin');
    expect(sessionStorage.getItem('evkin.adminSession')).toBeNull();
  });

  it('refuses a token the gateway does not know', async () => {
    const admin = new AdminHarness(null);
    admin.on('GET', '/api/auth/me', { status: 401, body: null });
    await admin.open('/admin#sso=stale-token-aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa');

    expect(text(admin.element.querySelector('[role="alert"]'))).toBe(
      'Masuk dengan SSO gagal atau kedaluwarsa. Silakan coba lagi.',
    );
    expect(sessionStorage.getItem('evkin.adminSession')).toBeNull();
  });
});
