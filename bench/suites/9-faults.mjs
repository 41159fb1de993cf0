// 9. Delivery under faults: `pclogin-agent run` (the service, a real child process) delivers a
// backfill to the KOT simulator while 5% of punch POSTs are answered 503 before anything is
// applied and 5% are applied and then lose their connection, against the same backfill without
// faults in the same run. 800 punches (40 employees × 10 days) with the client at 20 requests/s
// (the rate limit is then not what holds the faulty run back), and 200 punches (20 × 5) at the
// default 2 requests/s. Figures: throughput ratio (faulty / fault-free), POSTs per punch, reads,
// duplicates, punches at a wrong time and error days (エラー勤務) in KOT.
// Target: ratio ≥ 0.5 at both rates, 0 duplicates, 0 error days, every punch at its time.
import { runWorker } from '../lib/measure.mjs';
import { round, verdict } from '../lib/stats.mjs';

export const title = '9. Delivery under faults: 5% 503 + 5% dropped after applying, against no faults';

function check(report, label) {
  const problems = [];
  if (report.duplicates > 0) problems.push(`${report.duplicates} duplicated punches in KOT`);
  if (report.errorDays > 0) problems.push(`${report.errorDays} error days (エラー勤務) in KOT`);
  if (report.wrongTime > 0) problems.push(`${report.wrongTime} punches at a wrong time`);
  if (problems.length > 0) throw new Error(`${label}: delivery is not exactly once: ${problems.join('; ')}`);
}

async function compare({ employees, days, rate, log, capFactor = 4 }) {
  const args = (faults, cap) => [String(employees), String(days), String(rate), String(faults), String(cap)];
  const clean = (await runWorker('faults.mjs', args(0, 1800))).report;
  check(clean, 'without faults');
  if (!clean.completed) throw new Error('the fault-free run did not finish');
  const cap = Math.max(60, Math.ceil((capFactor * clean.ms) / 1000));
  const faulty = (await runWorker('faults.mjs', args(10, cap))).report;
  check(faulty, 'with faults');
  const ratio = faulty.punchesPerSecond / clean.punchesPerSecond;
  const line = (r) =>
    `${r.delivered}/${r.punches} punches in ${round(r.ms / 1000, 1)} s${r.completed ? '' : ` (stopped at the ${cap} s cap)`} = ` +
    `${round(r.punchesPerSecond, 2)}/s; ${round(r.postsPerPunch, 3)} POSTs per punch, ${r.reads} reads, ` +
    `${r.faults} faults, ${r.duplicates} duplicates, ${r.errorDays} error days`;
  log(`${rate} requests/s, without faults: ${line(clean)}`);
  log(`${rate} requests/s, with faults:    ${line(faulty)}`);
  log(`throughput with faults / without: ${verdict(ratio, 0.5, { atMost: false })}`);
  const figures = (r) => ({
    punches: r.punches,
    delivered: r.delivered,
    completed: r.completed,
    seconds: round(r.ms / 1000, 1),
    punchesPerSecond: round(r.punchesPerSecond, 2),
    postsPerPunch: round(r.postsPerPunch, 3),
    reads: r.reads,
    faults: r.faults,
    duplicates: r.duplicates,
    wrongTime: r.wrongTime,
    errorDays: r.errorDays,
  });
  return {
    requestsPerSecond: rate,
    withoutFaults: figures(clean),
    withFaults: { ...figures(faulty), capSeconds: cap },
    ratio: round(ratio, 3),
    met: ratio >= 0.5 && faulty.completed && faulty.duplicates === 0 && faulty.errorDays === 0,
  };
}

export async function run({ smoke, log }) {
  if (smoke) {
    const quick = await compare({ employees: 5, days: 2, rate: 50, log });
    // A punch still missing at the cap is a lost punch as far as CI is concerned.
    if (!quick.withFaults.completed) throw new Error('with faults, not every punch reached KOT');
    return { smoke: quick };
  }
  const high = await compare({ employees: 40, days: 10, rate: 20, log });
  const byDefault = await compare({ employees: 20, days: 5, rate: 2, log });
  return {
    high,
    default: byDefault,
    target: { ratioAtLeast: 0.5, duplicates: 0, errorDays: 0 },
    met: high.met && byDefault.met,
  };
}
