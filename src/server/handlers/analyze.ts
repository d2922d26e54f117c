/** POST /analyze: the report page for the pasted text, the uploaded file or the sample. */
import type { RequestHandler } from 'express';
import type { AppContext } from '../context.js';
import { formCorrections } from '../corrections-form.js';
import { formStoryInput } from './story-input.js';

export function analyzePage(ctx: AppContext): RequestHandler {
  return async (req, res) => {
    const body = (req.body ?? {}) as Record<string, unknown>;
    // The page's script asks for the body alone (`fragment`), to swap it in place.
    const fragment = body.fragment === '1';
    const job = { kind: 'page', view: 'report', story: formStoryInput(req, ctx), corrections: formCorrections(req), fragment, settings: ctx.settings } as const;
    const page = await ctx.run(job, res);
    res.set('Cache-Control', 'no-store');
    res.type('html').send(page.body);
  };
}
