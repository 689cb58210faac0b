// Runs the ingest command as a child process, as a user would (tsx, from the repository root).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../../..');
const CLI = ['--import', 'tsx', join(ROOT, 'src/ingest/cli.ts')];

export function runCli(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [...CLI, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, INGEST_TIMINGS: '' } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

export function startCli(args: string[]): ChildProcess {
  return spawn(process.execPath, [...CLI, ...args], { cwd: ROOT, stdio: 'ignore' });
}

/** Every file under dir (relative path → bytes), for byte-for-byte comparisons of output folders. */
export function snapshot(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const visit = (rel: string) => {
    for (const name of readdirSync(join(dir, rel)).sort()) {
      const r = rel ? `${rel}/${name}` : name;
      if (statSync(join(dir, r)).isDirectory()) visit(r);
      else out.set(r, readFileSync(join(dir, r)).toString('base64'));
    }
  };
  visit('');
  return out;
}

interface Accounting {
  articles: { sources: { file: string; item?: number | string }[]; title: string; date: string | null }[];
  rejects: { source: { file: string }; code: string; reason: string }[];
  warnings: { source: { file: string }; code: string }[];
}

export function readOutput(dir: string): Accounting {
  const articles = JSON.parse(readFileSync(join(dir, 'articles.json'), 'utf8')).articles;
  const { rejects, warnings } = JSON.parse(readFileSync(join(dir, 'rejects.json'), 'utf8'));
  return { articles, rejects, warnings };
}

/** Files (relative paths) that are neither an article's source nor a reject. */
export function unaccounted(files: string[], out: Accounting): string[] {
  const seen = new Set([...out.articles.flatMap((a) => a.sources.map((s) => s.file)), ...out.rejects.map((r) => r.source.file)]);
  return files.filter((f) => !seen.has(f));
}
