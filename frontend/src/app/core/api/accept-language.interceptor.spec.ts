import { HttpClient, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { I18nService } from '../i18n/i18n.service';
import { acceptLanguageInterceptor } from './accept-language.interceptor';

describe('acceptLanguageInterceptor', () => {
  let http: HttpClient;
  let backend: HttpTestingController;

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [provideHttpClient(withInterceptors([acceptLanguageInterceptor])), provideHttpClientTesting()],
    });
    http = TestBed.inject(HttpClient);
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  it('asks the gateway for Indonesian by default and for English after a switch', () => {
    http.get('/api/health').subscribe();
    expect(backend.expectOne('/api/health').request.headers.get('Accept-Language')).toBe('id');

    TestBed.inject(I18nService).use('en');
    http.get('/api/health').subscribe();
    expect(backend.expectOne('/api/health').request.headers.get('Accept-Language')).toBe('en');
  });
});
