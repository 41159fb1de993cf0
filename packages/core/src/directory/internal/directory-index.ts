import type { DirectoryDivision, DirectoryEmployee, EmployeeDirectory } from '../employee-directory.js';

/** Maps from code to entry, built once per directory object (directories are replaced, not mutated). */
export interface DirectoryIndex {
  employees: ReadonlyMap<string, DirectoryEmployee>;
  divisions: ReadonlyMap<string, DirectoryDivision>;
}

const cache = new WeakMap<EmployeeDirectory, DirectoryIndex>();

/**
 * The index of a directory. Cached per object, so a directory must not be mutated after its
 * first lookup: the agent builds a new one on each refresh from KOT.
 */
export function indexDirectory(directory: EmployeeDirectory): DirectoryIndex {
  let index = cache.get(directory);
  if (!index) {
    const employees = new Map<string, DirectoryEmployee>();
    // The first entry wins: KOT codes are unique, so a repeat is a caller's merge mistake.
    for (const e of directory.employees) if (!employees.has(e.code)) employees.set(e.code, e);
    const divisions = new Map<string, DirectoryDivision>();
    for (const d of directory.divisions) if (!divisions.has(d.code)) divisions.set(d.code, d);
    index = { employees, divisions };
    cache.set(directory, index);
  }
  return index;
}
