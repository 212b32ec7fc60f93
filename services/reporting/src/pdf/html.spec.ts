import { escapeHtml, html, SafeHtml, trustedHtml } from './html.js';

describe('escapeHtml', () => {
  it('escapes the five characters that matter in content and quoted attributes', () => {
    expect(escapeHtml(`<b>Budi & "Sari"</b> O'Neil`)).toBe('&lt;b&gt;Budi &amp; &quot;Sari&quot;&lt;/b&gt; O&#39;Neil');
  });

  it('leaves other text alone, Indonesian and non-Latin letters included', () => {
    expect(escapeHtml('Dinas Tenaga Kerja — Kab. Pidie Jaya, 100%')).toBe('Dinas Tenaga Kerja — Kab. Pidie Jaya, 100%');
  });

  it('escapes an ampersand that already looks like an entity (data is text, not markup)', () => {
    expect(escapeHtml('&amp; &#60;')).toBe('&amp;amp; &amp;#60;');
  });
});

describe('html template', () => {
  it('escapes interpolated text, also inside attributes', () => {
    const name = '<script>alert(1)</script>';
    const title = '" onload="x';
    expect(html`<td title="${title}">${name}</td>`.value).toBe(
      '<td title="&quot; onload=&quot;x">&lt;script&gt;alert(1)&lt;/script&gt;</td>',
    );
  });

  it('keeps nested templates as markup and escapes the data inside them', () => {
    const rows = ['a&b', '<c>'].map((v) => html`<li>${v}</li>`);
    expect(
      html`<ul>
        ${rows}
      </ul>`.value.replace(/>\s+</g, '><'),
    ).toBe('<ul><li>a&amp;b</li><li>&lt;c&gt;</li></ul>');
  });

  it('prints numbers, and nothing for null, undefined and false', () => {
    expect(html`${1}|${null}|${undefined}|${false}|${0}`.value).toBe('1||||0');
  });

  it('refuses values that are not text (an object would print as [object Object])', () => {
    expect(() => html`${{ name: 'x' } as unknown as string}`).toThrow(TypeError);
  });

  it('lets trusted constants through unchanged', () => {
    expect(html`${trustedHtml('<svg></svg>')}`.value).toBe('<svg></svg>');
    expect(html`x` instanceof SafeHtml).toBe(true);
  });
});
