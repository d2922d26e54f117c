/** Where the app's files live at run time: views/, public/ and samples/ at the package root. */
import { join } from 'node:path';
import { findPackageRoot } from '../render/package-root.js';

export interface AppPaths {
  root: string;
  views: string;
  public: string;
  samples: string;
}

export function appPaths(root = findPackageRoot()): AppPaths {
  return {
    root,
    views: join(root, 'views'),
    public: join(root, 'public'),
    samples: join(root, 'samples'),
  };
}
