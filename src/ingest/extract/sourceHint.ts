// The article's own region when its text names none (我省, 省委 only): the outlet's name (新浪吉林, 江西日报) or a
// province's pinyin in the web address (hainan.sina.com.cn, jiangxi.gov.cn). Used as the article's region only
// when the text names none, and to resolve ambiguous names (鼓楼区 in an article from 开封市纪委监委网站).
import { findPlaces, placeByAdcode, resolveMention } from '../../core/places';
import { PROVINCES } from '../../core/regions';
import type { Region } from './attribution';

const PINYIN: Record<string, string> = {
  beijing: '北京', tianjin: '天津', hebei: '河北', shanxi: '山西', shaanxi: '陕西', neimenggu: '内蒙古',
  liaoning: '辽宁', jilin: '吉林', heilongjiang: '黑龙江', shanghai: '上海', jiangsu: '江苏', zhejiang: '浙江',
  anhui: '安徽', fujian: '福建', jiangxi: '江西', shandong: '山东', henan: '河南', hubei: '湖北', hunan: '湖南',
  guangdong: '广东', guangxi: '广西', hainan: '海南', chongqing: '重庆', sichuan: '四川', guizhou: '贵州',
  yunnan: '云南', xizang: '西藏', gansu: '甘肃', qinghai: '青海', ningxia: '宁夏', xinjiang: '新疆',
};

/** Unambiguous province initials as news sites use them (jxnews, hebnews, zjnews); hb/hn/sx are left out. */
const INITIALS: Record<string, string> = {
  bj: '北京', tj: '天津', heb: '河北', nmg: '内蒙古', ln: '辽宁', jl: '吉林', hlj: '黑龙江', sh: '上海', js: '江苏',
  zj: '浙江', ah: '安徽', fj: '福建', jx: '江西', sd: '山东', gd: '广东', gx: '广西', cq: '重庆', sc: '四川',
  yn: '云南', xz: '西藏', gs: '甘肃', qh: '青海', nx: '宁夏', xj: '新疆',
};

function provinceRegion(short: string): Region | null {
  const p = PROVINCES.find((x) => x.short === short);
  return p ? { province: p.short, adcode: p.adcode } : null;
}

/** The outlet's place, with its city when the outlet is a city's (开封市纪委监委网站 → 河南, 开封市). */
function fromOutlet(outlet: string | undefined): Region | null {
  if (!outlet) return null;
  for (const m of findPlaces(outlet)) {
    const place = resolveMention(m);
    if (!place) continue;
    const p = PROVINCES.find((x) => x.adcode === place.province);
    if (!p) continue;
    const region: Region = { province: p.short, adcode: p.adcode };
    const city = place.city !== undefined ? placeByAdcode(place.city) : undefined;
    if (city) {
      region.city = city.name;
      region.cityAdcode = city.adcode;
    }
    return region;
  }
  return null;
}

function fromUrl(url: string | undefined): Region | null {
  if (!url) return null;
  const host = /^[a-z]+:\/\/([^/]+)/i.exec(url)?.[1]?.toLowerCase() ?? '';
  const path = url.slice(url.indexOf(host) + host.length).toLowerCase();
  for (const token of [...host.split(/[.-]/), ...path.split(/[/._-]/)]) {
    const stem = token.endsWith('news') ? token.slice(0, -4) : '';
    const short = PINYIN[token] ?? (stem ? PINYIN[stem] ?? INITIALS[stem] : undefined);
    if (short) return provinceRegion(short);
  }
  return null;
}

export function sourceRegionHint(url: string | undefined, outlet: string | undefined): Region | null {
  return fromOutlet(outlet) ?? fromUrl(url);
}
