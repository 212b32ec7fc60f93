import type { ImportColumn } from '@evkin/contracts';

/** Characters allowed per column; generous for real names, tight enough to stop pasted paragraphs. */
export const MAX_LENGTH: Record<ImportColumn, number> = {
  name: 200,
  nip: 40,
  email: 254,
  position: 100,
  unit: 200,
  province: 100,
  regency: 100,
  battery: 200,
  language: 30,
};
