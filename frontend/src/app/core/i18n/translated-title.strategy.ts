import { effect, inject, Injectable, signal } from '@angular/core';
import { Title } from '@angular/platform-browser';
import { type RouterStateSnapshot, TitleStrategy } from '@angular/router';
import { I18nService, isTranslationKey } from './i18n.service';

/**
 * Route titles are dictionary keys; the document title is re-translated when the language changes,
 * not only on navigation, so assistive technology never announces a stale-language title.
 */
@Injectable({ providedIn: 'root' })
export class TranslatedTitleStrategy extends TitleStrategy {
  private readonly i18n = inject(I18nService);
  private readonly title = inject(Title);
  private readonly routeTitle = signal<string | undefined>(undefined);

  constructor() {
    super();
    effect(() => this.title.setTitle(this.compose(this.routeTitle())));
  }

  override updateTitle(snapshot: RouterStateSnapshot): void {
    this.routeTitle.set(this.buildTitle(snapshot));
  }

  private compose(routeTitle: string | undefined): string {
    const appName = this.i18n.t('app.name');
    if (!routeTitle) return appName;
    const page = isTranslationKey(routeTitle) ? this.i18n.t(routeTitle) : routeTitle;
    return `${page} · ${appName}`;
  }
}
