import type { Target } from '@evkin/contracts';
import { fold } from './fold.js';

const PETUGAS = new Set([
  'petugas',
  'petugas antar kerja',
  'petugas antarkerja',
  'petugas ak',
  'petugas antar kerja pak',
  'pak',
  'placement officer',
  'job placement officer',
  'placement officer petugas antar kerja',
]);

const LEVEL_WORDS: Record<string, Target> = {
  pertama: 'ahli_pertama',
  muda: 'ahli_muda',
  madya: 'ahli_madya',
  utama: 'ahli_utama',
  first: 'ahli_pertama',
  junior: 'ahli_pertama',
  young: 'ahli_muda',
  intermediate: 'ahli_muda',
  middle: 'ahli_madya',
  senior: 'ahli_madya',
  principal: 'ahli_utama',
};

// "JF Pengantar Kerja Ahli Muda", "PK Ahli Muda", "Employment Officer, First (junior) Expert level" …
const PREFIX = /^(jabatan fungsional |fungsional |jf )?(pengantar kerja |pk |employment officer )?/;
const INDONESIAN = /^(?:ahli )?(pertama|muda|madya|utama)$/;
const ENGLISH =
  /^(first|junior|young|intermediate|middle|senior|principal)(?: junior| intermediate| senior)? expert(?: level)?$/;

/** The battery target a "jabatan/jenjang" cell names, or null. Accepts the code (ahli_madya) too. */
export function parseTarget(text: string): Target | null {
  const key = fold(text);
  if (PETUGAS.has(key)) return 'petugas';
  const rest = key.replace(PREFIX, '');
  const word = INDONESIAN.exec(rest)?.[1] ?? ENGLISH.exec(rest)?.[1];
  return word === undefined ? null : (LEVEL_WORDS[word] ?? null);
}
