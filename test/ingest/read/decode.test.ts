import { describe, expect, it } from 'vitest';
import { decode, normaliseText } from '../../../src/ingest/read/decode';

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('decode', () => {
  it('reads UTF-8 with a BOM and normalises CRLF', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('巡视\r\n巡察\r第三行')]);
    const r = decode(bytes);
    expect(r.ok && r.text).toBe('巡视\n巡察\n第三行');
  });

  it('detects GB18030 text that is not UTF-8', () => {
    // 巡视组 in GB18030 / GBK
    const bytes = new Uint8Array([0xd1, 0xb2, 0xca, 0xd3, 0xd7, 0xe9]);
    const r = decode(bytes);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.encoding).toBe('gb18030');
      expect(r.text).toBe('巡视组');
    }
  });

  it('refuses empty files and binary files with a reason', () => {
    expect(decode(new Uint8Array())).toMatchObject({ ok: false, code: 'empty' });
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    const r = decode(png);
    expect(r).toMatchObject({ ok: false, code: 'binary' });
    expect(!r.ok && r.reason).toMatch(/PNG/);
    expect(decode(new Uint8Array([65, 66, 0, 67]))).toMatchObject({ ok: false, code: 'binary' });
  });

  it('keeps a file cut off inside a UTF-8 character, with a warning', () => {
    const full = utf8('发现问题9777个');
    const cut = full.subarray(0, full.length - 1); // drop the last byte of 个
    const r = decode(cut);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.text).toBe('发现问题9777');
      expect(r.warnings[0].code).toBe('truncated-utf8');
    }
  });

  it('removes control characters and lone surrogates but keeps tabs, newlines and real pairs', () => {
    expect(normaliseText('a\u0000b\u0007c\td\ne\u001bf')).toBe('abc\td\nef');
    expect(normaliseText('x\ud800y\udc00z😀')).toBe('xyz😀');
  });
  it('reads UTF-8 exactly as a strict TextDecoder does: one BOM dropped, every character kept, bad bytes refused', () => {
    const strict = new TextDecoder('utf-8', { fatal: true });
    const asStrict = (bytes: Uint8Array): string | null => {
      try {
        return normaliseText(strict.decode(bytes));
      } catch {
        return null;
      }
    };
    const cases: Uint8Array[] = [
      utf8('巡视组进驻，发现问题1.5万余个。ＡＢＣ　😀 ascii'),
      new Uint8Array([0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf, ...utf8('两个BOM')]), // the second is text, dropped later
      new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('\r\n')]),
      utf8('\ufeff中间\ufeff的BOM'),
      utf8('\u{10ffff}\ufffe末尾'),
      new Uint8Array([...utf8('巡察'), 0xed, 0xa0, 0x80]), // an encoded surrogate is not UTF-8
      new Uint8Array([...utf8('巡察'), 0xc0, 0x80]), // nor an overlong NUL
    ];
    // Random mixtures of ASCII, Chinese, 4-byte characters and stray bytes.
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
    const pieces = [utf8('问'), utf8('a'), utf8('😀'), utf8('，'), new Uint8Array([0x80]), new Uint8Array([0xe5])];
    for (let n = 0; n < 200; n++) {
      const parts: number[] = [];
      for (let k = next() % 12; k >= 0; k--) parts.push(...pieces[next() % pieces.length]);
      cases.push(new Uint8Array(parts));
    }
    let valid = 0;
    for (const bytes of cases) {
      const r = decode(bytes);
      const expected = asStrict(bytes);
      if (expected !== null) {
        valid++;
        expect(r.ok && r.encoding === 'utf-8' && r.text).toBe(expected);
      } else expect(r.ok && r.encoding === 'utf-8' && r.warnings.length === 0).toBe(false);
    }
    expect(valid).toBeGreaterThan(20);
  });
});
