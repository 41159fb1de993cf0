/** One `Label:   value` line of an event message, with the section header it sits under. */
export interface MessageField {
  section: string | undefined;
  key: string;
  value: string;
}

// `Label:<tabs>value`; Japanese messages use an ASCII colon, but a full-width one costs nothing to accept.
const fieldLine = /^(\s*)([^:：]+?)\s*[:：](.*)$/;

/**
 * Splits a rendered event message into its fields. A line that is not indented and has no
 * value (`New Logon:`, `新しいログオン:`) starts a section; the explanatory paragraphs at the
 * end have no `Label:` shape that matches a known label, so they are harmless.
 */
export function messageFields(message: string): MessageField[] {
  const fields: MessageField[] = [];
  let section: string | undefined;
  for (const line of message.split(/\r\n|\r|\n/)) {
    const match = fieldLine.exec(line);
    if (!match) continue;
    const indent = match[1] ?? '';
    const key = (match[2] ?? '').trim();
    const value = (match[3] ?? '').trim();
    if (indent === '' && value === '') {
      section = key;
      continue;
    }
    fields.push({ section, key, value });
  }
  return fields;
}
