/**
 * A request's job, from the handler's side: admitted and queued (admission.ts), run on the
 * pool, and its outcome turned into what the handler sends: the finished bytes, or a UserError
 * (what the user can fix, a story over its time budget, a busy server).
 */
import type { Response } from 'express';
import { seconds, TimeLimitError } from '../work/phases.js';
import type { Admission } from './admission.js';
import { UserError } from './user-error.js';
import type { WebJob } from './web-jobs.js';

export interface Finished {
  body: Buffer;
  /** The story's headline, for a download's file name. */
  title: string;
}

export type RunWeb = (job: WebJob, res: Response) => Promise<Finished>;

/** The 422 of a job whose phase ran over its time budget. */
export function tooComplex(e: TimeLimitError): UserError {
  const limit = seconds(e.limitMs);
  const message =
    e.phase === 'extraction'
      ? `This file is too complex to read within the time limit (${limit}). Nothing was stored; save it as plain text and try again.`
      : e.phase === 'pdf'
        ? `This story's PDF is too complex to make within the time limit (${limit}). Nothing was stored; try the HTML or Markdown download.`
        : `This story is too complex to analyse within the time limit (${limit}). Nothing was stored; try a shorter piece.`;
  return new UserError(422, message, 'too_complex');
}

export function webRunner(admission: Admission): RunWeb {
  return async (job, res) => {
    let result: Awaited<ReturnType<typeof admission.run<{ kind: 'web'; web: WebJob }>>>;
    try {
      result = await admission.run({ kind: 'web', web: job }, res);
    } catch (e) {
      if (e instanceof TimeLimitError) throw tooComplex(e);
      throw e;
    }
    if (!result.ok) throw new UserError(result.status, result.message, result.code);
    const { body } = result;
    return { body: Buffer.from(body.buffer, body.byteOffset, body.byteLength), title: result.title };
  };
}
