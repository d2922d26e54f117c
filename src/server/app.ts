/**
 * The web app: `createApp(options)` returns an Express application and has no side effects
 * (no listening, no timers, no global state): main.ts is the entry point that listens. The
 * work a request causes (the engine, page and report rendering, reading .docx and .html) runs
 * in a pool of worker threads: the one passed in, else the app's own, started on first use and
 * stopped by `app.close()`.
 */
import express, { type Express, type RequestHandler } from 'express';
import { rateLimit, type Store } from 'express-rate-limit';
import helmet from 'helmet';
import { DEFAULT_UNZIPPED_LIMIT } from '../input/limits.js';
import { MAX_EDITOR_FIELDS } from '../render/editor-model.js';
import { templatePaths } from '../render/package-root.js';
import { createRenderer } from '../render/templates.js';
import { MAX_EXERCISE_QUOTES } from '../report/exercise.js';
import type { SourcingReport } from '../report/types.js';
import { inlineRunner } from '../work/inline-runner.js';
import type { Budgets } from '../work/phases.js';
import { defaultThreads, type Runner, WorkPool } from '../work/pool.js';
import { Admission, DEFAULT_ADMISSION } from './admission.js';
import type { AppContext, Logger } from './context.js';
import { errorHandler, megabytes, notFound, UserError } from './errors.js';
import { homeView, learnHomeView, learnSamplesView } from './form-views.js';
import { apiBody } from './handlers/api.js';
import { MAX_COMPARE } from './page-views.js';
import { appPaths } from './paths.js';
import { routes } from './routes.js';
import { webRunner } from './run.js';
import { loadSamples } from './samples.js';
import { uploadMiddleware } from './upload.js';
import { uploadManyMiddleware } from './upload-many.js';

const MB = 1024 * 1024;

export interface RateLimitOptions {
  /** Requests per window and client on the analyze, report and API routes. */
  limit: number;
  windowMs: number;
}

export interface AppOptions {
  /** Largest story in UTF-8 bytes (default 2 MB). */
  textLimit?: number;
  /** Largest upload in bytes (default 10 MB). */
  fileLimit?: number;
  /** Largest total unpacked size of a .docx (default 32 MB: src/input/limits.ts). */
  unzippedLimit?: number;
  /**
   * Rate limit for the analyze, report and API routes (default 60 a minute); false: none.
   * `store` shares the counts between processes (main.ts with WORKERS ≥ 2); default: in memory.
   */
  rateLimit?: (Partial<RateLimitOptions> & { store?: Store }) | false;
  /**
   * Admission to the analyze, report, API and classroom routes (admission.ts): the most
   * requests admitted at once in this process (default 256) and their body bytes (default
   * 32 MB), beyond which a request gets 503 with Retry-After before its body is read; and the
   * longest a request waits for a worker (default 1000 ms) before it is shed with a 503. false
   * turns each off.
   */
  maxInFlight?: number | false;
  maxBodyBytes?: number | false;
  maxQueueWaitMs?: number | false;
  /** /readyz says busy when more requests than this wait for a worker (default 32). */
  readyQueue?: number;
  /** The worker pool to run jobs on; the app does not close it. Default: the app's own, started on first use. */
  pool?: Runner;
  /** Threads and time budgets of the app's own pool (defaults: the CPUs; 10 s, 10 s, 30 s). */
  threads?: number;
  budgets?: Partial<Budgets>;
  /** Cache compiled templates (default true; false re-reads views/ on every render, for editing them). */
  viewCache?: boolean;
  /** Express "trust proxy" (default false): set when behind a reverse proxy. */
  trustProxy?: boolean | number | string;
  /** Where the sample stories are (default: samples/ at the package root). */
  samplesDir?: string;
  /**
   * An engine to run on the main thread instead of the pool (no time budgets): tests inject
   * failures and fixtures through it.
   */
  check?: (text: string) => SourcingReport;
  /** Where errors (never draft text) and, with accessLog, request lines go. Default: stderr. */
  logger?: Partial<Logger>;
  /** Log one line per request: method, path, status, duration. Default false. */
  accessLog?: boolean;
}

/** One error for every refused request (see admission.ts): the error handler only reads it. */
const TOO_MANY = new UserError(429, 'Too many requests from your address. Please wait a minute and try again.', 'rate_limited');

export const DEFAULT_RATE_LIMIT: RateLimitOptions = { limit: 60, windowMs: 60_000 };

/** The Express app, and `close()`, which stops the app's own worker pool (a pool passed in is left alone). */
export interface QuotecheckApp extends Express {
  close(): Promise<void>;
}

/**
 * "100 Continue" to a client that waits for it (`Expect: 100-continue`, as curl sends for large
 * bodies) once its request has passed the checks before the body: one refused is told so
 * without sending its body (listen.ts leaves the answer to the app).
 */
const continueBody: RequestHandler = (req, res, next) => {
  if (/^100-continue$/i.test(req.get('expect') ?? '') && !res.headersSent) res.writeContinue();
  next();
};

/** 413 at once, and the connection closed, for a request whose Content-Length is over `max`. */
function declaredSizeGuard(max: number, textLimit: number): RequestHandler {
  return (req, res, next) => {
    const declared = Number(req.get('content-length'));
    if (Number.isFinite(declared) && declared > max) {
      res.set('Connection', 'close');
      next(new UserError(413, `The text is longer than the ${megabytes(textLimit)} limit. Check a shorter piece.`, 'text_too_large'));
      return;
    }
    next();
  };
}

export function createApp(options: AppOptions = {}): QuotecheckApp {
  const paths = appPaths();
  const samplesDir = options.samplesDir ?? paths.samples;
  const log: Logger = {
    info: options.logger?.info ?? (() => {}),
    error: options.logger?.error ?? ((line: string) => console.error(line)),
  };
  const textLimit = options.textLimit ?? 2 * MB;
  const unzippedLimit = options.unzippedLimit ?? DEFAULT_UNZIPPED_LIMIT;
  const viewCache = options.viewCache ?? true;

  let own: WorkPool | null = null;
  const injected = options.pool ?? (options.check ? inlineRunner(options.check) : null);
  const runner = (): Runner => {
    if (injected) return injected;
    own ??= new WorkPool({ threads: options.threads ?? defaultThreads(), budgets: options.budgets ?? {} });
    return own;
  };
  const admission = new Admission(runner, {
    maxInFlight: options.maxInFlight ?? DEFAULT_ADMISSION.maxInFlight,
    maxBodyBytes: options.maxBodyBytes ?? DEFAULT_ADMISSION.maxBodyBytes,
    maxWaitMs: options.maxQueueWaitMs ?? DEFAULT_ADMISSION.maxWaitMs,
    readyQueue: options.readyQueue ?? DEFAULT_ADMISSION.readyQueue,
  });
  const ctx: AppContext = {
    paths,
    textLimit,
    fileLimit: options.fileLimit ?? 10 * MB,
    unzippedLimit,
    settings: { textLimit, unzippedLimit, viewCache },
    run: webRunner(admission),
    // Not started by a readiness probe: an idle app's pool has all its threads free.
    readiness: () => ({ ready: admission.ready(), threads: (injected ?? own)?.stats().threads ?? options.threads ?? defaultThreads(), ...admission.stats() }),
    samples: () => loadSamples(samplesDir),
    log,
  };

  const app = express() as unknown as QuotecheckApp;
  app.close = async () => {
    await own?.close();
  };
  app.disable('x-powered-by');
  app.set('trust proxy', options.trustProxy ?? false);

  app.engine('hbs', createRenderer({ paths: templatePaths(paths.root), cache: viewCache }).engine);
  app.set('view engine', 'hbs');
  app.set('views', paths.views);
  // Express caches views only under NODE_ENV=production; without the cache every page re-reads
  // and recompiles its template (half the CPU of POST /analyze). The views do not change at run time.
  app.set('view cache', viewCache);
  // Every answer is made for one request (the reports are no-store): hashing it for an ETag is waste.
  app.set('etag', false);

  app.use(
    helmet({
      contentSecurityPolicy: {
        useDefaults: false,
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          scriptSrcAttr: ["'none'"],
          styleSrc: ["'self'"],
          styleSrcAttr: ["'none'"],
          imgSrc: ["'self'", 'data:'],
          fontSrc: ["'self'"],
          connectSrc: ["'self'"],
          objectSrc: ["'none'"],
          baseUri: ["'none'"],
          formAction: ["'self'"],
          frameAncestors: ["'none'"],
        },
      },
      referrerPolicy: { policy: 'no-referrer' },
    }),
  );
  app.use((_req, res, next) => {
    res.set('Permissions-Policy', 'camera=(), microphone=(), geolocation=()');
    next();
  });
  if (options.accessLog) {
    app.use((req, res, next) => {
      const t0 = process.hrtime.bigint();
      res.on('finish', () => {
        const ms = Number(process.hrtime.bigint() - t0) / 1e6;
        // The path only: a query string could carry anything.
        log.info(`${req.method} ${req.originalUrl.split('?')[0]} ${res.statusCode} ${ms.toFixed(1)}ms`);
      });
      next();
    });
  }
  app.use('/static', express.static(paths.public, { index: false, dotfiles: 'ignore', maxAge: '1h', fallthrough: true }));

  const limit: RequestHandler | null =
    options.rateLimit === false
      ? null
      : rateLimit({
          limit: options.rateLimit?.limit ?? DEFAULT_RATE_LIMIT.limit,
          windowMs: options.rateLimit?.windowMs ?? DEFAULT_RATE_LIMIT.windowMs,
          standardHeaders: 'draft-7',
          legacyHeaders: false,
          ...(options.rateLimit?.store ? { store: options.rateLimit.store } : {}),
          handler: (_req, res, next, opts) => {
            res.set('Retry-After', String(Math.ceil(opts.windowMs / 1000)));
            next(TOO_MANY);
          },
        });

  const form: RequestHandler[] = [
    // The report page posts its editors' fields with the text and the corrections (src/render/editor-model.ts).
    express.urlencoded({ extended: false, limit: ctx.textLimit * 3 + MB, parameterLimit: MAX_EDITOR_FIELDS + 16 }),
    uploadMiddleware({ fileLimit: ctx.fileLimit, fieldLimit: ctx.textLimit * 2 + 1024, unzippedLimit: ctx.unzippedLimit }),
  ];
  const api = apiBody(ctx);
  // The classroom: the exercise's answers (one field per quote) and several stories at once.
  const answers: RequestHandler[] = [express.urlencoded({ extended: false, limit: ctx.textLimit * 3 + MB, parameterLimit: MAX_EXERCISE_QUOTES + 16 })];
  const stories: RequestHandler[] = [
    express.urlencoded({ extended: false, limit: ctx.textLimit * 3 + MB, parameterLimit: 64 }),
    uploadManyMiddleware({ fileLimit: ctx.fileLimit, fieldLimit: ctx.textLimit * 2 + 1024, unzippedLimit: ctx.unzippedLimit, maxFiles: MAX_COMPARE }),
  ];
  // The most a body may be on each kind of route (what its parsers accept at most): a request
  // that declares more is refused at once, rather than read to the end and then refused.
  const largestForm = Math.max(ctx.textLimit * 3 + MB, ctx.fileLimit + ctx.textLimit * 2 + MB);
  const largestApi = ctx.textLimit * 6 + 1024;
  const parsers = { form, api, answers, stories, none: [] };
  for (const r of routes(ctx)) {
    const chain: RequestHandler[] = [];
    if (r.limited && limit) chain.push(limit);
    if (r.body !== 'none') {
      const largest = r.body === 'api' ? largestApi : largestForm;
      // Refused by size first, so that a body that could never be read takes no place.
      chain.push(declaredSizeGuard(largest, ctx.textLimit));
      if (r.limited) chain.push(admission.door(largest));
      chain.push(continueBody, ...parsers[r.body]);
    }
    chain.push(r.handler);
    app[r.method](r.path, ...chain);
  }

  app.use(notFound);
  app.use(
    errorHandler({
      textLimit: ctx.textLimit,
      fileLimit: ctx.fileLimit,
      log,
      renderForm: (req, status, message) => {
        if (req.method === 'POST' && (req.path === '/learn/compare' || req.path === '/learn/compare.csv') && status !== 429) {
          // Nothing chosen, too many stories…: the form it came from again, with the message.
          const fromGallery = (req.body as Record<string, unknown> | undefined)?.from === 'samples';
          return fromGallery
            ? { view: 'learn-samples', locals: learnSamplesView(ctx, { error: message }) }
            : { view: 'learn', locals: learnHomeView(ctx, { error: message }) };
        }
        if (req.method !== 'POST' || !(req.path === '/analyze' || req.path.startsWith('/report.'))) return false;
        const body = req.body as Record<string, unknown> | undefined;
        const text = status !== 413 && typeof body?.text === 'string' && body.text.length <= ctx.textLimit ? body.text : '';
        return homeView(ctx, { error: message, status, text });
      },
    }),
  );
  return app;
}
