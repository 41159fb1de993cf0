import type { EmployeeDirectory } from '../directory/employee-directory.js';
import { indexDirectory } from '../directory/internal/directory-index.js';
import type { AccountLink } from './account-link.js';
import { isExcelExponent, normalizeCode } from './internal/normalize-code.js';
import { sortProblems } from './internal/problem-order.js';
import { looksLikeFormula } from './internal/spreadsheet-formula.js';
import { paddedLength, zeroPaddedMatches } from './internal/zero-padding.js';
import type { LinkProblem } from './link-problem.js';

/** The links in the form pclogin uses them, and everything found wrong with them. */
export interface ValidatedLinks {
  /** Every row, with codes normalised (NFKC, trimmed, Excel `="…"` removed). */
  links: AccountLink[];
  /** By line; errors first within a line. */
  problems: LinkProblem[];
}

const EMPLOYEE = '打刻先アカウント';
const ACCOUNT = 'サービスアカウント';

/**
 * Checks linking rows as PC Login's import would, and more: each problem names its line and
 * says how to fix it.
 *
 * - a service account linked to two employees → error (`duplicate-account`; the resolver uses neither);
 * - an employee code the directory does not have → error (`unknown-employee`), suggesting the
 *   zero-padded code when one matches (`1` → `0001`, the Excel damage the vendor manual warns about);
 * - without a directory, a numeric code shorter than the file's zero-padded codes → warning;
 * - full-width digits, stray spaces or an Excel `="…"` wrapper → normalised, with a warning;
 * - a code in Excel's exponent form (`1.23E+11`) → error;
 * - an empty service account → not linked, reported as information; a service account
 *   without an employee code → error;
 * - the same row twice, or one employee under two accounts → warning;
 * - a service account or name a spreadsheet would run as a formula (`=`, `+`, `-`, `@` first)
 *   → warning (`spreadsheet-formula`).
 *
 * Validating the returned links again reports no `normalized` warnings.
 *
 * @param directory - KOT's employees; without it, codes are only checked for form.
 * @example
 * const { links, problems } = validateLinks(readLinksCsv(bytes).links, directory);
 * for (const p of problems) console.log(`line ${p.line}: ${p.message} ${p.fix}`);
 */
export function validateLinks(links: readonly AccountLink[], directory?: EmployeeDirectory): ValidatedLinks {
  const problems: LinkProblem[] = [];
  const out: AccountLink[] = links.map((link) => {
    const employeeCode = checkCode(link.employeeCode, EMPLOYEE, link.lineNumber, problems);
    const serviceAccount = checkCode(link.serviceAccount, ACCOUNT, link.lineNumber, problems);
    const line = link.lineNumber;
    for (const [field, value] of [
      [ACCOUNT, serviceAccount],
      ['姓・名', link.name.trim()],
    ] as const) {
      if (looksLikeFormula(value)) {
        problems.push({
          line,
          severity: 'warning',
          code: 'spreadsheet-formula',
          field,
          values: { field, value },
          message: `${field} "${value}" starts like a spreadsheet formula (= + - @): Excel would run it when the file is opened.`,
          fix: `Check the value is really meant so${field === ACCOUNT ? ' (a SmartOn account rarely starts with these)' : ''}; pclogin-agent links export writes it with a leading ' so that Excel shows it as text.`,
        });
      }
    }
    if (employeeCode === '' && serviceAccount !== '') {
      problems.push({
        line,
        severity: 'error',
        code: 'empty-employee-code',
        values: { account: serviceAccount },
        field: EMPLOYEE,
        message: `${ACCOUNT} "${serviceAccount}" has no ${EMPLOYEE} (KOT employee code).`,
        fix: `Fill in the employee code, or delete the row.`,
      });
    } else if (employeeCode !== '' && serviceAccount === '') {
      problems.push({
        line,
        severity: 'info',
        code: 'unlinked',
        values: { employee: employeeCode },
        field: ACCOUNT,
        message: `Employee ${employeeCode} has no ${ACCOUNT}: no punches are made for them.`,
        fix: `Enter their SmartOn account as ${ACCOUNT} if their logs should become punches.`,
      });
    }
    return {
      lineNumber: line,
      linkType: link.linkType.trim(),
      typeCode: link.typeCode.normalize('NFKC').trim(),
      employeeCode,
      name: link.name.trim(),
      serviceAccount,
    };
  });

  if (directory) checkAgainstDirectory(out, directory, problems);
  else checkLeadingZeros(out, 'employeeCode', EMPLOYEE, problems);
  checkLeadingZeros(out, 'serviceAccount', ACCOUNT, problems);
  checkDuplicates(out, problems);
  return { links: out, problems: sortProblems(problems) };
}

function checkCode(raw: string, field: string, line: number, problems: LinkProblem[]): string {
  const { value, changes } = normalizeCode(raw);
  if (changes.length > 0 && value !== '') {
    problems.push({
      line,
      severity: 'warning',
      code: 'normalized',
      values: { field, raw, value },
      field,
      message: `${field} "${raw}" was read as "${value}" (removed: ${changes.join(', ')}).`,
      fix: `Nothing needed; write "${value}" in the file to silence this warning.`,
    });
  }
  if (isExcelExponent(value)) {
    problems.push({
      line,
      severity: 'error',
      code: 'excel-number',
      values: { field, value },
      field,
      message: `${field} "${value}" is a number in Excel's exponent form: Excel read the code as a number and its digits are lost.`,
      fix: `Type the real code again in a text editor such as メモ帳 (Notepad), not Excel.`,
    });
  }
  return value;
}

function checkAgainstDirectory(links: AccountLink[], directory: EmployeeDirectory, problems: LinkProblem[]) {
  const codes = indexDirectory(directory).employees;
  for (const link of links) {
    if (link.employeeCode === '' || codes.has(link.employeeCode)) continue;
    const padded = zeroPaddedMatches(link.employeeCode, codes.keys());
    problems.push({
      line: link.lineNumber,
      severity: 'error',
      code: 'unknown-employee',
      values: { employee: link.employeeCode, suggestions: padded.join(' / ') },
      field: EMPLOYEE,
      message:
        `${EMPLOYEE} "${link.employeeCode}" is not an employee in KING OF TIME` +
        (padded.length > 0 ? `; ${padded.map((c) => `"${c}"`).join(' or ')} is.` : '.'),
      fix:
        padded.length > 0
          ? `Write the code with its leading zeros (${padded[0]}): opening the file in Excel removes them; edit it in a text editor instead.`
          : `Check the code against KING OF TIME's employee list; refresh the list if the employee is new.`,
    });
  }
}

function checkLeadingZeros(
  links: AccountLink[],
  key: 'employeeCode' | 'serviceAccount',
  field: string,
  problems: LinkProblem[],
) {
  const length = paddedLength(links.map((l) => l[key]));
  if (length === undefined) return;
  for (const link of links) {
    const value = link[key];
    if (!/^[1-9]\d*$/.test(value) || value.length >= length) continue;
    const padded = value.padStart(length, '0');
    problems.push({
      line: link.lineNumber,
      severity: 'warning',
      code: 'possible-leading-zero-loss',
      values: { field, value, digits: String(length), padded },
      field,
      message: `${field} "${value}" is shorter than the file's other codes (e.g. ${length} digits with leading zeros): was it "${padded}" before Excel removed the zeros?`,
      fix: `If so, write "${padded}" in a text editor such as メモ帳 (Notepad).`,
    });
  }
}

function checkDuplicates(links: AccountLink[], problems: LinkProblem[]) {
  const byAccount = new Map<string, AccountLink[]>();
  const byEmployee = new Map<string, AccountLink[]>();
  for (const link of links) {
    if (link.serviceAccount === '' || link.employeeCode === '') continue;
    push(byAccount, link.serviceAccount, link);
    push(byEmployee, link.employeeCode, link);
  }
  for (const [account, rows] of byAccount) {
    const employees = [...new Set(rows.map((r) => r.employeeCode))];
    const where = rows.map((r) => `${r.employeeCode} (line ${r.lineNumber})`).join(', ');
    const seen = new Set<string>();
    for (const row of rows) {
      if (employees.length > 1) {
        problems.push({
          line: row.lineNumber,
          severity: 'error',
          code: 'duplicate-account',
          values: { account, employees: employees.join(', '), lines: lines(rows) },
          field: ACCOUNT,
          message: `${ACCOUNT} "${account}" is linked to more than one employee: ${where}. None of these links is used.`,
          fix: `Keep the row of the employee this SmartOn account belongs to and correct the others.`,
        });
      } else if (seen.has(row.employeeCode)) {
        problems.push({
          line: row.lineNumber,
          severity: 'warning',
          code: 'duplicate-row',
          values: { account, employee: row.employeeCode, lines: lines(rows) },
          field: ACCOUNT,
          message: `The link ${ACCOUNT} "${account}" → ${EMPLOYEE} "${row.employeeCode}" appears more than once: ${where}.`,
          fix: 'Delete the repeated row.',
        });
      }
      seen.add(row.employeeCode);
    }
  }
  for (const [employee, rows] of byEmployee) {
    const accounts = [...new Set(rows.map((r) => r.serviceAccount))];
    if (accounts.length < 2) continue;
    const where = rows.map((r) => `"${r.serviceAccount}" (line ${r.lineNumber})`).join(', ');
    for (const row of rows.slice(1)) {
      problems.push({
        line: row.lineNumber,
        severity: 'warning',
        code: 'duplicate-employee',
        values: { employee, accounts: accounts.join(', '), lines: lines(rows) },
        field: EMPLOYEE,
        message: `Employee ${employee} is linked from several service accounts: ${where}. The logs of all of them punch for this employee.`,
        fix: 'If one of the accounts is not theirs, correct that row.',
      });
    }
  }
}

/** The lines of some rows, e.g. `3, 7`. */
function lines(rows: readonly AccountLink[]): string {
  return rows.map((r) => r.lineNumber).join(', ');
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
