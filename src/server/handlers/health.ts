/** GET /healthz: liveness, for load balancers and `npm start` checks. */
import type { RequestHandler } from 'express';
import { VERSION } from '../../version.js';

export const health: RequestHandler = (_req, res) => {
  res.set('Cache-Control', 'no-store');
  res.json({ status: 'ok', name: 'quotecheck', version: VERSION });
};
