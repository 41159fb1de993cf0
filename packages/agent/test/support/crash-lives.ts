import { type AgentSetup, plusMinutes } from './agent-setup.js';
import { type CliProcess, kill } from './cli-process.js';
import { random } from './workforce.js';

/** How {@link crashLives} chooses its kill points. */
export interface CrashLivesOptions {
  /** The agent set-up: its simulator's punch POSTs are kill points; each life is a `run` of it. */
  setup: Pick<AgentSetup, 'sim' | 'start'>;
  /** When the first life starts; each next one starts two minutes later, so that what the previous one left uncertain has settled and is reconciled against KING OF TIME by this one. */
  from: string;
  /** How many lives: each is started, killed at one point, and followed by the next. */
  lives: number;
  /** The seed of the random numbers that choose the kill points: the same points each run. */
  seed: number;
  /** A POST life ends at one of the next `postsAhead` punch POSTs. */
  postsAhead: number;
  /** A log-line life ends after 3 to `3 + linesAhead - 1` of the agent's log lines. */
  linesAhead: number;
  /**
   * A life that reaches no kill point in this long (the backfill ran out before it) ends anyway,
   * without counting as a kill point.
   * @default 30000
   */
  giveUpMs?: number;
}

/** What {@link crashLives} did. */
export interface CrashLivesReport {
  /** Every kill point reached: `POST #n received`, `POST #n applied` or `after n log lines`. */
  kills: string[];
  /** The lives that ended without reaching their kill point, and why (with the end of what they logged). */
  missed: string[];
}

/**
 * The crash tests' lives: starts the agent again and again and SIGKILLs each life at one random
 * point — every third life after a number of its log lines (between two durable steps), the
 * others at a punch POST, either as it arrives at KING OF TIME (`received`: nothing applied) or
 * after KING OF TIME stored the punch but before the answer goes out (`applied`). Should the
 * chosen POST never reach `applied` (a fault answered it first), the life ends at the next POST's
 * arrival instead. Resolves once the last life is gone.
 *
 * @example
 * ```ts
 * const { kills, missed } = await crashLives({ setup, from: START, lives: 20, seed: 1, postsAhead: 12, linesAhead: 30 });
 * ```
 */
export async function crashLives(options: CrashLivesOptions): Promise<CrashLivesReport> {
  const rnd = random(options.seed);
  const kills: string[] = [];
  const missed: string[] = [];
  let current: CliProcess | undefined;
  let ended: (() => void) | undefined;
  let posts = 0;
  let killAtPost = -1;
  let killPhase: 'received' | 'applied' = 'received';
  /** Takes the running life for one kill point: false when another has taken it already. */
  const take = (child: CliProcess) => {
    if (current !== child) return false;
    current = undefined;
    return true;
  };

  const stop = options.setup.sim.onRequest(async (request, phase) => {
    if (request.method !== 'POST' || !current) return;
    if (phase === 'received') posts++;
    const due = (posts === killAtPost && phase === killPhase) || (posts > killAtPost && phase === 'received');
    if (killAtPost > 0 && due) {
      const victim = current;
      current = undefined;
      killAtPost = -1;
      await kill(victim); // the answer goes out only after the process is gone
      kills.push(`POST #${posts} ${phase}`);
      ended?.();
    }
  });
  try {
    for (let life = 0; life < options.lives; life++) {
      const child = options.setup.start(['run'], plusMinutes(options.from, 2 * life));
      current = child;
      const giveUp = setTimeout(() => {
        if (!take(child)) return;
        void kill(child).then(async () => {
          missed.push(
            `life ${life}: no kill point within ${giveUpMs(options)} ms: ${(await child.result).stderr.slice(-1500)}`,
          );
          ended?.();
        });
      }, giveUpMs(options));
      void child.result.then((r) => {
        if (current === child) missed.push(`life ${life}: exited ${r.code} ${r.stderr.slice(-300)}`);
      });
      if (life % 3 === 2) {
        killAtPost = -1; // this life ends after log lines, not at a POST
        const seen = await killAfterLogLines(child, 3 + Math.floor(rnd() * options.linesAhead), () =>
          take(child),
        );
        if (seen !== undefined) kills.push(`after ${seen} log lines`);
      } else {
        killAtPost = posts + 1 + Math.floor(rnd() * options.postsAhead);
        killPhase = rnd() < 0.5 ? 'received' : 'applied';
        await new Promise<void>((resolve) => {
          ended = resolve;
          void child.result.then(() => resolve());
        });
      }
      clearTimeout(giveUp);
      await kill(child);
      ended = undefined;
    }
  } finally {
    stop();
  }
  return { kills, missed };
}

function giveUpMs(options: CrashLivesOptions): number {
  return options.giveUpMs ?? 30_000;
}

/**
 * Once `child` has logged `lines` lines (on stderr, where the agent logs), SIGKILLs it if
 * `claim()` lets this kill point take the life. Resolves with the lines seen at the kill once the
 * process is gone, or `undefined` when it ended otherwise.
 */
function killAfterLogLines(
  child: CliProcess,
  lines: number,
  claim: () => boolean,
): Promise<number | undefined> {
  return new Promise((resolve) => {
    let seen = 0;
    let killing = false;
    child.child.stderr?.on('data', (chunk: Buffer) => {
      seen += chunk.toString().split('\n').length - 1;
      if (seen >= lines && !killing && claim()) {
        killing = true;
        const at = seen;
        void kill(child).then(() => resolve(at));
      }
    });
    void child.result.then(() => {
      if (!killing) resolve(undefined);
    });
  });
}
