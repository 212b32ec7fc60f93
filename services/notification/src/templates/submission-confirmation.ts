import type { EvaluationSubmittedV1 } from '@evkin/contracts';
import { renderEmail, type RenderedEmail } from './layout.js';
import { ROLE_LABELS, wib } from './labels.js';

const TEXT = {
  id: {
    subject: 'Evaluasi Kinerja Terkirim',
    body: (role: string, participant: string, battery: string, at: string) =>
      `Terima kasih. Evaluasi Anda sebagai ${role} untuk ${participant} dalam “${battery}” telah kami terima pada ${at} dengan status TERKIRIM. Jawaban Anda tidak dapat diubah lagi.`,
    confidentiality: 'Jawaban Anda hanya ditampilkan kepada peserta dalam bentuk gabungan dengan penilai lain.',
  },
  en: {
    subject: 'Performance Evaluation Submitted',
    body: (role: string, participant: string, battery: string, at: string) =>
      `Thank you. Your evaluation as ${role} of ${participant} in “${battery}” was received on ${at} with status SUBMITTED. Your answers can no longer be changed.`,
    confidentiality: 'The participant only ever sees your answers combined with those of the other raters.',
  },
} as const;

/** A short receipt for the rater who pressed Kirim Data. */
export function renderSubmissionConfirmation(event: EvaluationSubmittedV1): RenderedEmail {
  const language = event.rater.language;
  const t = TEXT[language];
  const body = t.body(
    ROLE_LABELS[language][event.role],
    event.participant.name,
    event.battery.name,
    wib(event.submittedAt),
  );
  return renderEmail({
    language,
    subject: t.subject,
    heading: t.subject,
    recipientName: event.rater.name,
    blocks: [{ paragraph: [body] }, { paragraph: [t.confidentiality] }],
  });
}
