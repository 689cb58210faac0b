// Inspection types named in a document (常规, 专项, 机动, 回头看, 提级, 交叉, 点穴式, 上下联动).
import type { InspectionType } from '../../core/metrics';
import { KEY } from './sentences';

/**
 * Each type with a cheap word that must occur (checked with indexOf first), the character of that word the
 * sentences record as a key (0 when none is), and the pattern that confirms it.
 */
const TYPE_PATTERNS: [InspectionType, string, number, RegExp][] = [
  ['常规', '常规', 0, /常规巡[视察]/],
  ['专项', '专项', 0, /专项(?:提级)?(?:巡[视察]|“?机动)|专项“?巡/],
  ['机动', '机动', 0, /机动式?”?巡|“机动式”/],
  ['回头看', '回头看', KEY.看, /回头看/],
  ['提级', '提级', KEY.提, /提级/],
  ['交叉', '交叉', KEY.叉, /交叉巡[视察]|交叉“?互/],
  ['点穴式', '点穴式', KEY.穴, /点穴式/],
  ['上下联动', '联动', 0, /上下联动|[三四]级联动|一体联动|市县联动/],
];

/**
 * `keys`: the key characters of `text` (sentences.ts keysOf) when known. A type whose word holds a key
 * character the text lacks is not searched for (看, 提, 叉 and 穴 are the rarer characters of their words).
 */
export function findInspectionTypes(text: string, keys = -1): InspectionType[] {
  const out: InspectionType[] = [];
  for (const [type, word, needs, re] of TYPE_PATTERNS) {
    if ((keys & needs) === needs && text.includes(word) && re.test(text)) out.push(type);
  }
  return out;
}
