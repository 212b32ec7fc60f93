import { type HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { I18nService } from '../i18n/i18n.service';

/** The gateway translates its problem titles by Accept-Language, so every call carries the portal's choice. */
export const acceptLanguageInterceptor: HttpInterceptorFn = (request, next) => {
  const language = inject(I18nService).language();
  return next(request.clone({ setHeaders: { 'Accept-Language': language } }));
};
