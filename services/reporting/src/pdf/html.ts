/**
 * HTML building with escaping by default: every value interpolated into an `html` template is
 * escaped unless it is already `SafeHtml` (the result of another `html` template). Data can
 * therefore never become markup, whatever a name or a unit contains.
 */

/** Markup that is already safe: produced by `html` or from a trusted constant (`trustedHtml`). */
export class SafeHtml {
  constructor(readonly value: string) {}

  toString(): string {
    return this.value;
  }
}

/** What an `html` template accepts: text (escaped), numbers, safe markup, lists of those; nothing for null/undefined/false. */
export type HtmlValue = SafeHtml | string | number | null | undefined | false | readonly HtmlValue[];

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for HTML element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] as string);
}

function render(value: HtmlValue): string {
  if (value === null || value === undefined || value === false) return '';
  if (value instanceof SafeHtml) return value.value;
  if (typeof value === 'string') return escapeHtml(value);
  if (typeof value === 'number') return escapeHtml(String(value));
  if (Array.isArray(value)) return (value as readonly HtmlValue[]).map(render).join('');
  // A bug (an object where text was meant), not data to print as "[object Object]".
  throw new TypeError(`html: cannot interpolate a value of type ${typeof value}`);
}

/** Tagged template: `html\`<td>${name}</td>\`` escapes `name`. */
export function html(strings: TemplateStringsArray, ...values: readonly HtmlValue[]): SafeHtml {
  let out = strings[0] ?? '';
  for (let i = 0; i < values.length; i++) {
    out += render(values[i]) + (strings[i + 1] ?? '');
  }
  return new SafeHtml(out);
}

/** For constants written in this code (a stylesheet, an inline SVG): never for data. */
export function trustedHtml(markup: string): SafeHtml {
  return new SafeHtml(markup);
}
