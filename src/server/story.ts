/**
 * A story as the web app checks it, and the steps that make one out of what a form sent: the
 * text of an uploaded file (extracted in a worker thread: .docx and .html are the costly ones),
 * line endings normalised to \n (browsers send CRLF, and the report page and the downloads
 * posted back from it must see the same offsets), then the size and emptiness checks.
 */
import { dropBoilerplateLines } from '../input/boilerplate.js';
import { ExtractError, extractText } from '../input/extract.js';
import { megabytes, UserError } from './user-error.js';

export interface Story {
  text: string;
  origin: 'text' | 'file' | 'sample';
  /** The file name or the sample's title, else null. */
  name: string | null;
}

/** What a form sent for one story: text (pasted or a sample's) or a file still to be read. */
export type StoryInput = { origin: 'text' | 'sample'; text: string; name: string | null } | { origin: 'file'; bytes: Uint8Array; name: string };

export interface StoryLimits {
  /** Largest story, in UTF-8 bytes. */
  textLimit: number;
  /** Largest total unpacked size of a .docx, in bytes. */
  unzippedLimit: number;
}

export function normalizeNewlines(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

export function checkTextSize(text: string, limits: Pick<StoryLimits, 'textLimit'>): void {
  if (text.length > limits.textLimit || Buffer.byteLength(text, 'utf8') > limits.textLimit) {
    throw new UserError(413, `The text is longer than the ${megabytes(limits.textLimit)} limit. Check a shorter piece.`, 'text_too_large');
  }
}

export function emptyTextError(): UserError {
  return new UserError(422, 'There is no text to check. Paste a story, upload a file or pick a sample.', 'empty_text');
}

/** The text of an uploaded file; UserError (415, 413 or 400) when there is none. */
export async function fileText(bytes: Uint8Array, name: string, limits: Pick<StoryLimits, 'unzippedLimit'>): Promise<string> {
  try {
    const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    return await extractText(buf, name, { unzippedLimit: limits.unzippedLimit, otherExtensions: 'reject' });
  } catch (e) {
    if (e instanceof ExtractError) throw new UserError(e.status, e.message, e.code);
    throw e;
  }
}

/** The story ready to check; `extracting` is called before a file is read. */
export async function prepareStory(input: StoryInput, limits: StoryLimits, extracting: () => void = () => {}): Promise<Story> {
  let story: Story;
  if (input.origin === 'file') {
    extracting();
    story = { text: await fileText(input.bytes, input.name, limits), origin: 'file', name: input.name || null };
  } else story = { text: input.text, origin: input.origin, name: input.name };
  story.text = normalizeNewlines(story.text);
  checkTextSize(story.text, limits);
  // A story copied from a web page brings its menus, share bars and copyright lines along.
  if (story.origin === 'text') story.text = dropBoilerplateLines(story.text);
  if (story.text.trim() === '') {
    throw story.origin === 'file' ? new UserError(422, `“${story.name ?? 'The file'}” contains no text to check.`, 'empty_text') : emptyTextError();
  }
  return story;
}
