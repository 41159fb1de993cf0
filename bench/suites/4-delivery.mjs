// 4. Delivery: 10,000 due punches (smoke: 300) in a durable ledger, sent by @pclogin/core's
// deliverDuePunches through the agent's KING OF TIME sink and @pclogin/kot-client (rate limiter at
// N requests/s, burst 2) to the KOT simulator allowing N requests/s (burst N/10, 429 above it).
// Targets: accepted punches per second ≥ 0.9 N, never above (no 429 answer), zero duplicates.
// The baseline is the same stack with no limit anywhere: its capacity on this machine.
import { deliveryApis } from '../lib/apis.mjs';
import { runWorker } from '../lib/measure.mjs';
import { round, verdict } from '../lib/stats.mjs';

export const title = '4. Delivery: 10,000 due punches to the KOT simulator at N requests/s';

function check(report, expected) {
  const problems = [];
  if (report.duplicates > 0) problems.push(`${report.duplicates} duplicated punches in KOT`);
  if (report.errorDays > 0) problems.push(`${report.errorDays} error days (エラー勤務) in KOT`);
  if (report.stored !== expected)
    problems.push(`KOT holds ${report.stored} distinct punches, expected ${expected}`);
  if (report.ledger.sent !== expected)
    problems.push(`the ledger has ${report.ledger.sent} sent, expected ${expected}`);
  if (problems.length > 0) throw new Error(`delivery is not exactly once: ${problems.join('; ')}`);
}

export async function run({ smoke, log }) {
  const available = await deliveryApis().then(
    (apis) => apis,
    (error) => error.message,
  );
  if (typeof available === 'string') {
    log(`skipped: ${available}`);
    return { skipped: available };
  }
  log(
    `sink: ${available.sinkSource}; ledger: FileLedgerStore (fsync on every commit) in a temporary directory`,
  );
  const punches = smoke ? 300 : 10_000;
  const rate = smoke ? 100 : 50;

  const capacity = (await runWorker('delivery.mjs', [String(smoke ? 300 : 2000), '0'])).report;
  check(capacity, capacity.punches);
  log(
    `capacity (no limit): ${capacity.punches} punches in ${round(capacity.ms / 1000, 1)} s = ` +
      `${round(capacity.achievedRate, 1)} punches/s`,
  );

  const limited = (await runWorker('delivery.mjs', [String(punches), String(rate), '2'])).report;
  check(limited, punches);
  const ratio = limited.achievedRate / rate;
  const sustainedAbove = limited.achievedRate > rate;
  log(
    `N = ${rate}/s (simulator burst ${limited.burst}, client burst ${limited.clientBurst}): ${punches} punches in ` +
      `${round(limited.ms / 1000, 1)} s, ${round(limited.achievedRate, 2)} accepted/s after the first burst, ` +
      `at most ${limited.maxInAnySecond} in any second; ${limited.answered429} × 429; ${limited.duplicates} duplicates`,
  );
  log(
    `achieved / allowed: ${verdict(ratio, 0.9, { atMost: false })}; above the limit: ${limited.answered429 > 0 || sustainedAbove ? 'YES' : 'never'}`,
  );

  const result = {
    capacity: {
      punches: capacity.punches,
      seconds: round(capacity.ms / 1000, 1),
      punchesPerSecond: round(capacity.achievedRate, 1),
      perSecond: capacity.perSecond,
    },
    limited: {
      punches,
      allowedPerSecond: rate,
      simulatorBurst: limited.burst,
      clientBurst: limited.clientBurst,
      seconds: round(limited.ms / 1000, 1),
      achievedPerSecond: round(limited.achievedRate, 2),
      maxInAnySecond: limited.maxInAnySecond,
      answered429: limited.answered429,
      duplicates: limited.duplicates,
      errorDays: limited.errorDays,
      perSecond: limited.perSecond,
    },
    ratio: round(ratio, 3),
    capacityToAllowed: round(capacity.achievedRate / rate, 2),
    target: { ratioAtLeast: 0.9, answered429: 0 },
    met: ratio >= 0.9 && limited.answered429 === 0 && !sustainedAbove,
  };

  if (!smoke) {
    // The pitfall to know: a client burst as large as the server's leaves no room for jitter;
    // one 429 and the client halves its rate for a minute (recoveryMs).
    const same = (await runWorker('delivery.mjs', ['1500', String(rate), String(limited.burst)])).report;
    check(same, 1500);
    log(
      `client burst = simulator burst (${same.burst}): ${same.answered429} × 429, ` +
        `${round(same.achievedRate, 2)} accepted/s (${round(same.achievedRate / rate, 2)} of N)`,
    );
    result.clientBurstEqualToServer = {
      punches: 1500,
      burst: same.burst,
      answered429: same.answered429,
      achievedPerSecond: round(same.achievedRate, 2),
      ratio: round(same.achievedRate / rate, 3),
    };
  }
  return result;
}
