import { Location } from '@angular/common';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { RaterTokenService } from './rater-token.service';

describe('RaterTokenService', () => {
  let location: Location;
  let tokens: RaterTokenService;

  beforeEach(() => {
    sessionStorage.clear();
    TestBed.configureTestingModule({ providers: [provideRouter([{ path: 'e', children: [] }])] });
    location = TestBed.inject(Location);
    tokens = TestBed.inject(RaterTokenService);
  });

  it('moves the token from the link fragment into sessionStorage and out of the address bar', async () => {
    await TestBed.inject(Router).navigateByUrl('/e#tok-from-email');
    expect(location.path(true)).toBe('/e#tok-from-email');

    expect(tokens.capture('tok-from-email')).toBe('tok-from-email');

    expect(sessionStorage.getItem('evkin.raterToken')).toBe('tok-from-email');
    expect(location.path(true)).toBe('/e');
  });

  it('uses the kept token after a reload, when the fragment is already gone', () => {
    sessionStorage.setItem('evkin.raterToken', 'tok-kept');

    expect(tokens.capture(null)).toBe('tok-kept');
  });

  it('prefers a newly opened link over the token kept from an earlier one', async () => {
    sessionStorage.setItem('evkin.raterToken', 'tok-old');
    await TestBed.inject(Router).navigateByUrl('/e#tok-new');

    expect(tokens.capture('tok-new')).toBe('tok-new');
    expect(sessionStorage.getItem('evkin.raterToken')).toBe('tok-new');
  });

  it('has no token when neither the link nor the session holds one', () => {
    expect(tokens.capture(null)).toBeNull();
    expect(tokens.capture('   ')).toBeNull();
  });
});
