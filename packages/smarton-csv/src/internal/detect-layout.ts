import type { DetectedColumn, DetectedLayout } from '../layout/detected-layout.js';
import type { ResolvedSmartonCsvOptions } from '../options/smarton-csv-options.js';
import { type ColumnRole, columnRoles } from '../schema/column-role.js';
import { normalizeHeaderName } from '../schema/normalize-name.js';
import { type ColumnProfile, mostly, profileColumns } from './classify-values.js';
import type { EncodingDecision } from './detect-encoding.js';
import type { EventClassifier } from './event-classifier.js';
import { matchHeaderName } from './header-matcher.js';
import { createTimestampParts, HAS_DATE, parseTimestamp } from './parse-timestamp.js';

/** A non-empty record from the start of the file, decoded to text. */
export interface SampleRecord {
  fields: string[];
  line: number;
}

/** What is needed to decide a layout. */
export interface LayoutInputs {
  records: readonly SampleRecord[];
  /** Whether the records are all the file has (no more bytes will come). */
  final: boolean;
  options: ResolvedSmartonCsvOptions;
  encoding: EncodingDecision;
  delimiter: string;
  delimiterSource: 'configured' | 'content';
  events: EventClassifier;
}

/** A layout, or why there is none (yet). */
export type LayoutDetection =
  | { ok: true; layout: DetectedLayout }
  | { ok: false; needMoreData: boolean; reason: string; partial: Partial<DetectedLayout> };

const parts = createTimestampParts();
const hasDate = (field: string) => (parseTimestamp(field.normalize('NFKC'), parts) & HAS_DATE) !== 0;
const rowHasDate = (r: SampleRecord) => r.fields.some(hasDate);

function mostCommonCount(rows: readonly SampleRecord[]): number {
  const counts = new Map<number, number>();
  let best = rows[0]?.fields.length ?? 1;
  let bestFrequency = 0;
  for (const r of rows) {
    const f = (counts.get(r.fields.length) ?? 0) + 1;
    counts.set(r.fields.length, f);
    if (f > bestFrequency) {
      best = r.fields.length;
      bestFrequency = f;
    }
  }
  return best;
}

const HOW_TO_SET = 'Set it in the options under columns (a header name or a 0-based index).';

/**
 * Decides header, column count and column roles from the first records of a file:
 * configured columns first, then recognised header names, then the values (see the README's
 * "Without a header" for the rules). Never guesses a required column silently: when one
 * cannot be found the answer says which and how to set it.
 */
export function detectLayout(inputs: LayoutInputs): LayoutDetection {
  const { records, final, options, encoding, delimiter, delimiterSource, events } = inputs;
  const base: Partial<DetectedLayout> = {
    encoding: encoding.encoding,
    encodingSource: encoding.source,
    bomLength: encoding.bomLength,
    delimiter,
    delimiterSource,
  };
  const fail = (
    reason: string,
    needMoreData: boolean,
    more: Partial<DetectedLayout> = {},
  ): LayoutDetection => ({
    ok: false,
    needMoreData: needMoreData && !final,
    reason,
    partial: { ...base, ...more },
  });
  const first = records[0];
  if (!first) return fail(final ? 'The file has no rows.' : 'Waiting for the first complete row.', true);

  const configured = options.columns ?? {};
  const configuredNames = new Set(
    Object.values(configured)
      .filter((r): r is string => typeof r === 'string')
      .map(normalizeHeaderName),
  );
  let hasHeader: boolean;
  if (options.hasHeader !== 'auto') {
    hasHeader = options.hasHeader;
  } else if (rowHasDate(first)) {
    hasHeader = false;
  } else if (first.fields.some((f) => matchHeaderName(f) || configuredNames.has(normalizeHeaderName(f)))) {
    hasHeader = true;
  } else if (records.length > 1) {
    hasHeader = records.slice(1).some(rowHasDate);
  } else {
    return fail(
      'Only one row so far, with no date in it and no recognised column name: cannot tell a header from data yet.',
      true,
    );
  }
  const header = hasHeader ? { names: first.fields.map((f) => f.trim()), line: first.line } : null;
  const data = hasHeader ? records.slice(1) : records;
  const columnCount = header ? header.names.length : mostCommonCount(data);
  const headerPart: Partial<DetectedLayout> = {
    header,
    headerSource: options.hasHeader === 'auto' ? 'content' : 'configured',
    columnCount,
  };
  const columns: Partial<Record<ColumnRole, DetectedColumn>> = {};
  const taken = new Set<number>();
  const assign = (role: ColumnRole, index: number, source: DetectedColumn['source']) => {
    columns[role] = { index, source };
    taken.add(index);
  };

  // 1. Configured columns.
  const problems: string[] = [];
  for (const role of columnRoles) {
    const ref = configured[role];
    if (ref === undefined) continue;
    if (typeof ref === 'number') {
      if (ref >= columnCount) {
        problems.push(`columns.${role} is column ${ref} (0-based) but rows have ${columnCount} columns.`);
      } else assign(role, ref, 'configured');
      continue;
    }
    if (!header) {
      problems.push(
        `columns.${role} names the column "${ref}" but the file has no header row: give its 0-based index instead.`,
      );
      continue;
    }
    const index = header.names.findIndex((n) => normalizeHeaderName(n) === normalizeHeaderName(ref));
    if (index < 0) {
      problems.push(`columns.${role}: no column named "${ref}" in the header (${header.names.join(', ')}).`);
    } else assign(role, index, 'configured');
  }
  if (problems.length > 0) return fail(problems.join(' '), false, { ...headerPart, columns });
  const timeConfigured = configured.timestamp !== undefined || configured.date !== undefined;

  // 2. Header names. For each role the best-ranked free column wins.
  if (header) {
    const best = new Map<ColumnRole, { index: number; rank: number }>();
    header.names.forEach((name, index) => {
      if (taken.has(index)) return;
      const match = matchHeaderName(name);
      if (!match || configured[match.role] !== undefined) return;
      if (timeConfigured && (match.role === 'timestamp' || match.role === 'date' || match.role === 'time'))
        return;
      const current = best.get(match.role);
      if (!current || match.rank < current.rank) best.set(match.role, { index, rank: match.rank });
    });
    for (const [role, { index }] of best) assign(role, index, 'header');
    // A timestamp column makes separate date/time columns irrelevant (and vice versa).
    if (columns.timestamp) {
      for (const role of ['date', 'time'] as const) {
        const c = columns[role];
        if (c && c.source === 'header') {
          taken.delete(c.index);
          delete columns[role];
        }
      }
    }
  }

  // 3. Values. Only what is still missing is inferred.
  const profiles: ColumnProfile[] =
    data.length > 0
      ? profileColumns(
          data.map((r) => r.fields),
          columnCount,
          events,
        )
      : [];
  const free = (predicate: (p: ColumnProfile) => boolean) =>
    profiles.findIndex((p, i) => !taken.has(i) && predicate(p));
  const needData = () =>
    fail(
      final
        ? 'The file has a header but no data rows, and its column names are not all recognised.'
        : 'Waiting for data rows to find the columns the header does not name.',
      true,
      { ...headerPart, columns },
    );

  if (!columns.timestamp && !(columns.date && columns.time)) {
    if (data.length === 0) return needData();
    // A "date" or "time" header over full timestamps is a timestamp column.
    for (const role of ['date', 'time'] as const) {
      const c = columns[role];
      const p = c && profiles[c.index];
      if (c && p && !timeConfigured && mostly(p, p.dateTime) && !columns.timestamp) {
        delete columns[role];
        columns.timestamp = c;
      }
    }
    if (columns.timestamp) {
      for (const role of ['date', 'time'] as const) {
        const c = columns[role];
        if (c && c.source !== 'configured') {
          taken.delete(c.index);
          delete columns[role];
        }
      }
    } else if (columns.date || columns.time) {
      if (!columns.date) {
        const i = free((p) => mostly(p, p.dateOnly));
        if (i >= 0) assign('date', i, 'inferred');
      }
      if (!columns.time) {
        const i = free((p) => mostly(p, p.timeOnly));
        if (i >= 0) assign('time', i, 'inferred');
      }
    } else {
      const i = free((p) => mostly(p, p.dateTime));
      if (i >= 0) assign('timestamp', i, 'inferred');
      else {
        const d = free((p) => mostly(p, p.dateOnly));
        const t = free((p) => mostly(p, p.timeOnly));
        if (d >= 0 && t >= 0) {
          assign('date', d, 'inferred');
          assign('time', t, 'inferred');
        }
      }
    }
  }
  if (!columns.event && data.length > 0) {
    let bestIndex = -1;
    profiles.forEach((p, i) => {
      const current = profiles[bestIndex];
      if (!taken.has(i) && p.knownEvents > 0 && (!current || p.knownEvents > current.knownEvents))
        bestIndex = i;
    });
    if (bestIndex >= 0) assign('event', bestIndex, 'inferred');
  }
  if (!columns.account && data.length > 0) {
    const i = free(
      (p) =>
        p.nonEmpty >= p.rows * 0.5 &&
        !mostly(p, p.ip) &&
        !mostly(p, p.dateTime + p.dateOnly + p.timeOnly) &&
        !mostly(p, p.knownEvents),
    );
    if (i >= 0) assign('account', i, 'inferred');
  }
  if (!columns.ip && data.length > 0) {
    const i = free((p) => mostly(p, p.ip));
    if (i >= 0) assign('ip', i, 'inferred');
  }

  const missing: string[] = [];
  if (!columns.timestamp && !(columns.date && columns.time)) {
    missing.push(
      'the date and time (no recognised header such as 日時 or 日付/時刻, and no column holding dates in most rows; set columns.timestamp, or columns.date and columns.time)',
    );
  }
  if (!columns.account) {
    missing.push(
      'the SmartOn account (no recognised header such as SmartOnアカウント or ユーザーID; set columns.account)',
    );
  }
  if (!columns.event) {
    missing.push(
      'the event (no recognised header such as イベント, and no column with words like ログオン or ログオフ; set columns.event)',
    );
  }
  if (missing.length > 0) {
    if (data.length === 0) return needData();
    return fail(`Could not find ${missing.join('; ')}. ${HOW_TO_SET}`, false, { ...headerPart, columns });
  }
  return {
    ok: true,
    layout: {
      encoding: encoding.encoding,
      encodingSource: encoding.source,
      bomLength: encoding.bomLength,
      delimiter,
      delimiterSource,
      header,
      headerSource: options.hasHeader === 'auto' ? 'content' : 'configured',
      columnCount,
      columns,
    },
  };
}
