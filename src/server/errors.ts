/**
 * One error handler for the whole app. Errors caused by the request (empty text, too large,
 * wrong file type, malformed JSON, rate limit) become a clear message with the right status:
 * JSON under /api and /healthz, the form again for the form routes, an error page elsewhere.
 * Anything else is a 500 with a plain apology. Never a stack trace to the user, and never the
 * draft text in a log line: only the error's name, code and stack frames are logged.
 */
import type { ErrorRequestHandler, Request, RequestHandler } from 'express';
import { MulterError } from 'multer';
import { megabytes, UserError } from './user-error.js';

export { megabytes, UserError };

const STATUS_TITLES: Record<number, string> = {
  400: 'The request could not be read',
  404: 'Page not found',
  405: 'Method not allowed',
  413: 'Too large',
  415: 'Unsupported file type',
  422: 'Nothing to check',
  429: 'Too many requests',
  500: 'Something went wrong',
  503: 'Busy',
};

/** Titles for errors that share a status with others of another kind. */
const CODE_TITLES: Record<string, string> = {
  too_complex: 'Too complex to check in time',
};

export function statusTitle(status: number, code?: string): string {
  return (code && CODE_TITLES[code]) ?? STATUS_TITLES[status] ?? (status >= 500 ? 'Something went wrong' : 'The request could not be handled');
}

export interface ErrorLimits {
  textLimit: number;
  fileLimit: number;
}

/** Turn what Express, body-parser, multer and our own code throw into a UserError, or null. */
export function toUserError(err: unknown, limits: ErrorLimits): UserError | null {
  if (err instanceof UserError) return err;
  if (err instanceof MulterError) {
    switch (err.code) {
      case 'LIMIT_FILE_SIZE':
        return new UserError(413, `The file is larger than the ${megabytes(limits.fileLimit)} upload limit.`, 'file_too_large');
      case 'LIMIT_FIELD_VALUE':
        return new UserError(413, `The text is longer than the ${megabytes(limits.textLimit)} limit.`, 'text_too_large');
      case 'LIMIT_FILE_COUNT':
      case 'LIMIT_UNEXPECTED_FILE':
        return new UserError(400, 'Upload one file, in the field named “file”.', 'bad_upload');
      default:
        return new UserError(400, 'The form has too many or too large fields.', 'bad_form');
    }
  }
  if (typeof err !== 'object' || err === null) return null;
  const e = err as { type?: unknown; status?: unknown; statusCode?: unknown; expose?: unknown; code?: unknown };
  switch (e.type) {
    case 'entity.too.large':
      return new UserError(413, `The text is longer than the ${megabytes(limits.textLimit)} limit.`, 'text_too_large');
    case 'entity.parse.failed':
      return new UserError(400, 'The request body is not valid JSON. Send {"text": "…"} or plain text.', 'bad_json');
    case 'encoding.unsupported':
    case 'charset.unsupported':
      return new UserError(415, 'Send the text as UTF-8.', 'unsupported_charset');
    case 'parameters.too.many':
      return new UserError(413, 'The form has too many fields.', 'bad_form');
    case 'request.aborted':
    case 'request.size.invalid':
      return new UserError(400, 'The request was cut short. Please try again.', 'bad_request');
    default:
      break;
  }
  const status = typeof e.status === 'number' ? e.status : typeof e.statusCode === 'number' ? e.statusCode : 0;
  if (status >= 400 && status < 500) return new UserError(status, `${statusTitle(status)}.`, 'bad_request');
  return null;
}

export interface ErrorLog {
  error(line: string): void;
}

/** The parts of an error that are safe to log: never its message, which may quote the draft. */
export function describeForLog(err: unknown): string {
  if (!(err instanceof Error)) return `non-error thrown (${typeof err})`;
  const frames = (err.stack ?? '')
    .split('\n')
    .filter((l) => /^\s+at /.test(l))
    .slice(0, 12)
    .join('\n');
  const code = (err as { code?: unknown }).code;
  return `${err.name}${typeof code === 'string' ? ` [${code}]` : ''}\n${frames}`;
}

export function isApiRequest(req: Request): boolean {
  return req.path.startsWith('/api/') || req.path === '/healthz' || req.path === '/readyz';
}

export const notFound: RequestHandler = (_req, _res, next) => {
  next(new UserError(404, 'There is no page at this address.', 'not_found'));
};

export interface ErrorHandlerOptions extends ErrorLimits {
  log: ErrorLog;
  /**
   * Render the form again with a message (for the form routes): the locals of the home page, or
   * `{ view, locals }` for another form's page; false to use the error page.
   */
  renderForm?: (req: Request, status: number, message: string) => object | { view: string; locals: object } | false;
}

export function errorHandler(options: ErrorHandlerOptions): ErrorRequestHandler {
  return (err, req, res, next) => {
    const user = toUserError(err, options);
    const status = user?.status ?? 500;
    const message = user?.message ?? 'Something went wrong on our side. Nothing was stored; please try again.';
    const code = user?.code ?? 'internal';
    if (!user) options.log.error(`quotecheck: ${req.method} ${req.path} failed: ${describeForLog(err)}`);
    // The client has gone (it dropped the connection while its request waited or ran): nobody to answer.
    if (res.destroyed) return;
    if (res.headersSent) {
      next(err);
      return;
    }
    res.status(status);
    res.set('Cache-Control', 'no-store');
    res.removeHeader('Content-Disposition');
    if (isApiRequest(req)) {
      res.json({ error: { status, code, message } });
      return;
    }
    const fallback = () => {
      res.type('text/plain; charset=utf-8').send(`${statusTitle(status, code)}\n\n${message}\n`);
    };
    const form = user && status < 500 && options.renderForm ? options.renderForm(req, status, message) : false;
    const [view, locals] =
      form && 'view' in form && typeof form.view === 'string' && 'locals' in form
        ? [form.view, form.locals as object]
        : form
          ? ['home', form]
          : ['error', { pageTitle: statusTitle(status, code), status, heading: statusTitle(status, code), message }];
    res.render(view, locals, (renderErr: Error | null, html?: string) => {
      if (renderErr || html === undefined) {
        options.log.error(`quotecheck: rendering the ${view} page failed: ${describeForLog(renderErr)}`);
        fallback();
        return;
      }
      res.type('html').send(html);
    });
  };
}
