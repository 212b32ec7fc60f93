import type { EvaluationInvitedV1, Language, RaterRole } from '@evkin/contracts';

/** Seed 000 section D's names for the four roles, as the invitation shows them. */
const ROLE_LABELS: Record<Language, Record<RaterRole, string>> = {
  id: { self: 'Diri Sendiri', supervisor: 'Atasan', peer: 'Rekan Kerja', service_user: 'Pengguna Layanan' },
  en: { self: 'Self', supervisor: 'Supervisor', peer: 'Peer', service_user: 'Service user' },
};

const TEXT = {
  id: {
    subject: 'Akses Evaluasi Kinerja',
    greeting: 'Yth.',
    intro: (participant: string, role: string) =>
      `Anda diminta mengisi Evaluasi Kinerja 360° untuk ${participant} sebagai ${role}.`,
    explanation:
      'Evaluasi 360° menggabungkan penilaian atasan, rekan kerja, pengguna layanan dan peserta sendiri. Hasil tersedia setelah keempat penilai selesai mengisi.',
    start: 'Mulai Evaluasi',
    footer: 'Email ini dikirim secara otomatis. Mohon tidak membalas email ini.',
  },
  en: {
    subject: 'Performance Evaluation Access',
    greeting: 'Dear',
    intro: (participant: string, role: string) =>
      `You are asked to complete the 360° Performance Evaluation of ${participant} as ${role}.`,
    explanation:
      'A 360° evaluation combines the ratings of the supervisor, a peer, a service user and the participant. Results are available once all four have completed it.',
    start: 'Start Evaluation',
    footer: 'This email was sent automatically. Please do not reply.',
  },
} as const;

function escape(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export function renderInvitation(event: EvaluationInvitedV1): { subject: string; text: string; html: string } {
  const language = event.rater.language;
  const t = TEXT[language];
  const role = ROLE_LABELS[language][event.role];
  const participant = event.participant.unit
    ? `${event.participant.name} (${event.participant.unit})`
    : event.participant.name;
  const text = [
    t.subject,
    '',
    `${t.greeting} ${event.rater.name},`,
    '',
    t.intro(participant, role),
    t.explanation,
    '',
    `${t.start}: ${event.links.start}`,
    '',
    '--',
    t.footer,
  ].join('\n');
  const html = `<!doctype html>
<html lang="${language}"><head><meta charset="utf-8"><title>${escape(t.subject)}</title></head>
<body style="margin:0;padding:24px;background:#f4f6f8;font-family:Arial,Helvetica,sans-serif;color:#1b1f23">
<table role="presentation" width="100%" cellspacing="0" cellpadding="0" style="max-width:560px;margin:0 auto;background:#ffffff;border-radius:8px">
<tr><td style="padding:24px">
<h1 style="font-size:20px;margin:0 0 16px">${escape(t.subject)}</h1>
<p>${escape(t.greeting)} ${escape(event.rater.name)},</p>
<p>${escape(t.intro(participant, role))}</p>
<p>${escape(t.explanation)}</p>
<p style="margin:24px 0"><a href="${escape(event.links.start)}" style="display:inline-block;padding:12px 20px;background:#0b5cad;color:#ffffff;text-decoration:none;border-radius:4px;font-weight:bold">${escape(t.start)}</a></p>
<p style="font-size:12px;color:#57606a">${escape(t.footer)}</p>
</td></tr></table></body></html>`;
  return { subject: t.subject, text, html };
}
