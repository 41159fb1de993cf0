/**
 * The form of a punch or correction id printed for people: only `[A-Za-z0-9._-]`, so that it
 * can be pasted unquoted into bash, PowerShell or cmd.exe. The id's `|` separators become `.`;
 * any other character (including `.` and `_` inside a part) becomes `_` and two hex digits per
 * UTF-8 byte, so the form is reversible: `0002|2026-12-06|clockOut|0|single-log-day` prints as
 * `0002.2026-12-06.clockOut.0.single-log-day`.
 *
 * @example
 * displayId('0002|2026-12-06|clockOut|0') // → '0002.2026-12-06.clockOut.0'
 */
export function displayId(id: string): string {
  return id
    .split('|')
    .map((part) =>
      part.replace(/[^A-Za-z0-9-]/gu, (char) =>
        [...Buffer.from(char, 'utf8')]
          .map((b) => `_${b.toString(16).toUpperCase().padStart(2, '0')}`)
          .join(''),
      ),
    )
    .join('.');
}

/**
 * The id a person typed: the printed form ({@link displayId}) or the stored form with `|`
 * (still accepted). Returns `undefined` for text that is neither.
 *
 * @example
 * parseDisplayId('0002.2026-12-06.clockOut.0') // → '0002|2026-12-06|clockOut|0'
 * parseDisplayId('0002|2026-12-06|clockOut|0') // → the same
 */
export function parseDisplayId(text: string): string | undefined {
  if (text.includes('|')) return text;
  if (!/^[A-Za-z0-9._-]+$/.test(text)) return undefined;
  const parts: string[] = [];
  for (const part of text.split('.')) {
    const bytes: number[] = [];
    for (let i = 0; i < part.length; ) {
      if (part[i] === '_') {
        const hex = part.slice(i + 1, i + 3);
        if (!/^[0-9A-Fa-f]{2}$/.test(hex)) return undefined;
        bytes.push(Number.parseInt(hex, 16));
        i += 3;
      } else {
        bytes.push(part.charCodeAt(i));
        i++;
      }
    }
    parts.push(Buffer.from(bytes).toString('utf8'));
  }
  return parts.join('|');
}
