/**
 * File uploads: multer with memory storage (nothing touches the disk) and limits. The text is
 * extracted later, in a worker thread (story.ts, with src/input/extract.ts's sniffing and
 * zip-bomb guards; a .docx with more paragraphs or runs than a story could have is a 413).
 */
import type { RequestHandler } from 'express';
import multer from 'multer';
import { UserError } from './errors.js';

export { ACCEPTED_EXTENSIONS } from '../input/extract.js';

export interface UploadLimits {
  /** Largest upload in bytes. */
  fileLimit: number;
  /** Largest form text field in bytes (as sent, before line endings are normalised). */
  fieldLimit: number;
  /** Largest total of a .docx's declared uncompressed sizes. */
  unzippedLimit: number;
}

/** Parses multipart/form-data (one file in the field `file`); passes other requests through. */
export function uploadMiddleware(limits: UploadLimits): RequestHandler {
  const single = multer({
    storage: multer.memoryStorage(),
    limits: { fileSize: limits.fileLimit, files: 1, fields: 8, fieldSize: limits.fieldLimit, parts: 10, headerPairs: 64 },
    defParamCharset: 'utf8',
  }).single('file');
  return (req, res, next) => {
    if (!req.is('multipart/form-data')) {
      next();
      return;
    }
    single(req, res, (err: unknown) => {
      if (!err) next();
      else if (err instanceof multer.MulterError || err instanceof UserError) next(err);
      else next(new UserError(400, 'The upload could not be read (a malformed form).', 'bad_upload'));
    });
  };
}
