import { provideHttpClient, withFetch, withInterceptors } from '@angular/common/http';
import { type ApplicationConfig, provideBrowserGlobalErrorListeners } from '@angular/core';
import { provideRouter, TitleStrategy } from '@angular/router';
import { routes } from './app.routes';
import { acceptLanguageInterceptor } from './core/api/accept-language.interceptor';
import { TranslatedTitleStrategy } from './core/i18n/translated-title.strategy';

// Zoneless change detection is Angular's default since v21, so it needs no provider here.
export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    provideRouter(routes),
    provideHttpClient(withFetch(), withInterceptors([acceptLanguageInterceptor])),
    { provide: TitleStrategy, useExisting: TranslatedTitleStrategy },
  ],
};
