// Control characters from log files, KING OF TIME or the linking CSV (a NUL inside an account
// name, a carriage return, an escape sequence) must not reach a terminal or a log file raw: they
// hide or rewrite what is shown. Line feeds and tabs are the output's own and stay.
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/**
 * `text` with every control character except line feed and tab written as a visible escape
 * (`\x00`), for output to a terminal or a text log. JSON output needs nothing: `JSON.stringify`
 * escapes them itself.
 *
 * @example
 * visibleText('taro\u0000x') // → 'taro\\x00x'
 */
export function visibleText(text: string): string {
  return text.replace(CONTROL, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}
