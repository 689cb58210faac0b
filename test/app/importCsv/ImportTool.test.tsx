// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ImportTool } from '../../../src/app/importCsv/ImportTool';
import { DEFAULT_VIEW, useStore } from '../../../src/app/state/store';

const CSV = [
  'region,date,metric,value,source',
  '内蒙古自治区,2021-06,issues_found,120,自治区巡视办',
  '<img src=x onerror=alert(1)>,2021,issues_found,5,x',
  '呼和浩特,2021-07,问题线索,12,市委巡察办',
  '北京,2021,issues_found,many,x',
  '上海,2021,happiness,3,x',
].join('\n');

function choose(text: string, name = 'mine.csv') {
  const input = screen.getByTestId('import-csv') as HTMLInputElement;
  fireEvent.change(input, { target: { files: [new File([text], name, { type: 'text/csv' })] } });
}

beforeEach(() => useStore.setState({ view: DEFAULT_VIEW, imported: null, layer: 'extracted' }));
afterEach(cleanup);

describe('ImportTool', () => {
  it('imports the usable rows and lists the others by line, with reasons in the user’s language', async () => {
    render(<ImportTool />);
    choose(CSV);
    const report = await screen.findByTestId('import-report', {}, { timeout: 5000 });
    const items = [...report.querySelectorAll('li[data-line]')];
    expect(items.map((li) => li.getAttribute('data-line'))).toEqual(['3', '5', '6']);
    expect(items[0].textContent).toContain('无法识别的地区');
    expect(items[1].textContent).toContain('“many”不是数字');
    expect(items[2].textContent).toContain('无法识别的指标“happiness”');
    expect(screen.getByTestId('import-summary').textContent).toBe('mine.csv：共 5 行，导入 2 个数字，3 行无法使用');
    expect(screen.queryByTestId('import-undated')).toBeNull();
    const { imported, layer } = useStore.getState();
    expect(imported?.figures.map((f) => [f.adcode, f.cityAdcode, f.metric, f.value])).toEqual([
      [150000, undefined, 'issues_found', 120],
      [150000, 150100, 'problem_clues', 12],
    ]);
    expect(layer).toBe('both');
  });

  it('shows cell text as text, never as markup', async () => {
    render(<ImportTool />);
    choose(CSV);
    const report = await screen.findByTestId('import-report', {}, { timeout: 5000 });
    expect(report.querySelector('img')).toBeNull();
    expect(report.textContent).toContain('<img src=x onerror=alert(1)>');
  });

  it('switches layers and removes the import', async () => {
    render(<ImportTool />);
    choose(CSV);
    await screen.findByTestId('import-report', {}, { timeout: 5000 });
    fireEvent.change(screen.getByTestId('layer'), { target: { value: 'imported' } });
    expect(useStore.getState().layer).toBe('imported');
    fireEvent.click(screen.getByTestId('import-remove'));
    await waitFor(() => expect(screen.queryByTestId('import-report')).toBeNull());
    expect(useStore.getState().imported).toBeNull();
    expect(useStore.getState().layer).toBe('extracted');
  });

  it('reads a GB18030 file as Excel on a Chinese system saves it', async () => {
    // 内蒙古,2021,发现问题,3,x in GB18030.
    const gb = new Uint8Array([0xc4, 0xda, 0xc3, 0xc9, 0xb9, 0xc5, 0x2c, 0x32, 0x30, 0x32, 0x31, 0x2c, 0xb7, 0xa2, 0xcf, 0xd6, 0xce, 0xca, 0xcc, 0xe2, 0x2c, 0x33, 0x2c, 0x78]);
    render(<ImportTool />);
    const input = screen.getByTestId('import-csv') as HTMLInputElement;
    const header = new TextEncoder().encode('region,date,metric,value,source\n');
    fireEvent.change(input, { target: { files: [new File([header, gb], 'gb.csv')] } });
    await screen.findByTestId('import-report', {}, { timeout: 5000 });
    expect(useStore.getState().imported?.figures).toMatchObject([{ province: '内蒙古', metric: 'issues_found', value: 3 }]);
    expect(screen.getByTestId('import-year-only').textContent).toContain('1 个数字只有年份');
  });

  it('says which figures the timeline cannot show', async () => {
    render(<ImportTool />);
    choose('region,metric,value\n广东,issues_found,4\n广西,issues_found,5');
    expect((await screen.findByTestId('import-undated', {}, { timeout: 5000 })).textContent).toContain('2 个数字没有日期');
  });
});
