import { Injectable } from '@angular/core';
import { FragmentTokenService } from '../portal-shared/fragment-token.service';

/** The monitoring token of `/m#<token>` (Halaman Monitoring in the participant's invitation email). */
@Injectable({ providedIn: 'root' })
export class MonitoringTokenService extends FragmentTokenService {
  protected readonly storageKey = 'evkin.monitoringToken';
}
