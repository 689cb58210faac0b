import { describe, expect, it } from 'vitest';
import { attributeRegions, committeeCounts } from '../../../src/ingest/extract/attribution';
import { splitSentences } from '../../../src/ingest/extract/sentences';

function regions(title: string, text: string) {
  const sentences = splitSentences(text);
  const r = attributeRegions(title, text, sentences);
  return { main: r.main, each: r.bySentence.map((x) => (x ? x.city ?? x.province : null)) };
}

describe('attributeRegions', () => {
  it('takes the article region from its title and lets bare 市委 inherit it', () => {
    const r = regions('通辽市委巡察工作综述', '市委开展了五轮巡察。巡察发现问题若干。');
    expect(r.main).toMatchObject({ province: '内蒙古', city: '通辽市' });
    expect(r.each).toEqual(['通辽市', '通辽市']);
  });

  it('switches region when a sentence names another inspecting body, for that paragraph only', () => {
    const r = regions('各地巡视工作', '甘肃省委开展巡视。共发现问题。\n海南省委开展专项巡视。');
    expect(r.each).toEqual(['甘肃', '甘肃', '海南']);
  });

  it('reads central inspection as 全国, also when provinces are named as its objects', () => {
    const r = regions('中央第六轮巡视完成进驻', '中央巡视组进驻河北、山西等地开展巡视。');
    expect(r.main?.province).toBe('全国');
    expect(r.each).toEqual(['全国']);
  });

  it('reads national totals and the CCDI acting as 全国, but not the CCDI website as a news source', () => {
    const r = regions(
      '浙江巡视工作',
      '浙江省委开展巡视。\n全国巡视巡察机构共发现问题9万个。\n中央纪委查处了一批干部。\n据中央纪委监察部网站报道，浙江省委派出10个巡视组。',
    );
    expect(r.each).toEqual(['浙江', '全国', '全国', '浙江']);
  });

  it('does not take a reference to central work for central work', () => {
    const r = regions('某省巡视工作', '山西省委认真贯彻中央巡视工作方针，开展巡视。');
    expect(r.each).toEqual(['山西']);
  });

  it('resolves an ambiguous district from the city named in the article', () => {
    const r = regions('南京市巡察工作', '鼓楼区委开展巡察。');
    expect(r.each).toEqual(['南京市']);
  });

  it('resolves an ambiguous district from the city written right before it', () => {
    const r = regions('各地巡察动态', '福州市鼓楼区委开展巡察。\n徐州市鼓楼区委开展巡察。');
    expect(r.each).toEqual(['福州市', '徐州市']);
  });

  it('leaves an ambiguous district unresolved without context', () => {
    const r = regions('巡察工作', '鼓楼区委开展巡察。');
    expect(r.main).toBeNull();
    expect(r.each).toEqual([null]);
  });
});

describe('sourceRegionHint', () => {
  it('reads the outlet name, then a province pinyin in the address', async () => {
    const { sourceRegionHint } = await import('../../../src/ingest/extract/sourceHint');
    expect(sourceRegionHint(undefined, '新浪吉林')).toEqual({ province: '吉林', adcode: 220000 });
    expect(sourceRegionHint('http://hainan.sina.com.cn/news/1.shtml', undefined)).toEqual({ province: '海南', adcode: 460000 });
    expect(sourceRegionHint('http://www.example.com/news/jxnews/2016/1.html', undefined)?.province).toBe('江西');
    expect(sourceRegionHint('https://www.163.com/dy/article/1.html', '新浪财经')).toBeNull();
  });

  it('is used only when the text names no region', () => {
    const text = '省委开展巡视。';
    const r = attributeRegions('省委巡视工作', text, splitSentences(text), { province: '江西', adcode: 360000 });
    expect(r.main?.province).toBe('江西');
    const named = '山西省委开展巡视。';
    expect(attributeRegions('巡视', named, splitSentences(named), { province: '江西', adcode: 360000 }).main?.province).toBe('山西');
  });
});

describe('committeeCounts', () => {
  it('counts city and county committees and provincial ones as the regular expressions of their names do', () => {
    const count = (re: RegExp, t: string) => t.match(re)?.length ?? 0;
    const texts = [
      '',
      '委',
      '委员会',
      '省委巡视组',
      '自治区党委第三轮巡视，自治州党委、旗委和盟委跟进',
      '市委县委区委州委旗委盟委省委',
      '党委党组',
      '州党委',
      '区党委',
      '自治区党委自治州党委自治区党委',
      '省省委委',
      '江苏省委和南京市委、鼓楼区委联合开展巡察，县委书记参加。',
    ];
    for (const t of texts) {
      expect(committeeCounts(t), t).toEqual({
        city: count(/市委|县委|区委|州委|旗委|盟委|自治州党委/g, t),
        provincial: count(/省委|自治区党委/g, t),
      });
    }
    expect(committeeCounts('自治区党委第三轮巡视，自治州党委、旗委和盟委跟进')).toEqual({ city: 3, provincial: 1 });
  });
});
