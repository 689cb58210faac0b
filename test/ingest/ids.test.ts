import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { articleId, shortHash } from '../../src/ingest/ids';

const sha1 = (s: string) => createHash('sha1').update(s).digest('hex');

describe('ids', () => {
  it('are the leading hex digits of the SHA-1 of what they name', () => {
    expect(shortHash('巡视/1')).toBe(sha1('巡视/1').slice(0, 12));
    expect(shortHash('x', 16)).toBe(sha1('x').slice(0, 16));
  });

  it('name an article by its file and item', () => {
    expect(articleId({ file: 'a/b.md' })).toBe(sha1('a/b.md').slice(0, 12));
    expect(articleId({ file: 'day.json', item: 3 })).toBe(sha1('day.json#3').slice(0, 12));
  });
});
