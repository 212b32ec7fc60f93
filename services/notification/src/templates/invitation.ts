import type { EvaluationInvitedV1 } from '@evkin/contracts';
import { renderEmail, ROLE_LABELS, type RenderedEmail } from './layout.js';

const TEXT = {
  id: {
    subject: 'Akses Evaluasi Kinerja',
    intro: (participant: string, role: string) =>
      `Anda diminta mengisi Evaluasi Kinerja 360° untuk ${participant} sebagai ${role}.`,
    battery: (name: string, start: string, deadline: string) => `Baterai: ${name}, periode ${start} s.d. ${deadline}.`,
    explanation:
      'Evaluasi 360° menggabungkan penilaian atasan, rekan kerja, pengguna layanan dan peserta sendiri. Hasil tersedia setelah keempat penilai selesai mengisi.',
    start: 'Mulai Evaluasi',
    monitoring: 'Halaman Monitoring',
  },
  en: {
    subject: 'Performance Evaluation Access',
    intro: (participant: string, role: string) =>
      `You are asked to complete the 360° Performance Evaluation of ${participant} as ${role}.`,
    battery: (name: string, start: string, deadline: string) => `Battery: ${name}, period ${start} to ${deadline}.`,
    explanation:
      'A 360° evaluation combines the ratings of the supervisor, a peer, a service user and the participant. Results are available once all four have completed it.',
    start: 'Start Evaluation',
    monitoring: 'Monitoring Page',
  },
} as const;

/** Seed 000 Gambar 2–3: the invitation every rater receives. */
export function renderInvitation(event: EvaluationInvitedV1): RenderedEmail {
  const language = event.rater.language;
  const t = TEXT[language];
  const participant = event.participant.unit
    ? `${event.participant.name} (${event.participant.unit})`
    : event.participant.name;
  const day = (iso: string) => iso.slice(0, 10);
  return renderEmail({
    language,
    subject: t.subject,
    heading: t.subject,
    recipientName: event.rater.name,
    paragraphs: [
      t.intro(participant, ROLE_LABELS[language][event.role]),
      ...(event.battery
        ? [t.battery(event.battery.name, day(event.battery.periodStart), day(event.battery.deadline))]
        : []),
      t.explanation,
    ],
    buttons: [
      ...(event.role === 'self' && event.links.monitoring
        ? [{ label: t.monitoring, href: event.links.monitoring }]
        : []),
      { label: t.start, href: event.links.start },
    ],
  });
}
