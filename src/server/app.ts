/**
 * The web app: `createApp(options)` returns an Express application and has no side effects
 * (no listening, no timers, no global state): main.ts is the entry point that listens.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import express, { type Express, type RequestHandler } from 'express';
import { rateLimit, type Store } from 'express-rate-limit';
import hbs from 'hbs';
import helmet from 'helmet';
import { check as defaultCheck } from '../index.js';
import { DEFAULT_UNZIPPED_LIMIT } from '../input/limits.js';
import { MAX_EXERCISE_QUOTES } from '../report/exercise.js';
import type { SourcingReport } from '../report/types.js';
import type { AppContext, Logger } from './context.js';
import { errorHandler, megabytes, notFound, UserError } from './errors.js';
import { apiBody } from './handlers/api.js';
import { DEFAULT_MAX_IN_FLIGHT, inFlightLimit } from './in-flight.js';
import { MAX_COMPARE } from './learn-view.js';
import { appPaths } from './paths.js';
import { routes } from './routes.js';
import { loadSamples } from './samples.js';
import { uploadMiddleware } from './upload.js';
import { uploadManyMiddleware } from './upload-many.js';
import { homeView } from './view-model.js';

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
   * Most requests queued or running at once on the analyze, report and API routes in this
   * process (default 32; see in-flight.ts); one more gets 503 with Retry-After at once, before
   * the engine runs. false: no queue and no limit.
   */
  maxInFlight?: number | false;
  /** Cache compiled templates (default true; false re-reads views/ on every render, for editing them). */
  viewCache?: boolean;
  /** Express "trust proxy" (default false): set when behind a reverse proxy. */
  trustProxy?: boolean | number | string;
  /** Where the sample stories are (default: samples/ at the package root). */
  samplesDir?: string;
  /** The engine (default: quotecheck's `check`); tests inject failures through it. */
  check?: (text: string) => SourcingReport;
  /** Where errors (never draft text) and, with accessLog, request lines go. Default: stderr. */
  logger?: Partial<Logger>;
  /** Log one line per request: method, path, status, duration. Default false. */
  accessLog?: boolean;
}

/** One error for every refused request (see in-flight.ts): the error handler only reads it. */
const TOO_MANY = new UserError(429, 'Too many requests from your address. Please wait a minute and try again.', 'rate_limited');

export const DEFAULT_RATE_LIMIT: RateLimitOptions = { limit: 60, windowMs: 60_000 };

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

export function createApp(options: AppOptions = {}): Express {
  const paths = appPaths();
  const samplesDir = options.samplesDir ?? paths.samples;
  const log: Logger = {
    info: options.logger?.info ?? (() => {}),
    error: options.logger?.error ?? ((line: string) => console.error(line)),
  };
  const ctx: AppContext = {
    paths,
    textLimit: options.textLimit ?? 2 * MB,
    fileLimit: options.fileLimit ?? 10 * MB,
    unzippedLimit: options.unzippedLimit ?? DEFAULT_UNZIPPED_LIMIT,
    check: options.check ?? defaultCheck,
    samples: () => loadSamples(samplesDir),
    log,
  };

  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', options.trustProxy ?? false);

  // Views: a private hbs instance (no global helpers or partials shared between apps).
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
  app.engine('hbs', views.__express);
  app.set('view engine', 'hbs');
  app.set('views', paths.views);
  // Express caches views only under NODE_ENV=production; without the cache every page re-reads
  // and recompiles its template (half the CPU of POST /analyze). The views do not change at run time.
  app.set('view cache', options.viewCache ?? true);
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

  // One queue for all the limited routes: bodies read, waiting for or running the engine.
  const maxInFlight = options.maxInFlight ?? DEFAULT_MAX_IN_FLIGHT;
  const busy = maxInFlight === false ? null : inFlightLimit(maxInFlight);

  const form: RequestHandler[] = [
    express.urlencoded({ extended: false, limit: ctx.textLimit * 3 + MB, parameterLimit: 16 }),
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
  for (const r of routes(ctx)) {
    const chain: RequestHandler[] = [];
    if (r.limited && limit) chain.push(limit);
    if (r.limited && busy) chain.push(busy.early);
    if (r.body === 'form') chain.push(declaredSizeGuard(largestForm, ctx.textLimit), ...form);
    if (r.body === 'api') chain.push(declaredSizeGuard(largestApi, ctx.textLimit), ...api);
    if (r.body === 'answers') chain.push(declaredSizeGuard(largestForm, ctx.textLimit), ...answers);
    if (r.body === 'stories') chain.push(declaredSizeGuard(largestForm, ctx.textLimit), ...stories);
    if (r.limited && busy) chain.push(busy);
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
        if (req.method !== 'POST' || !(req.path === '/analyze' || req.path.startsWith('/report.'))) return false;
        const body = req.body as Record<string, unknown> | undefined;
        const text = status !== 413 && typeof body?.text === 'string' && body.text.length <= ctx.textLimit ? body.text : '';
        return homeView(ctx, { error: message, status, text });
      },
    }),
  );
  return app;
}
