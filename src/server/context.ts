/** What the handlers share: resolved options, paths, the job runner, readiness and the logger. */
import type { AdmissionStats } from './admission.js';
import type { AppPaths } from './paths.js';
import type { RunWeb } from './run.js';
import type { Sample } from './samples.js';
import type { WebSettings } from './web-jobs.js';

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
  /** The limits and options a job carries to its worker. */
  settings: WebSettings;
  /** Runs a request's job off the event loop and gives back its finished bytes. */
  run: RunWeb;
  /** For /readyz: whether to send more, and the figures behind it. */
  readiness(): { ready: boolean; threads: number } & AdmissionStats;
  samples(): Sample[];
  log: Logger;
}
