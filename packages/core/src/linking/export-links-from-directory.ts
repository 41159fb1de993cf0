import type { EmployeeDirectory } from '../directory/employee-directory.js';
import { employeeDisplayName } from '../directory/employee-display-name.js';
import { type LinkRow, SMARTON_LINK_TYPE, SMARTON_TYPE_CODE } from './account-link.js';

/** Options of {@link exportLinksFromDirectory}. */
export interface ExportLinksOptions {
  /**
   * Current links: an employee who has one keeps its service account instead of the
   * pre-filled employee code, so an export can be edited and imported again without losing work.
   */
  links?: readonly LinkRow[];
  /**
   * 連携種別 of every row.
   * @default 'SmartOn ID連携'
   */
  linkType?: string;
  /**
   * 種別コード of every row.
   * @default '1'
   */
  typeCode?: string;
}

/**
 * One linking row per employee of the directory, in its order, as PC Login's [CSV データ出力]
 * makes them: サービスアカウント pre-filled with the employee code (or the employee's current
 * link, see `links`), for an administrator to edit and import. Write them with {@link writeLinksCsv}.
 *
 * @example
 * const rows = exportLinksFromDirectory(directory, { links: current });
 * await writeFile('links.csv', writeLinksCsv(rows));
 */
export function exportLinksFromDirectory(
  directory: EmployeeDirectory,
  options: ExportLinksOptions = {},
): LinkRow[] {
  const current = new Map<string, string>();
  for (const link of options.links ?? []) {
    if (link.serviceAccount !== '' && !current.has(link.employeeCode)) {
      current.set(link.employeeCode, link.serviceAccount);
    }
  }
  return directory.employees.map((employee) => ({
    linkType: options.linkType ?? SMARTON_LINK_TYPE,
    typeCode: options.typeCode ?? SMARTON_TYPE_CODE,
    employeeCode: employee.code,
    name: employeeDisplayName(employee),
    serviceAccount: current.get(employee.code) ?? employee.code,
  }));
}
