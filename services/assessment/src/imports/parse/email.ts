// Practical RFC 5321/5322: a dot-atom local part and a DNS host name with an alphabetic or IDN top-level
// label. Quoted local parts and address literals are valid on paper but never real participants' mail.
const LOCAL = /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
const LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
const TOP_LABEL = /^(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/;

/** How emails are compared and stored: trimmed, lower-cased. */
export function normaliseEmail(text: string): string {
  return text.trim().toLowerCase();
}

/** Whether a normalised email is deliverable in practice. */
export function isEmail(email: string): boolean {
  if (email.length > 254) return false;
  const at = email.lastIndexOf('@');
  if (at < 1 || at > 64) return false;
  if (!LOCAL.test(email.slice(0, at))) return false;
  const labels = email.slice(at + 1).split('.');
  return labels.length >= 2 && labels.every((l) => LABEL.test(l)) && TOP_LABEL.test(labels[labels.length - 1]!);
}
