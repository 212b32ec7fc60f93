import type { EvaluationSubmittedV1 } from '@evkin/contracts';
import { renderEmail, ROLE_LABELS, type RenderedEmail } from './layout.js';

const TEXT = {
  id: {
    subject: 'Evaluasi Kinerja Terkirim',
    body: (role: string, at: string) =>
      `Terima kasih. Evaluasi Anda sebagai ${role} telah kami terima pada ${at} dengan status TERKIRIM. Jawaban Anda tidak dapat diubah lagi.`,
    confidentiality: 'Jawaban Anda hanya ditampilkan kepada peserta dalam bentuk gabungan dengan penilai lain.',
  },
  en: {
    subject: 'Performance Evaluation Submitted',
    body: (role: string, at: string) =>
      `Thank you. Your evaluation as ${role} was received on ${at} with status SUBMITTED. Your answers can no longer be changed.`,
    confidentiality: 'The participant only ever sees your answers combined with those of the other raters.',
  },
} as const;

/** Times as the regulation's documents print them: Western Indonesian Time. */
export function wib(iso: string): string {
  const local = new Date(Date.parse(iso) + 7 * 3600 * 1000).toISOString();
  return `${local.slice(0, 10)} ${local.slice(11, 16)} WIB`;
}

/** A short receipt for the rater who pressed Kirim Data. */
export function renderSubmissionConfirmation(event: EvaluationSubmittedV1): RenderedEmail {
  const language = event.rater.language;
  const t = TEXT[language];
  return renderEmail({
    language,
    subject: t.subject,
    heading: t.subject,
    recipientName: event.rater.name,
    paragraphs: [t.body(ROLE_LABELS[language][event.role], wib(event.submittedAt)), t.confidentiality],
    buttons: [],
  });
}
