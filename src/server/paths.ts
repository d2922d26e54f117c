/**
 * Where the app's files live at run time. views/, public/ and samples/ sit at the repository
 * (package) root; this module is at src/server/ under tsx and vitest, and at dist/src/server/
 * once compiled, so the root is found by walking up from this file, not from the cwd.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export function findPackageRoot(from: string = dirname(fileURLToPath(import.meta.url))): string {
  let dir = from;
  for (let i = 0; i < 8; i++) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'views'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  throw new Error(`quotecheck: cannot find the package root (with views/) above ${from}`);
}

export interface AppPaths {
  root: string;
  views: string;
  partials: string;
  public: string;
  samples: string;
}

export function appPaths(root = findPackageRoot()): AppPaths {
  return {
    root,
    views: join(root, 'views'),
    partials: join(root, 'views', 'partials'),
    public: join(root, 'public'),
    samples: join(root, 'samples'),
  };
}
