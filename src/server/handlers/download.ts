/** POST /report.<ext>: the report as a download, named after the story's headline. */
import type { RequestHandler } from 'express';
import { type ReportFormat, renderToBuffer, reportFilename } from '../../report/formats/registry.js';
import type { AppContext } from '../context.js';
import { readFormStory } from './story-input.js';

export function download(ctx: AppContext, format: ReportFormat): RequestHandler {
  return async (req, res) => {
    const story = await readFormStory(req, ctx);
    const report = ctx.check(story.text);
    const body = await renderToBuffer(format, report, story.text);
    res.set({
      'Content-Type': format.mediaType,
      'Content-Disposition': `attachment; filename="${reportFilename(report, format)}"`,
      'Cache-Control': 'no-store',
    });
    res.send(body);
  };
}
