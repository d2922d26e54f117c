/** GET /: the form (paste, upload or pick a sample). */
import type { RequestHandler } from 'express';
import type { AppContext } from '../context.js';
import { homeView } from '../form-views.js';

export function home(ctx: AppContext): RequestHandler {
  return (_req, res) => {
    res.render('home', homeView(ctx));
  };
}

/** GET on a POST-only form route (a bookmark, a reload): back to the form. */
export const backToForm: RequestHandler = (_req, res) => {
  res.redirect(303, '/');
};
