import { readFile } from 'node:fs/promises';
import {
  type AccountLink,
  type AccountResolver,
  createAccountResolver,
  type EmployeeDirectory,
  type LinkProblem,
  readLinksCsv,
} from '@pclogin/core';
import { t } from '../i18n/translate.js';
import { LinksFileError } from './links-file-error.js';

/** The links of a linking CSV, ready to resolve accounts, and what was found wrong. */
export interface LoadedLinks {
  /** The file read. */
  file: string;
  links: AccountLink[];
  /** Account → employee code. */
  resolver: AccountResolver;
  /** Every problem (warnings and notes too; errors make {@link loadLinks} throw unless `allowErrors`). */
  problems: LinkProblem[];
}

/**
 * Reads and validates the linking CSV (PC Login's format, CP932 or UTF-8) against KING OF
 * TIME's employee list.
 *
 * @throws {LinksFileError} when the file is missing or unreadable, or (unless `allowErrors`)
 *   has errors: each problem names its line and the fix.
 * @example
 * const { resolver } = await loadLinks('C:/ProgramData/pclogin/links.csv', directory);
 */
export async function loadLinks(
  file: string,
  directory: EmployeeDirectory | undefined,
  { allowErrors = false }: { allowErrors?: boolean } = {},
): Promise<LoadedLinks> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new LinksFileError(
      file,
      t(code === 'ENOENT' ? 'links.fileMissing' : 'links.fileUnreadable', {
        file,
        code: code ?? 'I/O error',
      }),
    );
  }
  const { links, problems } = readLinksCsv(bytes, directory ? { directory } : {});
  const errors = problems.filter((p) => p.severity === 'error');
  if (errors.length > 0 && !allowErrors) {
    throw new LinksFileError(file, t('links.fileErrors', { file, count: errors.length }), errors);
  }
  return { file, links, resolver: createAccountResolver(links, directory ? { directory } : {}), problems };
}
