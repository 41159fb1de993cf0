import type { LogEvent } from '@pclogin/core';
import type { ParseIssue } from '../issues/parse-issue.js';
import type { DetectedLayout, LogFileEncoding } from '../layout/detected-layout.js';
import type { ResolvedSmartonCsvOptions } from '../options/smarton-csv-options.js';
import { detectDelimiter } from './detect-delimiter.js';
import { detectEncoding } from './detect-encoding.js';
import { detectLayout, type LayoutDetection } from './detect-layout.js';
import { EventClassifier } from './event-classifier.js';
import { FieldDecoder } from './field-decoder.js';
import { type ParseOutput, type ParserStats, RowReader } from './row-reader.js';
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
  /**
   * The previous read stopped inside a line over the record limit (reported then): skip up to
   * its line end first.
   */
  skippingLine?: boolean;
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
 * `String.prototype.split`; runs of rows with quotes go to csv-parse in one call; the fields
 * then go to a `RowReader`, which makes the event or the issue.
 */
export class RecordParser {
  /** The layout, once decided. */
  layout: DetectedLayout | undefined;
  /** The last failed layout detection, when no layout could be decided. */
  layoutProblem: Extract<LayoutDetection, { ok: false }> | undefined;
  /** Absolute offset just after the last record consumed (read, reported or skipped). */
  consumedOffset: number;
  /** Lines up to `consumedOffset`. */
  consumedLines: number;
  /** Whether `maxEvents` was reached. */
  stopped = false;
  /** Why the end was held back by `finish(false)`. */
  heldBack: HeldBack | undefined;
  /** Counters, when asked for. */
  readonly stats: ParserStats | undefined;
  /**
   * Units (characters of the unit string) looked at so far, re-reads of a held-back end and of
   * the layout sample included: the measure of the parser's work, which must stay within a
   * small multiple of the input's length for any input (tests assert it).
   */
  work = 0;

  private readonly file: string;
  private readonly options: ResolvedSmartonCsvOptions;
  private readonly classifier: EventClassifier;
  private readonly skipThroughLine: number;
  private readonly maxEvents: number;
  private readonly startOffset: number;
  private readonly sampleLimit: number;
  private sample: Buffer[] | undefined;
  private sampleBytes = 0;
  /** The sample size at which detection is tried next (doubling: the sample is re-read whole each time). */
  private nextDetectAt: number;
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
  private readonly output: ParseOutput = { events: [], issues: [] };
  private rows: RowReader | undefined;
  private headerLine = 0;

  constructor(init: RecordParserInit) {
    this.file = init.file;
    this.options = init.options;
    this.classifier = new EventClassifier(init.options.eventWords);
    this.startOffset = init.startOffset ?? 0;
    this.consumedOffset = this.startOffset;
    this.unitBase = this.startOffset;
    this.consumedLines = init.linesBefore ?? 0;
    this.skipThroughLine = init.skipThroughLine ?? 0;
    this.maxEvents = init.maxEvents ?? Number.POSITIVE_INFINITY;
    this.sampleLimit = init.sampleBytes ?? SAMPLE_BYTES;
    this.nextDetectAt = this.sampleLimit;
    this.stats = init.collectStats
      ? { rows: 0, emptyLines: 0, timeFormats: new Map(), words: new Map(), firstRow: undefined }
      : undefined;
    if (init.layout) this.start(init.layout);
    else this.sample = [];
    if (init.skippingLine && init.layout) this.skipToLineEnd = true;
  }

  /** Whether the input ended inside a line over the record limit (the next read must skip its rest). */
  get skippingLine(): boolean {
    return this.skipToLineEnd;
  }

  /** Events produced since the last `drain`. */
  get events(): readonly LogEvent[] {
    return this.output.events;
  }

  /** Issues found since the last `drain`. */
  get issues(): readonly ParseIssue[] {
    return this.output.issues;
  }

  /** Takes the events and issues produced so far. */
  drain(): ParseOutput {
    const out = { events: this.output.events, issues: this.output.issues };
    this.output.events = [];
    this.output.issues = [];
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
      if (this.sampleBytes >= this.nextDetectAt) {
        this.nextDetectAt = Math.min(this.sampleBytes * 2, MAX_SAMPLE_BYTES);
        this.detect(false);
      }
      return;
    }
    this.feed(chunk, false);
  }

  /**
   * Ends the input. With `final`, an unterminated last record is read as a record and an
   * unclosed quote is reported; without, they stay unconsumed (see `heldBack`). `layoutFinal`
   * decides a layout still undecided as at the end of the file even when the last line is held
   * (a whole file read while its last line is still being written).
   */
  finish(final: boolean, layoutFinal = final): void {
    this.heldBack = undefined;
    if (this.stopped || this.failed) return;
    if (this.sample) {
      this.detect(layoutFinal, true, final);
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

  /**
   * Decides the layout from the sample (`final`: nothing more will come), then parses the sample
   * with `feedFinal` (whether an unterminated last line is read as a record).
   */
  private detect(final: boolean, ending = false, feedFinal = final): void {
    const sample = this.sample;
    if (!sample) return;
    const bytes = sample.length === 1 ? (sample[0] as Buffer) : Buffer.concat(sample);
    const encoding = detectEncoding(bytes, this.options.encoding, final);
    // Only the start of a file can have a byte order mark.
    if (this.startOffset > 0) encoding.bomLength = 0;
    const codec = createUnitCodec(encoding.encoding);
    const units = codec.toUnits(bytes.subarray(encoding.bomLength));
    this.work += units.length;
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
    const meter = { units: 0 };
    const records = sampleRecords(units, delimiter, decoder, final, this.consumedLines + 1, 200, meter);
    this.work += meter.units;
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
      this.output.issues.push({
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
    this.feed(bytes, feedFinal);
  }

  private start(layout: DetectedLayout): void {
    this.layout = layout;
    this.codec = createUnitCodec(layout.encoding);
    this.width = this.codec.width;
    this.decoder = new FieldDecoder(layout.encoding, (encoding: LogFileEncoding) => {
      // A file seen as pure ASCII has settled on UTF-8 or CP932: remember it for later reads.
      if (this.layout) this.layout = { ...this.layout, encoding };
    });
    this.rows = new RowReader({
      file: this.file,
      layout,
      decoder: this.decoder,
      classifier: this.classifier,
      timeZone: this.options.timeZone,
      output: this.output,
      stats: this.stats,
    });
    this.delimiter = layout.delimiter;
    this.delimiterCode = layout.delimiter.charCodeAt(0);
    this.skipBytes = this.startOffset === 0 ? layout.bomLength : 0;
    this.unitBase = this.startOffset + this.skipBytes;
    this.headerLine = layout.header?.line ?? 0;
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
    this.work += text.length;
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
        this.consumed(lf + 1, 1);
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
        if ((contentEnd - pos) * width > MAX_RECORD_BYTES) {
          // Complete but over the limit (it came whole in one piece): the same as one cut short.
          this.overLimit(text, pos, next, 1);
        } else this.plainRecord(text, pos, contentEnd, next);
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
          (this.rows as RowReader).report(
            'unclosed-quote',
            line,
            this.unitBase + pos * width,
            'A double quote opens a value that never closes; this line is skipped. Double every quote inside a quoted value ("") or remove the stray quote.',
            text.slice(pos, contentEnd),
          );
        }
        const next = lineEnd < 0 ? n : lineEnd + 1;
        this.consumed(next, 1);
        pos = next;
        quoteAt = -2;
        continue;
      }
      if (end === NO_LINE_END) {
        if (!final) {
          if ((n - pos) * width > MAX_RECORD_BYTES) {
            // Quotes closed, but no line end for over the limit: as long a record as any other.
            this.flushBatch(text);
            if (this.stopped) break;
            this.tooLong(text, pos);
            return n;
          }
          this.lastIncomplete = 'unterminated-line';
          break;
        }
        end = n;
      }
      const contentEnd = end > pos && text.charCodeAt(end - 1) === 13 ? end - 1 : end;
      const next = end < n ? end + 1 : n;
      if ((contentEnd - pos) * width > MAX_RECORD_BYTES) {
        this.flushBatch(text);
        if (this.stopped) break;
        this.overLimit(text, pos, next, 1 + countLineFeeds(text, pos, contentEnd));
        pos = next;
        quoteAt = -2;
        continue;
      }
      this.batch.push(pos, contentEnd, next, 1 + countLineFeeds(text, pos, contentEnd));
      pos = next;
    }
    this.flushBatch(text);
    return pos;
  }

  private tooLong(text: string, pos: number): void {
    const line = this.consumedLines + 1;
    if (line > this.skipThroughLine) {
      (this.rows as RowReader).report(
        'record-too-long',
        line,
        this.unitBase + pos * this.width,
        `No line end within ${MAX_RECORD_BYTES} bytes: this is not a log row. It is skipped up to the next line end.`,
        text.slice(pos, pos + 400),
      );
    }
    // The line is counted once, when its end is found (skipToLineEnd); line feeds inside
    // quoted values of the skipped part are lines of their own.
    this.consumed(text.length, countLineFeeds(text, pos, text.length));
    this.skipToLineEnd = true;
  }

  /** A whole record over the limit: reported like one without a line end, and skipped. */
  private overLimit(text: string, pos: number, next: number, lines: number): void {
    const line = this.consumedLines + 1;
    if (line > this.skipThroughLine) {
      (this.rows as RowReader).report(
        'record-too-long',
        line,
        this.unitBase + pos * this.width,
        `A record longer than ${MAX_RECORD_BYTES} bytes: this is not a log row. It is skipped.`,
        text.slice(pos, pos + 400),
      );
    }
    this.consumed(next, lines);
  }

  private consumed(next: number, lines: number): void {
    this.consumedOffset = this.unitBase + next * this.width;
    this.consumedLines += lines;
  }

  private plainRecord(text: string, start: number, contentEnd: number, next: number): void {
    const line = this.consumedLines + 1;
    if (contentEnd > start && line > this.skipThroughLine && line !== this.headerLine) {
      const offset = this.unitBase + start * this.width;
      (this.rows as RowReader).row(
        text.slice(start, contentEnd).split(this.delimiter),
        text,
        start,
        contentEnd,
        line,
        offset,
      );
    } else if (contentEnd === start && this.stats) {
      this.stats.emptyLines++;
    }
    this.consumed(next, 1);
    if ((this.rows as RowReader).eventCount >= this.maxEvents) this.stopped = true;
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
        if (fields)
          (this.rows as RowReader).row(
            fields,
            text,
            start,
            contentEnd,
            line,
            this.unitBase + start * this.width,
          );
        else {
          (this.rows as RowReader).report(
            'column-count',
            line,
            this.unitBase + start * this.width,
            'The row could not be split into fields (misplaced double quotes). Quote whole values and double the quotes inside them.',
            text.slice(start, contentEnd),
          );
        }
      }
      this.consumed(next, lines);
      if ((this.rows as RowReader).eventCount >= this.maxEvents) this.stopped = true;
    }
    b.length = 0;
  }
}
