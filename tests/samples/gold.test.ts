/**
 * The gold samples (samples/*.json) obey ANNOTATION.md and never drift from their
 * authoring sources (samples/src/*.story).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSample, type GoldSample, KINDS, SAMPLES_DIR, STORIES_DIR, serializeSample } from '../../scripts/build-samples.js';

const files = readdirSync(SAMPLES_DIR)
  .filter((f) => f.endsWith('.json'))
  .sort();
const samples = files.map((f) => ({
  file: f,
  raw: readFileSync(join(SAMPLES_DIR, f), 'utf8'),
  gold: JSON.parse(readFileSync(join(SAMPLES_DIR, f), 'utf8')) as GoldSample,
}));

const words = (s: string): number => s.match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu)?.length ?? 0;

describe('sample set', () => {
  it('has at least 10 samples with unique ids, one per .story file', () => {
    expect(samples.length).toBeGreaterThanOrEqual(10);
    const ids = samples.map((s) => s.gold.id);
    expect(new Set(ids).size).toBe(ids.length);
    const stories = readdirSync(STORIES_DIR)
      .filter((f) => f.endsWith('.story'))
      .map((f) => basename(f, '.story'))
      .sort();
    expect(ids).toEqual(stories);
  });

  it('has a diplomatic-meeting story whose unnamed palace source is quoted at least 6 times', () => {
    const found = samples.some(({ gold }) =>
      gold.sources.some((s) => s.kind === 'anonymous' && /palace/i.test(s.name) && gold.quotes.filter((q) => q.source === s.id).length >= 6),
    );
    expect(found).toBe(true);
  });

  it('covers every source kind, both justification values and unusual text', () => {
    const kinds = new Set<string>();
    const justified = new Set<boolean>();
    for (const { gold } of samples) {
      for (const q of gold.quotes) {
        const src = gold.sources.find((s) => s.id === q.source);
        kinds.add(src ? src.kind : 'unknown');
      }
      for (const s of gold.sources) if (s.justified !== undefined) justified.add(s.justified);
    }
    expect([...kinds].sort()).toEqual([...KINDS].sort());
    expect([...justified].sort()).toEqual([false, true]);
    const texts = samples.map((s) => s.gold.text);
    expect(texts.some((t) => t.includes('\r\n'))).toBe(true);
    expect(texts.some((t) => /\p{Extended_Pictographic}/u.test(t) && /\p{Script=Arabic}/u.test(t))).toBe(true);
    expect(texts.some((t) => t.includes('«'))).toBe(true);
  });
});

describe.each(samples)('$file', ({ file, raw, gold }) => {
  it('is exactly what build-samples makes of its .story file', () => {
    const storyPath = join(STORIES_DIR, `${basename(file, '.json')}.story`);
    expect(existsSync(storyPath)).toBe(true);
    const built = buildSample(gold.id, readFileSync(storyPath, 'utf8'));
    expect(raw).toBe(serializeSample(built));
  });

  it('has the gold shape of ANNOTATION.md', () => {
    expect(Object.keys(gold)).toEqual(['id', 'title', 'note', 'text', 'sources', 'quotes']);
    expect(gold.id).toBe(basename(file, '.json'));
    expect(gold.note.length).toBeGreaterThan(20);
    expect(gold.title).toBe(gold.text.split(/\r?\n/)[0]);
    for (const s of gold.sources) {
      expect(KINDS).toContain(s.kind);
      expect(Array.isArray(s.aliases)).toBe(true);
      if (s.kind === 'anonymous') expect(typeof s.justified).toBe('boolean');
      else expect(s).not.toHaveProperty('justified');
    }
    const ids = gold.sources.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('is a wire story of 250 to 700 words in paragraphs', () => {
    const n = words(gold.text);
    expect(n).toBeGreaterThanOrEqual(250);
    expect(n).toBeLessThanOrEqual(700);
    expect(gold.text.split(/\r?\n\r?\n/).length).toBeGreaterThan(5);
  });

  it('names every source and alias as the story does', () => {
    const text = gold.text.toLowerCase();
    const missing = gold.sources.flatMap((s) => [s.name, ...s.aliases].filter((name) => !text.includes(name.toLowerCase())).map((name) => `${s.id}: ${name}`));
    expect(missing).toEqual([]);
  });

  it('has quotes that slice the text, in order, without overlap, with known sources', () => {
    const ids = new Set(gold.sources.map((s) => s.id));
    let last = 0;
    for (const q of gold.quotes) {
      expect(gold.text.slice(q.start, q.end)).toBe(q.text);
      expect(q.start).toBeGreaterThanOrEqual(last);
      expect(q.end).toBeGreaterThan(q.start);
      last = q.end;
      if (q.source !== null) expect(ids.has(q.source), q.source).toBe(true);
    }
  });
});
