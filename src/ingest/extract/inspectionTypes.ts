// Inspection types named in a document (常规, 专项, 机动, 回头看, 提级, 交叉, 点穴式, 上下联动).
import type { InspectionType } from '../../core/metrics';

/** Each type with a cheap key that must occur (checked with indexOf first) and the pattern that confirms it. */
const TYPE_PATTERNS: [InspectionType, string, RegExp][] = [
  ['常规', '常规', /常规巡[视察]/],
  ['专项', '专项', /专项(?:提级)?(?:巡[视察]|“?机动)|专项“?巡/],
  ['机动', '机动', /机动式?”?巡|“机动式”/],
  ['回头看', '回头看', /回头看/],
  ['提级', '提级', /提级/],
  ['交叉', '交叉', /交叉巡[视察]|交叉“?互/],
  ['点穴式', '点穴式', /点穴式/],
  ['上下联动', '联动', /上下联动|[三四]级联动|一体联动|市县联动/],
];

export function findInspectionTypes(text: string): InspectionType[] {
  return TYPE_PATTERNS.filter(([, key, re]) => text.includes(key) && re.test(text)).map(([t]) => t);
}
