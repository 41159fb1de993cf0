/**
 * Characters that Unicode-to-JIS converters (macOS, Linux, Java) produce where Windows'
 * CP932 has a look-alike: replaced by the character CP932 holds, as Windows itself does.
 */
const lookAlikes: Record<string, string> = {
  '\u301C': '\uFF5E', // 〜 WAVE DASH → ～
  '\u2016': '\u2225', // ‖ → ∥
  '\u2212': '\uFF0D', // − MINUS SIGN → －
  '\u00A2': '\uFFE0', // ¢
  '\u00A3': '\uFFE1', // £
  '\u00AC': '\uFFE2', // ¬
  '\u2014': '\u2015', // — EM DASH → ―
};

/** `text` with the look-alikes CP932 lacks replaced by the ones it has. */
export function cp932Compatible(text: string): string {
  return text.replace(/[\u301C\u2016\u2212\u00A2\u00A3\u00AC\u2014]/g, (c) => lookAlikes[c] ?? c);
}
