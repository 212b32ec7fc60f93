import { ZipArchive } from 'archiver';

export interface ZipEntry {
  name: string;
  content: Buffer;
}

/** A zip of in-memory files (a part of a battery's reports is bounded, so it fits in memory). */
export async function zipFiles(entries: readonly ZipEntry[], date: Date): Promise<Buffer> {
  const archive = new ZipArchive({ zlib: { level: 6 } });
  const chunks: Buffer[] = [];
  archive.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    archive.on('end', () => resolve());
    archive.on('error', reject);
  });
  for (const entry of entries) archive.append(entry.content, { name: entry.name, date });
  await archive.finalize();
  await ended;
  return Buffer.concat(chunks);
}
