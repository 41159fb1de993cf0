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
  // One readline interface per question: a live one would echo what the secret's reader reads.
  const question = async (text: string) => {
    const rl = createInterface({ input, output, terminal: input.isTTY === true });
    try {
      return await rl.question(text);
    } finally {
      rl.close();
    }
  };
  const ask = async (text: string, fallback?: string) => {
    const answer = (await question(fallback ? `${text} [${fallback}]: ` : `${text}: `)).trim();
    return answer === '' ? (fallback ?? '') : answer;
  };
  return {
    ask,
    async askSecret(text) {
      if (!input.isTTY) return (await question(`${text}: `)).trim();
      output.write(`${text}: `);
      emitKeypressEvents(input);
      input.setRawMode(true);
      input.resume();
      try {
        return await new Promise<string>((resolve, reject) => {
          let typed = '';
          const onKey = (key: string | undefined, info: { name?: string; ctrl?: boolean } | undefined) => {
            if (info?.ctrl && info.name === 'c') {
              input.off('keypress', onKey);
              output.write('\n');
              reject(new Error('setup cancelled'));
            } else if (info?.name === 'return' || info?.name === 'enter') {
              input.off('keypress', onKey);
              output.write('\n');
              resolve(typed.trim());
            } else if (info?.name === 'backspace') {
              if (typed.length > 0) {
                typed = typed.slice(0, -1);
                output.write('\b \b');
              }
            } else if (key && !info?.ctrl && key >= ' ') {
              typed += key;
              output.write('*'.repeat(key.length));
            }
          };
          input.on('keypress', onKey);
        });
      } finally {
        input.setRawMode(false);
        input.pause();
      }
    },
    async confirm(text, fallback) {
      const answer = (await ask(`${text} (${fallback ? 'Y/n' : 'y/N'})`)).toLowerCase();
      if (answer === '') return fallback;
      return answer.startsWith('y') || answer.startsWith('は');
    },
    close: () => {},
  };
}
