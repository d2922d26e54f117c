/**
 * The JSON API. POST /api/analyze takes `{"text": "…"}` (application/json) or the story
 * itself (text/plain) and answers with the JSON report; the text is used exactly as sent
 * (no newline normalisation), so offsets index into what the client sent. The body is read
 * as bytes here and decoded in the worker with the rest of the work. GET /api documents it.
 */
import express, { type RequestHandler } from 'express';
import { FORMATS } from '../../report/formats/registry.js';
import { charsetOf } from '../api-body.js';
import type { AppContext } from '../context.js';
import { megabytes, UserError } from '../user-error.js';

/** The API's body, as bytes: it is decoded and checked in the worker (api-body.ts). */
export function apiBody(ctx: AppContext): RequestHandler[] {
  return [
    express.raw({ limit: ctx.textLimit * 6 + 1024, type: ['application/json', 'application/*+json'] }),
    express.raw({ limit: ctx.textLimit, type: 'text/plain' }),
  ];
}

export function apiAnalyze(ctx: AppContext): RequestHandler {
  return async (req, res) => {
    if (!Buffer.isBuffer(req.body)) throw new UserError(415, 'Send application/json ({"text": "…"}) or text/plain.', 'unsupported_media_type');
    const type = req.is('text/plain') ? 'text' : 'json';
    const report = await ctx.run({ kind: 'api', body: req.body, type, charset: charsetOf(req.get('content-type')), settings: ctx.settings }, res);
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
