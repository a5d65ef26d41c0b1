// Where a file of an npm package appears to the lab's code in the page: under
// /node_modules/<package name>/, as it would in a project installed from npm
// (a workspace package such as the kit is found by its own package.json).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';

const packageRoots = new Map<string, { dir: string; name: string } | undefined>();

/** The nearest folder above `file` whose package.json has a name. */
export function owningPackage(file: string): { dir: string; name: string } | undefined {
  let dir = dirname(file);
  const visited: string[] = [];
  for (;;) {
    if (packageRoots.has(dir)) {
      const found = packageRoots.get(dir);
      visited.forEach((path) => packageRoots.set(path, found));
      return found;
    }
    visited.push(dir);
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest)) {
      const name = (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: unknown }).name;
      if (typeof name === 'string') {
        const found = { dir, name };
        visited.forEach((path) => packageRoots.set(path, found));
        return found;
      }
    }
    const parent = dirname(dir);
    if (parent === dir) {
      visited.forEach((path) => packageRoots.set(path, undefined));
      return undefined;
    }
    dir = parent;
  }
}

/**
 * "/node_modules/<name>/<path inside the package>", or undefined for a file outside any package. A copy
 * that npm nested inside another package keeps that nesting
 * ("/node_modules/langsmith/node_modules/eventemitter3/index.js"), so that two copies never share a path.
 */
export function virtualPath(file: string): string | undefined {
  const owner = owningPackage(file);
  if (!owner) return undefined;
  const inside = relative(owner.dir, file).split(sep).join('/');
  const installed = owner.dir.split(sep).join('/');
  const first = installed.indexOf('/node_modules/');
  const nesting = first === -1 ? '' : installed.slice(first + '/node_modules/'.length, installed.length - owner.name.length);
  return `/node_modules/${nesting}${owner.name}/${inside}`;
}
