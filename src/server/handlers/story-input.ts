/**
 * Picks the story out of a form post, on the main thread and without reading it: the uploaded
 * file if there is one, else the `text` field, else the chosen sample. The work on it (reading
 * the file, normalising, the size checks) happens in a worker thread (story.ts).
 */
import type { Request } from 'express';
import type { AppContext } from '../context.js';
import { emptyTextError, type StoryInput } from '../story.js';
import { UserError } from '../user-error.js';

export function field(req: Request, name: string): string | undefined {
  const body = req.body as Record<string, unknown> | undefined;
  const value = body && typeof body === 'object' ? body[name] : undefined;
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw new UserError(400, `Send one “${name}” field.`, 'bad_form');
  return value;
}

export function unknownSample(): UserError {
  return new UserError(400, 'That sample story does not exist (any more). Pick another.', 'unknown_sample');
}

export function formStoryInput(req: Request, ctx: AppContext): StoryInput {
  if (req.file) return { origin: 'file', bytes: req.file.buffer, name: req.file.originalname || '' };
  const text = field(req, 'text');
  if (text !== undefined && text.trim() !== '') return { origin: 'text', text, name: null };
  const id = field(req, 'sample');
  if (id) {
    const sample = ctx.samples().find((s) => s.id === id);
    if (!sample) throw unknownSample();
    return { origin: 'sample', text: sample.text, name: sample.title };
  }
  throw emptyTextError();
}
