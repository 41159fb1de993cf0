export { defaultKotSimulatorSeed } from './default-kot-simulator-seed.js';
export type { KotSimulator } from './kot-simulator.js';
export type {
  KotSimulatorEmployee,
  KotSimulatorEmployeeInput,
  KotSimulatorWorkSchedule,
} from './kot-simulator-employee.js';
export type {
  KotSimulatorDelayFault,
  KotSimulatorDropAfterApplyFault,
  KotSimulatorDropBeforeApplyFault,
  KotSimulatorFault,
  KotSimulatorFaultBase,
  KotSimulatorFaultKind,
  KotSimulatorFaultMatch,
  KotSimulatorFaults,
  KotSimulatorHangFault,
  KotSimulatorInjectedFault,
  KotSimulatorRandomFaultChoice,
  KotSimulatorRandomFaults,
  KotSimulatorStallBodyFault,
  KotSimulatorStatusFault,
} from './kot-simulator-fault.js';
export type {
  KotSimulatorOptions,
  KotSimulatorRateLimit,
  KotSimulatorSettings,
  KotSimulatorTimeWindow,
} from './kot-simulator-options.js';
export { KotSimulatorOptionsError } from './kot-simulator-options-error.js';
export type {
  KotSimulatorAdministrator,
  KotSimulatorCompany,
  KotSimulatorDivision,
  KotSimulatorEmployeeGroup,
  KotSimulatorWorkingType,
} from './kot-simulator-organisation.js';
export type {
  KotSimulatorObservedRequest,
  KotSimulatorRequestListener,
  KotSimulatorRequestPhase,
} from './kot-simulator-request-listener.js';
export type { KotSimulatorRequestRecord } from './kot-simulator-request-record.js';
export type { KotSimulatorSeed, KotSimulatorWorkflowRequest } from './kot-simulator-seed.js';
export type {
  KotSimulatorErrorDay,
  KotSimulatorErrorReason,
  KotSimulatorPunchCode,
  KotSimulatorTimerecord,
  KotSimulatorTimerecordInput,
} from './kot-simulator-timerecord.js';
export { startKotSimulator } from './start-kot-simulator.js';
export { startTinyproxy, type Tinyproxy, type TinyproxyOptions } from './tinyproxy.js';
export { TinyproxyError, type TinyproxyErrorCode } from './tinyproxy-error.js';
