import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';

/**
 * One correction of the API description, with the reason it is the description's mistake and
 * not the client's or the simulator's. `at` is a JSON pointer (RFC 6901) into the description.
 */
export type DescriptionOverride =
  | { at: string; reason: string; set: unknown }
  /** Removes these values from the array at `at` (e.g. names from a `required` list). */
  | { at: string; reason: string; without: readonly string[] }
  | { at: string; reason: string; remove: true }
  | { at: string; reason: string; moveTo: string };

type Json = Record<string, unknown> | unknown[];

const decode = (token: string) => token.replace(/~1/g, '/').replace(/~0/g, '~');

/** The parent object of `pointer` and the last token; throws when the parent does not exist. */
function locate(document: Json, pointer: string): { parent: Record<string, unknown>; key: string } {
  if (!pointer.startsWith('/')) throw new Error(`not a JSON pointer: ${pointer}`);
  const tokens = pointer.slice(1).split('/').map(decode);
  const key = tokens.pop() as string;
  let node: unknown = document;
  for (const token of tokens) {
    if (node === null || typeof node !== 'object' || !(token in node)) {
      throw new Error(`override ${pointer}: ${token} does not exist in the description`);
    }
    node = (node as Record<string, unknown>)[token];
  }
  if (node === null || typeof node !== 'object') throw new Error(`override ${pointer}: not inside an object`);
  return { parent: node as Record<string, unknown>, key };
}

/**
 * Applies `overrides` in order to a copy of the description. Each must change something that
 * exists (a removal or move of a missing location, or a `set` that changes nothing, throws), so a
 * stale override is noticed instead of silently doing nothing.
 */
export function applyOverrides(document: Json, overrides: readonly DescriptionOverride[]): Json {
  const copy = structuredClone(document);
  for (const override of overrides) {
    if (!override.reason.trim()) throw new Error(`override ${override.at} has no reason`);
    const { parent, key } = locate(copy, override.at);
    if ('set' in override) {
      if (JSON.stringify(parent[key]) === JSON.stringify(override.set)) {
        throw new Error(`override ${override.at} changes nothing`);
      }
      parent[key] = structuredClone(override.set);
      continue;
    }
    if ('without' in override) {
      const list = parent[key];
      if (!Array.isArray(list)) throw new Error(`override ${override.at}: not an array`);
      for (const value of override.without) {
        if (!list.includes(value)) throw new Error(`override ${override.at}: ${value} is not in it`);
      }
      parent[key] = list.filter((value) => !override.without.includes(value));
      continue;
    }
    if (!(key in parent))
      throw new Error(`override ${override.at}: nothing to ${'remove' in override ? 'remove' : 'move'}`);
    const value = parent[key];
    if (Array.isArray(parent)) parent.splice(Number(key), 1);
    else delete parent[key];
    if ('moveTo' in override) {
      const target = locate(copy, override.moveTo);
      if (target.key in target.parent) throw new Error(`override ${override.moveTo} already exists`);
      target.parent[target.key] = value;
    }
  }
  return copy;
}

/** Reads a YAML (or JSON) description. */
export function readDescription(file: string): Json {
  return parse(readFileSync(file, 'utf8')) as Json;
}

/** Writes `document` as JSON into a new temporary directory and returns the file's path. */
export function writeDescription(document: Json): string {
  const file = join(mkdtempSync(join(tmpdir(), 'pclogin-openapi-')), 'openapi.json');
  writeFileSync(file, JSON.stringify(document, null, 2));
  return file;
}
