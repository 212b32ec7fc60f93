import { Location } from '@angular/common';
import { inject, Injectable } from '@angular/core';
import { SESSION_STORAGE } from '../../core/storage/web-storage';

const STORAGE_KEY = 'evkin.raterToken';

/**
 * Invitation emails put the rater's token in the URL fragment (`/e#<token>`), which browsers never send
 * to the server, so it stays out of access logs. The token moves to sessionStorage so a reload still
 * works, and leaves the address bar and the history entry so it is not shared by copying the URL.
 */
@Injectable({ providedIn: 'root' })
export class RaterTokenService {
  private readonly storage = inject(SESSION_STORAGE);
  private readonly location = inject(Location);

  /** Returns the link's token, preferring a fresh fragment over one kept from an earlier visit. */
  capture(fragment: string | null): string | null {
    const fromLink = fragment?.trim();
    if (!fromLink) return this.storage.getItem(STORAGE_KEY);
    this.storage.setItem(STORAGE_KEY, fromLink);
    this.location.replaceState(this.location.path(), '', this.location.getState());
    return fromLink;
  }
}
