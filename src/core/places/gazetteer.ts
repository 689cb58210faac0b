// The gazetteer: every alias of every place in one trie, built once. Finds place mentions in text with word
// boundaries (山西路 is a road; 江阴市长泾镇 is 江阴市 + 长泾镇, not a 市长) and resolves ambiguous names
// (朝阳区, 鼓楼区) only from context, never by guessing.
import { buildAliases, type Alias } from './aliases';
import { allPlaces, type Place } from './catalogue';
import { NameTrie } from './trie';

export interface PlaceMention {
  start: number;
  end: number;
  text: string;
  /** Every place the name can denote (one when unambiguous). */
  candidates: Place[];
}

/**
 * Everyday words that end where a place name begins (出台 + 州委 is not 台州 + 委): matched like names and
 * skipped, so that leftmost-longest matching reads the word first.
 */
const BLOCKERS = [
  '出台', '平台', '舞台', '电台', '后台', '前台', '登台', '上台', '下台', '讲台', '阳台', '站台',
  '隆重', '郑重', '庄重', '严重', '尊重', '注重', '着重', '慎重', '繁重', '沉重', '双重', '多重', '看重', '比重',
];

/** Characters after a name that make it part of a street, building or other proper noun. */
const NOT_A_PLACE_AFTER = new Set(['路', '街', '巷', '弄', '桥', '号', '道', '大']);
/** What must follow a weak name (普洱, 洋县) for it to be read as a place. */
const WEAK_OK_AFTER = new Set(['委', '党', '纪', '政', '人', '市', '州', '县']);

/** Everything known about one written name, computed once when the gazetteer is built. */
interface NameEntry {
  /** Empty for a blocker word. */
  candidates: Place[];
  /** Some place bears this name as a strong (non-everyday) name. */
  strong: boolean;
}

interface Gazetteer {
  trie: NameTrie<NameEntry>;
  byAdcode: Map<number, Place>;
}

let instance: Gazetteer | null = null;

function gazetteer(): Gazetteer {
  if (instance) return instance;
  const trie = new NameTrie<NameEntry>();
  const places = allPlaces();
  const byText = new Map<string, Alias[]>();
  for (const alias of buildAliases(places)) {
    const list = byText.get(alias.text);
    if (list) list.push(alias);
    else byText.set(alias.text, [alias]);
  }
  for (const [text, aliases] of byText) {
    trie.add(text, { candidates: uniquePlaces(aliases), strong: aliases.some((a) => !a.weak) });
  }
  for (const word of BLOCKERS) if (!byText.has(word)) trie.add(word, { candidates: [], strong: false });
  instance = { trie, byAdcode: new Map(places.map((p) => [p.adcode, p])) };
  return instance;
}

function uniquePlaces(aliases: Alias[]): Place[] {
  const seen = new Set<number>();
  const out: Place[] = [];
  for (const a of aliases) {
    if (!seen.has(a.place.adcode)) {
      seen.add(a.place.adcode);
      out.push(a.place);
    }
  }
  return out;
}

/** CJK ideograph: a weak name glued to the word before it (出台州委, 和县委 in 监委和县委) is not a place. */
function isIdeograph(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '\u4e00' && ch <= '\u9fff';
}
const PLACE_END = new Set(['省', '市', '州', '区', '县', '盟', '旗']);

function acceptable(text: string, start: number, end: number, entry: NameEntry): boolean {
  const after = text[end];
  if (after !== undefined && NOT_A_PLACE_AFTER.has(after)) {
    // 大 is fine before 大会 is rare; reject only 大学/大道/大街/大厦.
    if (after !== '大' || '学道街厦桥'.includes(text[end + 1] ?? '')) return false;
  }
  if (entry.strong) return true;
  const before = text[start - 1];
  const freeLeft = !isIdeograph(before) || PLACE_END.has(before);
  return freeLeft && after !== undefined && WEAK_OK_AFTER.has(after);
}

/** All place mentions in `text`, leftmost-longest, non-overlapping. */
export function findPlaces(text: string): PlaceMention[] {
  const { trie } = gazetteer();
  const out: PlaceMention[] = [];
  let i = 0;
  while (i < text.length) {
    i = trie.nextCandidate(text, i);
    if (i < 0) break;
    const hit = trie.longestAt(text, i);
    if (hit && hit.values[0].candidates.length === 0) {
      i = hit.end; // a blocker word
    } else if (hit && acceptable(text, i, hit.end, hit.values[0])) {
      out.push({ start: i, end: hit.end, text: text.slice(i, hit.end), candidates: hit.values[0].candidates });
      i = hit.end;
    } else i++;
  }
  return out;
}

/**
 * One place for a mention: the only candidate, or the only one inside the context province/city (a province or
 * city named nearby, or the article's own region). Null when still ambiguous.
 */
export function resolveMention(m: PlaceMention, context: readonly number[] = []): Place | null {
  if (m.candidates.length === 1) return m.candidates[0];
  for (const ctx of context) {
    const inside = m.candidates.filter((p) => p.province === ctx || p.city === ctx || p.adcode === ctx);
    if (inside.length === 1) return inside[0];
  }
  const provinces = m.candidates.filter((p) => p.level === 'province');
  return provinces.length === 1 ? provinces[0] : null;
}

export function placeByAdcode(adcode: number): Place | undefined {
  return gazetteer().byAdcode.get(adcode);
}

/** Every place a name (any common form, exact) can denote. */
export function placesNamed(name: string): Place[] {
  const values = gazetteer().trie.get(name.trim());
  return values ? [...values[0].candidates] : [];
}
