/**
 * The scale-out files of deploy/ are shipped, not only described: the Kubernetes manifests parse
 * and say what they must, the Dockerfile has its stages, its non-root user and its health check,
 * and every `quotecheck` command line in them and in the README uses flags the CLI accepts.
 * Docker is not run here: the Dockerfile is read.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { parseCliArgs } from '../../src/cli/args.js';
import { getFormat } from '../../src/report/formats/registry.js';
import { root } from '../cli/helpers.js';
import { commandLines, markdownCode, pythonCode } from './command-lines.js';

const deploy = path.join(root, 'deploy');
const read = (rel: string) => fs.readFileSync(path.join(root, rel), 'utf8');

type Doc = Record<string, unknown>;

function manifests(rel: string): Doc[] {
  const docs = parseAllDocuments(read(rel));
  for (const d of docs) expect(d.errors, rel).toEqual([]);
  return docs.map((d) => d.toJS() as Doc);
}

/** Every string in a parsed YAML value. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

// biome-ignore lint/suspicious/noExplicitAny: manifests are free-form YAML, read field by field
type Any = any;

/** The Dockerfile's instructions: continuation lines joined, comments dropped. */
function instructions(dockerfile: string): { op: string; args: string }[] {
  const out: { op: string; args: string }[] = [];
  const joined = dockerfile.replace(/\\\n/g, ' ');
  for (const line of joined.split('\n')) {
    const t = line.trim();
    if (t === '' || t.startsWith('#')) continue;
    const m = /^(\w+)\s+(.*)$/.exec(t);
    if (m) out.push({ op: m[1]!.toUpperCase(), args: m[2]! });
  }
  return out;
}

/** Checks one command line as the CLI would parse it; returns why it is refused, or null. */
function refusal(words: string[]): string | null {
  try {
    const cmd = parseCliArgs(words, { jobs: 1 });
    if (cmd.command === 'analyze' && !getFormat(cmd.format)) return `unknown --format ${cmd.format}`;
    return null;
  } catch (e) {
    return (e as Error).message;
  }
}

describe('the command lines of the deploy files and the README', () => {
  it('are found, and a wrong flag among them would be caught', () => {
    expect(commandLines('x | quotecheck analyze --jsonl --jobs 4 --quiet "$d/shard-$i.jsonl" --out r.part # note')).toEqual([
      ['analyze', '--jsonl', '--jobs', '4', '--quiet', 'X/shard-X.jsonl', '--out', 'r.part'],
    ]);
    expect(commandLines("sh -c 'quotecheck summary --jsonl; s=$?'")).toEqual([['summary', '--jsonl']]);
    expect(commandLines('image: registry.example.org/quotecheck:0.1.0\nclaimName: quotecheck-data')).toEqual([]);
    expect(refusal(['analyze', '--jsonl', '--jobz', '4'])).toMatch(/jobz/);
    expect(refusal(['analyze', 'a.txt', '--format', 'docx'])).toMatch(/format/);
  });

  const sources: [string, string[][]][] = [];
  sources.push(['README.md', markdownCode(read('README.md')).flatMap((code) => commandLines(code))]);
  for (const rel of ['deploy/kubernetes/indexed-job.yaml', 'deploy/kubernetes/web.yaml']) {
    const docs = parseAllDocuments(read(rel)).map((d) => d.toJS() as Doc);
    const lines = strings(docs).flatMap((s) => commandLines(s));
    // A container of the quotecheck image without a command runs the image's entry point, quotecheck, with its args.
    for (const d of docs as Any[]) {
      for (const c of d?.spec?.template?.spec?.containers ?? []) if (!c.command && c.args) lines.push(c.args.map(String));
    }
    sources.push([rel, lines]);
  }
  sources.push(['deploy/spark/quotecheck_pipe.py', commandLines(pythonCode(read('deploy/spark/quotecheck_pipe.py')))]);
  sources.push(['deploy/spark/README.md', markdownCode(read('deploy/spark/README.md')).flatMap((code) => commandLines(code))]);
  const dockerfile = instructions(read('deploy/Dockerfile'));
  const entry = dockerfile.filter((i) => i.op === 'ENTRYPOINT').at(-1);
  const cmd = dockerfile.filter((i) => i.op === 'CMD').at(-1);
  sources.push(['deploy/Dockerfile', entry && cmd ? [JSON.parse(cmd.args) as string[]] : []]);

  it.each(sources)('%s: every quotecheck command line parses', (rel, lines) => {
    expect(lines.length, `${rel}: no quotecheck command line found`).toBeGreaterThan(0);
    const refused = lines.map((words) => ({ line: `quotecheck ${words.join(' ')}`, why: refusal(words) })).filter((r) => r.why !== null);
    expect(refused).toEqual([]);
  });

  it('the README shows the batch and scale-out commands, the deploy files among them', () => {
    const all = sources.find(([rel]) => rel === 'README.md')![1].map((w) => w.join(' '));
    expect(all.length).toBeGreaterThanOrEqual(15);
    const readme = read('README.md');
    for (const f of ['deploy/Dockerfile', 'deploy/kubernetes/indexed-job.yaml', 'deploy/kubernetes/web.yaml', 'deploy/spark/']) expect(readme).toContain(f);
  });
});

describe('the Kubernetes manifests', () => {
  it('indexed-job.yaml: an Indexed Job whose pods run a shell script on their shard, never restarted in place', () => {
    const [job] = manifests('deploy/kubernetes/indexed-job.yaml') as Any[];
    expect(job.kind).toBe('Job');
    expect(job.apiVersion).toBe('batch/v1');
    expect(job.spec.completionMode).toBe('Indexed');
    expect(job.spec.completions).toBeGreaterThan(0);
    expect(job.spec.parallelism).toBeGreaterThan(0);
    const pod = job.spec.template.spec;
    expect(pod.restartPolicy).toBe('Never');
    expect(pod.securityContext.runAsNonRoot).toBe(true);
    const [c] = pod.containers;
    expect(c.command).toEqual(['sh', '-c']);
    expect(c.args).toHaveLength(1);
    expect(c.args[0]).toContain('JOB_COMPLETION_INDEX');
    expect(c.resources.limits.cpu).toBe(c.resources.requests.cpu);
    // The data volume is mounted where the script looks.
    const data = c.env.find((e: Any) => e.name === 'QUOTECHECK_DATA').value;
    expect(c.volumeMounts.map((m: Any) => m.mountPath)).toContain(data);
  });

  it('web.yaml: a Deployment of `serve` and a Service in front of it, ready when /healthz answers', () => {
    const docs = manifests('deploy/kubernetes/web.yaml') as Any[];
    const dep = docs.find((d) => d.kind === 'Deployment');
    const svc = docs.find((d) => d.kind === 'Service');
    expect(dep).toBeDefined();
    expect(svc).toBeDefined();
    const pod = dep.spec.template;
    expect(dep.spec.selector.matchLabels).toEqual(pod.metadata.labels);
    expect(pod.metadata.labels).toMatchObject(svc.spec.selector);
    const [c] = pod.spec.containers;
    expect(c.args[0]).toBe('serve');
    expect(c.readinessProbe.httpGet.path).toBe('/healthz');
    expect(c.livenessProbe.httpGet.path).toBe('/healthz');
    // The probes and the Service reach the port the server listens on.
    const port = c.ports.find((p: Any) => p.name === c.readinessProbe.httpGet.port);
    expect(port.containerPort).toBe(Number(c.args[c.args.indexOf('--port') + 1]));
    expect(svc.spec.ports[0].targetPort).toBe(port.name);
    expect(c.args).toContain('0.0.0.0');
    expect(pod.spec.securityContext.runAsNonRoot).toBe(true);
    // Above the server's own grace (queue wait and the three budgets, 51 s by default).
    expect(pod.spec.terminationGracePeriodSeconds).toBeGreaterThan(51);
  });
});

describe('the Dockerfile', () => {
  const steps = instructions(read('deploy/Dockerfile'));
  const froms = steps.map((s, i) => ({ ...s, i })).filter((s) => s.op === 'FROM');

  it('builds in one stage and runs in another, from the compiled code and production dependencies only', () => {
    expect(froms.length).toBeGreaterThanOrEqual(2);
    const build = /\bAS\s+(\S+)/i.exec(froms[0]!.args)?.[1];
    expect(build).toBeDefined();
    const last = steps.slice(froms.at(-1)!.i);
    const runs = last.filter((s) => s.op === 'RUN').map((s) => s.args);
    expect(runs.some((r) => /\bnpm ci\b.*--omit=dev/.test(r))).toBe(true);
    expect(last.some((s) => s.op === 'COPY' && s.args.startsWith(`--from=${build} `) && /\bdist\b/.test(s.args))).toBe(true);
    // The first stage compiles with the build's own tsconfig.
    expect(steps.slice(0, froms.at(-1)!.i).some((s) => s.op === 'RUN' && s.args.includes('tsconfig.build.json'))).toBe(true);
  });

  it('runs as a user that is not root', () => {
    const last = steps.slice(froms.at(-1)!.i);
    const user = last
      .filter((s) => s.op === 'USER')
      .at(-1)
      ?.args.trim();
    expect(user).toBeDefined();
    expect(['root', '0', '0:0']).not.toContain(user);
    // The user is set before the entry point, after every RUN that installs.
    const userAt = steps.lastIndexOf(last.filter((s) => s.op === 'USER').at(-1)!);
    expect(steps.slice(userAt).some((s) => s.op === 'RUN')).toBe(false);
  });

  it('checks the health of `serve` on /healthz, at the port it listens on', () => {
    const check = steps.filter((s) => s.op === 'HEALTHCHECK');
    expect(check).toHaveLength(1);
    expect(check[0]!.args).toMatch(/\bCMD\b/);
    expect(check[0]!.args).toContain('/healthz');
    expect(check[0]!.args).toContain('process.env.PORT');
    const env = steps
      .filter((s) => s.op === 'ENV')
      .map((s) => s.args)
      .join(' ');
    expect(env).toMatch(/\bHOST=0\.0\.0\.0\b/);
    expect(env).toMatch(/\bPORT=3000\b/);
    expect(steps.find((s) => s.op === 'EXPOSE')?.args.trim()).toBe('3000');
    expect(JSON.parse(steps.filter((s) => s.op === 'ENTRYPOINT').at(-1)!.args)).toEqual(['quotecheck']);
    expect(JSON.parse(steps.filter((s) => s.op === 'CMD').at(-1)!.args)).toEqual(['serve']);
  });

  it('copies files that exist and that the build context does not leave out', () => {
    const ignored = read('deploy/Dockerfile.dockerignore')
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l !== '' && !l.startsWith('#'));
    const copies = steps.filter((s) => s.op === 'COPY' && !s.args.startsWith('--from='));
    expect(copies.length).toBeGreaterThan(0);
    for (const c of copies) {
      const parts = c.args.split(/\s+/);
      for (const src of parts.slice(0, -1)) {
        expect(fs.existsSync(path.join(root, src)), `COPY ${src}`).toBe(true);
        expect(ignored, `COPY ${src} is in the .dockerignore`).not.toContain(src.replace(/\/$/, ''));
      }
    }
    // The compiled CLI the image links as `quotecheck` is what the build stage makes.
    expect(steps.some((s) => s.op === 'RUN' && s.args.includes('dist/src/cli/main.js'))).toBe(true);
    expect(fs.existsSync(path.join(deploy, 'Dockerfile.dockerignore'))).toBe(true);
  });
});
