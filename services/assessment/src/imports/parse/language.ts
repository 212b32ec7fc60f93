import type { Language } from '@evkin/contracts';
import { fold } from './fold.js';

const NAMES: Record<string, Language> = {
  '': 'id',
  id: 'id',
  ind: 'id',
  in: 'id',
  'id id': 'id',
  indonesia: 'id',
  indonesian: 'id',
  'bahasa indonesia': 'id',
  en: 'en',
  eng: 'en',
  english: 'en',
  inggris: 'en',
  'bahasa inggris': 'en',
  'en us': 'en',
  'en gb': 'en',
};

/** The participant's language; an empty cell means Indonesian. */
export function parseLanguage(text: string): Language | null {
  return NAMES[fold(text)] ?? null;
}
