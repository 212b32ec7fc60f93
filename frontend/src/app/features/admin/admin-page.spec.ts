import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import type { LoginResponse, ProblemDetails } from '@evkin/contracts';
import { AdminPage } from './admin-page';

const SESSION: LoginResponse = {
  token: 'adm-token',
  expiresAt: '2999-01-01T00:00:00.000Z',
  user: { email: 'dina@kemnaker.go.id', role: 'admin' },
};

describe('AdminPage', () => {
  let backend: HttpTestingController;
  let fixture: ComponentFixture<AdminPage>;

  beforeEach(() => {
    sessionStorage.clear();
    localStorage.clear();
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  async function render(): Promise<void> {
    fixture = TestBed.createComponent(AdminPage);
    await fixture.whenStable();
  }

  function page(): HTMLElement {
    return fixture.nativeElement as HTMLElement;
  }

  function field(label: string): HTMLInputElement {
    const labelElement = [...page().querySelectorAll('label')].find((l) => l.textContent?.trim() === label);
    const input = labelElement?.htmlFor ? page().querySelector<HTMLInputElement>(`#${labelElement.htmlFor}`) : null;
    if (!input) throw new Error(`No input labelled "${label}"`);
    return input;
  }

  function type(label: string, value: string): void {
    const input = field(label);
    input.value = value;
    input.dispatchEvent(new Event('input'));
  }

  function button(label: string): HTMLButtonElement {
    const found = [...page().querySelectorAll('button')].find((b) => b.textContent?.trim() === label);
    if (!found) throw new Error(`No button "${label}"`);
    return found;
  }

  it('signs in with email and password and shows who is signed in', async () => {
    await render();
    type('Email', 'dina@kemnaker.go.id');
    type('Kata sandi', 'rahasia-123');

    button('Masuk').click();

    const login = backend.expectOne('/api/auth/login');
    expect(login.request.method).toBe('POST');
    expect(login.request.body).toEqual({ email: 'dina@kemnaker.go.id', password: 'rahasia-123' });
    login.flush(SESSION);
    await fixture.whenStable();

    expect(page().querySelector('h2')?.textContent?.trim()).toBe('Masuk sebagai dina@kemnaker.go.id (Admin)');
    const stored = JSON.parse(sessionStorage.getItem('evkin.adminSession') ?? '{}') as Partial<LoginResponse>;
    expect(stored.token).toBe('adm-token');
  });

  it('shows the problem title when the credentials are refused', async () => {
    await render();
    type('Email', 'dina@kemnaker.go.id');
    type('Kata sandi', 'salah');

    button('Masuk').click();
    const refusal: ProblemDetails = {
      type: 'https://evkin.id/problems/invalid-credentials',
      title: 'Email atau kata sandi salah',
      status: 401,
      code: 'invalid_credentials',
    };
    backend.expectOne('/api/auth/login').flush(refusal, { status: 401, statusText: 'Unauthorized' });
    await fixture.whenStable();

    expect(page().querySelector('[role="alert"]')?.textContent?.trim()).toBe('Email atau kata sandi salah');
    expect(sessionStorage.getItem('evkin.adminSession')).toBeNull();
  });

  it('does not call the server while a field is missing or malformed, and says what to fix', async () => {
    await render();
    type('Email', 'not-an-email');

    button('Masuk').click();
    await fixture.whenStable();

    backend.expectNone('/api/auth/login');
    const errors = [...page().querySelectorAll('mat-error')].map((e) => e.textContent?.trim());
    expect(errors).toEqual(['Masukkan alamat email yang valid.', 'Kata sandi wajib diisi.']);
  });

  it('signs out with the bearer token and returns to the sign-in form', async () => {
    sessionStorage.setItem('evkin.adminSession', JSON.stringify(SESSION));
    await render();

    button('Keluar').click();

    const logout = backend.expectOne('/api/auth/logout');
    expect(logout.request.method).toBe('POST');
    expect(logout.request.headers.get('Authorization')).toBe('Bearer adm-token');
    logout.flush(null, { status: 204, statusText: 'No Content' });
    await fixture.whenStable();

    expect(page().querySelector('h2')?.textContent?.trim()).toBe('Masuk');
    expect(sessionStorage.getItem('evkin.adminSession')).toBeNull();
  });
});
