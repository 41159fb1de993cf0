import type { EmployeeDirectory } from '../directory/employee-directory.js';
import { indexDirectory } from '../directory/internal/directory-index.js';
import type { LinkRow } from './account-link.js';
import { normalizeAccount } from './normalize-account.js';

/** Finds the employee a source account's logs punch for. */
export interface AccountResolver {
  /**
   * The KOT employee code linked to an account, or `undefined` (not linked, or linked to
   * several employees). Accounts match exactly after {@link normalizeAccount}. A plain
   * function: it can be passed on as is (`resolveEmployee: resolver.resolve`).
   */
  resolve: (account: string) => string | undefined;
  /** Accounts linked to more than one employee, which resolve to nothing. */
  readonly ambiguousAccounts: readonly string[];
  /** Accounts left out because the directory has no such employee. */
  readonly unknownEmployeeAccounts: readonly string[];
  /** How many accounts resolve. */
  readonly size: number;
}

/** Options of {@link createAccountResolver}. */
export interface AccountResolverOptions {
  /** When given, links to employee codes it does not have are left out (they could never be punched). */
  directory?: EmployeeDirectory;
}

/**
 * The account → employee map of a set of links. Rows without an employee code or without a
 * service account are skipped; a service account linked to two different employees resolves
 * to neither (a punch for the wrong person is worse than none — {@link validateLinks}
 * reports it as an error).
 *
 * @example
 * const resolver = createAccountResolver(links);
 * resolver.resolve('１０００') // → '0000' when 1000 is linked to 0000
 */
export function createAccountResolver(
  links: readonly LinkRow[],
  options: AccountResolverOptions = {},
): AccountResolver {
  const known = options.directory ? indexDirectory(options.directory).employees : undefined;
  const map = new Map<string, string>();
  const ambiguous = new Set<string>();
  const unknown = new Set<string>();
  for (const link of links) {
    const account = normalizeAccount(link.serviceAccount);
    const employee = normalizeAccount(link.employeeCode);
    if (account === '' || employee === '') continue;
    if (known && !known.has(employee)) {
      unknown.add(account);
      continue;
    }
    const existing = map.get(account);
    if (existing !== undefined && existing !== employee) ambiguous.add(account);
    map.set(account, employee);
  }
  for (const account of ambiguous) map.delete(account);
  for (const account of map.keys()) unknown.delete(account);
  return {
    // Keys are normalised, and normalising a normalised account changes nothing: an exact hit
    // needs no Unicode normalisation, which is most of the cost when every log event asks.
    resolve: (account: string) => map.get(account) ?? map.get(normalizeAccount(account)),
    ambiguousAccounts: [...ambiguous].sort(),
    unknownEmployeeAccounts: [...unknown].sort(),
    size: map.size,
  };
}
