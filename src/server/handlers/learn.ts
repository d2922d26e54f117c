/**
 * The classroom (/learn): explanations of every quote, the exercise (speakers hidden, answers
 * checked without JavaScript and without state: the story travels in a hidden field), the
 * comparison of several stories, and the sample gallery. Same rules as the rest of the app:
 * nothing stored or logged, the same size limits, the engine routes rate-limited, and the
 * pages that need the engine made in the worker pool.
 */
import type { Request, RequestHandler, Response } from 'express';
import { reportFileStem } from '../../report/formats/file-name.js';
import type { CLASSROOM_FILES } from '../classroom-files.js';
import type { AppContext } from '../context.js';
import { formCorrections } from '../corrections-form.js';
import { learnHomeView, learnSamplesView } from '../form-views.js';
import { UserError } from '../user-error.js';
import type { PageView, WebJob } from '../web-jobs.js';
import { field, formStoryInput, unknownSample } from './story-input.js';

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

async function sendPage(ctx: AppContext, job: WebJob, res: Response): Promise<void> {
  const page = await ctx.run(job, res);
  res.set('Cache-Control', 'no-store');
  res.type('html').send(page.body);
}

function storyPage(ctx: AppContext, view: PageView): RequestHandler {
  return (req, res) => sendPage(ctx, { kind: 'page', view, story: formStoryInput(req, ctx), corrections: formCorrections(req), settings: ctx.settings }, res);
}

export const learnExplain = (ctx: AppContext) => storyPage(ctx, 'learn-explain');
export const learnExercise = (ctx: AppContext) => storyPage(ctx, 'learn-exercise');

/** POST /learn/worksheet.pdf, /learn/answer-key.pdf, /learn/exercise.html: the story and its (corrected) key. */
export function learnFile(ctx: AppContext, entry: (typeof CLASSROOM_FILES)[number]): RequestHandler {
  return async (req, res) => {
    const job: WebJob = {
      kind: 'classroom-file',
      file: entry.file,
      story: formStoryInput(req, ctx),
      corrections: formCorrections(req),
      settings: ctx.settings,
    };
    const out = await ctx.run(job, res);
    res.set({
      'Content-Type': entry.mediaType,
      'Content-Disposition': `attachment; filename="${reportFileStem(out.title)}-${entry.suffix}"`,
      'Cache-Control': 'no-store',
    });
    res.send(out.body);
  };
}

/** POST /learn/exercise/check: the story comes back in `text`, the answers in `answer-<quote id>`. */
export function learnCheck(ctx: AppContext): RequestHandler {
  return (req, res) => {
    const body = (req.body ?? {}) as Record<string, unknown>;
    if (typeof body.text !== 'string') throw new UserError(400, 'The exercise lost its story. Start the exercise again.', 'bad_form');
    const answers: Record<string, string> = {};
    for (const [name, value] of Object.entries(body)) if (name.startsWith('answer-') && typeof value === 'string') answers[name] = value;
    return sendPage(ctx, { kind: 'exercise-check', text: body.text, answers, corrections: formCorrections(req), settings: ctx.settings }, res);
  };
}

/**
 * POST /learn/compare: stories pasted in `stories` (separated by a line of `---`), uploaded as
 * `files`, or chosen from the samples (`sample`, repeated); at most MAX_COMPARE in all, and all
 * their text together within the text limit (checked in the worker, with the files read).
 */
export function learnCompare(ctx: AppContext): RequestHandler {
  return (req, res) => sendPage(ctx, compareJob(req, ctx, 'page'), res);
}

/** POST /learn/compare.csv: the same fields, the table as a CSV download. */
export function learnCompareCsv(ctx: AppContext): RequestHandler {
  return async (req, res) => {
    const file = await ctx.run(compareJob(req, ctx, 'csv'), res);
    res.set({ 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': 'attachment; filename="comparison.csv"', 'Cache-Control': 'no-store' });
    res.send(Buffer.from(file.body));
  };
}

function compareJob(req: Request, ctx: AppContext, format: 'page' | 'csv'): WebJob {
  const body = (req.body ?? {}) as Record<string, unknown>;
  const stories = field(req, 'stories') ?? null;
  const files = (Array.isArray(req.files) ? req.files : []).map((f) => ({ bytes: f.buffer as Uint8Array, name: f.originalname || '' }));
  const ids = body.sample === undefined ? [] : Array.isArray(body.sample) ? body.sample : [body.sample];
  const samples: string[] = [];
  if (ids.length > 0) {
    const all = ctx.samples();
    for (const id of ids) {
      const sample = typeof id === 'string' ? all.find((s) => s.id === id) : undefined;
      if (!sample) throw unknownSample();
      samples.push(sample.text);
    }
  }
  const texts = (body.story === undefined ? [] : Array.isArray(body.story) ? body.story : [body.story]).filter((t): t is string => typeof t === 'string');
  return { kind: 'compare', format, stories, texts, files, samples, settings: ctx.settings };
}

/** GET on a POST-only classroom route (a bookmark, a reload): back to /learn. */
export const backToLearn: RequestHandler = (_req, res) => {
  res.redirect(303, '/learn');
};
