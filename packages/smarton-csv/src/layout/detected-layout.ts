import { z } from 'zod';
import { columnRoles } from '../schema/column-role.js';

/**
 * The encodings a log file is read in. `ascii` means only ASCII bytes were seen so far: it
 * reads the same in UTF-8 and CP932, and becomes one of them at the first other byte.
 */
export const logFileEncodings = ['utf-8', 'cp932', 'utf-16le', 'utf-16be', 'ascii'] as const;

/** One of {@link logFileEncodings}. */
export type LogFileEncoding = (typeof logFileEncodings)[number];

/** How a part of the layout was decided. */
export const layoutSources = ['configured', 'header', 'inferred', 'bom', 'content'] as const;

/** One of {@link layoutSources}. */
export type LayoutSource = (typeof layoutSources)[number];

/** Where one column role was found. */
export const detectedColumnSchema = z.object({
  /** 0-based column index. */
  index: z.number().int().nonnegative(),
  /** `configured` (set in the options), `header` (by its name) or `inferred` (from the values). */
  source: z.enum(['configured', 'header', 'inferred']),
});

/** See {@link detectedColumnSchema}. */
export type DetectedColumn = z.infer<typeof detectedColumnSchema>;

/**
 * What was found out about a log file before reading its rows: encoding, delimiter, header
 * and which column holds what. Plain JSON, stored in the folder reader's checkpoint so that
 * bytes appended later (without the header) are read the same way.
 */
export const detectedLayoutSchema = z.object({
  /** The encoding rows are decoded with. */
  encoding: z.enum(logFileEncodings),
  /** `bom` (byte order mark), `configured`, or `content` (valid UTF-8, else CP932). */
  encodingSource: z.enum(['bom', 'configured', 'content']),
  /** Length of the byte order mark at the start of the file (0 when none). */
  bomLength: z.number().int().min(0).max(3),
  /** The field delimiter. */
  delimiter: z.string().length(1),
  /** `configured` or `content`. */
  delimiterSource: z.enum(['configured', 'content']),
  /** The header row, or `null` when the file has none. */
  header: z
    .object({
      /** The column names as written (decoded, trimmed). */
      names: z.array(z.string()),
      /** Its line number. */
      line: z.number().int().positive(),
    })
    .nullable(),
  /** `configured` or `content`. */
  headerSource: z.enum(['configured', 'content']),
  /** Fields per row: the header's, or the most common count in the first rows. */
  columnCount: z.number().int().positive(),
  /** Where each recognised role is. */
  columns: z.partialRecord(z.enum(columnRoles), detectedColumnSchema),
});

/** See {@link detectedLayoutSchema}. */
export type DetectedLayout = z.infer<typeof detectedLayoutSchema>;
