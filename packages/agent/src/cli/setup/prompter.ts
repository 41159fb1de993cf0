import { emitKeypressEvents } from 'node:readline';
import { createInterface } from 'node:readline/promises';

/** Asks the person at the terminal; `setup` uses it only when it runs interactively. */
export interface Prompter {
  /** A line of text; an empty answer takes `fallback`. */
  ask(question: string, fallback?: string): Promise<string>;
  /** A line typed without echo (the access token, a proxy password). */
  askSecret(question: string): Promise<string>;
  /** Yes or no; an empty answer takes `fallback`. */
  confirm(question: string, fallback: boolean): Promise<boolean>;
  close(): void;
}

/**
 * A {@link Prompter} on the process's terminal. A secret is read in raw mode, each key shown as
 * `*`, so that it never appears on the screen nor in the terminal's scroll-back.
 */
export function terminalPrompter(
  input: NodeJS.ReadStream = process.stdin,
  output: NodeJS.WriteStream = process.stderr,
): Prompter {
  const rl = createInterface({ input, output, terminal: input.isTTY === true });
  const ask = async (question: string, fallback?: string) => {
    const shown = fallback ? `${question} [${fallback}]: ` : `${question}: `;
    const answer = (await rl.question(shown)).trim();
    return answer === '' ? (fallback ?? '') : answer;
  };
  return {
    ask,
    async askSecret(question) {
      if (!input.isTTY) return (await rl.question(`${question}: `)).trim();
      rl.pause();
      output.write(`${question}: `);
      emitKeypressEvents(input);
      input.setRawMode(true);
      input.resume();
      try {
        return await new Promise<string>((resolve, reject) => {
          let typed = '';
          const onKey = (text: string | undefined, key: { name?: string; ctrl?: boolean } | undefined) => {
            if (key?.ctrl && key.name === 'c') {
              input.off('keypress', onKey);
              output.write('\n');
              reject(new Error('setup cancelled'));
            } else if (key?.name === 'return' || key?.name === 'enter') {
              input.off('keypress', onKey);
              output.write('\n');
              resolve(typed.trim());
            } else if (key?.name === 'backspace') {
              if (typed.length > 0) {
                typed = typed.slice(0, -1);
                output.write('\b \b');
              }
            } else if (text && !key?.ctrl && text >= ' ') {
              typed += text;
              output.write('*'.repeat(text.length));
            }
          };
          input.on('keypress', onKey);
        });
      } finally {
        input.setRawMode(false);
        rl.resume();
      }
    },
    async confirm(question, fallback) {
      const answer = (await ask(`${question} (${fallback ? 'Y/n' : 'y/N'})`)).toLowerCase();
      if (answer === '') return fallback;
      return answer.startsWith('y') || answer.startsWith('は');
    },
    close: () => rl.close(),
  };
}
