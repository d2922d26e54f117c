/**
 * The classroom (/learn): explanations of every quote, the exercise (speakers hidden, answers
 * checked without JavaScript and without state: the story travels in a hidden field), the
 * comparison of several stories, and the sample gallery. Same rules as the rest of the app:
 * nothing stored or logged, the same size limits, the engine routes rate-limited.
 */
import type { Request, RequestHandler } from 'express';
import { splitStories } from '../../report/compare.js';
import { gradeExercise } from '../../report/exercise.js';
import type { SourcingReport } from '../../report/types.js';
import type { AppContext } from '../context.js';
import { UserError } from '../errors.js';
import { compareView, exerciseView, explainView, learnHomeView, learnSamplesView, MAX_COMPARE, resultView } from '../learn-view.js';
import { extractText } from '../upload.js';
import { checkTextSize, emptyTextError, normalizeNewlines, readFormStory } from './story-input.js';

export function learnHome(ctx: AppContext): RequestHandler {
  return (_req, res) => {
    res.render('learn', learnHomeView(ctx));
  };
}

export function learnSamples(ctx: AppContext): RequestHandler {
  return (_req, res) => {
    res.render('learn-samples', learnSamplesView(ctx));
  };
}

export function learnExplain(ctx: AppContext): RequestHandler {
  return async (req, res) => {
    const story = await readFormStory(req, ctx);
    res.set('Cache-Control', 'no-store');
    res.render('learn-explain', explainView(ctx.check(story.text), story));
  };
}

export function learnExercise(ctx: AppContext): RequestHandler {
  return async (req, res) => {
    const story = await readFormStory(req, ctx);
    res.set('Cache-Control', 'no-store');
    res.render('learn-exercise', exerciseView(ctx.check(story.text), story));
  };
}

/** POST /learn/exercise/check: the story comes back in `text`, the answers in `answer-<quote id>`. */
export function learnCheck(ctx: AppContext): RequestHandler {
  return (req, res) => {
    const body = (req.body ?? {}) as Record<string, unknown>;
    if (typeof body.text !== 'string') throw new UserError(400, 'The exercise lost its story. Start the exercise again.', 'bad_form');
    const text = normalizeNewlines(body.text);
    checkTextSize(text, ctx);
    if (text.trim() === '') throw emptyTextError();
    const report = ctx.check(text);
    res.set('Cache-Control', 'no-store');
    res.render('learn-result', resultView(report, text, gradeExercise(report, text, body)));
  };
}

/**
 * POST /learn/compare: stories pasted in `stories` (separated by a line of `---`), uploaded as
 * `files`, or chosen from the samples (`sample`, repeated); at most MAX_COMPARE in all, and all
 * their text together within the text limit.
 */
export function learnCompare(ctx: AppContext): RequestHandler {
  return async (req, res) => {
    const texts = await readStories(req, ctx);
    const reports: SourcingReport[] = texts.map((t) => ctx.check(t));
    res.set('Cache-Control', 'no-store');
    res.render('learn-compare', compareView(reports));
  };
}

async function readStories(req: Request, ctx: AppContext): Promise<string[]> {
  const body = (req.body ?? {}) as Record<string, unknown>;
  const texts: string[] = [];
  if (body.stories !== undefined) {
    if (typeof body.stories !== 'string') throw new UserError(400, 'Send one “stories” field.', 'bad_form');
    texts.push(...splitStories(normalizeNewlines(body.stories)));
  }
  const files = Array.isArray(req.files) ? req.files : [];
  for (const file of files) texts.push(normalizeNewlines(await extractText(file, ctx)));
  const ids = body.sample === undefined ? [] : Array.isArray(body.sample) ? body.sample : [body.sample];
  if (ids.length > 0) {
    const samples = ctx.samples();
    for (const id of ids) {
      const sample = typeof id === 'string' ? samples.find((s) => s.id === id) : undefined;
      if (!sample) throw new UserError(400, 'That sample story does not exist (any more). Pick another.', 'unknown_sample');
      texts.push(normalizeNewlines(sample.text));
    }
  }
  const stories = texts.filter((t) => t.trim() !== '');
  if (stories.length === 0)
    throw new UserError(422, 'There are no stories to compare. Paste stories separated by a line of ---, upload files or pick samples.', 'empty_text');
  if (stories.length > MAX_COMPARE)
    throw new UserError(400, `Compare at most ${MAX_COMPARE} stories at once (you sent ${stories.length}).`, 'too_many_stories');
  checkTextSize(stories.join('\n'), ctx);
  return stories;
}

/** GET on a POST-only classroom route (a bookmark, a reload): back to /learn. */
export const backToLearn: RequestHandler = (_req, res) => {
  res.redirect(303, '/learn');
};
