/* Test support for the admin console specs (not used by the application). */
import { provideHttpClient, withInterceptors, type HttpRequest } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting, type TestRequest } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { acceptLanguageInterceptor } from '../../../core/api/accept-language.interceptor';
import type { AdminRole, BatterySummary, CatalogueView, LoginResponse, ProblemDetails } from '@evkin/contracts';
import { ADMIN_ROUTES } from '../admin.routes';
import { FileSaver } from './file-saver';
import type { DownloadedFile } from './admin-api';

export function sessionFor(role: AdminRole): LoginResponse {
  return {
    token: `${role}-token`,
    expiresAt: '2999-01-01T00:00:00.000Z',
    user: { email: `${role}@kemnaker.go.id`, role },
  };
}

export const CATALOGUE: CatalogueView = {
  competencies: [{ id: 'k1', no: 1, name: 'Informasi Pasar Kerja', en: 'Labour market information' }],
  subCompetencies: [
    {
      id: 'sk01',
      no: 1,
      competencyId: 'k1',
      name: 'Pengumpulan Data',
      en: 'Data collection',
      description: null,
      descriptionEn: null,
    },
    {
      id: 'sk02',
      no: 2,
      competencyId: 'k1',
      name: 'Analisis Data',
      en: 'Data analysis',
      description: null,
      descriptionEn: null,
    },
    {
      id: 'sk03',
      no: 3,
      competencyId: 'k1',
      name: 'Penyebarluasan',
      en: 'Dissemination',
      description: null,
      descriptionEn: null,
    },
  ],
  levels: [
    {
      id: 'ahli_pertama',
      order: 1,
      name: 'Ahli Pertama',
      en: 'First level',
      measuredSubCompetencyIds: ['sk01', 'sk02'],
    },
    { id: 'ahli_muda', order: 2, name: 'Ahli Muda', en: 'Junior level', measuredSubCompetencyIds: ['sk02', 'sk03'] },
    { id: 'ahli_madya', order: 3, name: 'Ahli Madya', en: 'Middle level', measuredSubCompetencyIds: ['sk03'] },
    { id: 'ahli_utama', order: 4, name: 'Ahli Utama', en: 'Senior level', measuredSubCompetencyIds: ['sk03'] },
  ],
  activities: [
    {
      code: 'A1',
      competencyId: 'k1',
      jenjang: 'ahli_pertama',
      text: 'Mengumpulkan data lowongan',
      en: 'Collect vacancy data',
      output: '',
    },
    {
      code: 'B1',
      competencyId: 'k1',
      jenjang: 'ahli_muda',
      text: 'Menganalisis data pasar kerja',
      en: 'Analyse data',
      output: '',
    },
  ],
  petugasTaskGroups: [{ id: 'a', title: 'Penyuluhan', en: 'Counselling' }],
  petugasTasks: [{ id: 'a1', groupId: 'a', text: 'Memberi penyuluhan', en: 'Give counselling' }],
  scale: [
    { id: 'ss', label: 'Sangat sesuai', en: 'Strongly agree', value: 4 },
    { id: 's', label: 'Sesuai', en: 'Agree', value: 3 },
    { id: 'ts', label: 'Tidak sesuai', en: 'Disagree', value: 2 },
    { id: 'sts', label: 'Sangat tidak sesuai', en: 'Strongly disagree', value: 1 },
  ],
};

export const BATTERY: BatterySummary = {
  id: 'bat-1',
  name: 'Baterai Ahli Pertama 2026',
  programme: 'Pelatihan Analisis Pasar Kerja',
  periodStart: '2026-01-05',
  deadline: '2999-12-31',
  closesAt: '2999-12-31T16:59:59.000Z',
  target: 'ahli_pertama',
  status: 'active',
  reminderDays: [7, 1],
  counts: { participants: 2, invited: 2, completed: 1 },
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  instrumentVersion: 1,
};

export function problem(
  status: number,
  code: ProblemDetails['code'],
  title: string,
  extra: Partial<ProblemDetails> = {},
) {
  return { type: `https://evkin.id/problems/${code}`, title, status, code, ...extra } satisfies ProblemDetails;
}

interface ScriptedResponse {
  body: unknown;
  status?: number;
  headers?: Record<string, string>;
}

type Reply = ScriptedResponse | ((request: HttpRequest<unknown>) => ScriptedResponse);

/** Saves nothing: records what the page handed to the browser. */
export class RecordingFileSaver {
  readonly saved: DownloadedFile[] = [];
  save(file: DownloadedFile): void {
    this.saved.push(file);
  }
}

/**
 * The admin routes in a router harness against a scripted gateway: each request is answered by the first
 * matching `on(...)` rule, and `settle()` answers requests until the page stops asking.
 */
export class AdminHarness {
  readonly requests: HttpRequest<unknown>[] = [];
  readonly files = new RecordingFileSaver();
  private readonly rules: { method: string; url: string; reply: Reply }[] = [];
  /** Requests left unanswered until released: what the page shows while the server works. */
  private readonly held = new Set<string>();
  private backend!: HttpTestingController;
  harness!: RouterTestingHarness;

  constructor(role: AdminRole | null) {
    sessionStorage.clear();
    localStorage.clear();
    if (role) sessionStorage.setItem('evkin.adminSession', JSON.stringify(sessionFor(role)));
    TestBed.configureTestingModule({
      providers: [
        // The app's own interceptors (app.config.ts), which the console's requests pass through too.
        provideHttpClient(withInterceptors([acceptLanguageInterceptor])),
        provideHttpClientTesting(),
        provideRouter([{ path: 'admin', children: ADMIN_ROUTES }]),
        { provide: FileSaver, useValue: this.files },
      ],
    });
    this.on('GET', '/api/admin/catalogue', { body: CATALOGUE });
    this.on('GET', '/api/admin/batteries', { body: [BATTERY] });
    this.on('GET', '/api/auth/oidc', { body: { enabled: false } });
  }

  /** Later rules win, so a test can override the defaults. */
  on(method: string, url: string, reply: Reply): this {
    this.rules.unshift({ method, url, reply });
    return this;
  }

  /** Leaves matching requests open (settle() ignores them) until release(). */
  hold(method: string, url: string): this {
    this.held.add(`${method} ${url}`);
    return this;
  }

  release(method: string, url: string): this {
    this.held.delete(`${method} ${url}`);
    return this;
  }

  get element(): HTMLElement {
    return this.harness.fixture.nativeElement as HTMLElement;
  }

  async open(url: string): Promise<void> {
    this.backend = TestBed.inject(HttpTestingController);
    this.harness = await RouterTestingHarness.create();
    await this.harness.navigateByUrl(url);
    await this.settle();
  }

  async settle(): Promise<void> {
    let quiet = 0;
    for (let round = 0; round < 60; round++) {
      TestBed.tick();
      await new Promise<void>((resolve) => setTimeout(resolve));
      const open: TestRequest[] = this.backend.match((r) => !this.held.has(`${r.method} ${r.url}`));
      if (open.length === 0) {
        // Two quiet rounds: a page that just appeared may only start asking on the next tick.
        if (++quiet === 2) return;
        continue;
      }
      quiet = 0;
      for (const request of open) this.answer(request);
    }
    throw new Error('The page kept sending requests');
  }

  sent(method: string, url: string): HttpRequest<unknown>[] {
    return this.requests.filter((r) => r.method === method && r.url === url);
  }

  verify(): void {
    this.backend.verify();
  }

  private answer(request: TestRequest): void {
    const { method, url } = request.request;
    this.requests.push(request.request);
    const rule = this.rules.find((r) => r.method === method && r.url === url);
    if (!rule) throw new Error(`No scripted reply for ${method} ${url}`);
    const reply = typeof rule.reply === 'function' ? rule.reply(request.request) : rule.reply;
    const status = reply.status ?? 200;
    request.flush(reply.body as never, {
      status,
      statusText: status < 400 ? 'OK' : 'Error',
      ...(reply.headers ? { headers: reply.headers } : {}),
    });
  }
}

/** DOM look-ups by what the user reads. */
export function byText<T extends HTMLElement>(root: ParentNode, selector: string, text: string): T {
  const found = [...root.querySelectorAll<T>(selector)].find(
    (e) => e.textContent?.replace(/\s+/g, ' ').trim() === text,
  );
  if (!found) throw new Error(`No ${selector} reading "${text}"`);
  return found;
}

export function queryByText(root: ParentNode, selector: string, text: string): HTMLElement | null {
  return (
    [...root.querySelectorAll<HTMLElement>(selector)].find(
      (e) => e.textContent?.replace(/\s+/g, ' ').trim() === text,
    ) ?? null
  );
}

export function fieldByLabel<T extends HTMLElement = HTMLInputElement>(root: ParentNode, label: string): T {
  const labelElement = [...root.querySelectorAll('label')].find(
    (l) => l.textContent?.replace(/\s+/g, ' ').trim() === label,
  );
  const control = labelElement?.htmlFor ? root.querySelector<T>(`#${CSS.escape(labelElement.htmlFor)}`) : null;
  if (!control) throw new Error(`No field labelled "${label}"`);
  return control;
}

export function type(control: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  control.value = value;
  control.dispatchEvent(new Event('input', { bubbles: true }));
}

export function choose(control: HTMLSelectElement, value: string): void {
  control.value = value;
  control.dispatchEvent(new Event('input', { bubbles: true }));
  control.dispatchEvent(new Event('change', { bubbles: true }));
}

export function text(element: Element | null | undefined): string {
  return element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}
