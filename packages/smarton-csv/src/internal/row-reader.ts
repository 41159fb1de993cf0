import type { LogEvent, LogEventKind } from '@pclogin/core';
import type { ParseIssue, ParseIssueCode } from '../issues/parse-issue.js';
import type { DetectedLayout } from '../layout/detected-layout.js';
import type { EventClassifier } from './event-classifier.js';
import type { FieldDecoder } from './field-decoder.js';
import { InstantConverter } from './instant-converter.js';
import {
  createTimestampParts,
  isDateOnly,
  isDateTime,
  isTimeOnly,
  parseTimestamp,
  type TimestampParts,
} from './parse-timestamp.js';

/** Entries per decode cache before it is emptied (accounts, computers and words repeat). */
const CACHE_LIMIT = 20_000;
/** Distinct unknown event words reported per parse; the rest are only counted. */
const UNKNOWN_WORDS_REPORTED = 100;
const ISSUE_TEXT_MAX = 200;

/** Where rows go: events, and issues about rows or the file. */
export interface ParseOutput {
  events: LogEvent[];
  issues: ParseIssue[];
}

/** Counters kept for `inspect`. */
export interface ParserStats {
  /** Data rows (not the header, not empty lines). */
  rows: number;
  emptyLines: number;
  /** Timestamp shape flags (date flags × 65536 + time flags for separate columns) → rows. */
  timeFormats: Map<number, number>;
  /** Event word as written → kind and rows. */
  words: Map<string, { kind: LogEventKind; count: number }>;
  /** The fields of the first data row, decoded. */
  firstRow: string[] | undefined;
}

interface EventWord {
  raw: string;
  kind: LogEventKind;
}

/** What a row reader needs to know. */
export interface RowReaderInit {
  file: string;
  layout: DetectedLayout;
  decoder: FieldDecoder;
  classifier: EventClassifier;
  timeZone: string;
  output: ParseOutput;
  stats: ParserStats | undefined;
}

/**
 * Turns the fields of one data row into an event, or into an issue saying why not. Only the
 * columns an event needs are decoded, through caches: accounts, computers and event words
 * repeat across rows, so most rows decode nothing. Timestamps are read with `charCodeAt`;
 * only a value that fails is decoded and NFKC-normalised (full-width digits) for a second try.
 */
export class RowReader {
  /** Events produced so far. */
  eventCount = 0;

  private readonly file: string;
  private readonly decoder: FieldDecoder;
  private readonly classifier: EventClassifier;
  private readonly output: ParseOutput;
  private readonly stats: ParserStats | undefined;
  private readonly delimiter: string;
  private readonly columnCount: number;
  private readonly hasHeader: boolean;
  private readonly timestampIndex: number;
  private readonly dateIndex: number;
  private readonly timeIndex: number;
  private readonly accountIndex: number;
  private readonly eventIndex: number;
  private readonly computerIndex: number;
  private readonly parts: TimestampParts = createTimestampParts();
  private readonly converter: InstantConverter;
  private readonly accounts = new Map<string, string | null>();
  private readonly computers = new Map<string, string | null>();
  private readonly words = new Map<string, EventWord | null>();
  private readonly unknownReported = new Set<string>();

  constructor(init: RowReaderInit) {
    this.file = init.file;
    this.decoder = init.decoder;
    this.classifier = init.classifier;
    this.output = init.output;
    this.stats = init.stats;
    this.converter = new InstantConverter(init.timeZone);
    const { layout } = init;
    this.delimiter = layout.delimiter;
    this.columnCount = layout.columnCount;
    this.hasHeader = layout.header !== null;
    const c = layout.columns;
    this.timestampIndex = c.timestamp?.index ?? -1;
    this.dateIndex = c.date?.index ?? -1;
    this.timeIndex = c.time?.index ?? -1;
    this.accountIndex = c.account?.index ?? -1;
    this.eventIndex = c.event?.index ?? -1;
    this.computerIndex = c.computer?.index ?? -1;
  }

  /**
   * One data row (`fields` are unit strings; `text.slice(start, end)` is the whole row).
   */
  row(fields: string[], text: string, start: number, end: number, line: number, offset: number): void {
    if (fields.length !== this.columnCount && !this.extraFieldsEmpty(fields, this.columnCount)) {
      if (fields.length === 1 && (fields[0] as string).trim() === '') {
        if (this.stats) this.stats.emptyLines++;
        return;
      }
      const name = this.delimiter === ',' ? 'comma' : this.delimiter === '\t' ? 'tab' : `"${this.delimiter}"`;
      this.report(
        'column-count',
        line,
        offset,
        `Expected ${this.columnCount} fields${this.hasHeader ? ' as in the header' : ''}, found ${fields.length}. A value containing a ${name} must be in double quotes.`,
        text.slice(start, end),
      );
      return;
    }
    if (this.decoder.encoding === 'ascii') this.decoder.settleFrom(text.slice(start, end));
    const stats = this.stats;
    if (stats) {
      stats.rows++;
      stats.firstRow ??= fields.map((f) => this.lossy(f).trim());
    }
    const at = this.readTime(fields, text, start, end, line, offset);
    if (at === undefined) return;

    const account = this.decodeTrimmed(this.accounts, fields[this.accountIndex] as string);
    if (account === null) {
      this.undecodable('account', line, offset, text, start, end);
      return;
    }
    if (account === '') {
      this.report(
        'missing-account',
        line,
        offset,
        'The SmartOn account is empty, so the row cannot be linked to an employee.',
        text.slice(start, end),
      );
      return;
    }

    const wordUnits = fields[this.eventIndex] as string;
    let word = this.words.get(wordUnits);
    if (word === undefined) {
      const decoded = this.decoder.decode(wordUnits);
      if (decoded === undefined) word = null;
      else {
        const raw = decoded.trim();
        word = { raw, kind: this.classifier.classify(raw) };
      }
      this.remember(this.words, wordUnits, word);
    }
    if (word === null) {
      this.undecodable('event', line, offset, text, start, end);
      return;
    }
    if (word.raw === '') {
      this.report('missing-event', line, offset, 'The event column is empty.', text.slice(start, end));
      return;
    }
    if (word.kind === 'other' && !this.unknownReported.has(word.raw)) {
      if (this.unknownReported.size < UNKNOWN_WORDS_REPORTED) {
        this.report(
          'unknown-event',
          line,
          offset,
          `The event word "${word.raw}" is not in the vocabulary: rows with it are kept as kind "other". If it means a logon, logoff, lock or unlock, add it to eventWords (e.g. { "${word.raw}": "logon" }).`,
          text.slice(start, end),
          'warning',
        );
      }
      this.unknownReported.add(word.raw);
    }
    if (stats) {
      const s = stats.words.get(word.raw);
      if (s) s.count++;
      else stats.words.set(word.raw, { kind: word.kind, count: 1 });
    }

    let computer: string | null | undefined;
    if (this.computerIndex >= 0) {
      computer = this.decodeTrimmed(this.computers, fields[this.computerIndex] as string);
      if (computer === null) {
        this.undecodable('computer', line, offset, text, start, end);
        return;
      }
    }
    const source = { file: this.file, line, offset };
    this.output.events.push(
      computer
        ? { account, at: new Date(at), kind: word.kind, raw: word.raw, computer, source }
        : { account, at: new Date(at), kind: word.kind, raw: word.raw, source },
    );
    this.eventCount++;
  }

  /** Epoch milliseconds of the row, or `undefined` after reporting why not. */
  private readTime(
    fields: string[],
    text: string,
    start: number,
    end: number,
    line: number,
    offset: number,
  ): number | undefined {
    let key: number;
    if (this.timestampIndex >= 0) {
      const flags = this.readTimeField(fields[this.timestampIndex] as string, isDateTime);
      if (flags < 0) {
        this.badTime(fields[this.timestampIndex] as string, 'date and time', line, offset, text, start, end);
        return undefined;
      }
      key = flags;
    } else {
      const dateFlags = this.readTimeField(fields[this.dateIndex] as string, isDateOnly);
      if (dateFlags < 0) {
        this.badTime(fields[this.dateIndex] as string, 'date', line, offset, text, start, end);
        return undefined;
      }
      const timeFlags = this.readTimeField(fields[this.timeIndex] as string, isTimeOnly);
      if (timeFlags < 0) {
        this.badTime(fields[this.timeIndex] as string, 'time', line, offset, text, start, end);
        return undefined;
      }
      key = dateFlags * 65536 + timeFlags;
    }
    if (this.stats) this.stats.timeFormats.set(key, (this.stats.timeFormats.get(key) ?? 0) + 1);
    return this.converter.toEpochMs(this.parts);
  }

  /**
   * Reads one timestamp field into `this.parts`: as it is, then decoded and NFKC-normalised
   * (full-width digits) when that fails. Returns the shape flags, or -1 when `accept` refuses
   * both readings.
   */
  private readTimeField(units: string, accept: (flags: number) => boolean): number {
    const flags = parseTimestamp(units, this.parts);
    if (accept(flags)) return flags;
    const value = this.normalized(units);
    const retried = value === undefined ? 0 : parseTimestamp(value, this.parts);
    return accept(retried) ? retried : -1;
  }

  /** A field's value decoded and trimmed through `cache`, or `null` when it does not decode. */
  private decodeTrimmed(cache: Map<string, string | null>, units: string): string | null {
    let value = cache.get(units);
    if (value === undefined) {
      const decoded = this.decoder.decode(units);
      value = decoded === undefined ? null : decoded.trim();
      this.remember(cache, units, value);
    }
    return value;
  }

  /** A field decoded and NFKC-normalised (full-width digits and colons become ASCII). */
  private normalized(units: string): string | undefined {
    return this.decoder.decode(units)?.normalize('NFKC');
  }

  private lossy(units: string): string {
    return this.decoder.decodeLossy(units);
  }

  /** Reports a timestamp field (`units`) neither reading accepted. */
  private badTime(
    units: string,
    what: string,
    line: number,
    offset: number,
    text: string,
    start: number,
    end: number,
  ): void {
    const shown = (this.normalized(units) ?? this.lossy(units)).trim();
    this.report(
      'bad-timestamp',
      line,
      offset,
      shown === ''
        ? `The ${what} is empty.`
        : `The ${what} "${shown}" is not in a recognised format (e.g. 2024/02/07 09:03:12, 2024-02-07T09:03:12+09:00, 20240207090312) or is not a real ${what}.`,
      text.slice(start, end),
    );
  }

  private undecodable(
    column: string,
    line: number,
    offset: number,
    text: string,
    start: number,
    end: number,
  ): void {
    const encoding = this.decoder.encoding;
    this.report(
      'undecodable',
      line,
      offset,
      `The ${column} column has bytes that are not valid ${encoding === 'cp932' ? 'CP932 (Shift_JIS)' : encoding.toUpperCase()}. If the whole file looks wrong, set the encoding option.`,
      text.slice(start, end),
    );
  }

  private extraFieldsEmpty(fields: string[], count: number): boolean {
    if (fields.length < count) return false;
    for (let i = count; i < fields.length; i++) if ((fields[i] as string).trim() !== '') return false;
    return true;
  }

  private remember<V>(cache: Map<string, V>, key: string, value: V): void {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(key, value);
  }

  report(
    code: ParseIssueCode,
    line: number,
    offset: number,
    reason: string,
    units: string,
    severity: 'error' | 'warning' = 'error',
  ): void {
    let text = this.decoder.decodeLossy(units.slice(0, ISSUE_TEXT_MAX * 2));
    if (text.length > ISSUE_TEXT_MAX) text = `${text.slice(0, ISSUE_TEXT_MAX)}…`;
    this.output.issues.push({ file: this.file, line, offset, code, severity, reason, text });
  }
}
