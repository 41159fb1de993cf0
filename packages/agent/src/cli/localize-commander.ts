import type { Command } from 'commander';
import { type MessageKey, t } from '../i18n/translate.js';
import { displayWidth } from './format/display-width.js';

const TITLES: Record<string, MessageKey> = {
  'Usage:': 'cli.help.usage',
  'Arguments:': 'cli.help.arguments',
  'Options:': 'cli.help.options',
  'Global Options:': 'cli.help.globalOptions',
  'Commands:': 'cli.help.commands',
};

/**
 * Puts the parser's own words in the CLI's language: the help's headings, `default:` and
 * `choices:`, the help option and command, and its complaints about the command line (an
 * unknown option, a missing argument…). The command's own texts are translated where they are
 * declared. Applied to a command, it reaches every subcommand declared after it.
 */
export function localizeCommander(program: Command): void {
  program
    .helpOption('-h, --help', t('cli.option.help'))
    .helpCommand('help [command]', t('cli.helpCommand'))
    .configureHelp({
      displayWidth: displayWidth,
      boxWrap: wrapText,
      styleTitle: (title) => {
        const key = TITLES[title];
        return key ? t(key) : title;
      },
      optionDescription(option) {
        return withExtras(
          option.description,
          option.argChoices,
          option.defaultValue,
          option.required || option.optional,
        );
      },
      argumentDescription(argument) {
        return withExtras(argument.description, argument.argChoices, argument.defaultValue, true);
      },
    })
    .configureOutput({
      outputError: (text, write) => write(translateParserError(text)),
    });
}

function withExtras(
  description: string,
  choices: readonly string[] | undefined,
  defaultValue: unknown,
  showDefault: boolean,
): string {
  const extras: string[] = [];
  if (choices)
    extras.push(t('cli.help.choices', { values: choices.map((c) => JSON.stringify(c)).join(', ') }));
  if (defaultValue !== undefined && showDefault)
    extras.push(t('cli.help.default', { value: JSON.stringify(defaultValue) }));
  return extras.length > 0 ? t('cli.help.extras', { description, extras: extras.join(', ') }) : description;
}

const PARSER_ERRORS: [RegExp, (m: RegExpMatchArray) => string][] = [
  [/^error: unknown option ('[^']*')/, (m) => t('cli.parser.unknownOption', { option: m[1]! })],
  [/^error: unknown command ('[^']*')/, (m) => t('cli.parser.unknownCommand', { command: m[1]! })],
  [
    /^error: missing required argument ('[^']*')/,
    (m) => t('cli.parser.missingArgument', { argument: m[1]! }),
  ],
  [
    /^error: option '([^']*)' argument missing/,
    (m) => t('cli.parser.optionArgumentMissing', { option: m[1]! }),
  ],
  [
    /^error: required option '([^']*)' not specified/,
    (m) => t('cli.parser.requiredOption', { option: m[1]! }),
  ],
  [
    /^error: option '([^']*)' argument '([^']*)' is invalid\. Allowed choices are (.*)\./,
    (m) => t('cli.parser.invalidChoice', { option: m[1]!, value: m[2]!, choices: m[3]! }),
  ],
  [/^error: too many arguments/, () => t('cli.parser.tooManyArguments')],
];

/** The parser's complaint in the CLI's language (its first line; a suggestion follows). */
export function translateParserError(text: string): string {
  for (const [pattern, render] of PARSER_ERRORS) {
    const match = pattern.exec(text);
    if (!match) continue;
    const suggestion = /\(Did you mean (.*)\?\)/.exec(text);
    return `${render(match)}${suggestion ? `\n${t('cli.parser.didYouMean', { suggestion: suggestion[1]! })}` : ''}\n`;
  }
  return text;
}

// One breakable piece of a line: a word with the spaces before it, or one Japanese character
// (Japanese has no spaces; a line may break between any two characters, but not before a
// closing mark such as 、。）」 nor after an opening one such as （「).
const CHUNK =
  /\s*[（「『【]*(?:[\u3000-\u30ff\u3400-\u9fff\uff01-\uff60]|[^\s\u3000-\u30ff\u3400-\u9fff\uff01-\uff60]+)[、。，．・：）」』】]*/gu;

/** Wraps help text to `width` terminal cells, at spaces or between Japanese characters. */
export function wrapText(text: string, width: number): string {
  if (width < 40) return text;
  const out: string[] = [];
  for (const line of text.split(/\r\n|\n/)) {
    const chunks = line.match(CHUNK);
    if (!chunks) {
      out.push('');
      continue;
    }
    let current = chunks[0]!;
    for (const chunk of chunks.slice(1)) {
      if (displayWidth(current) + displayWidth(chunk) <= width) current += chunk;
      else {
        out.push(current);
        current = chunk.trimStart();
      }
    }
    out.push(current);
  }
  return out.join('\n');
}
