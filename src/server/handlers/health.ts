/** GET /healthz (liveness) and GET /readyz (readiness), for load balancers and `npm start` checks. */
import type { RequestHandler } from 'express';
import { VERSION } from '../../version.js';
import type { AppContext } from '../context.js';

export const health: RequestHandler = (_req, res) => {
  res.set('Cache-Control', 'no-store');
  res.json({ status: 'ok', name: 'quotecheck', version: VERSION });
};

/** 200 while the pool keeps up; 503 when its queue is beyond the threshold or every place is taken. */
export function ready(ctx: AppContext): RequestHandler {
  return (_req, res) => {
    const { ready: ok, ...figures } = ctx.readiness();
    res.set('Cache-Control', 'no-store');
    if (!ok) res.set('Retry-After', '1');
    res.status(ok ? 200 : 503).json({ status: ok ? 'ready' : 'busy', ...figures });
  };
}
