/** POST /report.<ext>: the report as a download, named after the story's headline. */
import type { RequestHandler } from 'express';
import { type ReportFormat, reportFilename } from '../../report/formats/registry.js';
import type { AppContext } from '../context.js';
import { formCorrections } from '../corrections-form.js';
import { formStoryInput } from './story-input.js';

export function download(ctx: AppContext, format: ReportFormat): RequestHandler {
  return async (req, res) => {
    const file = await ctx.run(
      { kind: 'download', format: format.name, story: formStoryInput(req, ctx), corrections: formCorrections(req), settings: ctx.settings },
      res,
    );
    res.set({
      'Content-Type': format.mediaType,
      'Content-Disposition': `attachment; filename="${reportFilename(file, format)}"`,
      'Cache-Control': 'no-store',
    });
    res.send(file.body);
  };
}
