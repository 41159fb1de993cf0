import type { ListedFile } from './read-file-increment.js';

/** A settled file as last looked at, with its checkpoint entry. */
export interface SettledFile extends ListedFile {
  /** Its settled checkpoint entry (see `settledFileCheckpointSchema`). */
  entry: string;
  /** The layout index in `entry`. */
  layoutIndex: number | undefined;
}

/** Which settled files one read looks at. */
export interface SettledPlan {
  /** Files taken to be as they were (not looked at this time), by name. */
  assumed: Map<string, SettledFile>;
  /** Names to look at now. */
  recheck: string[];
}

/**
 * What one reader knows about the settled files it looked at, in rotation order (longest
 * since looked at first). A settled entry is taken to be unchanged without looking at the
 * file only when this reader itself confirmed that very entry against the file; each read
 * looks at the next few in rotation, so that every settled file is looked at again within
 * `ceil(settled files / perRead)` reads.
 */
export class SettledFiles {
  private readonly known = new Map<string, SettledFile>();

  /**
   * Splits the settled entries of a checkpoint (name → entry, for names still in the folder)
   * into those taken as they were and those to look at now: the ones this reader has not
   * confirmed (first read, another checkpoint), and the next `perRead` in rotation.
   */
  plan(settled: readonly (readonly [name: string, entry: string])[], perRead: number): SettledPlan {
    const assumed = new Map<string, SettledFile>();
    const recheck: string[] = [];
    for (const [name, entry] of settled) {
      const known = this.known.get(name);
      if (known !== undefined && known.entry === entry) assumed.set(name, known);
      else recheck.push(name);
    }
    let taken = 0;
    // Deleting the current entry while iterating a Map is safe; the front holds the files
    // looked at longest ago, and names no longer settled are dropped as they come up.
    for (const name of this.known.keys()) {
      if (taken >= perRead) break;
      const file = assumed.get(name);
      if (file === undefined) {
        this.known.delete(name);
        continue;
      }
      assumed.delete(name);
      recheck.push(name);
      taken++;
    }
    return { assumed, recheck };
  }

  /** What this reader last confirmed of the settled file `name`, with its entry. */
  get(name: string): SettledFile | undefined {
    return this.known.get(name);
  }

  /** `file` was just looked at and matches its settled entry: it goes to the end of the rotation. */
  confirm(file: SettledFile): void {
    this.known.delete(file.name);
    this.known.set(file.name, file);
  }

  /** The file under `name` is no longer what its settled entry says. */
  forget(name: string): void {
    this.known.delete(name);
  }
}
