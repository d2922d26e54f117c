/** `report.tool`: what made a report, so that runs over an archive can be compared. */
import { describe, expect, it } from 'vitest';
import { DATA_VERSIONS } from '../../src/analysis/lexicon/knowledge.js';
import { check } from '../../src/index.js';
import { ENGINE_VERSION, VERSION } from '../../src/version.js';

describe('report.tool', () => {
  it('names the package, the engine and the hash of each generated data file', () => {
    const { tool } = check('Fares rise\n\n"Fares will rise," said Marta Kovane.');
    expect(tool).toEqual({ name: 'quotecheck', version: VERSION, engine: ENGINE_VERSION, data: DATA_VERSIONS });
    expect(Object.keys(tool.data).sort()).toEqual(['first-names.ts', 'nouns.ts', 'places.ts', 'verbs.ts']);
    for (const hash of Object.values(tool.data)) expect(hash).toMatch(/^\S{6,}$/);
  });

  it('survives JSON, as the API and the CLI send it', () => {
    const { tool } = JSON.parse(JSON.stringify(check('Fares rise')));
    expect(tool.data).toEqual({ ...DATA_VERSIONS });
    expect(typeof tool.engine).toBe('string');
  });
});
