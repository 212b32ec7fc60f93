import { StreamableFile } from '@nestjs/common';
import type { FileDownload } from '@evkin/contracts';

/**
 * How long the gateway waits for one PDF: the first render after reporting starts launches Chromium
 * (seconds on a busy machine), and a render may queue behind others in reporting's page pool. The
 * default RPC timeout would turn that into a 504 for a document that is on its way.
 */
export const PDF_RPC_TIMEOUT_MS = 35_000;

/**
 * A file from a service as the HTTP response: its type, and an attachment name. Reporting makes
 * ASCII names (slugs), so the plain `filename` parameter needs no encoding.
 */
export function download(file: FileDownload): StreamableFile {
  const bytes = Buffer.from(file.contentBase64, 'base64');
  return new StreamableFile(bytes, {
    type: file.contentType,
    disposition: `attachment; filename="${file.fileName.replace(/["\\\r\n]/g, '_')}"`,
    length: bytes.length,
  });
}
