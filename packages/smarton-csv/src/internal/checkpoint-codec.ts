import type { DetectedLayout } from '../layout/detected-layout.js';
import {
  type ContentAnchor,
  type LogFileCheckpoint,
  type LogFileState,
  SETTLED_FILE_PATTERN,
} from '../reader/log-folder-checkpoint.js';
import { HEAD_BYTES, TAIL_BYTES } from './content-anchor.js';

const toBase64 = (hex: string) => Buffer.from(hex, 'hex').toString('base64url');
const toHex = (base64: string) => Buffer.from(base64, 'base64url').toString('hex');

/** The anchors a file read to `offset` has (see `readFileIncrement`). */
function anchorPositions(offset: number) {
  const tailStart = Math.max(0, offset - TAIL_BYTES);
  return {
    head: { start: 0, length: Math.min(offset, HEAD_BYTES) },
    tail: { start: tailStart, length: offset - tailStart },
  };
}

const sameStretch = (a: ContentAnchor, b: { start: number; length: number }) =>
  a.start === b.start && a.length === b.length;

/**
 * The settled form of a file's state (see `settledFileCheckpointSchema`), or `undefined` when
 * the state does not fit it: not read to its end, something held back, or anchors at other
 * positions than the reader puts them (e.g. from a hand-edited checkpoint). Such a state
 * simply stays an object.
 */
export function encodeSettled(state: LogFileState, layoutIndex: number | undefined): string | undefined {
  if (state.offset !== state.size || state.heldBack !== undefined || state.skippingLine) return undefined;
  const at = anchorPositions(state.offset);
  if (!sameStretch(state.head, at.head) || !sameStretch(state.tail, at.tail)) return undefined;
  const text = `${state.offset} ${state.line} ${state.mtimeMs} ${state.fileId ?? '-'} ${layoutIndex ?? '-'} ${toBase64(state.head.sha256)} ${toBase64(state.tail.sha256)}`;
  // Numbers JavaScript would write with an exponent, or a file id of another shape, do not fit.
  return SETTLED_FILE_PATTERN.test(text) ? text : undefined;
}

/** A settled entry's fields (the string was validated against the pattern). */
export function decodeSettled(text: string, layouts: readonly DetectedLayout[]): LogFileState {
  const match = SETTLED_FILE_PATTERN.exec(text);
  if (!match) throw new Error(`not a settled file entry: ${text}`);
  const [, offsetText, line, mtimeMs, fileId, layout, head, tail] = match as unknown as string[];
  const offset = Number(offsetText);
  const at = anchorPositions(offset);
  const state: LogFileState = {
    offset,
    line: Number(line),
    size: offset,
    mtimeMs: Number(mtimeMs),
    head: { ...at.head, sha256: toHex(head as string) },
    tail: { ...at.tail, sha256: toHex(tail as string) },
  };
  if (fileId !== '-') state.fileId = fileId;
  const found = layout === '-' ? undefined : layouts[Number(layout)];
  if (found) state.layout = found;
  return state;
}

/** The layout index of a settled entry (`undefined` when it has none). */
export function settledLayoutIndex(text: string): number | undefined {
  const field = text.split(' ', 5)[4];
  return field === undefined || field === '-' ? undefined : Number(field);
}

/** A settled entry with its layout index changed. */
export function withSettledLayoutIndex(text: string, index: number | undefined): string {
  const fields = text.split(' ');
  fields[4] = index === undefined ? '-' : String(index);
  return fields.join(' ');
}

/** A followed file's entry decoded: its layout looked up. */
export function decodeActive(entry: LogFileCheckpoint, layouts: readonly DetectedLayout[]): LogFileState {
  const { layout, ...rest } = entry;
  const found = layout === undefined ? undefined : layouts[layout];
  return found ? { ...rest, layout: found } : rest;
}

/** A followed file's entry for a checkpoint whose layout table gives `layoutIndex`. */
export function encodeActive(state: LogFileState, layoutIndex: number | undefined): LogFileCheckpoint {
  // Keys in the schema's order, the order validation gives an entry read back from JSON, so
  // that an unchanged checkpoint is the same JSON whichever way it came.
  const entry: LogFileCheckpoint = {
    offset: state.offset,
    line: state.line,
    size: state.size,
    mtimeMs: state.mtimeMs,
  } as LogFileCheckpoint;
  if (state.fileId !== undefined) entry.fileId = state.fileId;
  entry.head = state.head;
  entry.tail = state.tail;
  if (state.heldBack !== undefined) entry.heldBack = state.heldBack;
  if (state.skippingLine) entry.skippingLine = true;
  if (state.unreadableWith !== undefined) entry.unreadableWith = state.unreadableWith;
  if (layoutIndex !== undefined) entry.layout = layoutIndex;
  return entry;
}

/** An entry in either form, decoded. */
export function decodeEntry(
  entry: string | LogFileCheckpoint,
  layouts: readonly DetectedLayout[],
): LogFileState {
  return typeof entry === 'string' ? decodeSettled(entry, layouts) : decodeActive(entry, layouts);
}
