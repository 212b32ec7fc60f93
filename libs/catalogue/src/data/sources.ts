/** The documents the catalogue is drawn from (`SourceRef.doc`). The seed files are in the project's shared seeds. */

import type { SourceDocument } from '../types.js';

export const SOURCE_DOCUMENTS: readonly SourceDocument[] = [
  {
    id: 'seed000',
    file: '000_c4e4a228a456b9af.txt',
    title:
      'Keputusan Direktur Jenderal Pembinaan Penempatan Tenaga Kerja dan Perluasan Kesempatan Kerja Nomor 3/1812/PK.01.02/II/2026 tentang Pedoman Evaluasi Kinerja Pengantar Kerja dan Petugas Antar Kerja',
  },
  {
    id: 'seed001',
    file: '001_b1a8e31dab09de0d.txt',
    title:
      'Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 1 Tahun 2022 tentang Jabatan Fungsional Pengantar Kerja',
  },
  {
    id: 'seed003',
    file: '003_faeae56153f9e887.txt',
    title:
      'Keputusan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor SKJ.1 Tahun 2022 tentang Standar Kompetensi Jabatan Fungsional Pengantar Kerja',
  },
  {
    id: 'design',
    file: 'DESIGN.md',
    title: 'Evkin 360 product and architecture brief, §2 (decisions the regulation leaves open)',
  },
];
