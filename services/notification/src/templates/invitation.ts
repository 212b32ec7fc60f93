import type { EvaluationInvitedV1, Language } from '@evkin/contracts';
import { renderEmail, type Block, type Inline, type RenderedEmail } from './layout.js';
import { formatDay, formatPeriod, ROLE_LABELS, targetLabel } from './labels.js';

const TEXT = {
  id: {
    subject: 'Akses Evaluasi Kinerja',
    resentSubject: 'Akses Evaluasi Kinerja (Pengiriman Ulang)',
    resent: 'Email ini adalah pengiriman ulang undangan evaluasi kinerja Anda. Gunakan tombol pada email ini.',
    asParticipant: (battery: string, period: string): Inline[] => [
      'Anda diundang sebagai peserta evaluasi kinerja hasil pengembangan kompetensi “',
      { strong: battery },
      '” periode ',
      { strong: period },
      '.',
    ],
    asRater: (role: string, participant: string, about: string, battery: string, period: string): Inline[] => [
      'Anda diundang sebagai ',
      { strong: role },
      ' untuk menilai kinerja ',
      { strong: participant },
      ` (${about}) dalam evaluasi kinerja hasil pengembangan kompetensi “`,
      { strong: battery },
      '” periode ',
      { strong: period },
      '.',
    ],
    deadline: (day: string): Inline[] => ['Batas waktu pengisian: ', { strong: day }, '.'],
    explanation: [
      'Evaluasi kinerja dilakukan dengan teknik ',
      { strong: '360°' },
      ', yaitu responden menilai diri sendiri dan dinilai oleh orang di sekitarnya yang terdiri dari ',
      { strong: 'Atasan, Rekan Kerja, dan Pengguna Layanan' },
      '. Hasil evaluasi akan tersedia jika 4 pihak telah lengkap melakukan pengisian.',
    ] as Inline[],
    confidential:
      'Penilaian Anda hanya ditampilkan kepada peserta dalam bentuk gabungan dengan penilai lain, tidak per penilai.',
    monitoringLead: 'Silakan lakukan monitoring undangan dengan klik:',
    selfStartLead: 'Selanjutnya Anda melakukan penilaian diri sendiri, dengan klik:',
    raterStartLead: 'Silakan lakukan penilaian dengan klik:',
    start: 'Mulai Evaluasi',
    monitoring: 'Halaman Monitoring',
  },
  en: {
    subject: 'Performance Evaluation Access',
    resentSubject: 'Performance Evaluation Access (resent)',
    resent: 'This is a resent invitation to your performance evaluation. Please use the buttons in this email.',
    asParticipant: (battery: string, period: string): Inline[] => [
      'You are invited as a participant in the performance evaluation following the competency-development programme “',
      { strong: battery },
      '”, period ',
      { strong: period },
      '.',
    ],
    asRater: (role: string, participant: string, about: string, battery: string, period: string): Inline[] => [
      'You are invited as ',
      { strong: role },
      ' to evaluate the performance of ',
      { strong: participant },
      ` (${about}) in the evaluation following the competency-development programme “`,
      { strong: battery },
      '”, period ',
      { strong: period },
      '.',
    ],
    deadline: (day: string): Inline[] => ['Deadline: ', { strong: day }, '.'],
    explanation: [
      'The evaluation uses the ',
      { strong: '360°' },
      ' technique: participants rate themselves and are rated by the people around them, namely their ',
      { strong: 'Supervisor, a Peer and a Service user' },
      '. The results are available once all 4 have completed it.',
    ] as Inline[],
    confidential:
      'The participant only ever sees your ratings combined with those of the other raters, never on their own.',
    monitoringLead: 'To follow your invitations, click:',
    selfStartLead: 'Then rate yourself by clicking:',
    raterStartLead: 'To start your evaluation, click:',
    start: 'Start Evaluation',
    monitoring: 'Monitoring Page',
  },
} as const;

/** "Pengantar Kerja Ahli Muda, Disnaker Kota Bandung": the participant's position and unit. */
export function positionAndUnit(event: Pick<EvaluationInvitedV1, 'participant'>): string {
  const { participant } = event;
  return participant.unit ? `${targetLabel(participant.target)}, ${participant.unit}` : targetLabel(participant.target);
}

function batteryBlocks(event: EvaluationInvitedV1, language: Language): Block[] {
  const t = TEXT[language];
  const { battery } = event;
  const period = formatPeriod(battery.periodStart, battery.deadline, language);
  const invitedAs =
    event.role === 'self'
      ? t.asParticipant(battery.name, period)
      : t.asRater(
          ROLE_LABELS[language][event.role],
          event.participant.name,
          positionAndUnit(event),
          battery.name,
          period,
        );
  return [{ paragraph: invitedAs }, { paragraph: t.deadline(formatDay(battery.deadline, language)) }];
}

/**
 * Seed 000 Gambar 2–3: the invitation every rater receives. The participant's has Halaman
 * Monitoring first (to follow the other raters), then Mulai Evaluasi; the others get Mulai only.
 */
export function renderInvitation(event: EvaluationInvitedV1): RenderedEmail {
  const language = event.rater.language;
  const t = TEXT[language];
  const self = event.role === 'self';
  const resent = event.reason === 'resend';
  const blocks: Block[] = [];
  if (resent) blocks.push({ notice: t.resent });
  // The line under the name in Gambar 3 says who the recipient is: the participant's position and
  // unit, or for another rater their own position when the participant gave one.
  if (self) blocks.push({ paragraph: [`${positionAndUnit(event)}.`] });
  else if (event.rater.position) blocks.push({ paragraph: [`${event.rater.position}.`] });
  blocks.push(...batteryBlocks(event, language), { paragraph: t.explanation });
  if (!self) blocks.push({ paragraph: [t.confidential] });
  if (self && event.links.monitoring) {
    blocks.push({ paragraph: [t.monitoringLead] }, { button: { label: t.monitoring, href: event.links.monitoring } });
  }
  blocks.push(
    { paragraph: [self ? t.selfStartLead : t.raterStartLead] },
    { button: { label: t.start, href: event.links.start } },
  );
  const subject = resent ? t.resentSubject : t.subject;
  return renderEmail({ language, subject, heading: t.subject, recipientName: event.rater.name, blocks });
}
