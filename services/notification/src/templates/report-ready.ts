import type { EvaluationCompletedV1 } from '@evkin/contracts';
import { renderEmail, type RenderedEmail } from './layout.js';

const TEXT = {
  id: {
    subject: 'Laporan Evaluasi Kinerja Tersedia',
    body: 'Keempat penilai (diri sendiri, atasan, rekan kerja dan pengguna layanan) telah selesai mengisi. Laporan evaluasi kinerja Anda kini dapat diunduh dari Halaman Monitoring.',
    noLink: 'Buka Halaman Monitoring melalui tombol pada email undangan Anda, lalu pilih Unduh Laporan.',
    monitoring: 'Halaman Monitoring',
  },
  en: {
    subject: 'Performance Evaluation Report Available',
    body: 'All four raters (you, your supervisor, a peer and a service user) have completed the evaluation. Your performance evaluation report can now be downloaded from the Monitoring Page.',
    noLink: 'Open the Monitoring Page with the button in your invitation email, then choose Download Report.',
    monitoring: 'Monitoring Page',
  },
} as const;

/** To the participant once all four roles have submitted (DESIGN §1, step 5). */
export function renderReportReady(event: EvaluationCompletedV1): RenderedEmail {
  const language = event.participant.language;
  const t = TEXT[language];
  const monitoring = event.links.monitoring;
  return renderEmail({
    language,
    subject: t.subject,
    heading: t.subject,
    recipientName: event.participant.name,
    paragraphs: monitoring ? [t.body] : [t.body, t.noLink],
    buttons: monitoring ? [{ label: t.monitoring, href: monitoring }] : [],
  });
}
