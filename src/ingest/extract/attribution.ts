// Which region's inspection a figure belongs to. The inspecting body is the subject: a place in "agent" form
// (内蒙古自治区党委, 呼和浩特市委, 大理州委) or central work (中央巡视, 中央军委, 中管企业 …). A place named in
// passing (新疆和田指挥部 of a Beijing office, the provinces a central team visits) is not an agent. Sentences
// without an agent inherit the paragraph's last one, then the article's main region; bare references
// (省委, 市委, 本市, 自治区) therefore land on the article's own region.
import { findPlaces, placeByAdcode, resolveMention, type Place, type PlaceMention } from '../../core/places';
import { NATIONAL, PROVINCE_BY_ADCODE } from '../../core/regions';
import { hasKey, hasKeys, KEY, type Sentence } from './sentences';

export interface Region {
  province: string;
  adcode: number;
  city?: string;
  cityAdcode?: number;
}

export const NATIONAL_REGION: Region = { province: NATIONAL.short, adcode: NATIONAL.adcode };

const AGENT_AFTER = /^(?:省|市|县|区|州|盟|旗)?(?:委|党委|党组|人民政府)/;
/**
 * Central work as the acting body: central inspection (中央巡视, 十九届中央第八轮巡视, 中央军委…巡视), the CCDI
 * acting (中央纪委查处…, not its website as a news source), and national totals (全国…巡视巡察).
 */
const CENTRAL =
  /中央(?:第[一二三四五六七八九十]+)?巡视|中央[^，。；、]{0,6}轮[^，。；、]{0,3}巡视|中央军委[^，。；]{0,10}巡视|中央[^，。；、]{0,6}专项巡视|中央纪委(?:国家监委)?(?!监察部网站|国家监委网站|网站|监察部|[^，。；]{0,3}网)|全国(?:各地|各级|共有)?[^，。；、]{0,6}(?:巡视|巡察)/g;

/** Central bodies that frame an article as central-level work without being the inspecting agent of a sentence. */
const CENTRAL_FRAME = /中央纪委|中纪委|中央纪律检查委员会|国家监委|中管(?:企业|金融|高校|干部)|中央和国家机关|中央单位|中央金融/g;
/** 贯彻中央巡视工作方针, 参照中央巡视的做法: a reference to central work, not central work. */
const REFERENCE_BEFORE = /(?:贯彻|落实|参照|按照|根据|学习|借鉴|据|从|向)[^，。；]{0,3}$/;

/** Words that make a sentence's figure the whole province's. */
const PROVINCE_WIDE = /全省|全自治区|全区各级|省委|自治区党委|省级/;
/** The level a committee named before 委 belongs to: 市委 县委 区委 州委 旗委 盟委 are local, 省委 provincial. */
const COMMITTEE_BEFORE: Record<string, 'city' | 'provincial'> = { 市: 'city', 县: 'city', 区: 'city', 州: 'city', 旗: 'city', 盟: 'city', 省: 'provincial' };

/**
 * How often `text` names city or county committees (市委 县委 区委 州委 旗委 盟委 自治州党委) and provincial ones
 * (省委 自治区党委). Every such name ends in its only 委, so one look at each 委 counts them all, with no regex
 * run over the text twice.
 */
export function committeeCounts(text: string): { city: number; provincial: number } {
  const counts = { city: 0, provincial: 0 };
  for (let i = text.indexOf('委'); i >= 0; i = text.indexOf('委', i + 1)) {
    const level = COMMITTEE_BEFORE[text[i - 1]];
    if (level) counts[level]++;
    else if (text.startsWith('自治州党', i - 4)) counts.city++;
    else if (text.startsWith('自治区党', i - 4)) counts.provincial++;
  }
  return counts;
}

function countMatches(re: RegExp, s: string): number {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(s)) n++;
  return n;
}

/** Central work as the subject of `s` (not a reference to it): the offset of the marker, or -1. */
export function centralAgentAt(s: string): number {
  if (s.indexOf('中央') < 0 && s.indexOf('全国') < 0) return -1;
  CENTRAL.lastIndex = 0;
  for (let m = CENTRAL.exec(s); m; m = CENTRAL.exec(s)) {
    if (!REFERENCE_BEFORE.test(s.slice(Math.max(0, m.index - 8), m.index))) return m.index;
  }
  return -1;
}

/** A central inspection team at work in the sentence (中央第五巡视组, 15个中央巡视组), not a meeting or an office. */
const CENTRAL_TEAM = /中央(?:第[一二三四五六七八九十]+)?(?:专项)?巡视组/;

export function centralTeamActs(s: string): boolean {
  return s.indexOf('中央') >= 0 && CENTRAL_TEAM.test(s);
}


const CLAUSE_START = /[\n，,：:。；;！？]/;
/** A venue (在北京举行) is not a subject. */
const VENUE_AFTER = /^(?:举行|召开|开幕|闭幕)/;

/**
 * How surely a place is the inspecting body: 2 for X省委 / X市委 / X党委; 1 for a place that opens a clause
 * (银川:…, 前不久,云南省纪委…), which central work in the same sentence outranks; 0 otherwise.
 */
function agentStrength(text: string, m: PlaceMention): number {
  const after = text.slice(m.end, m.end + 4);
  if (AGENT_AFTER.test(after)) return 2;
  if (VENUE_AFTER.test(after)) return 0;
  return m.start === 0 || CLAUSE_START.test(text[m.start - 1]) ? 1 : 0;
}

function isAgent(text: string, m: PlaceMention): boolean {
  return agentStrength(text, m) > 0;
}

/**
 * The place mention k denotes, using the place written right before it (南京市鼓楼区, 江苏省南京市) and then the
 * given context (the article's region); null while still ambiguous.
 */
function resolveNear(mentions: PlaceMention[], k: number, context: readonly number[]): Place | null {
  const m = mentions[k];
  if (m.candidates.length === 1) return m.candidates[0];
  const prev = k > 0 ? mentions[k - 1] : undefined;
  const near = prev && m.start - prev.end <= 1 ? resolveMention(prev, context) : null;
  return resolveMention(m, near ? [near.adcode, ...context] : context);
}

function regionOf(place: Place): Region | null {
  const province = PROVINCE_BY_ADCODE.get(place.province);
  if (!province) return null;
  const r: Region = { province: province.short, adcode: province.adcode };
  if (place.city !== undefined) {
    const city = placeByAdcode(place.city);
    if (city) {
      r.city = city.name;
      r.cityAdcode = city.adcode;
    }
  }
  return r;
}

export interface DocRegions {
  main: Region | null;
  /** Region of each sentence (same order as the sentences given). */
  bySentence: (Region | null)[];
  /** For each sentence, the place named in it as the acting body (not inherited, not central); else null. */
  agentBySentence: (Region | null)[];
}

interface Scored {
  score: number;
  region: Region;
}

function addScore(table: Map<string, Scored>, region: Region, score: number): void {
  const key = region.province;
  const cur = table.get(key);
  if (cur) cur.score += score;
  else table.set(key, { score, region: { province: region.province, adcode: region.adcode } });
}

interface PlaceScores {
  provinces: Map<string, Scored>;
  cities: Map<number, Scored>;
}

/** What the region scoring reads of one article, gathered once by attributeRegions. */
interface ArticleReading {
  title: string;
  text: string;
  sentences: Sentence[];
  /** Per sentence, where a central inspection body acts in it (-1: none). */
  centralAt: number[];
  mentions: PlaceMention[];
  /** Region codes that resolve ambiguous names (the outlet's city and province). */
  hint: readonly number[];
}

/** Scores the provinces and cities an article names: title first, acting bodies over passing mentions. */
function scorePlaces({ title, text, sentences, centralAt, mentions, hint }: ArticleReading): PlaceScores {
  const scores: PlaceScores = { provinces: new Map(), cities: new Map() };
  const credit = (k: number, list: PlaceMention[], weight: number) => {
    const place = resolveNear(list, k, hint);
    const r = place && regionOf(place);
    if (!r) return;
    addScore(scores.provinces, r, weight);
    if (r.cityAdcode !== undefined) {
      const c = scores.cities.get(r.cityAdcode);
      if (c) c.score += weight;
      else scores.cities.set(r.cityAdcode, { score: weight, region: r });
    }
  };
  const titleMentions = findPlaces(title);
  titleMentions.forEach((_, i) => credit(i, titleMentions, i === 0 ? 8 : 4));
  let si = 0;
  mentions.forEach((m, k) => {
    while (si < sentences.length - 1 && sentences[si].start + sentences[si].text.length <= m.start) si++;
    const agent = isAgent(text, m);
    if (centralAt[si] >= 0 && !agent) return; // provinces a central team visits
    credit(k, mentions, agent ? 3 : 1);
  });
  return scores;
}

/** How strongly the article is about central work: central inspection as subject, then central bodies named. */
function centralScore({ title, sentences, centralAt }: ArticleReading): number {
  let central = centralAgentAt(title) >= 0 ? 12 : countMatches(CENTRAL_FRAME, title) > 0 ? 8 : 0;
  for (let i = 0; i < sentences.length; i++) {
    if (centralAt[i] >= 0) central += 2;
    const s = sentences[i];
    if (hasKey(s, KEY.中) || (hasKey(s, KEY.国) && s.text.indexOf('国家监委') >= 0)) {
      central += countMatches(CENTRAL_FRAME, s.text);
    }
  }
  return central;
}

function mainRegion(reading: ArticleReading): Region | null {
  const { provinces, cities } = scorePlaces(reading);
  const central = centralScore(reading);
  let best: Scored | null = null;
  for (const p of provinces.values()) if (!best || p.score > best.score) best = p;
  if (central > 0 && (!best || central > best.score)) return NATIONAL_REGION;
  if (!best) return null;
  const { province, adcode } = best.region;
  let bestCity: Scored | null = null;
  for (const c of cities.values()) {
    if (c.region.adcode === adcode && (!bestCity || c.score > bestCity.score)) bestCity = c;
  }
  // A provincial committee's article names its cities as objects: keep a city only when city or county
  // committees speak at least as often as the provincial one.
  const committees = bestCity ? committeeCounts(reading.text) : null;
  if (bestCity && committees && committees.city >= committees.provincial) {
    // Built whole, not copied and extended: one object shape for every region with a city.
    return { province, adcode, city: bestCity.region.city, cityAdcode: bestCity.region.cityAdcode };
  }
  return { province, adcode };
}

/**
 * Attributes every sentence of a document to a region. `fallback` (the outlet's or address's region) is the main
 * region when the text names none, and resolves the names that are ambiguous without it.
 */
export function attributeRegions(title: string, text: string, sentences: Sentence[], fallback: Region | null = null): DocRegions {
  const mentions = findPlaces(text);
  // centralAgentAt needs 中央 or 全国: a sentence without both characters of one of them is not read.
  const centralAt = sentences.map((s) => (hasKeys(s, KEY.中 | KEY.央) || hasKeys(s, KEY.全 | KEY.国) ? centralAgentAt(s.text) : -1));
  const hint = fallback ? [fallback.cityAdcode ?? -1, fallback.adcode] : [];
  const main = mainRegion({ title, text, sentences, centralAt, mentions, hint }) ?? fallback;
  const context = main ? [main.cityAdcode ?? -1, main.adcode] : [];
  const bySentence: (Region | null)[] = [];
  const agentBySentence: (Region | null)[] = [];
  let mi = 0;
  let paragraph = -1;
  let carried: Region | null = null;
  for (let si = 0; si < sentences.length; si++) {
    const s = sentences[si];
    if (s.paragraph !== paragraph) {
      paragraph = s.paragraph;
      carried = null;
    }
    const end = s.start + s.text.length;
    while (mi < mentions.length && mentions[mi].start < s.start) mi++;
    let agent: { at: number; region: Region; strength: number } | null = null;
    // In a central article, provinces are mostly the objects of central work: only X省委-style agents count.
    const minStrength = main === NATIONAL_REGION ? 2 : 1;
    for (let k = mi; k < mentions.length && mentions[k].start < end; k++) {
      const m = mentions[k];
      const strength = agentStrength(text, m);
      if (strength < minStrength) continue;
      const place = resolveNear(mentions, k, context);
      const r = place && regionOf(place);
      if (r) {
        agent = { at: m.start - s.start, region: r, strength };
        break;
      }
    }
    const central = centralAt[si];
    let region: Region | null;
    if (central >= 0 && (!agent || agent.strength < 2 || central <= agent.at)) region = NATIONAL_REGION;
    else if (agent) region = agent.region;
    else region = carried ?? main;
    // A province-wide total (全省共巡察…, 省委巡视…) in a city's article is the province's, not the city's.
    if (region?.city !== undefined && !(agent && agent.region === region) && PROVINCE_WIDE.test(s.text)) {
      region = { province: region.province, adcode: region.adcode };
    }
    // 经过巡视整改，汝城县委将…: a local committee rectifying after central inspection is its province's work too.
    const rectifies = agent !== null && agent.strength >= 2 && s.text.lastIndexOf('整改', agent.at) >= 0;
    agentBySentence.push(agent && (region === agent.region || rectifies) ? agent.region : null);
    if (central >= 0 || agent) carried = region;
    bySentence.push(region);
  }
  return { main, bySentence, agentBySentence };
}
