// The public API of @pclogin/smarton-csv, by name.

export { CheckpointError } from './errors/checkpoint-error.js';
export type { LogFileErrorCode } from './errors/log-file-error.js';
export { LogFileError } from './errors/log-file-error.js';
export type { OptionProblem } from './errors/smarton-csv-options-error.js';
export { SmartonCsvOptionsError } from './errors/smarton-csv-options-error.js';
export { inspectLogFile } from './inspect/inspect-log-file.js';
export type { InspectedColumn, LogFileInspection } from './inspect/log-file-inspection.js';
export type { ParseIssue, ParseIssueCode } from './issues/parse-issue.js';
export { parseIssueCodes } from './issues/parse-issue.js';
export type {
  DetectedColumn,
  DetectedLayout,
  LayoutSource,
  LogFileEncoding,
} from './layout/detected-layout.js';
export {
  detectedColumnSchema,
  detectedLayoutSchema,
  layoutSources,
  logFileEncodings,
} from './layout/detected-layout.js';
export type {
  ColumnRef,
  ResolvedSmartonCsvOptions,
  SmartonCsvColumns,
  SmartonCsvOptions,
} from './options/smarton-csv-options.js';
export {
  columnRefSchema,
  configurableEncodings,
  resolveSmartonCsvOptions,
  smartonCsvColumnsSchema,
  smartonCsvOptionsSchema,
} from './options/smarton-csv-options.js';
export type { LogFileBatch, ParsedLogFile } from './parse/log-file-batch.js';
export { parseLogBytes } from './parse/parse-log-bytes.js';
export { parseLogFile } from './parse/parse-log-file.js';
export { streamLogFile } from './parse/stream-log-file.js';
export type { LogFolderReader } from './reader/create-log-folder-reader.js';
export { createLogFolderReader } from './reader/create-log-folder-reader.js';
export { decodeLogFolderCheckpoint } from './reader/decode-log-folder-checkpoint.js';
export { fileNameMatcher } from './reader/file-name-matcher.js';
export type {
  ContentAnchor,
  LogFileCheckpoint,
  LogFileState,
  LogFolderCheckpoint,
  LogFolderCheckpointV1,
  SettledFileCheckpoint,
} from './reader/log-folder-checkpoint.js';
export {
  contentAnchorSchema,
  logFileCheckpointSchema,
  logFileStateSchema,
  logFolderCheckpointSchema,
  logFolderCheckpointV1Schema,
  SETTLED_FILE_PATTERN,
  settledFileCheckpointSchema,
} from './reader/log-folder-checkpoint.js';
export type {
  LogFolderProgress,
  LogFolderReadResult,
  PendingFile,
  PendingReason,
} from './reader/log-folder-read-result.js';
export type {
  LogFileStats,
  LogFolderReaderOptions,
  LogFolderReadLimits,
  ReadableFileHandle,
} from './reader/log-folder-reader-options.js';
export { decodeRegOutput } from './registry/decode-reg-output.js';
export { expandEnvironmentStrings } from './registry/expand-environment-strings.js';
export type {
  FindLogDirectoryOptions,
  LogDirectoryFailure,
  LogDirectoryLookup,
} from './registry/find-log-directory.js';
export {
  findLogDirectory,
  OUTPUT_DIRECTORY_VALUE,
  SMARTON_CSV_KEY,
  SMARTON_CSV_KEY_WOW64,
} from './registry/find-log-directory.js';
export type { RegQueryFailure, RegQueryResult, RegValue } from './registry/parse-reg-query-output.js';
export { parseRegQueryOutput } from './registry/parse-reg-query-output.js';
export type { RegRunner, RegRunResult } from './registry/reg-runner.js';
export { createRegRunner } from './registry/reg-runner.js';
export type { ColumnRole } from './schema/column-role.js';
export { columnRoles } from './schema/column-role.js';
export { defaultEventWords, normalizeEventWord } from './schema/event-vocabulary.js';
export { defaultHeaderNames } from './schema/header-names.js';
export { normalizeHeaderName } from './schema/normalize-name.js';
export { VERSION } from './version.js';
