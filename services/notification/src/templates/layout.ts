import type { Language } from '@evkin/contracts';

export interface RenderedEmail {
  subject: string;
  text: string;
  html: string;
}

/** Text with optional emphasis; the plain-text part drops the emphasis, the HTML part bolds it. */
export type Inline = string | { strong: string };

export type Block =
  | { paragraph: Inline[] }
  /** Set apart at the top (e.g. "this is a resend"). */
  | { notice: string }
  | { list: Inline[][] }
  | { button: { label: string; href: string } };

export interface EmailContent {
  language: Language;
  subject: string;
  heading: string;
  recipientName: string;
  blocks: Block[];
}

const FOOTER: Record<Language, string> = {
  id: 'Email ini dikirim otomatis oleh sistem Evkin 360. Jika Anda merasa tidak berkepentingan, abaikan email ini.',
  en: 'This email was sent automatically by the Evkin 360 system. If it was not meant for you, please ignore it.',
};

const GREETING: Record<Language, (name: string) => Inline[]> = {
  id: (name) => ['Yth. ', { strong: name }],
  en: (name) => ['Dear ', { strong: name }, ','],
};

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

const plain = (parts: Inline[]) => parts.map((p) => (typeof p === 'string' ? p : p.strong)).join('');
const rich = (parts: Inline[]) =>
  parts.map((p) => (typeof p === 'string' ? escapeHtml(p) : `<strong>${escapeHtml(p.strong)}</strong>`)).join('');

// Mail clients (Gmail, Outlook's Word engine) ignore <style> blocks and CSS layout: every style is
// inline, layout is tables, and buttons are table cells with a background (the "bulletproof" button).
const FONT = 'font-family:Arial,Helvetica,sans-serif;';
const P = `<tr><td style="${FONT}font-size:15px;line-height:22px;color:#1b1f23;padding:0 0 14px">`;
const END = '</td></tr>';

function htmlBlock(block: Block): string {
  if ('paragraph' in block) return `${P}${rich(block.paragraph)}${END}`;
  if ('notice' in block) {
    return `<tr><td style="${FONT}font-size:14px;line-height:20px;color:#5c3c00;background:#fff4d6;border-left:4px solid #d4a017;padding:10px 12px">${escapeHtml(block.notice)}${END}<tr><td style="font-size:0;line-height:0;height:14px">&nbsp;${END}`;
  }
  if ('list' in block) {
    return `${P}<ul style="margin:0;padding:0 0 0 20px">${block.list.map((item) => `<li style="margin:0 0 4px">${rich(item)}</li>`).join('')}</ul>${END}`;
  }
  const { label, href } = block.button;
  return `<tr><td style="padding:0 0 18px"><table role="presentation" cellspacing="0" cellpadding="0" border="0"><tr><td bgcolor="#0b5cad" style="border-radius:4px;background:#0b5cad"><a href="${escapeHtml(href)}" target="_blank" style="display:inline-block;padding:12px 22px;${FONT}font-size:15px;font-weight:bold;color:#ffffff;text-decoration:none;border-radius:4px">${escapeHtml(label)}</a></td></tr></table>${END}`;
}

function textBlock(block: Block): string {
  if ('paragraph' in block) return plain(block.paragraph);
  if ('notice' in block) return `*** ${block.notice} ***`;
  if ('list' in block) return block.list.map((item) => `- ${plain(item)}`).join('\n');
  return `${block.button.label}: ${block.button.href}`;
}

/**
 * Every email has the same frame: heading, "Yth. <name>", blocks, the automatic-email footer of
 * seed 000 Gambar 3; an HTML part (tables, inline styles) and a plain-text part with the same words
 * and links.
 */
export function renderEmail(content: EmailContent): RenderedEmail {
  const { language } = content;
  const greeting = GREETING[language](content.recipientName);
  const text = [
    content.heading,
    '',
    plain(greeting),
    '',
    ...content.blocks.flatMap((block) => [textBlock(block), '']),
    '--',
    FOOTER[language],
    '',
  ].join('\n');
  const html = `<!doctype html>
<html lang="${language}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${escapeHtml(content.subject)}</title></head>
<body style="margin:0;padding:0;background:#f4f6f8">
<table role="presentation" width="100%" cellspacing="0" cellpadding="0" border="0" bgcolor="#f4f6f8" style="background:#f4f6f8"><tr><td align="center" style="padding:24px 12px">
<table role="presentation" width="560" cellspacing="0" cellpadding="0" border="0" bgcolor="#ffffff" style="width:100%;max-width:560px;background:#ffffff;border-radius:8px">
<tr><td style="padding:24px 24px 10px">
<table role="presentation" width="100%" cellspacing="0" cellpadding="0" border="0">
<tr><td style="${FONT}font-size:22px;line-height:28px;font-weight:bold;color:#0b3d73;padding:0 0 18px">${escapeHtml(content.heading)}${END}
${P}${rich(greeting)}${END}
${content.blocks.map(htmlBlock).join('\n')}
<tr><td style="${FONT}font-size:12px;line-height:18px;color:#57606a;border-top:1px solid #d0d7de;padding:14px 0 0">${escapeHtml(FOOTER[language])}${END}
</table>
</td></tr></table>
</td></tr></table>
</body></html>`;
  return { subject: content.subject, text, html };
}
