// One reusable byte buffer that a spill file's records are encoded into before they go to disk: no Buffer is made
// per record, and the buffer goes to the file in one system call per megabyte or so.
import { writeSync } from 'node:fs';

export class SpillBuffer {
  buf: Buffer;
  /** Bytes of `buf` in use. */
  used = 0;
  /** Bytes already handed to the file: the file position of buf[0]. */
  private flushed = 0;

  constructor(size: number) {
    this.buf = Buffer.allocUnsafeSlow(size);
  }

  /** The file position of the next byte written. */
  get position(): number {
    return this.flushed + this.used;
  }

  /**
   * Makes room for `n` more bytes: what is held goes to the file first (`fd()` opens it when needed), and a buffer
   * too small for `n` bytes is replaced by a larger one.
   */
  room(n: number, fd: () => number): void {
    if (this.buf.length - this.used >= n) return;
    this.flush(fd);
    if (this.buf.length < n) this.buf = Buffer.allocUnsafeSlow(Math.max(n, this.buf.length * 2));
  }

  /** Writes the bytes held to the file, in order, whatever number of calls it takes. */
  flush(fd: () => number): void {
    if (this.used === 0) return;
    const file = fd();
    let done = 0;
    while (done < this.used) done += writeSync(file, this.buf, done, this.used - done);
    this.flushed += this.used;
    this.used = 0;
  }

  /** Bytes as they are (room must have been made). */
  bytes(src: Uint8Array): void {
    this.buf.set(src, this.used);
    this.used += src.length;
  }

  /** A string's UTF-8 bytes (room for 3 bytes per UTF-16 unit must have been made). */
  utf8(s: string): void {
    this.used += this.buf.write(s, this.used);
  }
}
