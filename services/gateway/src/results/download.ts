import { StreamableFile } from '@nestjs/common';
import type { FileDownload } from '@evkin/contracts';

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
