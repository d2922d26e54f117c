/**
 * The render layer's Handlebars: one private environment (no global helpers or partials shared
 * between apps) with every partial of views/partials, the pages of views/ and the one
 * stylesheet of public/. The web app's light pages (through Express), the report and classroom
 * pages (in the worker threads) and the standalone HTML download all render here.
 *
 * Every `{{…}}` escapes; the templates keep `{{{…}}}` for HTML this layer made itself (a page's
 * body in the layout) and for the package's own stylesheet, never for user text. No helpers are
 * registered: the data a template shows is made beforehand, in words, by the view models.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import hbs from 'hbs';
import { type TemplatePaths, templatePaths } from './package-root.js';

type Template = (context: unknown) => string;

/**
 * No partial's output is indented, whatever the indentation of the line that calls it: the
 * story is drawn with `white-space: pre-wrap`, and an indent would change its text.
 */
const COMPILE = { preventIndent: true, knownHelpersOnly: true } as const;

export interface Renderer {
  /** views/<name>.hbs inside views/layout.hbs: a page of the web app. */
  page(name: string, locals: object): string;
  /** views/<name>.hbs alone: a whole document (the standalone HTML download). */
  document(name: string, locals: object): string;
  /** One partial of views/partials alone. */
  partial(name: string, context: object): string;
  /** public/style.css, the one stylesheet, and its CSP hash source (`'sha256-…'`). */
  stylesheet(): { css: string; hash: string };
  /** An Express view engine: `views/<name>.hbs` in the layout. */
  engine: (path: string, options: object, callback: (err: Error | null, html?: string) => void) => void;
}

interface Loaded {
  env: ReturnType<typeof hbs.create>['handlebars'];
  views: Map<string, Template>;
  partials: Map<string, Template>;
  stylesheet: { css: string; hash: string } | null;
}

function load(paths: TemplatePaths): Loaded {
  const env = hbs.create().handlebars;
  const partials = new Map<string, Template>();
  for (const file of readdirSync(paths.partials).filter((f) => f.endsWith('.hbs'))) {
    // A partial file's last line break is the file's, not the markup's: inside the story it
    // would be a line break of the text.
    const template = env.compile(readFileSync(join(paths.partials, file), 'utf8').trimEnd(), COMPILE);
    env.registerPartial(basename(file, '.hbs'), template);
    partials.set(basename(file, '.hbs'), template);
  }
  return { env, views: new Map(), partials, stylesheet: null };
}

/**
 * The renderer of the templates under `paths` (the package's own by default). With `cache`
 * false every render reads the files again, for editing them while the app runs.
 */
export function createRenderer(options: { paths?: TemplatePaths; cache?: boolean } = {}): Renderer {
  const paths = options.paths ?? templatePaths();
  const cache = options.cache ?? true;
  let kept: Loaded | null = null;
  const loaded = (): Loaded => {
    if (!cache) return load(paths);
    kept ??= load(paths);
    return kept;
  };
  const view = (l: Loaded, name: string): Template => {
    let template = l.views.get(name);
    if (!template) {
      template = l.env.compile(readFileSync(join(paths.views, `${name}.hbs`), 'utf8'), COMPILE);
      l.views.set(name, template);
    }
    return template;
  };
  const page = (name: string, locals: object): string => {
    const l = loaded();
    return view(l, 'layout')({ ...locals, body: view(l, name)(locals) });
  };
  return {
    page,
    document: (name, locals) => view(loaded(), name)(locals),
    partial(name, context) {
      const template = loaded().partials.get(name);
      if (!template) throw new Error(`no partial ${name} in ${paths.partials}`);
      return template(context);
    },
    stylesheet() {
      const l = loaded();
      if (!l.stylesheet) {
        const css = readFileSync(paths.stylesheet, 'utf8');
        l.stylesheet = { css, hash: `'sha256-${createHash('sha256').update(css, 'utf8').digest('base64')}'` };
      }
      return l.stylesheet;
    },
    engine(path, options, callback) {
      let html: string;
      try {
        html = page(relative(paths.views, path).replace(/\.hbs$/, ''), options);
      } catch (e) {
        callback(e as Error);
        return;
      }
      callback(null, html);
    },
  };
}
