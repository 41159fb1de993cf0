/**
 * The error codes the simulator puts in `errors[].code`. Only 104 (restricted hours) is known
 * from KOT; the others are the simulator's own, stable so tests can rely on them.
 */
export const SIMULATOR_ERROR_CODES = {
  authentication: 101,
  restrictedHours: 104,
  badParameter: 200,
  rangeTooLong: 201,
  outsideDateWindow: 202,
  notFound: 210,
  featureDisabled: 220,
} as const;

/** An error answer in KOT's shape `{"errors":[{"message","code"}]}`, thrown by route handlers. */
export class KotHttpError extends Error {
  constructor(
    readonly status: number,
    readonly errors: readonly { message: string; code: number }[],
  ) {
    super(errors.map((error) => error.message).join('; '));
  }
}

/** 400 with a parameter error. */
export function badRequest(message: string, code: number = SIMULATOR_ERROR_CODES.badParameter): KotHttpError {
  return new KotHttpError(400, [{ message, code }]);
}

/** 404 for something that does not exist. */
export function notFound(message: string): KotHttpError {
  return new KotHttpError(404, [{ message, code: SIMULATOR_ERROR_CODES.notFound }]);
}
