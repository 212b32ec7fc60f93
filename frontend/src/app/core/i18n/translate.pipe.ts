import { inject, Pipe, type PipeTransform } from '@angular/core';
import { I18nService, type TranslationParams } from './i18n.service';
import type { TranslationKey } from './id';

/**
 * `{{ 'nav.home' | t }}`. Impure on purpose: a pure pipe would cache the first language's text
 * because its arguments (the key) never change when the user switches language.
 */
@Pipe({ name: 't', pure: false })
export class TranslatePipe implements PipeTransform {
  private readonly i18n = inject(I18nService);

  transform(key: TranslationKey, params?: TranslationParams): string {
    return this.i18n.t(key, params);
  }
}
