import type {
  LogFileCheckpoint,
  LogFileState,
  LogFolderCheckpoint,
} from '../reader/log-folder-checkpoint.js';
import {
  encodeActive,
  encodeSettled,
  settledLayoutIndex,
  withSettledLayoutIndex,
} from './checkpoint-codec.js';
import { deepFreeze } from './deep-freeze.js';
import { LayoutTable } from './layout-table.js';

type Entry = string | LogFileCheckpoint;

const layoutIndexOf = (entry: Entry) =>
  typeof entry === 'string' ? settledLayoutIndex(entry) : entry.layout;

/**
 * Builds the next checkpoint from the previous one. Entries of files that did not change are
 * carried over as they are (the same strings and frozen objects), so a read costs little for
 * the files it did not have to look at; the layout table keeps the previous indices and grows
 * at the end. Only when an entry is dropped or changes layout is the table checked for layouts
 * no entry uses any more, and then compacted.
 */
export class CheckpointBuilder {
  private readonly table: LayoutTable;
  private readonly files: Record<string, Entry> = {};
  private carried = 0;
  private layoutChanged = false;

  /**
   * @param previous - the checkpoint read from
   * @param previousCount - how many entries it has
   */
  constructor(
    private readonly previous: LogFolderCheckpoint,
    private readonly previousCount: number,
  ) {
    this.table = new LayoutTable(previous.layouts);
  }

  private previousEntry(name: string): Entry | undefined {
    return Object.hasOwn(this.previous.files, name) ? this.previous.files[name] : undefined;
  }

  private set(name: string, entry: Entry): void {
    if (Object.hasOwn(this.files, name)) return;
    const before = this.previousEntry(name);
    if (before !== undefined) {
      this.carried++;
      if (entry !== before && layoutIndexOf(entry) !== layoutIndexOf(before)) this.layoutChanged = true;
    }
    this.files[name] = entry;
  }

  /**
   * Carries over `entry`, the previous settled entry of `name`, unchanged: the cheap path
   * taken for most files of a folder on most reads (each name once).
   */
  carry(name: string, entry: string): void {
    this.carried++;
    this.files[name] = entry;
  }

  /** Carries the previous entry of `name` over unchanged. */
  keep(name: string): void {
    const entry = this.previousEntry(name);
    if (entry !== undefined) this.set(name, typeof entry === 'string' ? entry : deepFreeze(entry));
  }

  /**
   * Records a file's state: settled (one string, returned) when `settle` and the state fits
   * that form; else the previous entry object when `state` is that entry decoded; else a new
   * entry.
   */
  put(
    name: string,
    state: LogFileState,
    options: { settle: boolean; unchanged: boolean },
  ): string | undefined {
    const layout = state.layout && this.table.indexOf(state.layout);
    if (options.settle) {
      const settled = encodeSettled(state, layout);
      if (settled !== undefined) {
        this.set(name, settled);
        return settled;
      }
    }
    const before = this.previousEntry(name);
    if (options.unchanged && before !== undefined && typeof before !== 'string')
      this.set(name, deepFreeze(before));
    else this.set(name, deepFreeze(encodeActive(state, layout)));
    return undefined;
  }

  /** The checkpoint, frozen: a caller cannot change what the next read relies on. */
  build(): LogFolderCheckpoint {
    let layouts = this.table.layouts;
    let files = this.files;
    if (this.layoutChanged || this.carried < this.previousCount) ({ layouts, files } = this.compacted());
    return Object.freeze({
      version: 2 as const,
      layouts: deepFreeze([...layouts]),
      files: Object.freeze(files),
    });
  }

  /** The layouts still used, and the entries renumbered when some are dropped. */
  private compacted(): {
    layouts: readonly LogFolderCheckpoint['layouts'][number][];
    files: Record<string, Entry>;
  } {
    const used = new Set<number>();
    for (const entry of Object.values(this.files)) {
      const index = layoutIndexOf(entry);
      if (index !== undefined) used.add(index);
    }
    const all = this.table.layouts;
    if (used.size === all.length) return { layouts: all, files: this.files };
    const renumber = new Map<number, number>();
    const layouts = all.filter((_, index) => {
      if (!used.has(index)) return false;
      renumber.set(index, renumber.size);
      return true;
    });
    const files: Record<string, Entry> = {};
    for (const [name, entry] of Object.entries(this.files)) {
      const index = layoutIndexOf(entry);
      const next = index === undefined ? undefined : renumber.get(index);
      if (next === index) files[name] = entry;
      else if (typeof entry === 'string') files[name] = withSettledLayoutIndex(entry, next);
      else files[name] = deepFreeze({ ...entry, layout: next as number });
    }
    return { layouts, files };
  }
}
