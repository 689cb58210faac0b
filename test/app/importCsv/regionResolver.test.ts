import { describe, expect, it } from 'vitest';
import { createRegionResolver } from '../../../src/app/importCsv/regionResolver';

const places = [
  { name: '呼和浩特市', adcode: 150100 },
  { name: '广州市', adcode: 440100 },
  { name: '朝阳区', adcode: 110105 },
  { name: '朝阳区', adcode: 220104 },
  { name: '吉林市', adcode: 220200 },
];

describe('createRegionResolver', () => {
  const resolve = createRegionResolver(places);

  it.each(['内蒙古', '内蒙古自治区', 'Inner Mongolia', '150000', ' 内蒙古 '])('places %s in 内蒙古 by adcode', (text) => {
    expect(resolve(text)).toEqual({ province: '内蒙古', adcode: 150000 });
  });

  it('reads 全国 and its aliases as central-level', () => {
    expect(resolve('全国')).toEqual({ province: '全国', adcode: 100000 });
    expect(resolve('中央')).toEqual({ province: '全国', adcode: 100000 });
  });

  it('reads city names with or without 市, and by adcode', () => {
    const city = { province: '内蒙古', adcode: 150000, city: '呼和浩特市', cityAdcode: 150100 };
    expect(resolve('呼和浩特市')).toEqual(city);
    expect(resolve('呼和浩特')).toEqual(city);
    expect(resolve('150100')).toEqual(city);
  });

  it('reads a province followed by its city', () => {
    expect(resolve('广东省广州市')).toMatchObject({ province: '广东', cityAdcode: 440100 });
    expect(resolve('广东 广州')).toMatchObject({ province: '广东', cityAdcode: 440100 });
    expect(resolve('吉林省朝阳区')).toMatchObject({ province: '吉林', cityAdcode: 220104 });
  });

  it('lets a province name win over a city of the same name', () => {
    expect(resolve('吉林')).toEqual({ province: '吉林', adcode: 220000 });
  });

  it('does not guess between two places of the same name, nor invent places', () => {
    expect(resolve('朝阳区')).toBeNull();
    expect(resolve('广东省呼和浩特市')).toBeNull();
    expect(resolve('Atlantis')).toBeNull();
    expect(resolve('999999')).toBeNull();
  });
});
