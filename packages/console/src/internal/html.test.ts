import fc from 'fast-check';
import { expect, test } from 'vitest';
import { escapeHtml, Html, html } from './html.js';

test('interpolated values are escaped, fragments are not', () => {
  const name = '<script>alert("x")</script>';
  expect(html`<td title="${name}">${name}</td>`.text).toBe(
    '<td title="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;</td>',
  );
  expect(html`<p>${html`<b>${'&'}</b>`}</p>`.text).toBe('<p><b>&amp;</b></p>');
  expect(html`${[html`<i>1</i>`, '<2>']}${undefined}${null}${false}${0}`.text).toBe('<i>1</i>&lt;2&gt;0');
});

test('no string escapes into markup (property)', () => {
  fc.assert(
    fc.property(fc.string(), (s) => {
      const out = html`<p title="${s}">${s}</p>`.text;
      const inner = escapeHtml(s);
      expect(inner).not.toMatch(/[<>"']/);
      expect(out).toBe(`<p title="${inner}">${inner}</p>`);
      expect(new Html(out).toString()).toBe(out);
    }),
  );
});
