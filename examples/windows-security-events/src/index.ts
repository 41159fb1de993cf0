// The public API of the Windows Security events example: the parser, then the wiring to pclogin.
export type {
  SecurityEventClass,
  SecurityEventSkipReason,
} from './security-events/classify-security-event.js';
export {
  classifySecurityEvent,
  interactiveLogonTypes,
  unlockLogonTypes,
} from './security-events/classify-security-event.js';
export { isSystemAccount } from './security-events/is-system-account.js';
export type { MessageLabels } from './security-events/message-labels.js';
export { defaultMessageLabels } from './security-events/message-labels.js';
export type { SecurityEventsParseResult } from './security-events/parse-security-events.js';
export { parseSecurityEvents } from './security-events/parse-security-events.js';
export type { DateOrder, TimeCreatedOptions } from './security-events/parse-time-created.js';
export { dateOrders, parseTimeCreated } from './security-events/parse-time-created.js';
export type { SecurityEventsReadResult } from './security-events/read-security-events.js';
export { readSecurityEvents } from './security-events/read-security-events.js';
export type { SecurityEventId } from './security-events/security-event-ids.js';
export { isSecurityEventId, securityEventIds } from './security-events/security-event-ids.js';
export type { SecurityEventIssue, SecurityEventIssueCode } from './security-events/security-event-issue.js';
export { securityEventIssueCodes } from './security-events/security-event-issue.js';
export type {
  ResolvedSecurityEventsOptions,
  SecurityEventsOptions,
} from './security-events/security-events-options.js';
export { securityEventsOptionsSchema } from './security-events/security-events-options.js';
export type { RunSecurityEventsAgentOptions } from './wiring/run-security-events-agent.js';
export { runSecurityEventsAgent } from './wiring/run-security-events-agent.js';
export type { SecurityEventsSourceOptions } from './wiring/security-events-source.js';
export { createSecurityEventsSource } from './wiring/security-events-source.js';
