/**
 * Reads the story from a form post: the uploaded file if there is one, else the `text` field,
 * else the chosen sample. Line endings are normalised to \n (browsers send CRLF), so that the
 * report page and the downloads posted back from it see the same text and the same offsets.
 */
import type { Request } from 'express';
import type { AppContext } from '../context.js';
import { megabytes, UserError } from '../errors.js';
import { extractText } from '../upload.js';

export interface Story {
  text: string;
  origin: 'text' | 'file' | 'sample';
  /** The file name or the sample's title, else null. */
  name: string | null;
}

function field(req: Request, name: string): string | undefined {
  const body = req.body as Record<string, unknown> | undefined;
  const value = body && typeof body === 'object' ? body[name] : undefined;
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw new UserError(400, `Send one “${name}” field.`, 'bad_form');
  return value;
}

export function normalizeNewlines(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

export function checkTextSize(text: string, ctx: Pick<AppContext, 'textLimit'>): void {
  if (text.length > ctx.textLimit || Buffer.byteLength(text, 'utf8') > ctx.textLimit) {
    throw new UserError(413, `The text is longer than the ${megabytes(ctx.textLimit)} limit. Check a shorter piece.`, 'text_too_large');
  }
}

export function emptyTextError(): UserError {
  return new UserError(422, 'There is no text to check. Paste a story, upload a file or pick a sample.', 'empty_text');
}

export async function readFormStory(req: Request, ctx: AppContext): Promise<Story> {
  let story: Story | null = null;
  if (req.file) {
    story = { text: await extractText(req.file, ctx), origin: 'file', name: req.file.originalname || null };
  } else {
    const text = field(req, 'text');
    if (text !== undefined && text.trim() !== '') story = { text, origin: 'text', name: null };
    else {
      const id = field(req, 'sample');
      if (id) {
        const sample = ctx.samples().find((s) => s.id === id);
        if (!sample) throw new UserError(400, 'That sample story does not exist (any more). Pick another.', 'unknown_sample');
        story = { text: sample.text, origin: 'sample', name: sample.title };
      }
    }
  }
  if (!story) throw emptyTextError();
  story.text = normalizeNewlines(story.text);
  checkTextSize(story.text, ctx);
  if (story.text.trim() === '') {
    throw story.origin === 'file' ? new UserError(422, `“${story.name ?? 'The file'}” contains no text to check.`, 'empty_text') : emptyTextError();
  }
  return story;
}
