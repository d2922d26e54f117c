/**
 * The web app's work, done in a worker thread (or inline when a test injects the engine): the
 * story prepared (a file read, newlines normalised, the limits checked), checked, and rendered
 * into the finished bytes of the answer: the report page, a classroom page, a download or the
 * API's JSON. What the user can fix comes back as { ok: false } with the status and message.
 */
import { createRenderer, type Renderer } from '../render/templates.js';
import { renderWorksheetDocument } from '../render/worksheet-document.js';
import { compareRows, splitStories } from '../report/compare.js';
import { parseCorrections } from '../report/corrections/parse.js';
import { type Correction, CorrectionsError } from '../report/corrections/types.js';
import { buildExercise, gradeExercise, missingAnswers } from '../report/exercise.js';
import { compareCsv } from '../report/formats/compare-csv.js';
import { getFormat, renderToBuffer } from '../report/formats/registry.js';
import { renderWorksheetPdf } from '../report/formats/worksheet-pdf.js';
import type { SourcingReport } from '../report/types.js';
import type { JobHooks } from '../work/phases.js';
import { type ApiBodyType, apiInput } from './api-body.js';
import type { ClassroomFile } from './classroom-files.js';
import { type CorrectionsPost, correctionsOf } from './corrections-form.js';
import { compareView, exerciseView, explainView, MAX_COMPARE, reportView, resultView } from './page-views.js';
import { checkTextSize, emptyTextError, fileText, normalizeNewlines, prepareStory, type Story, type StoryInput, type StoryLimits } from './story.js';
import { UserError } from './user-error.js';

export interface WebSettings extends StoryLimits {
  /** Cache compiled templates (false re-reads views/ on every render, for editing them). */
  viewCache: boolean;
}

export type PageView = 'report' | 'learn-explain' | 'learn-exercise';

export type WebJob =
  /** POST /api/analyze: the JSON report of the text exactly as sent (the body's bytes, decoded here). */
  | { kind: 'api'; body: Uint8Array; type: ApiBodyType; charset: string | null; settings: WebSettings }
  /**
   * The report page or a classroom page of one story, with the editor's corrections (the list and
   * the page's button); `fragment`: the page's body alone, for the page's script to swap in.
   */
  | { kind: 'page'; view: PageView; story: StoryInput; corrections: CorrectionsPost | null; fragment?: boolean; settings: WebSettings }
  /** POST /report.<format>. */
  | { kind: 'download'; format: string; story: StoryInput; corrections: CorrectionsPost | null; settings: WebSettings }
  /** POST /learn/worksheet.pdf, /learn/answer-key.pdf, /learn/exercise.html: the exercise to print or hand out. */
  | { kind: 'classroom-file'; file: ClassroomFile; story: StoryInput; corrections: CorrectionsPost | null; settings: WebSettings }
  /** POST /learn/exercise/check: the story, the `answer-<quote id>` fields and the corrected key. */
  | { kind: 'exercise-check'; text: string; answers: Record<string, string>; corrections: CorrectionsPost | null; settings: WebSettings }
  /**
   * POST /learn/compare (`page`) and /learn/compare.csv (`csv`): the `stories` field (split at
   * lines of ---), whole stories (`story`, repeated: the comparison page posts its stories back),
   * uploaded files and samples' texts.
   */
  | {
      kind: 'compare';
      format?: 'page' | 'csv';
      stories: string | null;
      texts?: string[];
      files: { bytes: Uint8Array; name: string }[];
      samples: string[];
      settings: WebSettings;
    };

/** What /learn/compare says when no story was given: the form comes again with it. */
export const NOTHING_TO_COMPARE = 'Choose the stories to compare first: paste them separated by a line of ---, upload files, or tick samples.';

export type WebResult = { ok: true; body: Uint8Array; title: string } | { ok: false; status: number; code: string; message: string };

/** This thread's renderer, made on the first page it renders. */
let renderer: Renderer | null = null;

function page(name: string, locals: object, settings: WebSettings, fragment = false): string {
  renderer ??= createRenderer({ cache: settings.viewCache });
  return fragment ? renderer.document(name, locals) : renderer.page(name, locals);
}

/** The API's `corrections` (absent: none); a malformed list is a 400. */
function apiCorrections(value: unknown): Correction[] {
  if (value === undefined || value === null) return [];
  try {
    return parseCorrections(value);
  } catch (e) {
    if (e instanceof CorrectionsError) throw new UserError(400, `The corrections are not valid: ${e.message}.`, 'bad_corrections');
    throw e;
  }
}

const encoder = new TextEncoder();

function done(body: string | Uint8Array, title: string): WebResult {
  return { ok: true, body: typeof body === 'string' ? encoder.encode(body) : body, title };
}

async function prepare(input: StoryInput, settings: WebSettings, hooks: JobHooks): Promise<Story> {
  return prepareStory(input, settings, () => hooks.phase('extraction'));
}

export async function runWebJob(job: WebJob, hooks: JobHooks): Promise<WebResult> {
  try {
    return await run(job, hooks);
  } catch (e) {
    if (e instanceof UserError) return { ok: false, status: e.status, code: e.code, message: e.message };
    throw e;
  }
}

async function run(job: WebJob, hooks: JobHooks): Promise<WebResult> {
  const { settings } = job;
  switch (job.kind) {
    case 'api': {
      hooks.phase('analysis');
      const { text, corrections } = apiInput(job.body, job.type, job.charset);
      checkTextSize(text, settings);
      if (text.trim() === '') throw emptyTextError();
      const report = hooks.check(text, { corrections: apiCorrections(corrections) });
      return done(JSON.stringify(report), report.title);
    }
    case 'page': {
      const story = await prepare(job.story, settings, hooks);
      hooks.phase('analysis');
      const corrections = correctionsOf(job.corrections, story.text);
      const report = hooks.check(story.text, { corrections });
      const locals =
        job.view === 'report'
          ? reportView(report, story, corrections)
          : job.view === 'learn-explain'
            ? explainView(report, story)
            : exerciseView(report, story, corrections);
      return done(page(job.view, locals, settings, job.fragment === true), report.title);
    }
    case 'download': {
      const format = getFormat(job.format);
      if (!format) throw new Error(`unknown format ${job.format}`);
      const story = await prepare(job.story, settings, hooks);
      hooks.phase('analysis');
      const report = hooks.check(story.text, { corrections: correctionsOf(job.corrections, story.text) });
      if (format.name === 'pdf') hooks.phase('pdf');
      const bytes = await renderToBuffer(format, report, story.text);
      return done(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), report.title);
    }
    case 'classroom-file': {
      const story = await prepare(job.story, settings, hooks);
      hooks.phase('analysis');
      const report = hooks.check(story.text, { corrections: correctionsOf(job.corrections, story.text) });
      if (job.file === 'exercise-html') {
        renderer ??= createRenderer({ cache: settings.viewCache });
        return done(renderWorksheetDocument(report, story.text, renderer), report.title);
      }
      hooks.phase('pdf');
      const bytes = await renderWorksheetPdf(report, story.text, job.file);
      return done(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), report.title);
    }
    case 'exercise-check': {
      hooks.phase('analysis');
      const text = normalizeNewlines(job.text);
      checkTextSize(text, settings);
      if (text.trim() === '') throw emptyTextError();
      const corrections = correctionsOf(job.corrections, text);
      const report = hooks.check(text, { corrections });
      // Nothing or not everything answered: the exercise again, saying what is missing, not a score of 0.
      if (missingAnswers(buildExercise(report), job.answers).length > 0)
        return done(page('learn-exercise', exerciseView(report, { text }, corrections, job.answers), settings), report.title);
      return done(page('learn-result', resultView(report, text, gradeExercise(report, text, job.answers)), settings), report.title);
    }
    case 'compare': {
      const texts: string[] = [];
      if (job.stories !== null) texts.push(...splitStories(normalizeNewlines(job.stories)));
      for (const t of job.texts ?? []) texts.push(normalizeNewlines(t));
      if (job.files.length > 0) hooks.phase('extraction');
      for (const file of job.files) texts.push(normalizeNewlines(await fileText(file.bytes, file.name, settings)));
      texts.push(...job.samples.map(normalizeNewlines));
      hooks.phase('analysis');
      const stories = texts.filter((t) => t.trim() !== '');
      if (stories.length === 0) throw new UserError(422, NOTHING_TO_COMPARE, 'nothing_to_compare');
      if (stories.length > MAX_COMPARE)
        throw new UserError(400, `Compare at most ${MAX_COMPARE} stories at once (you sent ${stories.length}).`, 'too_many_stories');
      checkTextSize(stories.join('\n'), settings);
      const reports: SourcingReport[] = stories.map((t) => hooks.check(t));
      if (job.format === 'csv') return done(compareCsv(compareRows(reports)), 'comparison');
      return done(page('learn-compare', { ...compareView(reports), stories }, settings), '');
    }
  }
}
