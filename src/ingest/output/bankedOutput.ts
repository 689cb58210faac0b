// The output files copied from banked bytes (facts.json, articles.json, the dashboard's article and search-text
// shards): for each, the plan of the blocks it is made of (output/bankedFiles) and the generic writer's text around
// them, handed to the copying thread as soon as the records are known. writeOutput starts them, then renders the
// rest while they are copied.
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { SCHEMA_VERSION, type Article } from '../../core/contract';
import { appShardPath, appTextShardPath, type SearchText } from '../../core/schema';
import type { FigureRun } from '../combine/figureTable';
import { articleShards, TEXT_SHARD_SIZE, textShardCount, type AppOrder, type ShardValue } from './appFiles';
import type { WrittenElsewhere } from './atomicDir';
import { planBlocks, planRuns, type BankedFile, type BankedFilesThread, type SpillFiles } from './bankedFiles';
import type { FactBlockReader, SpillBlock } from './factBlocks';
import { stableJsonFrame, type ChunkOptions } from './stableJson';

/** Banked figures: their bytes (reader), and the thread that copies them into whole files. */
export interface Banked {
  reader: FactBlockReader;
  /** Where each article's record was banked (output/bankArticles). */
  articles: Map<string, SpillBlock>;
  /** Where each article's search text was banked (output/bankSearchTexts), when they were. */
  searchTexts?: Map<string, SpillBlock>;
  /** Where each article's figures in the shards' form were banked (output/bankFigures), when they were. */
  shardFigures?: Map<string, SpillBlock>;
  spill: SpillFiles;
  thread: BankedFilesThread;
  /** The output's temporary folder, made before rendering: the files made of banked bytes are started there at once. */
  dir: string;
  /** The waits of the files started before the others. */
  started: (() => void)[];
  /** The counted flag of each figure's row (the figure table's), once the records are known. */
  counted?: Uint8Array;
}

/**
 * A file started now at `path` (its copy runs while the rest is rendered); start gives its wait. The wait is kept
 * in `banked.started` too, so that a failed write lets the copying finish before the folder is removed.
 */
function startedAt(banked: Banked, content: WrittenElsewhere, path: string): WrittenElsewhere {
  const written = content.start(path);
  banked.started.push(written);
  return {
    start: (at) => {
      if (at !== path) throw new Error(`${path} was started, not ${at}`);
      return written;
    },
  };
}

/** A top-level array of a file copied from banked bytes: its key and the plan (null when some bytes are missing). */
interface BankedMember {
  key: string;
  plan: Float64Array | null;
}

/** The facts file's member: each article's figures, their counted flags as de-duplication set them. */
function factsFileMember(banked: Banked, runs: FigureRun[]): BankedMember {
  const plan = runs.length > 0 && banked.counted ? planRuns(runs, banked.counted, banked.reader.where, banked.spill) : null;
  return { key: 'facts', plan };
}

/** A shard's member of figures: each article's entry in the shards' form (no counted flags: the index has them). */
function shardFiguresMember(banked: Banked, runs: FigureRun[]): BankedMember {
  const where = banked.shardFigures;
  return { key: 'facts', plan: where && runs.length > 0 ? planBlocks(runs.map((r) => r.articleId), where, banked.spill) : null };
}

function articlesMember(banked: Banked, articles: Article[]): BankedMember {
  return { key: 'articles', plan: articles.length > 0 ? planBlocks(articles.map((a) => a.id), banked.articles, banked.spill) : null };
}

/**
 * A file whose top-level arrays `members` (in key order) are copied from banked bytes by the copying thread; the
 * text around them is the generic writer's (stableJsonFrame), made when the file is started. Null when some
 * member's bytes are missing: the generic writer then writes the file.
 */
function bankedFile(banked: Banked, value: Record<string, unknown>, members: BankedMember[], writers: ChunkOptions): WrittenElsewhere | null {
  if (members.some((m) => m.plan === null)) return null;
  return {
    start: (path) => {
      const texts = stableJsonFrame(value, members.map((m) => m.key), writers);
      const parts: BankedFile['parts'] = [texts[0]];
      members.forEach((m, i) => parts.push({ plan: m.plan! }, texts[i + 1]));
      return banked.thread.write(path, { parts });
    },
  };
}

/** A shard: its articles from their banked records when every one has them (else written here), its figures banked. */
function bankedShard(banked: Banked, shard: ShardValue, articleWriter: (item: unknown) => string): WrittenElsewhere | null {
  const articles = articlesMember(banked, shard.articles);
  const members = articles.plan ? [articles, shardFiguresMember(banked, shard.facts)] : [shardFiguresMember(banked, shard.facts)];
  return bankedFile(banked, { ...shard }, members, { records: { articles: articleWriter } });
}

/** The ids of each search-text shard's articles, in the dashboard's order. */
function textShardIds({ ordered }: AppOrder): string[][] {
  return Array.from({ length: textShardCount(ordered.length) }, (_, i) => ordered.slice(i * TEXT_SHARD_SIZE, (i + 1) * TEXT_SHARD_SIZE).map((a) => a.id));
}

/** A search-text shard from banked texts (there is no other source of them: a missing one stops the write). */
function bankedTextShard(banked: Banked, where: Map<string, SpillBlock>, ids: string[], i: number): WrittenElsewhere | null {
  const value: SearchText = { schemaVersion: SCHEMA_VERSION, start: i * TEXT_SHARD_SIZE, text: ids };
  if (ids.length === 0) return null; // an empty shard has no place for elements: written here ([])
  const plan = planBlocks(ids, where, banked.spill);
  if (!plan) throw new Error(`Refusing to write ${appTextShardPath(i)}: the search text of an article in it was not banked.`);
  return bankedFile(banked, value, [{ key: 'text', plan }], {});
}

/** Sampled article records must still be what was banked for them (a step that changed one must drop its bytes). */
const ARTICLE_CHECK_FIRST = 200;
const ARTICLE_CHECK_EVERY = 1000;

function checkArticleBytes(banked: Banked, articles: Article[]): void {
  articles.forEach((a, i) => {
    if (i >= ARTICLE_CHECK_FIRST && i % ARTICLE_CHECK_EVERY !== 0) return;
    const at = banked.articles.get(a.id);
    if (at && !banked.reader.bytes(at).equals(Buffer.from(JSON.stringify(a)))) {
      throw new Error(`Refusing to write articles.json: the record of article ${a.id} changed after it was banked.`);
    }
  });
}

type Started = Map<string, WrittenElsewhere>;

function start(banked: Banked, started: Started, rel: string, content: WrittenElsewhere | null): void {
  if (content) started.set(rel, startedAt(banked, content, join(banked.dir, rel)));
}

/** Starts facts.json (from the figures in runs of one article) and articles.json (records sorted by source). */
export function startContractFiles(banked: Banked, articles: Article[], runs: FigureRun[], started: Started): void {
  checkArticleBytes(banked, articles);
  start(banked, started, 'facts.json', bankedFile(banked, { schemaVersion: SCHEMA_VERSION, facts: runs }, [factsFileMember(banked, runs)], {}));
  start(banked, started, 'articles.json', bankedFile(banked, { schemaVersion: SCHEMA_VERSION, articles }, [articlesMember(banked, articles)], {}));
}

/** Starts the dashboard's article shards and, when the texts were banked, its search-text shards. */
export function startAppFiles(banked: Banked, order: AppOrder, articleWriter: (item: unknown) => string, started: Started): void {
  mkdirSync(join(banked.dir, dirname(appShardPath(0))), { recursive: true });
  articleShards(order).forEach((shard, i) => start(banked, started, appShardPath(i), bankedShard(banked, shard, articleWriter)));
  const texts = banked.searchTexts;
  if (texts) textShardIds(order).forEach((ids, i) => start(banked, started, appTextShardPath(i), bankedTextShard(banked, texts, ids, i)));
}
