import { z } from 'zod';

/** What happened at a PC. Only `logon`/`logoff`/`lock`/`unlock` drive breaks; every kind counts as activity. */
export const logEventKinds = ['logon', 'logoff', 'lock', 'unlock', 'other'] as const;

/** One of {@link logEventKinds}. */
export type LogEventKind = (typeof logEventKinds)[number];

/** Where an event came from, for error messages and the log view: a file and line, or any reference a source has. */
export const eventSourceSchema = z.object({
  /** File path, or another identifier of the stream the event was read from. */
  file: z.string().min(1),
  /** 1-based line (or record) number in that file. */
  line: z.number().int().positive(),
  /** Byte offset of the record's first byte, when the source is a byte stream. */
  offset: z.number().int().nonnegative().optional(),
});

/** See {@link eventSourceSchema}. */
export type EventSource = z.infer<typeof eventSourceSchema>;

/**
 * The source-agnostic event every log source produces and the rest of pclogin consumes.
 *
 * @example
 * logEventSchema.parse({ account: '1000', at: new Date('2024-02-07T00:03:12Z'), kind: 'logon', raw: 'ログオン' });
 */
export const logEventSchema = z.object({
  /** The account in the source system (PC Login's サービスアカウント), linked to a KOT employee. */
  account: z.string().min(1),
  /** The instant the event happened. */
  at: z.date(),
  /** What happened. */
  kind: z.enum(logEventKinds),
  /** The source's own word for the event, kept as written (e.g. `ログオン`, `ユーザー切替(connect)`). */
  raw: z.string(),
  /** The computer the event happened on, when the source says. */
  computer: z.string().optional(),
  /** Where the event was read from. */
  source: eventSourceSchema.optional(),
});

/** See {@link logEventSchema}. */
export type LogEvent = z.infer<typeof logEventSchema>;
