import type { LogEvent, LogEventKind } from '@pclogin/core';
import type { ParseIssue, ParseIssueCode } from '../issues/parse-issue.js';
import type { DetectedLayout, LogFileEncoding } from '../layout/detected-layout.js';
import type { ResolvedSmartonCsvOptions } from '../options/smarton-csv-options.js';
import { detectDelimiter } from './detect-delimiter.js';
import { detectEncoding } from './detect-encoding.js';
import { detectLayout, type LayoutDetection } from './detect-layout.js';
import { EventClassifier } from './event-classifier.js';
import { FieldDecoder } from './field-decoder.js';
import { InstantConverter } from './instant-converter.js';
import {
  createTimestampParts,
  isDateOnly,
  isDateTime,
  isTimeOnly,
  parseTimestamp,
  type TimestampParts,
} from './parse-timestamp.js';
import { sampleRecords } from './sample-records.js';
import { countLineFeeds, NO_LINE_END, OPEN_QUOTE, scanQuotedRecord } from './scan-quoted-record.js';
import { splitQuotedRecords } from './split-quoted-records.js';
import { createUnitCodec, type UnitCodec } from './unit-codec.js';

/** Bytes looked at before deciding the layout (fewer when the file is shorter). */
const SAMPLE_BYTES = 64 * 1024;
/** Bytes after which a layout that still waits for more rows is given up. */
const MAX_SAMPLE_BYTES = 1024 * 1024;
/** A record without a line end longer than this is reported and skipped. */
const MAX_RECORD_BYTES = 1024 * 1024;
/** Entries per decode cache before it is emptied (accounts, computers and words repeat). */
const CACHE_LIMIT = 20_000;
/** Distinct unknown event words reported per parse; the rest are only counted. */
const UNKNOWN_WORDS_REPORTED = 100;
const ISSUE_TEXT_MAX = 200;

/** What the parser is told when it starts. */
export interface RecordParserInit {
  /** The file name put into events and issues. */
  file: string;
  options: ResolvedSmartonCsvOptions;
  /** The layout found by an earlier read of the same file: no detection, no header expected. */
  layout?: DetectedLayout;
  /** Absolute byte offset of the first byte pushed. */
  startOffset?: number;
  /** Lines before `startOffset`. */
  linesBefore?: number;
  /** Records whose line is at most this are consumed without producing anything. */
  skipThroughLine?: number;
  /** Stop after this many events (at a record boundary). */
  maxEvents?: number;
  /** Count rows, time formats and event words for `inspect`. */
  collectStats?: boolean;
  /** Bytes to look at before deciding the layout (tests use tiny values). @default 65536 */
  sampleBytes?: number;
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

/** Why bytes at the end were not consumed after a non-final finish. */
export type HeldBack = 'unterminated-line' | 'unclosed-quote' | 'layout';

/**
 * The parsing engine behind every public entry point. Bytes are pushed in chunks of any size
 * (a chunk may end anywhere, even inside a character); complete records are turned into
 * events and issues at once, and the incomplete end waits for the next chunk. `finish(true)`
 * reads the unterminated end as a record; `finish(false)` leaves it for a later read.
 *
 * Records are found in "unit strings" (see `unit-codec.ts`), so the byte offset of every
 * record is exact: `unitBase + index × width`. Rows without quotes are split with
 * `String.prototype.split`; runs of rows with quotes go to csv-parse. Only the columns an
 * event needs are decoded, through caches, because accounts, computers and event words
 * repeat across rows.
 */
export class RecordParser {
  /** Events produced since the last `drain`. */
  events: LogEvent[] = [];
  /** Issues found since the last `drain`. */
  issues: ParseIssue[] = [];
  /** The layout, once decided. */
  layout: DetectedLayout | undefined;
  /** The last failed layout detection, when no layout could be decided. */
  layoutProblem: Extract<LayoutDetection, { ok: false }> | undefined;
  /** Absolute offset just after the last record consumed (read, reported or skipped). */
  consumedOffset: number;
  /** Lines up to `consumedOffset`. */
  consumedLines: number;
  /** Absolute offset of the last record consumed. */
  lastRecordOffset: number;
  /** Whether `maxEvents` was reached. */
  stopped = false;
  /** Why the end was held back by `finish(false)`. */
  heldBack: HeldBack | undefined;
  /** Counters, when asked for. */
  readonly stats: ParserStats | undefined;

  private readonly file: string;
  private readonly options: ResolvedSmartonCsvOptions;
  private readonly classifier: EventClassifier;
  private readonly skipThroughLine: number;
  private readonly maxEvents: number;
  private readonly startOffset: number;
  private readonly sampleLimit: number;
  private eventCount = 0;
  private sample: Buffer[] | undefined;
  private sampleBytes = 0;
  private skipBytes = 0;
  private codec: UnitCodec | undefined;
  private decoder: FieldDecoder | undefined;
  private width = 1;
  private delimiter = ',';
  private delimiterCode = 44;
  private carry = '';
  private unitBase: number;
  private skipToLineEnd = false;
  private lastIncomplete: HeldBack = 'unterminated-line';
  private readonly batch: number[] = [];
  private readonly parts: TimestampParts = createTimestampParts();
  private readonly converter: InstantConverter;
  private readonly accounts = new Map<string, string | null>();
  private readonly computers = new Map<string, string | null>();
  private readonly words = new Map<string, EventWord | null>();
  private readonly unknownReported = new Set<string>();
  private timestampIndex = -1;
  private dateIndex = -1;
  private timeIndex = -1;
  private accountIndex = -1;
  private eventIndex = -1;
  private computerIndex = -1;
  private headerLine = 0;

  constructor(init: RecordParserInit) {
    this.file = init.file;
    this.options = init.options;
    this.classifier = new EventClassifier(init.options.eventWords);
    this.startOffset = init.startOffset ?? 0;
    this.consumedOffset = this.startOffset;
    this.lastRecordOffset = this.startOffset;
    this.unitBase = this.startOffset;
    this.consumedLines = init.linesBefore ?? 0;
    this.skipThroughLine = init.skipThroughLine ?? 0;
    this.maxEvents = init.maxEvents ?? Number.POSITIVE_INFINITY;
    this.sampleLimit = init.sampleBytes ?? SAMPLE_BYTES;
    this.converter = new InstantConverter(init.options.timeZone);
    this.stats = init.collectStats
      ? { rows: 0, emptyLines: 0, timeFormats: new Map(), words: new Map(), firstRow: undefined }
      : undefined;
    if (init.layout) this.start(init.layout);
    else this.sample = [];
  }

  /** Takes the events and issues produced so far. */
  drain(): { events: LogEvent[]; issues: ParseIssue[] } {
    const out = { events: this.events, issues: this.issues };
    this.events = [];
    this.issues = [];
    return out;
  }

  /** Whether the layout could not be decided from what the file has (nothing will be read). */
  get failed(): boolean {
    return this.layoutProblem !== undefined && !this.layoutProblem.needMoreData;
  }

  /** Parses the complete records in `chunk` (which the parser may keep). */
  push(chunk: Buffer): void {
    if (this.stopped || this.failed || chunk.length === 0) return;
    if (this.sample) {
      this.sample.push(chunk);
      this.sampleBytes += chunk.length;
      if (this.sampleBytes >= this.sampleLimit) this.detect(false);
      return;
    }
    this.feed(chunk, false);
  }

  /**
   * Ends the input. With `final`, an unterminated last record is read as a record and an
   * unclosed quote is reported; without, they stay unconsumed (see `heldBack`).
   */
  finish(final: boolean): void {
    this.heldBack = undefined;
    if (this.stopped || this.failed) return;
    if (this.sample) {
      this.detect(final, true);
      if (this.sample) {
        this.heldBack = 'layout';
        return;
      }
      if (this.failed) return;
    }
    this.feed(Buffer.alloc(0), final);
    if (final && this.codec && this.codec.pendingBytes > 0 && !this.stopped) {
      // A lone byte at the end of a UTF-16 file cannot be a character.
      this.consumedOffset += this.codec.pendingBytes;
    }
    if (!final && !this.stopped && this.carry.length > 0) this.heldBack = this.lastIncomplete;
  }

  private detect(final: boolean, ending = false): void {
    const sample = this.sample;
    if (!sample) return;
    const bytes = sample.length === 1 ? (sample[0] as Buffer) : Buffer.concat(sample);
    const atFileStart = this.startOffset === 0;
    const encoding = atFileStart
      ? detectEncoding(bytes, this.options.encoding, final)
      : detectEncoding(bytes, this.options.encoding === 'auto' ? 'auto' : this.options.encoding, final);
    if (!atFileStart) encoding.bomLength = 0;
    const codec = createUnitCodec(encoding.encoding);
    const units = codec.toUnits(bytes.subarray(encoding.bomLength));
    const configured = this.options.delimiter;
    const delimiter =
      configured === 'auto'
        ? detectDelimiter(units)
        : configured === 'comma'
          ? ','
          : configured === 'tab'
            ? '\t'
            : configured;
    const decoder = new FieldDecoder(encoding.encoding);
    const records = sampleRecords(units, delimiter, decoder, final, this.consumedLines + 1);
    const detection = detectLayout({
      records,
      final,
      options: this.options,
      encoding,
      delimiter,
      delimiterSource: configured === 'auto' ? 'content' : 'configured',
      events: this.classifier,
    });
    if (!detection.ok) {
      this.layoutProblem = detection;
      if (detection.needMoreData && this.sampleBytes < MAX_SAMPLE_BYTES) return;
      if (detection.needMoreData && ending) return;
      this.layoutProblem = { ...detection, needMoreData: false };
      this.sample = undefined;
      this.issues.push({
        file: this.file,
        line: 0,
        code: 'unrecognised-layout',
        severity: 'error',
        reason: `${detection.reason} Nothing in this file was read.`,
        text: '',
      });
      return;
    }
    this.layoutProblem = undefined;
    this.sample = undefined;
    this.start(detection.layout);
    this.feed(bytes, final);
  }

  private start(layout: DetectedLayout): void {
    this.layout = layout;
    this.codec = createUnitCodec(layout.encoding);
    this.width = this.codec.width;
    this.decoder = new FieldDecoder(layout.encoding, (encoding: LogFileEncoding) => {
      // A file seen as pure ASCII has settled on UTF-8 or CP932: remember it for later reads.
      if (this.layout) this.layout = { ...this.layout, encoding };
    });
    this.delimiter = layout.delimiter;
    this.delimiterCode = layout.delimiter.charCodeAt(0);
    this.skipBytes = this.startOffset === 0 ? layout.bomLength : 0;
    this.unitBase = this.startOffset + this.skipBytes;
    this.headerLine = layout.header?.line ?? 0;
    const c = layout.columns;
    this.timestampIndex = c.timestamp?.index ?? -1;
    this.dateIndex = c.date?.index ?? -1;
    this.timeIndex = c.time?.index ?? -1;
    this.accountIndex = c.account?.index ?? -1;
    this.eventIndex = c.event?.index ?? -1;
    this.computerIndex = c.computer?.index ?? -1;
  }

  private feed(chunk: Buffer, final: boolean): void {
    const codec = this.codec as UnitCodec;
    let bytes = chunk;
    if (this.skipBytes > 0) {
      const skip = Math.min(this.skipBytes, bytes.length);
      bytes = bytes.subarray(skip);
      this.skipBytes -= skip;
      if (this.consumedOffset < this.startOffset + skip) this.consumedOffset = this.startOffset + skip;
    }
    const units = bytes.length > 0 ? codec.toUnits(bytes) : '';
    const text = this.carry.length > 0 ? this.carry + units : units;
    this.carry = '';
    const pos = this.process(text, final);
    this.carry = pos < text.length ? text.slice(pos) : '';
    this.unitBase += pos * this.width;
  }

  /** Parses the records of `text`; returns the index where the unconsumed rest starts. */
  private process(text: string, final: boolean): number {
    const n = text.length;
    const width = this.width;
    let pos = 0;
    let quoteAt = -2;
    while (pos < n && !this.stopped) {
      if (this.skipToLineEnd) {
        const lf = text.indexOf('\n', pos);
        if (lf < 0) {
          this.consumedOffset = this.unitBase + n * width;
          pos = n;
          break;
        }
        this.skipToLineEnd = false;
        this.consumed(pos, lf + 1, 1);
        pos = lf + 1;
        continue;
      }
      let lf = text.indexOf('\n', pos);
      if (quoteAt !== -1 && quoteAt < pos) quoteAt = text.indexOf('"', pos);
      if (quoteAt === -1 || quoteAt >= (lf < 0 ? n : lf)) {
        if (lf < 0) {
          if (!final) {
            if ((n - pos) * width > MAX_RECORD_BYTES) {
              this.flushBatch(text);
              this.tooLong(text, pos);
              return n;
            }
            this.lastIncomplete = 'unterminated-line';
            break;
          }
          lf = n;
        }
        this.flushBatch(text);
        if (this.stopped) break;
        const contentEnd = lf > pos && text.charCodeAt(lf - 1) === 13 ? lf - 1 : lf;
        const next = lf < n ? lf + 1 : n;
        this.plainRecord(text, pos, contentEnd, next);
        pos = next;
        continue;
      }
      let end = scanQuotedRecord(text, pos, this.delimiterCode, final);
      if (end === OPEN_QUOTE) {
        if (!final && (n - pos) * width <= MAX_RECORD_BYTES) {
          this.lastIncomplete = 'unclosed-quote';
          break;
        }
        // A quote that never closes: report the physical line and read on after it.
        this.flushBatch(text);
        if (this.stopped) break;
        const lineEnd = text.indexOf('\n', pos);
        if (lineEnd < 0 && !final) {
          this.tooLong(text, pos);
          return n;
        }
        const stop = lineEnd < 0 ? n : lineEnd;
        const contentEnd = stop > pos && text.charCodeAt(stop - 1) === 13 ? stop - 1 : stop;
        const line = this.consumedLines + 1;
        if (line > this.skipThroughLine) {
          this.report(
            'unclosed-quote',
            line,
            this.unitBase + pos * width,
            'A double quote opens a value that never closes; this line is skipped. Double every quote inside a quoted value ("") or remove the stray quote.',
            text.slice(pos, contentEnd),
          );
        }
        const next = lineEnd < 0 ? n : lineEnd + 1;
        this.consumed(pos, next, 1);
        pos = next;
        quoteAt = -2;
        continue;
      }
      if (end === NO_LINE_END) {
        if (!final) {
          this.lastIncomplete = 'unterminated-line';
          break;
        }
        end = n;
      }
      const contentEnd = end > pos && text.charCodeAt(end - 1) === 13 ? end - 1 : end;
      const next = end < n ? end + 1 : n;
      this.batch.push(pos, contentEnd, next, 1 + countLineFeeds(text, pos, contentEnd));
      pos = next;
    }
    this.flushBatch(text);
    return pos;
  }

  private tooLong(text: string, pos: number): void {
    const line = this.consumedLines + 1;
    if (line > this.skipThroughLine) {
      this.report(
        'record-too-long',
        line,
        this.unitBase + pos * this.width,
        `No line end within ${MAX_RECORD_BYTES} bytes: this is not a log row. It is skipped up to the next line end.`,
        text.slice(pos, pos + ISSUE_TEXT_MAX),
      );
    }
    this.consumed(pos, text.length, 1);
    this.skipToLineEnd = true;
  }

  private consumed(start: number, next: number, lines: number): void {
    this.lastRecordOffset = this.unitBase + start * this.width;
    this.consumedOffset = this.unitBase + next * this.width;
    this.consumedLines += lines;
  }

  private plainRecord(text: string, start: number, contentEnd: number, next: number): void {
    const line = this.consumedLines + 1;
    if (contentEnd > start && line > this.skipThroughLine && line !== this.headerLine) {
      this.row(text.slice(start, contentEnd).split(this.delimiter), text, start, contentEnd, line);
    } else if (contentEnd === start && this.stats) {
      this.stats.emptyLines++;
    }
    this.consumed(start, next, 1);
    if (this.eventCount >= this.maxEvents) this.stopped = true;
  }

  private flushBatch(text: string): void {
    const b = this.batch;
    if (b.length === 0) return;
    const count = b.length / 4;
    let rows: string[][] | undefined;
    if (count > 1) {
      rows = splitQuotedRecords(text.slice(b[0], b[(count - 1) * 4 + 1]), this.delimiter);
      if (rows && rows.length !== count) rows = undefined;
    }
    for (let k = 0; k < count && !this.stopped; k++) {
      const start = b[k * 4] as number;
      const contentEnd = b[k * 4 + 1] as number;
      const next = b[k * 4 + 2] as number;
      const lines = b[k * 4 + 3] as number;
      const line = this.consumedLines + 1;
      if (line > this.skipThroughLine && line !== this.headerLine) {
        let fields = rows?.[k];
        if (!fields) {
          const one = splitQuotedRecords(text.slice(start, contentEnd), this.delimiter);
          fields = one && one.length === 1 ? one[0] : undefined;
        }
        if (fields) this.row(fields, text, start, contentEnd, line);
        else {
          this.report(
            'column-count',
            line,
            this.unitBase + start * this.width,
            'The row could not be split into fields (misplaced double quotes). Quote whole values and double the quotes inside them.',
            text.slice(start, contentEnd),
          );
        }
      }
      this.consumed(start, next, lines);
      if (this.eventCount >= this.maxEvents) this.stopped = true;
    }
    b.length = 0;
  }

  /** One data row: validates it and produces an event or an issue. */
  private row(fields: string[], text: string, start: number, end: number, line: number): void {
    const layout = this.layout as DetectedLayout;
    const offset = this.unitBase + start * this.width;
    if (fields.length !== layout.columnCount && !this.extraFieldsEmpty(fields, layout.columnCount)) {
      if (fields.length === 1 && (fields[0] as string).trim() === '') {
        if (this.stats) this.stats.emptyLines++;
        return;
      }
      const name = this.delimiter === ',' ? 'comma' : this.delimiter === '\t' ? 'tab' : `"${this.delimiter}"`;
      this.report(
        'column-count',
        line,
        offset,
        `Expected ${layout.columnCount} fields${layout.header ? ' as in the header' : ''}, found ${fields.length}. A value containing a ${name} must be in double quotes.`,
        text.slice(start, end),
      );
      return;
    }
    if ((this.decoder as FieldDecoder).encoding === 'ascii')
      (this.decoder as FieldDecoder).settleFrom(text.slice(start, end));
    const stats = this.stats;
    if (stats) {
      stats.rows++;
      stats.firstRow ??= fields.map((f) => this.lossy(f).trim());
    }
    const at = this.readTime(fields, text, start, end, line, offset);
    if (at === undefined) return;

    const accountUnits = fields[this.accountIndex] as string;
    let account = this.accounts.get(accountUnits);
    if (account === undefined) {
      const decoded = (this.decoder as FieldDecoder).decode(accountUnits);
      account = decoded === undefined ? null : decoded.trim();
      this.remember(this.accounts, accountUnits, account);
    }
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
      const decoded = (this.decoder as FieldDecoder).decode(wordUnits);
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
      const units = fields[this.computerIndex] as string;
      computer = this.computers.get(units);
      if (computer === undefined) {
        const decoded = (this.decoder as FieldDecoder).decode(units);
        computer = decoded === undefined ? null : decoded.trim();
        this.remember(this.computers, units, computer);
      }
      if (computer === null) {
        this.undecodable('computer', line, offset, text, start, end);
        return;
      }
    }
    const source = { file: this.file, line, offset };
    this.events.push(
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
    const p = this.parts;
    let key: number;
    if (this.timestampIndex >= 0) {
      const units = fields[this.timestampIndex] as string;
      let flags = parseTimestamp(units, p);
      if (!isDateTime(flags)) {
        const value = this.normalized(units);
        flags = value === undefined ? 0 : parseTimestamp(value, p);
        if (!isDateTime(flags)) {
          this.badTime(value ?? this.lossy(units), 'date and time', line, offset, text, start, end);
          return undefined;
        }
      }
      key = flags;
    } else {
      const dateUnits = fields[this.dateIndex] as string;
      let dateFlags = parseTimestamp(dateUnits, p);
      if (!isDateOnly(dateFlags)) {
        const value = this.normalized(dateUnits);
        dateFlags = value === undefined ? 0 : parseTimestamp(value, p);
        if (!isDateOnly(dateFlags)) {
          this.badTime(value ?? this.lossy(dateUnits), 'date', line, offset, text, start, end);
          return undefined;
        }
      }
      const timeUnits = fields[this.timeIndex] as string;
      let timeFlags = parseTimestamp(timeUnits, p);
      if (!isTimeOnly(timeFlags)) {
        const value = this.normalized(timeUnits);
        timeFlags = value === undefined ? 0 : parseTimestamp(value, p);
        if (!isTimeOnly(timeFlags)) {
          this.badTime(value ?? this.lossy(timeUnits), 'time', line, offset, text, start, end);
          return undefined;
        }
      }
      key = dateFlags * 65536 + timeFlags;
    }
    if (this.stats) this.stats.timeFormats.set(key, (this.stats.timeFormats.get(key) ?? 0) + 1);
    return this.converter.toEpochMs(p);
  }

  /** A field decoded and NFKC-normalised (full-width digits and colons become ASCII). */
  private normalized(units: string): string | undefined {
    return (this.decoder as FieldDecoder).decode(units)?.normalize('NFKC');
  }

  private lossy(units: string): string {
    return (this.decoder as FieldDecoder).decodeLossy(units);
  }

  private badTime(
    value: string,
    what: string,
    line: number,
    offset: number,
    text: string,
    start: number,
    end: number,
  ): void {
    const shown = value.trim();
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
    const encoding = (this.decoder as FieldDecoder).encoding;
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

  private report(
    code: ParseIssueCode,
    line: number,
    offset: number,
    reason: string,
    units: string,
    severity: 'error' | 'warning' = 'error',
  ): void {
    const decoder = this.decoder;
    let text = decoder ? decoder.decodeLossy(units.slice(0, ISSUE_TEXT_MAX * 2)) : units;
    if (text.length > ISSUE_TEXT_MAX) text = `${text.slice(0, ISSUE_TEXT_MAX)}…`;
    this.issues.push({ file: this.file, line, offset, code, severity, reason, text });
  }
}
