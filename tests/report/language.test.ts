/**
 * Stories not in English: the report says so (report.language), and so do the page, the API and
 * the CLI. Attribution is built for English news; the stories here are written for this test.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { MIN_LETTERS, storyLanguage } from '../../src/report/language.js';
import { runInProcess } from '../cli/helpers.js';
import { quietApp } from '../server/helpers/app.js';
import { report } from './findings/helpers.js';

const FRENCH = [
  'Grève au chantier naval de Saint-Brévin',
  '« Nous ne lâcherons rien », a déclaré Laurent Brun, délégué syndical, mardi matin devant les grilles du chantier.',
  'Les salariés attendent depuis trois semaines une réponse du ministre, qui promet une décision avant la fin du mois.',
  '« Le dossier est sur mon bureau », a assuré le ministre lors d’une visite à Nantes.',
].join('\n\n');
const GERMAN = [
  'Streik in der Hamburger Werft',
  '„Wir geben nicht auf“, sagte die Gewerkschafterin Anna Keller am Dienstag vor dem Werkstor.',
  'Die Beschäftigten warten seit drei Wochen auf eine Antwort des Ministers, und die Verhandlungen über die Zukunft der Werft ziehen sich hin.',
].join('\n\n');
const ENGLISH = [
  'Harbour council delays vote on ferry fares',
  '"We need more time to hear the islands," said Mayor Lena Dahl on Tuesday, after a long meeting about the budget.',
  'The vote on new fares was put off until March, and the ferry company said it would keep the winter timetable until then.',
].join('\n\n');

describe('storyLanguage', () => {
  it('tells French and German from English, and says what it means for the attribution', () => {
    const fr = storyLanguage(FRENCH);
    expect(fr).toMatchObject({ code: 'fra', name: 'French', english: false });
    expect(fr.note).toBe(
      'This story seems to be in French. quotecheck’s attribution is built for English news: check every speaker and figure, which may be wrong.',
    );
    expect(storyLanguage(GERMAN)).toMatchObject({ code: 'deu', name: 'German', english: false });
    expect(storyLanguage(ENGLISH)).toEqual({ code: 'eng', name: 'English', english: true, note: null });
  });

  it('does not guess on a short text', () => {
    const short = '« Non », a-t-il dit.';
    expect(short.replace(/\P{L}/gu, '').length).toBeLessThan(MIN_LETTERS);
    expect(storyLanguage(short)).toEqual({ code: 'und', name: null, english: null, note: null });
    expect(storyLanguage('')).toEqual({ code: 'und', name: null, english: null, note: null });
  });

  it('is part of the report', () => {
    expect(report(FRENCH).language.english).toBe(false);
    expect(report(ENGLISH).language.note).toBeNull();
  });
});

describe('a story not in English, everywhere', () => {
  it('is said plainly on the report page and in the API', async () => {
    const { app } = quietApp();
    const page = await request(app).post('/analyze').type('form').send({ text: FRENCH }).expect(200);
    expect(page.text).toContain(
      '<p class="notice language-note" role="note" lang="en">This story seems to be in French. quotecheck’s attribution is built for English news',
    );
    const english = await request(app).post('/analyze').type('form').send({ text: ENGLISH }).expect(200);
    expect(english.text).not.toContain('language-note');
    const api = await request(app).post('/api/analyze').send({ text: GERMAN }).expect(200);
    expect(api.body.language).toMatchObject({ code: 'deu', english: false });
    expect(api.body.language.note).toContain('in German');
  });

  it('is said on stderr by the CLI (not with --quiet), and carried in its JSON', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'quotecheck-language-'));
    fs.writeFileSync(path.join(dir, 'greve.txt'), FRENCH);
    const run = runInProcess;
    const loud = await run(['analyze', path.join(dir, 'greve.txt'), '--jobs', '1']);
    expect(loud.status).toBe(0);
    expect(loud.stderr).toContain('greve.txt: This story seems to be in French. quotecheck’s attribution is built for English news');
    expect(JSON.parse(loud.stdout).language.code).toBe('fra');
    const quiet = await run(['analyze', path.join(dir, 'greve.txt'), '--jobs', '1', '--quiet']);
    expect(quiet.stderr).not.toContain('French');
  }, 60_000);
});

describe('the quick look for plain English', () => {
  const SPANISH = [
    'Huelga en el astillero de Cádiz',
    '«No vamos a rendirnos», dijo el martes la sindicalista Ana Gil ante la puerta del astillero, rodeada de trabajadores.',
    'Los empleados esperan desde hace tres semanas una respuesta del ministro, que promete una decisión antes de fin de mes y una visita a la ciudad.',
    'La empresa asegura que los pedidos llegarán en primavera, pero los trabajadores no creen en esas promesas y piden un acuerdo por escrito.',
  ].join('\n\n');
  const PORTUGUESE = [
    'Greve no estaleiro de Setúbal',
    '«Não vamos desistir», disse a sindicalista Ana Gil na terça-feira, à porta do estaleiro, rodeada de trabalhadores e das suas famílias.',
    'Os trabalhadores esperam há três semanas uma resposta do ministro, que promete uma decisão antes do fim do mês e uma visita à cidade.',
    'A empresa garante que as encomendas chegam na primavera, mas os trabalhadores não acreditam nessas promessas e pedem um acordo escrito.',
  ].join('\n\n');

  it.each([
    ['Spanish', SPANISH, 'spa'],
    ['Portuguese', PORTUGUESE, 'por'],
  ])('does not take %s for English', (_name, text, code) => {
    const l = storyLanguage(text);
    expect(l.english).toBe(false);
    expect(l.code).toBe(code);
    expect(l.note).toMatch(/^This story seems to be in /);
  });

  it('takes plain English news for English', () => {
    const l = storyLanguage(ENGLISH);
    expect(l).toEqual({ code: 'eng', name: 'English', english: true, note: null });
  });
});
