// Article shards, fetched when the list first shows one of their rows and kept for the session. A shard holds each
// article's figures compactly (core/shardFigures); they become records here, each one's counted flag from the index.
import type { Article, Fact } from '../../core/contract';
import type { ArticleShard, ArticleShardFile } from '../../core/schema';
import { factsOfShardFigures } from '../../core/shardFigures';
import { FLAG_COUNTED, type Columns } from '../state/columns';
import { loadShard } from './loadData';

/**
 * The shard with its figures as records. The k-th figure of the article at ordinal i is row factStart[i] + k of
 * the index: a shard whose articles do not have the index's number of figures is of another ingest, and refused.
 */
export function expandShard(file: ArticleShardFile, columns: Pick<Columns, 'factStart' | 'factFlags'>, name: string): ArticleShard {
  const { factStart, factFlags } = columns;
  const facts = file.articles.map((article, k) => {
    const ordinal = file.start + k;
    const entry = file.facts[k] ?? [];
    const first = factStart[ordinal];
    const count = entry.length === 0 ? 0 : entry[1].length;
    if (first === undefined || factStart[ordinal + 1] - first !== count) {
      throw new Error(`${name}: article ${article.id} has ${count} figures, the index ${ordinal < factStart.length - 1 ? factStart[ordinal + 1] - first : 'none'} (the files are of different runs)`);
    }
    return factsOfShardFigures(article.id, entry, (j) => (factFlags[first + j] & FLAG_COUNTED) !== 0);
  });
  return { schemaVersion: file.schemaVersion, start: file.start, articles: file.articles, facts };
}

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
    private readonly columns: Columns,
    private readonly load: (file: string) => Promise<ArticleShardFile> = (f) => loadShard(f),
  ) {}

  private get index(): Columns['index'] {
    return this.columns.index;
  }

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
      const name = this.index.shards[n];
      p = this.load(name).then((file) => {
        const shard = expandShard(file, this.columns, name);
        this.loaded.set(n, shard);
        return shard;
      });
      p.catch((error: unknown) => this.failed.set(n, error));
      this.shards.set(n, p);
    }
    return p;
  }
}
