import { TestBed } from '@angular/core/testing';
import { provideRouter, Router, TitleStrategy } from '@angular/router';
import { App } from './app';
import { routes } from './app.routes';
import { TranslatedTitleStrategy } from './core/i18n/translated-title.strategy';

describe('App shell', () => {
  beforeEach(() => {
    // A signed-in admin from another test would open the console dashboard instead of the sign-in page.
    sessionStorage.clear();
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [provideRouter(routes), { provide: TitleStrategy, useExisting: TranslatedTitleStrategy }],
    });
  });

  async function render(url: string) {
    const fixture = TestBed.createComponent(App);
    await TestBed.inject(Router).navigateByUrl(url);
    await fixture.whenStable();
    return { fixture, element: fixture.nativeElement as HTMLElement };
  }

  it('starts with a skip link to the main landmark', async () => {
    const { element } = await render('/');

    const first = element.querySelector('a');
    expect(first?.textContent?.trim()).toBe('Langsung ke konten utama');
    first?.click();
    expect(document.activeElement).toBe(element.querySelector('main'));
  });

  it('shows the home page in Indonesian, with a translated page title', async () => {
    const { element } = await render('/');

    expect(element.querySelector('main h1')?.textContent?.trim()).toBe('Evkin 360');
    expect(element.querySelector('main')?.textContent).toContain(
      'Evaluasi Kinerja 360° Pengantar Kerja dan Petugas Antar Kerja',
    );
    expect(document.title).toBe('Beranda · Evkin 360');
  });

  it('switches the whole page to English from the top-bar language switch', async () => {
    const { fixture, element } = await render('/admin');
    expect(document.title).toBe('Konsol Admin · Evkin 360');

    const english = [...element.querySelectorAll<HTMLButtonElement>('header button')].find((b) =>
      b.textContent?.includes('EN'),
    );
    english?.click();
    await fixture.whenStable();

    expect(english?.getAttribute('aria-checked')).toBe('true');
    expect(element.querySelector('nav')?.textContent).toContain('Admin console');
    expect(element.querySelector('main h1')?.textContent?.trim()).toBe('Admin console');
    expect(document.documentElement.lang).toBe('en');
    expect(document.title).toBe('Admin console · Evkin 360');
  });
});
