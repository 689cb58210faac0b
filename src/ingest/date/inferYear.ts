// A year for a date written without one (日期:06-15), or for an undated article, from what the text says.
// Never from the machine's clock: the same input must give the same output on any day.

/** Years of the central inspection rounds (届 → round → [year, month] the round began). */
const CENTRAL_ROUNDS: Record<string, [number, number][]> = {
  十八: [[2013, 5], [2013, 10], [2014, 3], [2014, 7], [2014, 11], [2015, 3], [2015, 7], [2015, 11], [2016, 2], [2016, 6], [2016, 10], [2017, 2]],
  十九: [[2018, 2], [2018, 10], [2019, 3], [2019, 9], [2020, 5], [2020, 10], [2021, 4], [2021, 9], [2022, 3]],
  二十: [[2023, 4], [2023, 10], [2024, 4], [2024, 10], [2025, 3], [2025, 9]],
};
const CN_DIGIT: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

function cnSmall(s: string): number {
  if (s === '十') return 10;
  if (s.startsWith('十')) return 10 + (CN_DIGIT[s[1]] ?? 0);
  if (s.length === 1) return CN_DIGIT[s] ?? 0;
  return (CN_DIGIT[s[0]] ?? 0) * 10 + (CN_DIGIT[s[2]] ?? 0);
}

export interface YearGuess {
  year: number;
  reason: string;
}

/** Years written as a point in time (2020年6月, 2019年以来), not as a range end or a target (至2021年, 到2035年). */
export function yearsInText(text: string): number[] {
  const years: number[] = [];
  const re = /(^|[^\d—\-~～至到])((?:19|20)\d{2})年(?!代)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) years.push(Number(m[2]));
  return years;
}

/** The year of a month (and day) from the text: an explicit YYYY年M月, then a central round, then the latest year. */
export function inferYear(text: string, month?: number): YearGuess | null {
  if (month !== undefined) {
    const same = new RegExp(`((?:19|20)\\d{2})年${month}月`).exec(text);
    if (same) return { year: Number(same[1]), reason: `the text speaks of ${same[0]}` };
    const round = /(十八|十九|二十)届中央第([一二三四五六七八九十]{1,3})轮巡视/.exec(text);
    const start = round ? CENTRAL_ROUNDS[round[1]]?.[cnSmall(round[2]) - 1] : undefined;
    if (round && start) {
      const year = month >= start[1] ? start[0] : start[0] + 1;
      return { year, reason: `the text names ${round[0]}, which began in ${start[0]}-${String(start[1]).padStart(2, '0')}` };
    }
  }
  const years = yearsInText(text);
  if (years.length === 0) return null;
  const latest = Math.max(...years);
  return { year: latest, reason: `${latest}年 is the latest year the text names` };
}
