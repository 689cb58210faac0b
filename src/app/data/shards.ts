// Article shards, fetched when the list first shows one of their rows and kept for the session.
import type { Article, Fact } from '../../core/contract';
import type { ArticleIndex, ArticleShard } from '../../core/schema';
import { loadShard } from './loadData';

export interface ArticleRecord {
  article: Article;
  facts: Fact[];
}

export class ShardCache {
  private readonly shards = new Map<number, Promise<ArticleShard>>();
  private readonly loaded = new Map<number, ArticleShard>();
  /** Shards that could not be loaded, with why: not retried on every render, explained to the reader instead. */
  private readonly failed = new Map<number, unknown>();

  constructor(
    private readonly index: ArticleIndex,
    private readonly load: (file: string) => Promise<ArticleShard> = (f) => loadShard(f),
  ) {}

  shardOf(ordinal: number): number {
    return Math.floor(ordinal / this.index.shardSize);
  }

  /** The article at an ordinal if its shard is loaded, else undefined. */
  get(ordinal: number): ArticleRecord | undefined {
    const shard = this.loaded.get(this.shardOf(ordinal));
    if (!shard) return undefined;
    const k = ordinal - shard.start;
    return { article: shard.articles[k], facts: shard.facts[k] };
  }

  /** Why the shard holding this ordinal could not be loaded (the file and the error), if it could not. */
  problemOf(ordinal: number): { file: string; error: unknown } | undefined {
    const n = this.shardOf(ordinal);
    return this.failed.has(n) ? { file: this.index.shards[n], error: this.failed.get(n) } : undefined;
  }

  /** Loads the shards holding these ordinals; resolves when all are in. */
  async ensure(ordinals: Iterable<number>): Promise<void> {
    const wanted = new Set<number>();
    for (const o of ordinals) wanted.add(this.shardOf(o));
    await Promise.all([...wanted].map((n) => this.fetch(n)));
  }

  private fetch(n: number): Promise<ArticleShard> {
    let p = this.shards.get(n);
    if (!p) {
      p = this.load(this.index.shards[n]).then((shard) => {
        this.loaded.set(n, shard);
        return shard;
      });
      p.catch((error: unknown) => this.failed.set(n, error));
      this.shards.set(n, p);
    }
    return p;
  }
}
