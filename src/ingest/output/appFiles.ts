// Files the dashboard reads besides the contract files (a compact index, article shards).
import type { Article, Fact, RegionsFile } from '../../core/contract';

export function buildAppFiles(articles: Article[], facts: Fact[], regions: RegionsFile): Record<string, unknown> {
  void articles;
  void facts;
  void regions;
  return {};
}
