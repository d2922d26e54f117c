/**
 * The pages made on the main thread, from the app's settings rather than a story: the form, the
 * classroom's home and its gallery of samples. Plain objects for their templates.
 */
import { ACCEPTED_EXTENSIONS } from '../input/accepted.js';
import { legend } from '../render/legend.js';
import type { AppContext } from './context.js';
import { MAX_COMPARE } from './page-views.js';
import { teachingNote } from './teaching-notes.js';
import { megabytes } from './user-error.js';

/** What a form says about uploads: the limits and the accepted file types. */
function uploads(ctx: AppContext) {
  return {
    textLimit: megabytes(ctx.textLimit),
    fileLimit: megabytes(ctx.fileLimit),
    accepted: ACCEPTED_EXTENSIONS.filter((e) => e !== '.markdown' && e !== '.htm').join(', '),
  };
}

export function homeView(ctx: AppContext, extra: { error?: string; status?: number; text?: string } = {}) {
  const samples = ctx.samples().map((s) => ({ id: s.id, title: s.title, note: s.note }));
  return {
    pageTitle: extra.error ? 'There is a problem' : 'Check the sourcing of a story',
    ...uploads(ctx),
    samples,
    hasSamples: samples.length > 0,
    error: extra.error ?? null,
    text: extra.text ?? '',
  };
}

export function learnHomeView(ctx: AppContext, extra: { error?: string } = {}) {
  const samples = ctx.samples().map((s) => ({ id: s.id, title: s.title }));
  return {
    pageTitle: 'Classroom',
    ...uploads(ctx),
    samples,
    hasSamples: samples.length > 0,
    maxCompare: MAX_COMPARE,
    legend: legend(),
    error: extra.error ?? null,
  };
}

export function learnSamplesView(ctx: AppContext, extra: { error?: string } = {}) {
  const samples = ctx.samples().map((s) => ({ id: s.id, title: s.title, note: teachingNote(s) }));
  return { pageTitle: 'Sample stories for the classroom', samples, hasSamples: samples.length > 0, maxCompare: MAX_COMPARE, error: extra.error ?? null };
}
