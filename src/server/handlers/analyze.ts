/** POST /analyze: the report page for the pasted text, the uploaded file or the sample. */
import type { RequestHandler } from 'express';
import type { AppContext } from '../context.js';
import { formStoryInput } from './story-input.js';

export function analyzePage(ctx: AppContext): RequestHandler {
  return async (req, res) => {
    const page = await ctx.run({ kind: 'page', view: 'report', story: formStoryInput(req, ctx), settings: ctx.settings }, res);
    res.set('Cache-Control', 'no-store');
    res.type('html').send(page.body);
  };
}
