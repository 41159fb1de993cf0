/** One problem with the options, naming the field (`columns.account`, `timeZone`). */
export interface OptionProblem {
  /** Dotted path of the field inside the options, e.g. `columns.account`. */
  path: string;
  /** What is wrong with it and what is accepted. */
  message: string;
}

/**
 * The options given to the parser or the folder reader are invalid. The message lists every
 * field that is wrong; `problems` has them one by one.
 *
 * @example
 * try { resolveSmartonCsvOptions({ columns: { account: true } }); }
 * catch (e) { if (e instanceof SmartonCsvOptionsError) console.error(e.problems[0].path); } // 'columns.account'
 */
export class SmartonCsvOptionsError extends Error {
  override readonly name = 'SmartonCsvOptionsError';
  /** Stable machine-readable code. */
  readonly code = 'invalid-options';
  /** Every problem found. */
  readonly problems: OptionProblem[];

  constructor(problems: OptionProblem[]) {
    super(
      `Invalid SmartOn CSV options: ${problems.map((p) => (p.path ? `${p.path}: ${p.message}` : p.message)).join('; ')}`,
    );
    this.problems = problems;
  }
}
