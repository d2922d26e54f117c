/**
 * The Handlebars views: one private hbs instance (no global helpers or partials shared between
 * apps) with the app's helpers and partials. The app renders its light pages with it through
 * Express; the worker threads render the report and classroom pages with `renderView`, so that
 * a page of several MB is made off the event loop and arrives as finished bytes.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import hbs from 'hbs';
import type { AppPaths } from './paths.js';

export type Views = ReturnType<typeof hbs.create>;

export function createViews(paths: Pick<AppPaths, 'partials'>): Views {
  const views = hbs.create();
  views.registerHelper('trusted', (value: unknown) => {
    if (value && typeof value === 'object' && typeof (value as { trustedHtml?: unknown }).trustedHtml === 'string') {
      return new views.handlebars.SafeString((value as { trustedHtml: string }).trustedHtml);
    }
    return views.handlebars.Utils.escapeExpression(value);
  });
  views.registerHelper('eq', (a: unknown, b: unknown) => a === b);
  for (const file of readdirSync(paths.partials).filter((f) => f.endsWith('.hbs'))) {
    views.registerPartial(basename(file, '.hbs'), readFileSync(join(paths.partials, file), 'utf8'));
  }
  return views;
}

/** `views/<name>.hbs` in the layout, as Express's res.render would make it. */
export function renderView(views: Views, paths: Pick<AppPaths, 'views'>, name: string, locals: object, cache = true): Promise<string> {
  return new Promise((resolve, reject) => {
    views.__express(join(paths.views, `${name}.hbs`), { ...locals, settings: { views: paths.views }, cache }, (err, html) => {
      if (err || html === undefined) reject(err ?? new Error(`the view ${name} rendered nothing`));
      else resolve(html);
    });
  });
}
