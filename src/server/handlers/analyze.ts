/** POST /analyze: the report page for the pasted text, the uploaded file or the sample. */
import type { RequestHandler } from 'express';
import type { AppContext } from '../context.js';
import { reportView } from '../view-model.js';
import { readFormStory } from './story-input.js';

export function analyzePage(ctx: AppContext): RequestHandler {
  return async (req, res) => {
    const story = await readFormStory(req, ctx);
    const report = ctx.check(story.text);
    res.set('Cache-Control', 'no-store');
    res.render('report', reportView(report, story));
  };
}
