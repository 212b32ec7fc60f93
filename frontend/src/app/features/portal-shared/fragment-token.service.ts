import { Location } from '@angular/common';
import { inject } from '@angular/core';
import { SESSION_STORAGE } from '../../core/storage/web-storage';

/**
 * Portal emails put a token in the URL fragment (`/e#<token>`, `/m#<token>`), which browsers never send
 * to the server, so it stays out of access logs. The token moves to sessionStorage so a reload still
 * works, and leaves the address bar and the history entry so it is not shared by copying the URL.
 */
export abstract class FragmentTokenService {
  private readonly storage = inject(SESSION_STORAGE);
  private readonly location = inject(Location);
  protected abstract readonly storageKey: string;

  /** Returns the link's token, preferring a fresh fragment over one kept from an earlier visit. */
  capture(fragment: string | null): string | null {
    const fromLink = fragment?.trim();
    if (!fromLink) return this.storage.getItem(this.storageKey);
    this.storage.setItem(this.storageKey, fromLink);
    this.location.replaceState(this.location.path(), '', this.location.getState());
    return fromLink;
  }
}
