import type {
  ActionResult,
  ConsoleStatus,
  DaysQuery,
  DaysView,
  LinkChange,
  LinksSaveResult,
  LinksView,
  LogsQuery,
  LogsView,
} from './console-model.js';

/**
 * Where the console's data comes from and where its changes go. The agent implements it on
 * its ledger, log folder, linking CSV and KING OF TIME client; the console only renders what
 * it returns and passes on what a person asked for. Nothing returned may hold a secret (the
 * server also removes the configured secrets from every response, as a second line).
 *
 * @example
 * const backend: ConsoleBackend = createAgentConsoleBackend(config, clock);
 * const server = await startConsoleServer({ backend });
 */
export interface ConsoleBackend {
  /** The 状態 (home) screen. */
  status(): Promise<ConsoleStatus>;
  /** The 日別データ screen. */
  days(query: DaysQuery): Promise<DaysView>;
  /** The ログ表示 screen. */
  logs(query: LogsQuery): Promise<LogsView>;
  /** The アカウント連携 screen. */
  links(): Promise<LinksView>;
  /** Applies changes to the linking CSV: validated as `links check` does, saved only without errors. */
  saveLinks(changes: readonly LinkChange[]): Promise<LinksSaveResult>;
  /** Replaces the linking CSV with an uploaded one (PC Login's CSV, CP932 or UTF-8), validated first. */
  importLinks(bytes: Uint8Array): Promise<LinksSaveResult>;
  /** The linking CSV for download, in PC Login's form (CP932), with every employee of the list. */
  exportLinks(): Promise<{ fileName: string; bytes: Uint8Array }>;
  /** Marks correction items as fixed in KING OF TIME. */
  resolveCorrections(ids: readonly string[]): Promise<ActionResult>;
  /** Sends failed punches again (back to planned). */
  retryPunches(ids: readonly string[]): Promise<ActionResult>;
}
