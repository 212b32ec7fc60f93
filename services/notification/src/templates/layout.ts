import type { Language, RaterRole } from '@evkin/contracts';

export interface RenderedEmail {
  subject: string;
  text: string;
  html: string;
}

/** Seed 000 section D's names for the four roles, as the emails show them. */
export const ROLE_LABELS: Record<Language, Record<RaterRole, string>> = {
  id: { self: 'Diri Sendiri', supervisor: 'Atasan', peer: 'Rekan Kerja', service_user: 'Pengguna Layanan' },
  en: { self: 'Self', supervisor: 'Supervisor', peer: 'Peer', service_user: 'Service user' },
};

const FOOTER: Record<Language, string> = {
  id: 'Email ini dikirim secara otomatis. Mohon tidak membalas email ini.',
  en: 'This email was sent automatically. Please do not reply.',
};

const GREETING: Record<Language, string> = { id: 'Yth.', en: 'Dear' };

function escape(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export interface EmailContent {
  language: Language;
  subject: string;
  heading: string;
  recipientName: string;
  paragraphs: string[];
  buttons: { label: string; href: string }[];
}

/**
 * Every email has the same frame: heading, "Yth. <name>", paragraphs, buttons, the automatic-email
 * footer; an HTML part built from tables and inline styles (what mail clients render reliably)
 * and a plain-text part with the same words and links.
 */
export function renderEmail(content: EmailContent): RenderedEmail {
  const { language } = content;
  const greeting = `${GREETING[language]} ${content.recipientName},`;
  const text = [
    content.heading,
    '',
    greeting,
    '',
    ...content.paragraphs.flatMap((p) => [p, '']),
    ...content.buttons.map((b) => `${b.label}: ${b.href}`),
    '',
    '--',
    FOOTER[language],
  ].join('\n');
  const buttons = content.buttons
    .map(
      (b) =>
        `<a href="${escape(b.href)}" style="display:inline-block;margin:0 8px 8px 0;padding:12px 20px;background:#0b5cad;color:#ffffff;text-decoration:none;border-radius:4px;font-weight:bold">${escape(b.label)}</a>`,
    )
    .join('');
  const html = `<!doctype html>
<html lang="${language}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${escape(content.subject)}</title></head>
<body style="margin:0;padding:24px;background:#f4f6f8;font-family:Arial,Helvetica,sans-serif;color:#1b1f23">
<table role="presentation" width="100%" cellspacing="0" cellpadding="0" style="max-width:560px;margin:0 auto;background:#ffffff;border-radius:8px">
<tr><td style="padding:24px">
<h1 style="font-size:20px;margin:0 0 16px">${escape(content.heading)}</h1>
<p>${escape(greeting)}</p>
${content.paragraphs.map((p) => `<p>${escape(p)}</p>`).join('\n')}
${buttons ? `<p style="margin:24px 0">${buttons}</p>` : ''}
<p style="font-size:12px;color:#57606a">${escape(FOOTER[language])}</p>
</td></tr></table></body></html>`;
  return { subject: content.subject, text, html };
}
