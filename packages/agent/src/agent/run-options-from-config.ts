import type { AgentConfig } from '../config/agent-config.js';
import type { RunOnceOptions } from '../runner/run-once-options.js';

/** The part of {@link RunOnceOptions} the configuration decides: time zone, day change, policies. */
export function runOptionsFromConfig(
  config: AgentConfig,
): Pick<RunOnceOptions, 'timeZone' | 'defaultDayBorder' | 'clockOut' | 'graceMinutes' | 'breaks'> {
  return {
    timeZone: config.timeZone,
    defaultDayBorder: config.defaultDayBorder,
    clockOut: config.clockOut,
    graceMinutes: config.clockOutGraceMinutes,
    breaks: config.breaks,
  };
}
