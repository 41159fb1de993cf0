// The public API of @pclogin/core. Each area keeps its own list of exports by name.
export * from './aggregation/index.js';
export * from './delivery/index.js';
export type { EventSource, LogEvent, LogEventKind } from './events/log-event.js';
export { eventSourceSchema, logEventKinds, logEventSchema } from './events/log-event.js';
export * from './ledger/index.js';
export * from './linking/index.js';
export * from './planning/index.js';
export type { PlannedPunch } from './punches/planned-punch.js';
export { punchId } from './punches/planned-punch.js';
export type { PunchKind } from './punches/punch-kind.js';
export { punchKinds } from './punches/punch-kind.js';
export { formatInstant } from './time/format-instant.js';
export { instantToZonedTime, zoneOffsetMinutes } from './time/instant-to-zoned-time.js';
export { isValidTimeZone } from './time/is-valid-time-zone.js';
export type { LocalDateTime } from './time/local-date-time.js';
export { zonedTimeToInstant } from './time/zoned-time-to-instant.js';
export { VERSION } from './version.js';
export * from './workdays/index.js';
