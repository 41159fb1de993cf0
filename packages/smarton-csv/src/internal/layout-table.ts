import type { DetectedLayout } from '../layout/detected-layout.js';

/** JSON with object keys sorted: a layout read from JSON and one just detected may list them in another order. */
function canonicalJson(value: unknown): string {
  if (typeof value !== 'object' || value === null) return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const keys = Object.keys(value)
    .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
    .sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`).join(',')}}`;
}

/**
 * The layouts of a checkpoint, each once, referred to by index. A layout is found by identity
 * (a file's layout is the very object read from the checkpoint while the file keeps it) and
 * else by content; a layout not there yet is added at the end, so that existing indices stay
 * valid.
 */
export class LayoutTable {
  private readonly list: DetectedLayout[];
  private readonly byObject = new Map<DetectedLayout, number>();
  private byContent: Map<string, number> | undefined;
  private readonly initial: number;

  constructor(layouts: readonly DetectedLayout[]) {
    this.list = [...layouts];
    this.initial = layouts.length;
    this.list.forEach((layout, index) => {
      if (!this.byObject.has(layout)) this.byObject.set(layout, index);
    });
  }

  /** The layouts, in index order. */
  get layouts(): readonly DetectedLayout[] {
    return this.list;
  }

  /** Whether layouts were added since the table was made. */
  get grown(): boolean {
    return this.list.length > this.initial;
  }

  /** The index of `layout`, added when the table does not have it yet. */
  indexOf(layout: DetectedLayout): number {
    const known = this.byObject.get(layout);
    if (known !== undefined) return known;
    if (!this.byContent) {
      this.byContent = new Map();
      this.list.forEach((l, index) => {
        const key = canonicalJson(l);
        if (!this.byContent?.has(key)) this.byContent?.set(key, index);
      });
    }
    const key = canonicalJson(layout);
    let index = this.byContent.get(key);
    if (index === undefined) {
      index = this.list.length;
      this.list.push(layout);
      this.byContent.set(key, index);
    }
    this.byObject.set(layout, index);
    return index;
  }
}
