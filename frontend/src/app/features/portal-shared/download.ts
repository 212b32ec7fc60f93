import { HttpErrorResponse } from '@angular/common/http';
import { firstValueFrom, type Observable } from 'rxjs';
import { isRetryable, toApiError } from '../../core/api/api-error';
import type { PortalTimer } from './portal-timer';

/** The name Bukti Penyelesaian is saved under, from the finish page and from Halaman Monitoring. */
export const PROOF_FILE_NAME = 'bukti-penyelesaian-evkin.pdf';

/** Hands a downloaded file to the browser under a readable name, without navigating away. */
export function saveBlob(document: Document, blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  anchor.hidden = true;
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  // Revoking at once can cancel the download in some browsers; a later tick is enough.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** Waits between attempts while a document is not ready yet; about half a minute in all. */
export const NOT_READY_RETRY_MS: readonly number[] = [500, 1_000, 2_000, 3_000, 5_000, 8_000, 10_000];

/**
 * A PDF is rendered from what reporting recorded, and reporting records a submission from an event:
 * for a moment after Kirim Data (or after the fourth rater) the server answers 404, or 409
 * `proof_not_ready`. A first render may also outlast the gateway's wait (504) while Chromium starts.
 * Those answers, and no answer at all, are retried with growing waits; any other failure, or a
 * document still missing after the last wait, is the caller's error.
 */
export async function fetchWhenReady(
  request: () => Observable<Blob>,
  timer: PortalTimer,
  waits: readonly number[] = NOT_READY_RETRY_MS,
): Promise<Blob> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await firstValueFrom(request());
    } catch (error) {
      const notReady =
        error instanceof HttpErrorResponse &&
        (error.status === 404 || error.status === 409 || isRetryable(toApiError(error)));
      const wait = waits[attempt];
      if (!notReady || wait === undefined) throw error;
      await new Promise<void>((resolve) => timer.schedule(resolve, wait));
    }
  }
}
