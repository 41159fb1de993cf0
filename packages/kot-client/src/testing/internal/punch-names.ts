import type { KotSimulatorPunchCode } from '../kot-simulator-timerecord.js';

/** KOT's Japanese name of each punch code, as responses carry it. */
export const PUNCH_NAMES: Readonly<Record<KotSimulatorPunchCode, string>> = {
  '1': '出勤',
  '2': '退勤',
  '3': '休憩開始',
  '4': '休憩終了',
  '7': '外出',
  '8': '外出戻り',
};
