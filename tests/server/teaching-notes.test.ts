/**
 * The sample gallery's teaching notes are for teachers and students: what to notice about the
 * sourcing, never notes for developers about encodings, line endings or offsets.
 */
import { fileURLToPath } from 'node:url';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { loadSamples } from '../../src/server/samples.js';
import { TEACHING_NOTES, teachingNote } from '../../src/server/teaching-notes.js';
import { quietApp } from './helpers/app.js';

const SAMPLES = loadSamples(fileURLToPath(new URL('../../samples', import.meta.url)));
/** Words about the text's bytes, not its sourcing. */
const TECHNICAL =
  /\b(?:UTF-?\d+|unicode|encodings?|CRLF|line endings?|offsets?|code units?|emoji|combining|right to left|non-breaking|Windows|bytes?|parser|engine)\b/i;

describe('teaching notes', () => {
  it('has a note for every sample, about its sourcing, in plain words', () => {
    expect(SAMPLES.length).toBeGreaterThanOrEqual(10);
    for (const s of SAMPLES) {
      const note = TEACHING_NOTES[s.id];
      expect(note, s.id).toBeDefined();
      expect(note, s.id).not.toMatch(TECHNICAL);
      expect(note, s.id).toMatch(/\b(?:source|named|quote|says?|said|speak|words)\w*/i);
      expect(note?.charAt(0), s.id).toMatch(/\p{Lu}/u);
    }
    // The developer notes do talk about bytes: the gallery must not show them.
    expect(SAMPLES.some((s) => TECHNICAL.test(s.note))).toBe(true);
  });

  it('shows the teaching notes in the gallery, not the developer notes', async () => {
    const { app } = quietApp();
    const res = await request(app).get('/learn/samples').expect(200);
    const shown = [...res.text.matchAll(/<strong>Teaching note:<\/strong> ([^<]*)<\/p>/g)].map((m) => m[1] as string);
    expect(shown).toHaveLength(SAMPLES.length);
    for (const note of shown) expect(note).not.toMatch(TECHNICAL);
    expect(teachingNote({ id: 'not-a-sample', note: 'Its own note.' })).toBe('Its own note.');
  });
});
