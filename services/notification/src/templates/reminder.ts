import type { EvaluationReminderV1, Language } from '@evkin/contracts';
import { renderEmail, type Block, type Inline, type RenderedEmail } from './layout.js';
import { formatDay, ROLE_LABELS } from './labels.js';
import { positionAndUnit } from './invitation.js';

const TEXT = {
  id: {
    subject: 'Pengingat Evaluasi Kinerja',
    left: (days: number, day: string): Inline[] =>
      days <= 0
        ? ['Hari ini, ', { strong: day }, ', adalah hari terakhir pengisian.']
        : ['Batas waktu pengisian tinggal ', { strong: `${days} hari lagi` }, ` (${day}).`],
    rater: (role: string, participant: string, about: string, battery: string): Inline[] => [
      'Penilaian Anda sebagai ',
      { strong: role },
      ' untuk ',
      { strong: participant },
      ` (${about}) dalam evaluasi kinerja “${battery}” belum selesai.`,
    ],
    resume: 'Jawaban yang sudah tersimpan tidak hilang. Lanjutkan penilaian dengan klik:',
    participant: (battery: string): Inline[] => [
      'Evaluasi kinerja Anda dalam “',
      { strong: battery },
      '” belum lengkap. Hasil evaluasi baru tersedia jika keempat penilai selesai mengisi.',
    ],
    missingLead: 'Penilai yang belum selesai mengisi:',
    unnamed: 'belum ditambahkan',
    monitoringLead:
      'Melalui Halaman Monitoring Anda dapat mengirim ulang undangan, mengganti penilai, atau menambahkan Pengguna Layanan:',
    selfLead: 'Jika Anda belum menyelesaikan penilaian diri sendiri, klik:',
    start: 'Mulai Evaluasi',
    monitoring: 'Halaman Monitoring',
  },
  en: {
    subject: 'Performance Evaluation Reminder',
    left: (days: number, day: string): Inline[] =>
      days <= 0
        ? ['Today, ', { strong: day }, ', is the last day to complete it.']
        : [{ strong: `${days} day${days === 1 ? '' : 's'} left` }, ` until the deadline (${day}).`],
    rater: (role: string, participant: string, about: string, battery: string): Inline[] => [
      'Your evaluation as ',
      { strong: role },
      ' of ',
      { strong: participant },
      ` (${about}) in “${battery}” is not finished yet.`,
    ],
    resume: 'Answers you already gave are saved. Continue by clicking:',
    participant: (battery: string): Inline[] => [
      'Your performance evaluation in “',
      { strong: battery },
      '” is not complete yet. The results are available once all four raters have completed it.',
    ],
    missingLead: 'Raters who have not finished yet:',
    unnamed: 'not added yet',
    monitoringLead: 'On the Monitoring Page you can resend an invitation, replace a rater or add the Service user:',
    selfLead: 'If you have not finished rating yourself yet, click:',
    start: 'Start Evaluation',
    monitoring: 'Monitoring Page',
  },
} as const;

function missingRaters(event: EvaluationReminderV1, language: Language): Inline[][] {
  const t = TEXT[language];
  return event.missing.map(({ role, raterName }) =>
    raterName
      ? [{ strong: ROLE_LABELS[language][role] }, `: ${raterName}`]
      : [{ strong: ROLE_LABELS[language][role] }, ` (${t.unnamed})`],
  );
}

/**
 * Seed 000 G.2.e reminders, chosen by assessment (7 and 1 days before the deadline, raters not yet
 * Selesai). A rater is told how long is left and gets the link back; the participant is told which
 * raters are still missing and gets Halaman Monitoring to chase, replace or add them.
 */
export function renderReminder(event: EvaluationReminderV1): RenderedEmail {
  const language = event.rater.language;
  const t = TEXT[language];
  const left: Block = { paragraph: t.left(event.daysLeft, formatDay(event.battery.deadline, language)) };
  const blocks: Block[] = [];
  if (event.role === 'self') {
    blocks.push({ paragraph: t.participant(event.battery.name) }, left);
    if (event.missing.length > 0) {
      blocks.push({ paragraph: [t.missingLead] }, { list: missingRaters(event, language) });
    }
    if (event.links.monitoring) {
      blocks.push({ paragraph: [t.monitoringLead] }, { button: { label: t.monitoring, href: event.links.monitoring } });
    }
    blocks.push({ paragraph: [t.selfLead] }, { button: { label: t.start, href: event.links.start } });
  } else {
    blocks.push(
      {
        paragraph: t.rater(
          ROLE_LABELS[language][event.role],
          event.participant.name,
          positionAndUnit(event),
          event.battery.name,
        ),
      },
      left,
      { paragraph: [t.resume] },
      { button: { label: t.start, href: event.links.start } },
    );
  }
  return renderEmail({ language, subject: t.subject, heading: t.subject, recipientName: event.rater.name, blocks });
}
