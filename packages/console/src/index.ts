// The public API of @pclogin/console.
export type { ConsoleBackend } from './console-backend.js';
export type {
  ActionResult,
  ConsolePunchKind,
  ConsolePunchState,
  ConsoleStatus,
  CorrectionView,
  DayRowView,
  DaysQuery,
  DaysView,
  KotDayView,
  LinkChange,
  LinkProblemView,
  LinkSuggestion,
  LinksSaveResult,
  LinksView,
  LogRowView,
  LogsQuery,
  LogsView,
  PunchView,
  UnlinkedAccountView,
} from './console-model.js';
export { ConsoleOptionsError } from './console-options-error.js';
export { type ConsoleServer, type ConsoleServerOptions, startConsoleServer } from './start-console-server.js';
export { VERSION } from './version.js';
