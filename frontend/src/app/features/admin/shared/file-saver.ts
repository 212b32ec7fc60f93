import { DOCUMENT, inject, Injectable } from '@angular/core';
import type { DownloadedFile } from './admin-api';

/** Hands a downloaded file to the browser (a temporary object URL behind a clicked link). */
@Injectable({ providedIn: 'root' })
export class FileSaver {
  private readonly document = inject(DOCUMENT);

  save(file: DownloadedFile): void {
    const url = URL.createObjectURL(file.blob);
    const link = this.document.createElement('a');
    link.href = url;
    link.download = file.fileName;
    link.rel = 'noopener';
    this.document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }
}
