// The 34 province-level regions as the ECharts China map names them, plus 全国 for central-level work.
// Joined to the map by adcode (the map's feature id), never by display name.

export interface ProvinceInfo {
  /** Short name exactly as on the ECharts China map (内蒙古, not 内蒙古自治区). */
  short: string;
  /** Official full name. */
  full: string;
  adcode: number;
  en: string;
  /** File name of the per-province map in geo/echarts-4.9.0/province/, without .json. */
  geoFile: string;
}

export const NATIONAL = { short: '全国', full: '全国', adcode: 100000, en: 'Central / national' } as const;

export const PROVINCES: readonly ProvinceInfo[] = [
  { short: '北京', full: '北京市', adcode: 110000, en: 'Beijing', geoFile: 'beijing' },
  { short: '天津', full: '天津市', adcode: 120000, en: 'Tianjin', geoFile: 'tianjin' },
  { short: '河北', full: '河北省', adcode: 130000, en: 'Hebei', geoFile: 'hebei' },
  { short: '山西', full: '山西省', adcode: 140000, en: 'Shanxi', geoFile: 'shanxi' },
  { short: '内蒙古', full: '内蒙古自治区', adcode: 150000, en: 'Inner Mongolia', geoFile: 'neimenggu' },
  { short: '辽宁', full: '辽宁省', adcode: 210000, en: 'Liaoning', geoFile: 'liaoning' },
  { short: '吉林', full: '吉林省', adcode: 220000, en: 'Jilin', geoFile: 'jilin' },
  { short: '黑龙江', full: '黑龙江省', adcode: 230000, en: 'Heilongjiang', geoFile: 'heilongjiang' },
  { short: '上海', full: '上海市', adcode: 310000, en: 'Shanghai', geoFile: 'shanghai' },
  { short: '江苏', full: '江苏省', adcode: 320000, en: 'Jiangsu', geoFile: 'jiangsu' },
  { short: '浙江', full: '浙江省', adcode: 330000, en: 'Zhejiang', geoFile: 'zhejiang' },
  { short: '安徽', full: '安徽省', adcode: 340000, en: 'Anhui', geoFile: 'anhui' },
  { short: '福建', full: '福建省', adcode: 350000, en: 'Fujian', geoFile: 'fujian' },
  { short: '江西', full: '江西省', adcode: 360000, en: 'Jiangxi', geoFile: 'jiangxi' },
  { short: '山东', full: '山东省', adcode: 370000, en: 'Shandong', geoFile: 'shandong' },
  { short: '河南', full: '河南省', adcode: 410000, en: 'Henan', geoFile: 'henan' },
  { short: '湖北', full: '湖北省', adcode: 420000, en: 'Hubei', geoFile: 'hubei' },
  { short: '湖南', full: '湖南省', adcode: 430000, en: 'Hunan', geoFile: 'hunan' },
  { short: '广东', full: '广东省', adcode: 440000, en: 'Guangdong', geoFile: 'guangdong' },
  { short: '广西', full: '广西壮族自治区', adcode: 450000, en: 'Guangxi', geoFile: 'guangxi' },
  { short: '海南', full: '海南省', adcode: 460000, en: 'Hainan', geoFile: 'hainan' },
  { short: '重庆', full: '重庆市', adcode: 500000, en: 'Chongqing', geoFile: 'chongqing' },
  { short: '四川', full: '四川省', adcode: 510000, en: 'Sichuan', geoFile: 'sichuan' },
  { short: '贵州', full: '贵州省', adcode: 520000, en: 'Guizhou', geoFile: 'guizhou' },
  { short: '云南', full: '云南省', adcode: 530000, en: 'Yunnan', geoFile: 'yunnan' },
  { short: '西藏', full: '西藏自治区', adcode: 540000, en: 'Tibet', geoFile: 'xizang' },
  { short: '陕西', full: '陕西省', adcode: 610000, en: 'Shaanxi', geoFile: 'shanxi1' },
  { short: '甘肃', full: '甘肃省', adcode: 620000, en: 'Gansu', geoFile: 'gansu' },
  { short: '青海', full: '青海省', adcode: 630000, en: 'Qinghai', geoFile: 'qinghai' },
  { short: '宁夏', full: '宁夏回族自治区', adcode: 640000, en: 'Ningxia', geoFile: 'ningxia' },
  { short: '新疆', full: '新疆维吾尔自治区', adcode: 650000, en: 'Xinjiang', geoFile: 'xinjiang' },
  { short: '台湾', full: '台湾省', adcode: 710000, en: 'Taiwan', geoFile: 'taiwan' },
  { short: '香港', full: '香港特别行政区', adcode: 810000, en: 'Hong Kong', geoFile: 'xianggang' },
  { short: '澳门', full: '澳门特别行政区', adcode: 820000, en: 'Macau', geoFile: 'aomen' },
];

export const PROVINCE_BY_ADCODE: ReadonlyMap<number, ProvinceInfo> = new Map(PROVINCES.map((p) => [p.adcode, p]));
export const PROVINCE_BY_SHORT: ReadonlyMap<string, ProvinceInfo> = new Map(PROVINCES.map((p) => [p.short, p]));

/** The province-level adcode an adcode rolls up to (150102 → 150000). */
export function provinceAdcodeOf(adcode: number): number {
  return Math.floor(adcode / 10000) * 10000;
}
