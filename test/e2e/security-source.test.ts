// The dashboard's source never turns strings into markup or code: article text is data. A line that must
// use one of these APIs on something that is not article data says why with an `xss-reviewed:` comment.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from './harness';

const APP_SOURCE = path.join(REPO_ROOT, 'src/app');

const MARKUP_SINKS: [RegExp, string][] = [
  [/dangerouslySetInnerHTML/, 'dangerouslySetInnerHTML'],
  [/\.(innerHTML|outerHTML)\s*\+?=(?!=)/, 'assignment to innerHTML/outerHTML'],
  [/\binsertAdjacentHTML\s*\(/, 'insertAdjacentHTML'],
  [/\bdocument\.write(ln)?\s*\(/, 'document.write'],
  [/\bcreateContextualFragment\s*\(/, 'createContextualFragment'],
  [/(^|[^.\w])eval\s*\(/, 'eval'],
  [/\bnew\s+Function\s*\(/, 'new Function'],
  [/\bset(Timeout|Interval)\s*\(\s*['"`]/, 'setTimeout/setInterval with a string'],
];

function sourceFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.(ts|tsx)$/.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

describe('dashboard source', () => {
  it('has no markup or code sinks for strings', () => {
    const findings: string[] = [];
    for (const file of sourceFiles(APP_SOURCE)) {
      fs.readFileSync(file, 'utf8').split('\n').forEach((line, i) => {
        if (line.includes('xss-reviewed:')) return;
        for (const [pattern, what] of MARKUP_SINKS) {
          if (pattern.test(line)) findings.push(`${path.relative(REPO_ROOT, file)}:${i + 1} ${what}: ${line.trim()}`);
        }
      });
    }
    expect(findings).toEqual([]);
  });
});
