import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting, type TestRequest } from '@angular/common/http/testing';
import type { Type } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { PORTAL_TIMER } from '../../portal-shared/portal-timer';
import { ManualTimer } from './portal-fixtures';

/** A page under test at a route, its fake backend and timer, and the lookups a user makes on screen. */
export class PortalHarness {
  readonly timer = new ManualTimer();
  backend!: HttpTestingController;
  router!: RouterTestingHarness;

  configure(path: string, component: Type<unknown>): void {
    sessionStorage.clear();
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideRouter([{ path, component }]),
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: PORTAL_TIMER, useValue: this.timer },
        // Dialogs close at once instead of waiting for an animation jsdom never plays.
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    this.backend = TestBed.inject(HttpTestingController);
  }

  async open(url: string): Promise<void> {
    this.router = await RouterTestingHarness.create(url);
  }

  async settle(): Promise<void> {
    // Several awaits chain inside one user action; let each of them finish before looking.
    for (let round = 0; round < 3; round++) await this.router.fixture.whenStable();
  }

  async reply(request: TestRequest, body: object | Blob | null, status = 200): Promise<void> {
    request.flush(body, { status, statusText: String(status) });
    await this.settle();
  }

  async fail(request: TestRequest): Promise<void> {
    request.error(new ProgressEvent('error'));
    await this.settle();
  }

  page(): HTMLElement {
    return this.router.fixture.nativeElement as HTMLElement;
  }

  heading(): string {
    return this.page().querySelector('h1')?.textContent?.trim() ?? '';
  }

  text(): string {
    return this.page().textContent?.replace(/\s+/g, ' ') ?? '';
  }

  button(label: string, root: ParentNode = this.page()): HTMLButtonElement {
    const found = [...root.querySelectorAll('button')].find(
      (b) => b.textContent?.replace(/\s+/g, ' ').trim() === label,
    );
    if (!found) throw new Error(`No button "${label}" in: ${this.text().slice(0, 400)}`);
    return found;
  }

  hasButton(label: string): boolean {
    return [...this.page().querySelectorAll('button')].some((b) => b.textContent?.trim() === label);
  }

  async click(label: string, root?: ParentNode): Promise<void> {
    this.button(label, root).click();
    await this.settle();
  }

  /** The value next to a label in a definition list; list entries joined with " | ". */
  summaryValue(label: string): string {
    const term = [...this.page().querySelectorAll('dt')].find((dt) => dt.textContent?.trim() === label);
    const value = term?.nextElementSibling;
    const entries = value ? [...value.querySelectorAll('li')] : [];
    const texts = entries.length ? entries.map((li) => li.textContent ?? '') : [value?.textContent ?? ''];
    return texts.map((text) => text.replace(/\s+/g, ' ').trim()).join(' | ');
  }

  alert(): string {
    return [...this.page().querySelectorAll('[role="alert"]')].map((el) => el.textContent?.trim()).join(' ');
  }
}
