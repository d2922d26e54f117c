/**
 * Where the package's files live at run time. views/, public/ and samples/ sit at the package
 * root; this module is at src/render/ under tsx and vitest, and at dist/src/render/ once
 * compiled, so the root is found by walking up from this file, not from the working directory.
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

/** The render layer's files: the pages, their partials and the one stylesheet. */
export interface TemplatePaths {
  views: string;
  partials: string;
  stylesheet: string;
}

export function templatePaths(root = findPackageRoot()): TemplatePaths {
  return { views: join(root, 'views'), partials: join(root, 'views', 'partials'), stylesheet: join(root, 'public', 'style.css') };
}
