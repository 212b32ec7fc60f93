import { computed, DOCUMENT, inject, Injectable, signal } from '@angular/core';
import type { Language } from '@evkin/contracts';
import { LOCAL_STORAGE } from '../storage/web-storage';
import { en } from './en';
import { id, type Dictionary, type TranslationKey } from './id';

const DICTIONARIES: Readonly<Record<Language, Dictionary>> = { id, en };
const LOCALES: Readonly<Record<Language, string>> = { id: 'id-ID', en: 'en-GB' };
const STORAGE_KEY = 'evkin.language';

/**
 * The regulation's clock: deadlines end at 23:59:59 WIB, so every instant the portal shows is on WIB
 * (Asia/Jakarta, UTC+7 all year), whatever the reader's computer is set to, and says so. "WIB" is the
 * zone's name in English too (the reports print it the same way); Intl would write GMT+7 there.
 */
export const WIB_TIME_ZONE = 'Asia/Jakarta';

export type TranslationParams = Readonly<Record<string, string | number>>;

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && Object.hasOwn(DICTIONARIES, value);
}

export function isTranslationKey(value: string): value is TranslationKey {
  return Object.hasOwn(id, value);
}

/** Runtime language choice: switching re-renders every signal-aware template without a rebuild or reload. */
@Injectable({ providedIn: 'root' })
export class I18nService {
  private readonly storage = inject(LOCAL_STORAGE);
  private readonly root = inject(DOCUMENT).documentElement;
  /** Kept in memory too, so a choice made while storage is blocked still outranks a suggestion. */
  private chosenHere = false;
  private readonly current = signal<Language>(this.storedLanguage() ?? 'id');
  private readonly dictionary = computed(() => DICTIONARIES[this.current()]);

  readonly language = this.current.asReadonly();
  readonly locale = computed(() => LOCALES[this.current()]);

  constructor() {
    this.root.lang = this.current();
  }

  /** The visitor's explicit choice: applied and remembered on this device. */
  use(language: Language): void {
    this.chosenHere = true;
    this.storage.setItem(STORAGE_KEY, language);
    this.apply(language);
  }

  /**
   * A language the page's recipient is known to read (the invitation's language). Applied only while
   * the visitor has made no choice of their own, and not remembered: it belongs to this recipient,
   * not to the device, and an explicit choice always wins.
   */
  suggest(language: Language): void {
    // Storage is read now, not at start, so a choice made meanwhile in another tab also wins.
    if (!this.chosenHere && this.storedLanguage() === null) this.apply(language);
  }

  /** Reading the current language here makes any template or computed that calls it follow a switch. */
  t(key: TranslationKey, params?: TranslationParams): string {
    const text = this.dictionary()[key];
    if (!params) return text;
    return text.replace(/\{(\w+)\}/g, (placeholder, name: string) => params[name]?.toString() ?? placeholder);
  }

  /** A count with the language's digit grouping: "50.000" in Indonesian, "50,000" in English. */
  formatCount(count: number): string {
    return new Intl.NumberFormat(this.locale()).format(count);
  }

  /** An instant as a WIB wall-clock time with its zone, e.g. "1 Januari 2027 pukul 00.30 WIB". */
  formatDateTime(isoTimestamp: string): string {
    const format = new Intl.DateTimeFormat(this.locale(), {
      dateStyle: 'long',
      timeStyle: 'short',
      timeZone: WIB_TIME_ZONE,
    });
    return `${format.format(new Date(isoTimestamp))} WIB`;
  }

  private apply(language: Language): void {
    this.current.set(language);
    // Screen readers pick their pronunciation from <html lang>.
    this.root.lang = language;
  }

  private storedLanguage(): Language | null {
    const stored = this.storage.getItem(STORAGE_KEY);
    return isLanguage(stored) ? stored : null;
  }
}
