import { Injectable } from '@angular/core';
import { FragmentTokenService } from '../portal-shared/fragment-token.service';

/** The link token of `/e#<token>` (Mulai Evaluasi in the invitation email). */
@Injectable({ providedIn: 'root' })
export class RaterTokenService extends FragmentTokenService {
  protected readonly storageKey = 'evkin.raterToken';
}
