/**
 * Reduces free text to a comparison key: accents dropped, lower case, every run of punctuation or space
 * made one space. "Kab./Kota", "kab kota" and "KAB - KOTA" all fold to "kab kota".
 */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Trims and collapses inner whitespace (including non-breaking spaces pasted from web pages). */
export function collapse(text: string): string {
  return text.replace(/[\s\u00a0\u200b\ufeff]+/g, ' ').trim();
}
