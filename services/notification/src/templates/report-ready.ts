import type { EvaluationCompletedV1 } from '@evkin/contracts';
import { renderEmail, type Block, type RenderedEmail } from './layout.js';

const TEXT = {
  id: {
    subject: 'Laporan Evaluasi Kinerja Tersedia',
    body: (battery: string) =>
      `Keempat penilai (diri sendiri, atasan, rekan kerja dan pengguna layanan) telah selesai mengisi evaluasi kinerja “${battery}”. Laporan hasil evaluasi kinerja Anda kini dapat diunduh melalui Halaman Monitoring dengan tombol Unduh Laporan.`,
    confidential: 'Laporan ini bersifat rahasia.',
    noLink: 'Buka Halaman Monitoring melalui tombol pada email undangan Anda, lalu pilih Unduh Laporan.',
    monitoring: 'Halaman Monitoring',
  },
  en: {
    subject: 'Performance Evaluation Report Available',
    body: (battery: string) =>
      `All four raters (you, your supervisor, a peer and a service user) have completed the performance evaluation “${battery}”. Your report can now be downloaded from the Monitoring Page with the Download Report button.`,
    confidential: 'The report is confidential.',
    noLink: 'Open the Monitoring Page with the button in your invitation email, then choose Download Report.',
    monitoring: 'Monitoring Page',
  },
} as const;

/** To the participant once all four roles have submitted (DESIGN §1, step 5): Unduh Laporan awaits. */
export function renderReportReady(event: EvaluationCompletedV1): RenderedEmail {
  const language = event.participant.language;
  const t = TEXT[language];
  const monitoring = event.links.monitoring;
  const blocks: Block[] = [{ paragraph: [t.body(event.battery.name)] }, { paragraph: [t.confidential] }];
  blocks.push(monitoring ? { button: { label: t.monitoring, href: monitoring } } : { paragraph: [t.noLink] });
  return renderEmail({
    language,
    subject: t.subject,
    heading: t.subject,
    recipientName: event.participant.name,
    blocks,
  });
}
