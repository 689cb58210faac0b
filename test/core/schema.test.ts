import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../../src/core/contract';
import { checkFile, ManifestSchema, ArticlesFileSchema } from '../../src/core/schema';
import { article, sampleManifest } from '../app/fixtures';

describe('checkFile', () => {
  it('accepts a valid manifest', () => {
    expect(checkFile(ManifestSchema, sampleManifest())).toEqual({ ok: true, value: sampleManifest() });
  });

  it('refuses another schema version before looking at the shape', () => {
    const r = checkFile(ManifestSchema, { schemaVersion: SCHEMA_VERSION + 1 });
    expect(r).toMatchObject({ ok: false, problem: 'version' });
  });

  it('says where the shape is wrong', () => {
    const bad = { schemaVersion: SCHEMA_VERSION, articles: [{ ...article('x', '2022-01-01', ['广东']), date: '22/01/2022' }] };
    const r = checkFile(ArticlesFileSchema, bad);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.problem).toBe('shape');
      expect(r.detail).toContain('articles.0.date');
    }
  });

  it('refuses a value that is not an object', () => {
    expect(checkFile(ManifestSchema, null)).toMatchObject({ ok: false });
    expect(checkFile(ManifestSchema, [1, 2])).toMatchObject({ ok: false });
  });
});
