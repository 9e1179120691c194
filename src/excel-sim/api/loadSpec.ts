import { SimError } from '../SimError';

/** What to load: property name -> nested spec (empty for "this property" or "all of this navigation"). */
export type LoadTree = Map<string, LoadTree>;

function addPath(tree: LoadTree, path: string): void {
  let node = tree;
  for (const part of path.split('/').map((p) => p.trim())) {
    if (part === '') continue;
    let next = node.get(part);
    if (!next) {
      next = new Map<string, LoadTree>();
      node.set(part, next);
    }
    node = next;
  }
}

/**
 * The forms office.js accepts: "a, b/c", ["a", "b/c"], { select: "a,b", expand: "c" } and
 * { a: true, format: { font: { bold: true } } }. An empty tree means "all scalar properties".
 */
export function parseLoad(spec: unknown): LoadTree {
  const tree: LoadTree = new Map();
  if (spec === undefined || spec === null) return tree;
  if (typeof spec === 'string') {
    for (const p of spec.split(',')) addPath(tree, p);
    return tree;
  }
  if (Array.isArray(spec)) {
    for (const p of spec as unknown[]) for (const q of String(p).split(',')) addPath(tree, q);
    return tree;
  }
  if (typeof spec === 'object') {
    const o = spec as Record<string, unknown>;
    if (typeof o.select === 'string' || typeof o.expand === 'string') {
      for (const p of (typeof o.select === 'string' ? o.select : '').split(',')) addPath(tree, p);
      for (const p of (typeof o.expand === 'string' ? o.expand : '').split(',')) addPath(tree, p);
      return tree;
    }
    for (const [key, value] of Object.entries(o)) {
      if (key.startsWith('$') || value === false) continue;
      tree.set(key, value === true ? new Map<string, LoadTree>() : parseLoad(value));
    }
    return tree;
  }
  throw new SimError('InvalidArgument', { location: 'load', statement: `Cannot load a ${typeof spec}.` });
}
