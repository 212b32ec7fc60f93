import { parseTarget } from './target.js';

describe('parseTarget', () => {
  it.each([
    ['Ahli Pertama', 'ahli_pertama'],
    ['Pengantar Kerja Ahli Pertama', 'ahli_pertama'],
    ['JF Pengantar Kerja Ahli Pertama', 'ahli_pertama'],
    ['PK Ahli Muda', 'ahli_muda'],
    ['pk. ahli  muda', 'ahli_muda'],
    ['ahli_madya', 'ahli_madya'],
    ['AHLI MADYA', 'ahli_madya'],
    ['Ahli Utama', 'ahli_utama'],
    ['Employment Officer, First (junior) Expert level', 'ahli_pertama'],
    ['Principal Expert', 'ahli_utama'],
    ['Petugas Antar Kerja', 'petugas'],
    ['Petugas Antarkerja', 'petugas'],
    ['PAK', 'petugas'],
    ['petugas', 'petugas'],
  ])('reads %j as %s', (text, target) => {
    expect(parseTarget(text)).toBe(target);
  });

  it.each(['', 'Pengantar Kerja Terampil', 'Kepala Seksi', 'Ahli', 'Pengantar Kerja'])('refuses %j', (text) => {
    expect(parseTarget(text)).toBeNull();
  });
});
