import { Location } from '@angular/common';
import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting, type TestRequest } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { AssignmentView, ProblemDetails, SubmitResult } from '@evkin/contracts';
import { I18nService } from '../../core/i18n/i18n.service';
import { RaterLinkPage } from './rater-link-page';

const ASSIGNMENT_URL = '/api/portal/assignment';
const SUBMIT_URL = '/api/portal/assignment/submit';

const PENDING_PEER: AssignmentView = {
  assignmentId: 'asg-1',
  role: 'peer',
  status: 'pending',
  rater: { name: 'Siti Rahayu' },
  participant: { name: 'Budi Santoso', unit: 'Disnaker Kota Bandung' },
  submittedAt: null,
};

function problem(status: number, code: ProblemDetails['code'], title: string): ProblemDetails {
  return { type: `https://evkin.id/problems/${code}`, title, status, code };
}

describe('RaterLinkPage', () => {
  let backend: HttpTestingController;
  let harness: RouterTestingHarness;

  beforeEach(() => {
    sessionStorage.clear();
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideRouter([{ path: 'e', component: RaterLinkPage }]),
        provideHttpClient(),
        provideHttpClientTesting(),
      ],
    });
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  async function openLink(url: string): Promise<void> {
    harness = await RouterTestingHarness.create(url);
  }

  async function answer(request: TestRequest, body: object, status = 200): Promise<void> {
    request.flush(body, { status, statusText: String(status) });
    await harness.fixture.whenStable();
  }

  function page(): HTMLElement {
    return harness.fixture.nativeElement as HTMLElement;
  }

  function heading(): string {
    return page().querySelector('h1')?.textContent?.trim() ?? '';
  }

  /** The value shown next to a label in the summary, the way a reader pairs them. */
  function summaryValue(label: string): string {
    const term = [...page().querySelectorAll('dt')].find((dt) => dt.textContent?.trim() === label);
    return term?.nextElementSibling?.textContent?.trim() ?? '';
  }

  function button(label: string): HTMLButtonElement | undefined {
    return [...page().querySelectorAll('button')].find((b) => b.textContent?.trim() === label);
  }

  it('loads the assignment with the link token and shows the confirmation summary', async () => {
    await openLink('/e#tok-1');

    const request = backend.expectOne(ASSIGNMENT_URL);
    expect(request.request.method).toBe('GET');
    expect(request.request.headers.get('Authorization')).toBe('Bearer tok-1');
    await answer(request, PENDING_PEER);

    expect(heading()).toBe('Konfirmasi Evaluasi');
    expect(summaryValue('Peserta')).toBe('Budi Santoso');
    expect(summaryValue('Unit kerja')).toBe('Disnaker Kota Bandung');
    expect(summaryValue('Peran Anda sebagai penilai')).toBe('Rekan Kerja');
    expect(summaryValue('Nama penilai')).toBe('Siti Rahayu');
    expect(summaryValue('Status')).toBe('Menunggu');
    expect(page().textContent).toContain('jawaban individual Anda tidak pernah ditampilkan kepada peserta');
    expect(button('Kirim Data')).toBeDefined();
  });

  it('takes the token out of the address bar', async () => {
    await openLink('/e#tok-1');
    await answer(backend.expectOne(ASSIGNMENT_URL), PENDING_PEER);

    expect(TestBed.inject(Location).path(true)).toBe('/e');
  });

  it('still works after a reload, with the token kept for the session', async () => {
    sessionStorage.setItem('evkin.raterToken', 'tok-kept');

    await openLink('/e');

    const request = backend.expectOne(ASSIGNMENT_URL);
    expect(request.request.headers.get('Authorization')).toBe('Bearer tok-kept');
    await answer(request, PENDING_PEER);
    expect(summaryValue('Peserta')).toBe('Budi Santoso');
  });

  it("names the rater's role in the regulation's words and follows a language switch", async () => {
    await openLink('/e#tok-1');
    await answer(backend.expectOne(ASSIGNMENT_URL), {
      ...PENDING_PEER,
      role: 'service_user',
      participant: { name: 'Budi Santoso', unit: null },
    });
    expect(summaryValue('Peran Anda sebagai penilai')).toBe('Pengguna Layanan');
    expect(summaryValue('Unit kerja')).toBe('Tidak dicantumkan');

    TestBed.inject(I18nService).use('en');
    await harness.fixture.whenStable();

    expect(summaryValue('Your role as rater')).toBe('Service user');
    expect(button('Submit')).toBeDefined();
  });

  it('submits an empty answer set with the token and shows the finish page', async () => {
    await openLink('/e#tok-1');
    await answer(backend.expectOne(ASSIGNMENT_URL), PENDING_PEER);

    button('Kirim Data')?.click();

    const submit = backend.expectOne(SUBMIT_URL);
    expect(submit.request.method).toBe('POST');
    expect(submit.request.body).toEqual({ answers: {} });
    expect(submit.request.headers.get('Authorization')).toBe('Bearer tok-1');
    const result: SubmitResult = {
      assignmentId: 'asg-1',
      status: 'submitted',
      submittedAt: '2026-03-02T03:04:05.000Z',
      firstSubmission: true,
    };
    await answer(submit, result);

    expect(heading()).toBe('Terima kasih — evaluasi Anda telah terkirim');
    expect(button('Kirim Data')).toBeUndefined();
    expect(document.activeElement).toBe(page().querySelector('h1'));
  });

  it('shows the finish page directly, without a submit button, when the evaluation was already submitted', async () => {
    await openLink('/e#tok-1');
    await answer(backend.expectOne(ASSIGNMENT_URL), {
      ...PENDING_PEER,
      status: 'submitted',
      submittedAt: '2026-03-01T08:00:00.000Z',
    });

    expect(heading()).toBe('Terima kasih — evaluasi Anda telah terkirim');
    expect(page().textContent).toContain('Dikirim pada');
    expect(page().querySelector('button')).toBeNull();
  });

  it('shows the invalid-link page when the gateway does not know the link', async () => {
    await openLink('/e#tok-unknown');
    await answer(
      backend.expectOne(ASSIGNMENT_URL),
      problem(404, 'link_invalid', 'Tautan tidak dikenal atau tidak berlaku lagi'),
      404,
    );

    expect(heading()).toBe('Tautan tidak dikenal atau tidak berlaku lagi');
    expect(page().querySelector('dl')).toBeNull();
    expect(page().querySelector('button')).toBeNull();
  });

  it('shows the invalid-link page when a submit is refused as unauthenticated', async () => {
    await openLink('/e#tok-1');
    await answer(backend.expectOne(ASSIGNMENT_URL), PENDING_PEER);

    button('Kirim Data')?.click();
    await answer(backend.expectOne(SUBMIT_URL), problem(401, 'unauthenticated', 'Silakan masuk terlebih dahulu'), 401);

    expect(heading()).toBe('Tautan tidak dikenal atau tidak berlaku lagi');
  });

  it('shows the invalid-link page without calling the API when there is no token at all', async () => {
    await openLink('/e');

    backend.expectNone(ASSIGNMENT_URL);
    expect(heading()).toBe('Tautan tidak dikenal atau tidak berlaku lagi');
  });

  it('shows the translated problem title on a server failure and loads again on retry', async () => {
    await openLink('/e#tok-1');
    await answer(
      backend.expectOne(ASSIGNMENT_URL),
      problem(503, 'service_unavailable', 'Layanan sedang tidak tersedia, silakan coba lagi'),
      503,
    );

    expect(heading()).toBe('Evaluasi tidak dapat dimuat');
    expect(page().querySelector('[role="alert"]')?.textContent?.trim()).toBe(
      'Layanan sedang tidak tersedia, silakan coba lagi',
    );

    button('Coba lagi')?.click();
    await answer(backend.expectOne(ASSIGNMENT_URL), PENDING_PEER);

    expect(summaryValue('Peserta')).toBe('Budi Santoso');
  });

  it('offers to submit again after a network failure, keeping the summary', async () => {
    await openLink('/e#tok-1');
    await answer(backend.expectOne(ASSIGNMENT_URL), PENDING_PEER);

    button('Kirim Data')?.click();
    backend.expectOne(SUBMIT_URL).error(new ProgressEvent('error'));
    await harness.fixture.whenStable();

    expect(page().querySelector('[role="alert"]')?.textContent).toContain('Tidak dapat terhubung ke server');
    expect(summaryValue('Peserta')).toBe('Budi Santoso');

    button('Coba kirim lagi')?.click();
    await answer(backend.expectOne(SUBMIT_URL), {
      assignmentId: 'asg-1',
      status: 'submitted',
      submittedAt: '2026-03-02T03:04:05.000Z',
      firstSubmission: true,
    } satisfies SubmitResult);

    expect(heading()).toBe('Terima kasih — evaluasi Anda telah terkirim');
  });
});
