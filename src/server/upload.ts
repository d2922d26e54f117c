/**
 * File uploads: multer with memory storage (nothing touches the disk) and limits, then the
 * text extraction shared with the command line (src/input/extract.ts): content sniffing and
 * .txt, .md, .html and .docx, with the zip-bomb guards. A file that is not what its name says
 * is a 415; a damaged .docx or a zip bomb is a 400; a .docx with more paragraphs or runs than a
 * story could have is a 413, as text over the limit is.
 */
import type { RequestHandler } from 'express';
import multer from 'multer';
import { ExtractError, extractText as extractFileText } from '../input/extract.js';
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

export interface UploadedFile {
  originalname: string;
  buffer: Buffer;
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

/** Extract the story's text from an uploaded file; throws UserError (415, 413 or 400) when it cannot. */
export async function extractText(file: UploadedFile, limits: Pick<UploadLimits, 'unzippedLimit'>): Promise<string> {
  try {
    return await extractFileText(file.buffer, file.originalname || '', { unzippedLimit: limits.unzippedLimit, otherExtensions: 'reject' });
  } catch (e) {
    if (e instanceof ExtractError) throw new UserError(e.status, e.message, e.code);
    throw e;
  }
}
