// The names a place goes by in news text: the official name, short forms (内蒙古, 宁夏, 呼和浩特, 迪庆州),
// and a few old names. Some short forms are ordinary words too (中山, 黄山, 普洱): those are "weak" and only count
// where the text makes them a place (followed by 委/党/市委 …), see scan.ts.
import { PROVINCES } from '../regions';
import type { Place } from './catalogue';

export interface Alias {
  text: string;
  place: Place;
  /** Also an everyday word or too short to trust alone. */
  weak: boolean;
}

const ETHNIC = /(蒙古|回|藏|维吾尔|壮|满|苗|彝|土家|侗|瑶|白|哈尼|傣|黎|傈僳|佤|畲|拉祜|水|东乡|纳西|景颇|柯尔克孜|土|达斡尔|仫佬|羌|布朗|撒拉|毛南|仡佬|锡伯|阿昌|普米|塔吉克|怒|乌孜别克|俄罗斯|鄂温克|德昂|保安|裕固|京|塔塔尔|独龙|鄂伦春|赫哲|门巴|珞巴|基诺|朝鲜|哈萨克|布依)+族/g;

/** Short forms that are also common words: accepted only in an unmistakable place context. */
const WEAK_SHORT = new Set([
  '中山', '北海', '白银', '黄山', '普洱', '延安', '阿里', '兴安', '红河', '大理', '白山', '黑河', '海北', '海西',
  '海东', '玉树', '长治', '大同', '安康', '来宾', '日照', '开封', '怒江', '武威', '中卫', '伊犁', '朝阳', '大庆',
  '四平', '河源', '安顺', '文山', '包头', '承德', '三明',
]);

/** Old names still found in articles → current full names. */
const OLD_NAMES: Record<string, string> = {
  襄樊: '襄阳市',
  襄樊市: '襄阳市',
  思茅: '普洱市',
  思茅市: '普洱市',
  莱芜市: '济南市',
  巢湖市: '合肥市',
  铜仁地区: '铜仁市',
  毕节地区: '毕节市',
  日喀则地区: '日喀则市',
  昌都地区: '昌都市',
  林芝地区: '林芝市',
  山南地区: '山南市',
  那曲地区: '那曲市',
  海东地区: '海东市',
  吐鲁番地区: '吐鲁番市',
  哈密地区: '哈密市',
};

/** Peoples named without 族 in prefecture names (博尔塔拉蒙古自治州, 伊犁哈萨克自治州). */
const ETHNIC_BARE = /(蒙古|哈萨克|柯尔克孜)$/;

function stripEthnic(name: string): string {
  return name.replace(ETHNIC, '').replace(ETHNIC_BARE, '');
}

function cityShortForms(name: string): string[] {
  const out: string[] = [];
  if (name.endsWith('自治州')) {
    const stem = stripEthnic(name.slice(0, -3));
    out.push(stem + '州', stem);
  } else if (name.endsWith('地区')) out.push(name.slice(0, -2));
  else if (name.endsWith('盟')) out.push(name.slice(0, -1));
  else if (name.endsWith('市')) out.push(name.slice(0, -1));
  return out.filter((s) => s.length >= 2);
}

function countyShortForms(name: string): string[] {
  if (name.endsWith('自治县')) {
    const stem = stripEthnic(name.slice(0, -3));
    return stem.length >= 2 ? [stem + '县'] : [];
  }
  if (name.endsWith('自治旗')) {
    const stem = stripEthnic(name.slice(0, -3));
    return stem.length >= 2 ? [stem + '旗'] : [];
  }
  return [];
}

/** Every alias of every place (full names first, then short forms, then old names). */
export function buildAliases(places: readonly Place[]): Alias[] {
  const out: Alias[] = [];
  const provinceShort = new Set(PROVINCES.map((p) => p.short));
  const byName = new Map<string, Place>();
  for (const place of places) {
    byName.set(place.name, place);
    const twoCharCounty = place.level === 'county' && place.name.length <= 2;
    out.push({ text: place.name, place, weak: twoCharCounty });
    if (place.level === 'province') {
      const info = PROVINCES.find((p) => p.adcode === place.adcode);
      if (info && info.short !== place.name) out.push({ text: info.short, place, weak: false });
      // 广西壮族自治区 → 广西自治区 is rare; 宁夏回族自治区 is matched in full.
    } else if (place.level === 'city') {
      for (const s of cityShortForms(place.name)) {
        if (provinceShort.has(s)) continue; // 吉林, 海南: the province wins
        out.push({ text: s, place, weak: WEAK_SHORT.has(s) || s.length < 2 });
      }
    } else {
      for (const s of countyShortForms(place.name)) {
        // 河南县 (青海) would swallow 河南 + 县委: never shadow a province name.
        if ([...provinceShort].some((p) => s.startsWith(p))) continue;
        out.push({ text: s, place, weak: false });
      }
    }
  }
  for (const [old, current] of Object.entries(OLD_NAMES)) {
    const place = byName.get(current);
    if (place) out.push({ text: old, place, weak: false });
  }
  return out;
}
