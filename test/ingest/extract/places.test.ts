import { describe, expect, it } from 'vitest';
import { findPlaces, lookupRegion, resolveMention } from '../../../src/core/places';

const names = (text: string) => findPlaces(text).map((m) => m.text);

describe('gazetteer', () => {
  it('finds full names and short forms', () => {
    expect(names('内蒙古自治区党委和宁夏、广西的巡视工作')).toEqual(['内蒙古自治区', '宁夏', '广西']);
    expect(lookupRegion('内蒙古')).toEqual({ province: '内蒙古', adcode: 150000 });
    expect(lookupRegion('宁夏回族自治区')).toEqual({ province: '宁夏', adcode: 640000 });
  });

  it('rolls a city or county up to its province', () => {
    expect(lookupRegion('呼和浩特')).toMatchObject({ province: '内蒙古', city: '呼和浩特市', cityAdcode: 150100 });
    expect(lookupRegion('维西县')).toMatchObject({ province: '云南', city: '迪庆藏族自治州' });
    expect(lookupRegion(150100)).toMatchObject({ province: '内蒙古', city: '呼和浩特市' });
    expect(lookupRegion('大理州')).toMatchObject({ province: '云南', cityAdcode: 532900 });
    expect(lookupRegion('博尔塔拉')).toMatchObject({ province: '新疆' });
  });

  it('maps central work to 全国', () => {
    expect(lookupRegion('全国')).toEqual({ province: '全国', adcode: 100000 });
  });

  it('knows old names', () => {
    expect(lookupRegion('襄樊')).toMatchObject({ province: '湖北', city: '襄阳市' });
  });

  it('does not read a road or a mayor', () => {
    expect(names('山西路小学')).toEqual([]);
    expect(names('江阴市长泾镇')).toEqual(['江阴市']);
  });

  it('needs a place context for weak names glued to other words', () => {
    expect(names('先后出台州委巡察工作规则')).toEqual([]);
    expect(names('隆重庆祝建党节')).toEqual([]);
    expect(names('县纪委监委和县委组织部')).toEqual([]);
    expect(names('中山大学')).toEqual([]);
    expect(names('普洱市委')).toEqual(['普洱市']);
  });

  it('resolves an ambiguous district only from context, never by guessing', () => {
    const [m] = findPlaces('朝阳区委巡察组');
    expect(m.candidates.length).toBeGreaterThan(1);
    expect(resolveMention(m)).toBeNull();
    expect(resolveMention(m, [110000])?.adcode).toBe(110105);
    expect(lookupRegion('鼓楼区')).toBeNull();
  });

  it('does not let a county short form shadow a province (河南县 of Qinghai)', () => {
    expect(findPlaces('河南县委')[0].candidates[0].adcode).toBe(410000);
  });
});
