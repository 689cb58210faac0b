// Extraction entry point: topic, places, inspection types, level and figures of one dated document.
import type { Level } from '../../core/contract';
import type { Analysis, DatedDoc, Warning } from '../types';
import { attributeRegions, centralTeamActs, NATIONAL_REGION, type DocRegions } from './attribution';
import { sentenceScopes } from './eligibility';
import { extractFacts, statesFigure } from './facts';
import { findInspectionTypes } from './inspectionTypes';
import { hasKey, hasKeys, KEY, keysOf, splitSentences, type Sentence } from './sentences';
import { sourceRegionHint } from './sourceHint';
import { inspectionCounts, isAboutInspection, mentionsInspection, topicMentions } from './topic';

function levelOf(regions: DocRegions, text: string): Level | null {
  const main = regions.main;
  if (!main) return null;
  if (main.adcode === NATIONAL_REGION.adcode) return 'central';
  if (main.cityAdcode !== undefined) return 'city-county';
  const counts = inspectionCounts(text);
  return counts.xuncha > counts.xunshi ? 'city-county' : 'provincial';
}

/** Adds `x` to `out` unless it is empty or already there (lists of a few names: a scan beats a Set). */
function addUnique(out: string[], x: string | undefined): void {
  if (x && !out.includes(x)) out.push(x);
}

/**
 * On-topic: the title names inspection work, the body keeps returning to it, or a short item (a line of a
 * broadcast round-up) states an inspection figure in a sentence that names inspection (15个巡视组进驻…).
 */
function judgeTopic(doc: DatedDoc, sentences: () => Sentence[]): boolean {
  if (isAboutInspection(doc.title, doc.text)) return true;
  if (topicMentions(doc.text) === 0) return false;
  return sentences().some((s) => hasKey(s, KEY.巡) && topicMentions(s.text) > 0 && statesFigure(s.text));
}

export function analyzeDoc(doc: DatedDoc): Analysis {
  let split: Sentence[] | null = null;
  const sentencesOnce = () => (split ??= splitSentences(doc.text));
  const topic = judgeTopic(doc, sentencesOnce);
  if (!topic) return { topic, provinces: [], cities: [], types: [], level: null, facts: [], warnings: [] };
  const sentences = sentencesOnce();
  const regions = attributeRegions(doc.title, doc.text, sentences, sourceRegionHint(doc.url, doc.outlet));
  const names = sentences.map((s) => hasKey(s, KEY.巡) && mentionsInspection(s.text));
  const scopes = sentenceScopes(doc.title, sentences, names);
  const { facts, unplaced } = extractFacts(sentences, scopes, regions.bySentence, doc.date);
  const warnings: Warning[] = unplaced.map((u) => ({
    source: doc.source,
    code: 'figure-without-region',
    message: `figure ${u.text} dropped: no region could be told for its sentence (no place named, or an ambiguous name)`,
    position: { offset: u.offset },
  }));
  // Provinces: the article's own, those of its figures, and those a sentence about inspection names as acting
  // (not in a commission's own work that names inspection only as one channel or tool). One loop each, in that
  // order, with no lists built on the way.
  const provinces: string[] = [];
  addUnique(provinces, regions.main?.province);
  for (const f of facts) addUnique(provinces, f.province);
  for (let i = 0; i < sentences.length; i++) {
    if (!scopes[i].names) continue;
    const acting = regions.agentBySentence[i] ?? (hasKeys(sentences[i], KEY.中 | KEY.央) && centralTeamActs(sentences[i].text) ? NATIONAL_REGION : null);
    if (acting) addUnique(provinces, acting.province);
  }
  const cities: string[] = [];
  addUnique(cities, regions.main?.city);
  for (const f of facts) addUnique(cities, f.city);
  return {
    topic,
    provinces,
    cities,
    types: findInspectionTypes(doc.text, keysOf(sentences)),
    level: levelOf(regions, doc.text),
    facts,
    warnings,
  };
}
