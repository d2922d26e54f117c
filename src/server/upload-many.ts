/**
 * Uploads of several stories at once (POST /learn/compare): up to `maxFiles` files in the field
 * `files`, in memory, each under the upload limit and all of them together under it too (a
 * storage engine counts the bytes of the whole request, so ten files cannot take ten times the
 * memory of one). Text extraction is upload.ts's, with the same checks.
 */
import type { Request, RequestHandler } from 'express';
import multer from 'multer';
import { megabytes, UserError } from './errors.js';
import type { UploadLimits } from './upload.js';

interface StoredFile {
  buffer: Buffer;
  size: number;
}

/** Memory storage with one byte budget per request. */
function cappedMemoryStorage(cap: number): multer.StorageEngine {
  const used = new WeakMap<Request, number>();
  return {
    _handleFile(req, file, cb) {
      const chunks: Buffer[] = [];
      let size = 0;
      let done = false;
      const finish = (err: Error | null, info?: StoredFile) => {
        if (done) return;
        done = true;
        cb(err, info);
      };
      file.stream.on('data', (chunk: Buffer) => {
        if (done) return;
        size += chunk.length;
        const total = (used.get(req) ?? 0) + chunk.length;
        used.set(req, total);
        if (total > cap) {
          file.stream.resume();
          finish(new UserError(413, `The files together are larger than the ${megabytes(cap)} upload limit.`, 'files_too_large'));
          return;
        }
        chunks.push(chunk);
      });
      file.stream.on('error', (err: Error) => finish(err));
      file.stream.on('end', () => finish(null, { buffer: Buffer.concat(chunks), size }));
    },
    _removeFile(_req, file, cb) {
      (file as { buffer?: Buffer }).buffer = undefined;
      cb(null);
    },
  };
}

/** Parses multipart/form-data with up to `maxFiles` files in `files`; passes other requests through. */
export function uploadManyMiddleware(limits: UploadLimits & { maxFiles: number }): RequestHandler {
  const many = multer({
    storage: cappedMemoryStorage(limits.fileLimit),
    limits: { fileSize: limits.fileLimit, files: limits.maxFiles, fields: 8, fieldSize: limits.fieldLimit, parts: limits.maxFiles + 8, headerPairs: 64 },
    defParamCharset: 'utf8',
  }).array('files', limits.maxFiles);
  return (req, res, next) => {
    if (!req.is('multipart/form-data')) {
      next();
      return;
    }
    many(req, res, (err: unknown) => {
      if (!err) next();
      else if (err instanceof multer.MulterError && (err.code === 'LIMIT_FILE_COUNT' || err.code === 'LIMIT_UNEXPECTED_FILE'))
        next(new UserError(400, `Upload at most ${limits.maxFiles} files, in the field named “files”.`, 'bad_upload'));
      else if (err instanceof multer.MulterError || err instanceof UserError) next(err);
      else next(new UserError(400, 'The upload could not be read (a malformed form).', 'bad_upload'));
    });
  };
}
