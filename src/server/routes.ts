/**
 * The site map: every route of the app, in one table. app.ts mounts them in this order.
 * `limited` routes share one rate-limit budget per client; `body` says which parsers run.
 */
import type { RequestHandler } from 'express';
import { FORMATS } from '../report/formats/registry.js';
import { CLASSROOM_FILES } from './classroom-files.js';
import type { AppContext } from './context.js';
import { analyzePage } from './handlers/analyze.js';
import { apiAnalyze, apiBody, apiDocs } from './handlers/api.js';
import { download } from './handlers/download.js';
import { health, ready } from './handlers/health.js';
import { backToForm, home } from './handlers/home.js';
import { backToLearn, learnCheck, learnCompare, learnCompareCsv, learnExercise, learnExplain, learnFile, learnHome, learnSamples } from './handlers/learn.js';

export interface Route {
  method: 'get' | 'post';
  path: string;
  /**
   * Parsers: 'form' = urlencoded + multipart upload; 'api' = JSON + text/plain; 'answers' =
   * urlencoded with room for one field per exercise answer; 'stories' = urlencoded + multipart
   * with several files; 'none'.
   */
  body: 'form' | 'api' | 'answers' | 'stories' | 'none';
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
    { method: 'get', path: '/readyz', body: 'none', limited: false, handler: ready(ctx), summary: 'Readiness: 503 while the worker pool is saturated' },
    { method: 'get', path: '/learn', body: 'none', limited: false, handler: learnHome(ctx), summary: 'Classroom: legend, glossary and the forms' },
    { method: 'get', path: '/learn/samples', body: 'none', limited: false, handler: learnSamples(ctx), summary: 'Classroom: the sample gallery' },
    { method: 'post', path: '/learn/explain', body: 'form', limited: true, handler: learnExplain(ctx), summary: 'Classroom: every quote explained' },
    { method: 'post', path: '/learn/exercise', body: 'form', limited: true, handler: learnExercise(ctx), summary: 'Classroom: who said it? (speakers hidden)' },
    { method: 'post', path: '/learn/exercise/check', body: 'answers', limited: true, handler: learnCheck(ctx), summary: 'Classroom: answers and score' },
    { method: 'post', path: '/learn/compare', body: 'stories', limited: true, handler: learnCompare(ctx), summary: 'Classroom: several stories compared' },
    ...CLASSROOM_FILES.map(
      (entry): Route => ({
        method: 'post',
        path: entry.path,
        body: 'form',
        limited: true,
        handler: learnFile(ctx, entry),
        summary: `Classroom: ${entry.label}`,
      }),
    ),
    {
      method: 'post',
      path: '/learn/compare.csv',
      body: 'stories',
      limited: true,
      handler: learnCompareCsv(ctx),
      summary: 'Classroom: the comparison table as CSV',
    },
    ...['/learn/explain', '/learn/exercise', '/learn/exercise/check', '/learn/compare', '/learn/compare.csv', ...CLASSROOM_FILES.map((e) => e.path)].map(
      (path): Route => ({ method: 'get', path, body: 'none', limited: false, handler: backToLearn, summary: 'Redirect to the classroom' }),
    ),
  ];
}

export { apiBody };
