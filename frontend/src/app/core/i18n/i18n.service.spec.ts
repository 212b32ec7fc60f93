import { TestBed } from '@angular/core/testing';
import { en } from './en';
import { I18nService } from './i18n.service';
import { id, type TranslationKey } from './id';

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? '').sort();
}

describe('I18nService', () => {
  beforeEach(() => {
    localStorage.clear();
    document.documentElement.lang = '';
  });

  it('speaks Indonesian by default and marks the document as Indonesian', () => {
    const i18n = TestBed.inject(I18nService);

    expect(i18n.language()).toBe('id');
    expect(i18n.t('nav.admin')).toBe('Konsol Admin');
    expect(document.documentElement.lang).toBe('id');
  });

  it('switches to English at runtime, updates <html lang> and remembers the choice', () => {
    const i18n = TestBed.inject(I18nService);

    i18n.use('en');

    expect(i18n.t('nav.admin')).toBe('Admin console');
    expect(document.documentElement.lang).toBe('en');
    expect(localStorage.getItem('evkin.language')).toBe('en');
  });

  it('starts in the language chosen on an earlier visit', () => {
    localStorage.setItem('evkin.language', 'en');

    const i18n = TestBed.inject(I18nService);

    expect(i18n.t('role.service_user')).toBe('Service user');
    expect(document.documentElement.lang).toBe('en');
  });

  it('falls back to Indonesian when the stored choice is not a supported language', () => {
    localStorage.setItem('evkin.language', 'fr');

    expect(TestBed.inject(I18nService).t('role.service_user')).toBe('Pengguna Layanan');
  });

  it('follows a suggested language when this device has no choice, without remembering it', () => {
    const i18n = TestBed.inject(I18nService);

    i18n.suggest('en');

    expect(i18n.t('nav.admin')).toBe('Admin console');
    expect(document.documentElement.lang).toBe('en');
    expect(localStorage.getItem('evkin.language')).toBeNull();
  });

  it('keeps the language chosen on an earlier visit over a suggestion', () => {
    localStorage.setItem('evkin.language', 'id');
    const i18n = TestBed.inject(I18nService);

    i18n.suggest('en');

    expect(i18n.t('nav.admin')).toBe('Konsol Admin');
    expect(document.documentElement.lang).toBe('id');
    expect(localStorage.getItem('evkin.language')).toBe('id');
  });

  it('keeps a choice made on this page over a later suggestion, even when storage is blocked', () => {
    const blocked = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    const i18n = TestBed.inject(I18nService);

    i18n.use('en');
    i18n.suggest('id');
    blocked.mockRestore();

    expect(localStorage.getItem('evkin.language')).toBeNull();
    expect(i18n.t('nav.admin')).toBe('Admin console');
    expect(document.documentElement.lang).toBe('en');
  });

  it('fills named placeholders', () => {
    const i18n = TestBed.inject(I18nService);

    expect(i18n.t('admin.signedInAs', { email: 'dina@kemnaker.go.id', role: 'Admin' })).toBe(
      'Masuk sebagai dina@kemnaker.go.id (Admin)',
    );
  });

  it('has a non-empty English text, with the same placeholders, for every Indonesian key', () => {
    const keys = Object.keys(id) as TranslationKey[];

    expect(Object.keys(en).sort()).toEqual([...keys].sort());
    for (const key of keys) {
      expect(en[key].trim(), key).not.toBe('');
      expect(placeholders(en[key]), key).toEqual(placeholders(id[key]));
    }
  });

  it('shows an instant as the WIB wall-clock time, named WIB, in Indonesian and English', () => {
    const i18n = TestBed.inject(I18nService);
    // 17:30 UTC on New Year's Eve is already half past midnight on 1 January in Jakarta.
    const instant = '2026-12-31T17:30:00.000Z';

    expect(i18n.formatDateTime(instant)).toBe('1 Januari 2027 pukul 00.30 WIB');
    i18n.use('en');
    expect(i18n.formatDateTime(instant)).toBe('1 January 2027 at 00:30 WIB');
  });

  it('groups the digits of a count the way each language does', () => {
    const i18n = TestBed.inject(I18nService);

    expect(i18n.formatCount(50_000)).toBe('50.000');
    i18n.use('en');
    expect(i18n.formatCount(50_000)).toBe('50,000');
  });
});
