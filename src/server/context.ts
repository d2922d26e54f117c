/** What the handlers share: resolved options, paths, the engine and the logger. */
import type { SourcingReport } from '../report/types.js';
import type { AppPaths } from './paths.js';
import type { Sample } from './samples.js';

export interface Logger {
  info(line: string): void;
  error(line: string): void;
}

export interface AppContext {
  paths: AppPaths;
  /** Largest story, in UTF-8 bytes. */
  textLimit: number;
  /** Largest upload, in bytes. */
  fileLimit: number;
  /** Largest total unpacked size of a .docx, in bytes. */
  unzippedLimit: number;
  check(text: string): SourcingReport;
  samples(): Sample[];
  log: Logger;
}
