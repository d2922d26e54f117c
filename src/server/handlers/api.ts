/**
 * The JSON API. POST /api/analyze takes `{"text": "…"}` (application/json) or the story
 * itself (text/plain) and answers with the JSON report; the text is used exactly as sent
 * (no newline normalisation), so offsets index into what the client sent. GET /api documents it.
 */
import express, { type RequestHandler } from 'express';
import { FORMATS } from '../../report/formats/registry.js';
import type { AppContext } from '../context.js';
import { megabytes, UserError } from '../user-error.js';

/** Body parsers for the API: JSON (with room for \u escapes) and plain text. */
export function apiBody(ctx: AppContext): RequestHandler[] {
  return [
    express.json({ limit: ctx.textLimit * 6 + 1024, strict: true, type: ['application/json', 'application/*+json'] }),
    express.text({ limit: ctx.textLimit, type: 'text/plain', defaultCharset: 'utf-8' }),
  ];
}

export function apiAnalyze(ctx: AppContext): RequestHandler {
  return async (req, res) => {
    let text: unknown;
    if (typeof req.body === 'string') text = req.body;
    else if (req.body && typeof req.body === 'object' && !Array.isArray(req.body)) {
      text = (req.body as Record<string, unknown>).text;
      if (text === undefined) throw new UserError(400, 'The JSON body needs a "text" field: {"text": "…"}.', 'missing_text');
      if (typeof text !== 'string') throw new UserError(400, 'The "text" field must be a string.', 'bad_text');
    } else if (req.body === undefined) {
      throw new UserError(415, 'Send application/json ({"text": "…"}) or text/plain.', 'unsupported_media_type');
    } else {
      throw new UserError(400, 'The JSON body must be an object: {"text": "…"}.', 'bad_json');
    }
    const report = await ctx.run({ kind: 'api', text: text as string, settings: ctx.settings }, res);
    res.set({ 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
    res.send(report.body);
  };
}

export function apiDocs(ctx: AppContext): RequestHandler {
  return (req, res) => {
    const host = req.get('host') ?? 'localhost:3000';
    res.render('api', {
      pageTitle: 'API',
      base: `${req.protocol}://${host}`,
      textLimit: megabytes(ctx.textLimit),
      fileLimit: megabytes(ctx.fileLimit),
      formats: FORMATS.map((f) => ({ label: f.label, path: `/report.${f.extension}`, mediaType: f.mediaType })),
    });
  };
}
