/**
 * What `npm run train` learns from when no `--data` is given: PolNeAR train, and the gold stories
 * of training/ (written for this project to teach the speaker model the alternating exchanges
 * PolNeAR lacks; never scored by `npm run eval`).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The default training data, in order: a PolNeAR `.jsonl`, then a folder of gold stories. */
export function defaultTrainingData(root = ROOT): string[] {
  return [path.join(root, '..', 'shared', 'corpus', 'polnear-train.jsonl'), path.join(root, 'training')];
}
