import type { LogEventKind } from '@pclogin/core';
import { defaultEventWords, normalizeEventWord } from '../schema/event-vocabulary.js';

/** Maps event words to kinds: the default vocabulary plus the configured words. */
export class EventClassifier {
  private readonly words = new Map<string, LogEventKind>();

  constructor(extra: Readonly<Record<string, LogEventKind>> = {}) {
    for (const [word, kind] of Object.entries(defaultEventWords))
      this.words.set(normalizeEventWord(word), kind);
    for (const [word, kind] of Object.entries(extra)) this.words.set(normalizeEventWord(word), kind);
  }

  /** The kind of a word, or `undefined` when it is not in the vocabulary. */
  known(word: string): LogEventKind | undefined {
    return this.words.get(normalizeEventWord(word));
  }

  /** The kind of a word; words outside the vocabulary are `other`. */
  classify(word: string): LogEventKind {
    return this.known(word) ?? 'other';
  }
}
