/**
 * The site map: every route of the app, in one table. app.ts mounts them in this order.
 * `limited` routes share one rate-limit budget per client; `body` says which parsers run.
 */
import type { RequestHandler } from 'express';
import { FORMATS } from '../report/formats/registry.js';
import type { AppContext } from './context.js';
import { analyzePage } from './handlers/analyze.js';
import { apiAnalyze, apiBody, apiDocs } from './handlers/api.js';
import { download } from './handlers/download.js';
import { health } from './handlers/health.js';
import { backToForm, home } from './handlers/home.js';

export interface Route {
  method: 'get' | 'post';
  path: string;
  /** Parsers: 'form' = urlencoded + multipart upload; 'api' = JSON + text/plain; 'none'. */
  body: 'form' | 'api' | 'none';
  limited: boolean;
  handler: RequestHandler;
  summary: string;
}

export function routes(ctx: AppContext): Route[] {
  return [
    { method: 'get', path: '/', body: 'none', limited: false, handler: home(ctx), summary: 'The form: paste, upload or pick a sample' },
    { method: 'post', path: '/analyze', body: 'form', limited: true, handler: analyzePage(ctx), summary: 'The report page' },
    { method: 'get', path: '/analyze', body: 'none', limited: false, handler: backToForm, summary: 'Redirect to the form' },
    ...FORMATS.flatMap((f): Route[] => [
      { method: 'post', path: `/report.${f.extension}`, body: 'form', limited: true, handler: download(ctx, f), summary: `${f.label} download` },
      { method: 'get', path: `/report.${f.extension}`, body: 'none', limited: false, handler: backToForm, summary: 'Redirect to the form' },
    ]),
    { method: 'post', path: '/api/analyze', body: 'api', limited: true, handler: apiAnalyze(ctx), summary: 'JSON report' },
    { method: 'get', path: '/api', body: 'none', limited: false, handler: apiDocs(ctx), summary: 'API documentation' },
    { method: 'get', path: '/healthz', body: 'none', limited: false, handler: health, summary: 'Liveness' },
  ];
}

export { apiBody };
