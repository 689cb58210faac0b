// The import's problems in words, in the user's language.
import type { Lang } from '../state/store';
import type { FieldProblem, ProblemCode } from './fields';

type Describe = (text: string) => string;

const TEXTS: Record<Lang, Record<ProblemCode, Describe>> = {
  zh: {
    'region-empty': () => '地区为空',
    'region-unknown': (t) => `无法识别的地区“${t}”`,
    'date-invalid': (t) => `“${t}”不是日期（请写 2021、2021-03 或 2021-03-05）`,
    'date-year': (t) => `日期“${t}”的年份不合理`,
    'date-month': (t) => `日期“${t}”的月份不存在`,
    'date-day': (t) => `日期“${t}”的日不存在`,
    'metric-empty': () => '指标为空',
    'metric-unknown': (t) => `无法识别的指标“${t}”（请写 issues_found 这样的键或“发现问题”这样的名称）`,
    'value-empty': () => '数值为空',
    'value-not-number': (t) => `数值“${t}”不是数字`,
    'value-negative': (t) => `数值“${t}”为负数`,
    'file-empty': () => '文件为空',
    'file-too-large': (t) => `文件有 ${t} MB，上限为 20 MB`,
    'header-missing': (t) => `表头缺少 ${t} 列（应为 region,date,metric,value,source）`,
  },
  en: {
    'region-empty': () => 'region is empty',
    'region-unknown': (t) => `unknown region "${t}"`,
    'date-invalid': (t) => `"${t}" is not a date (use 2021, 2021-03 or 2021-03-05)`,
    'date-year': (t) => `date "${t}" has an unlikely year`,
    'date-month': (t) => `date "${t}" has no such month`,
    'date-day': (t) => `date "${t}" has no such day`,
    'metric-empty': () => 'metric is empty',
    'metric-unknown': (t) => `unknown metric "${t}" (use a key such as issues_found, or a name such as 发现问题)`,
    'value-empty': () => 'value is empty',
    'value-not-number': (t) => `value "${t}" is not a number`,
    'value-negative': (t) => `value "${t}" is negative`,
    'file-empty': () => 'the file is empty',
    'file-too-large': (t) => `the file is ${t} MB; the limit is 20 MB`,
    'header-missing': (t) => `the header lacks ${t} (expected region,date,metric,value,source)`,
  },
};

export function describeProblem(problem: FieldProblem, lang: Lang): string {
  return TEXTS[lang][problem.code](problem.text ?? '');
}

/** All of a row's reasons in one sentence. */
export function describeProblems(problems: readonly FieldProblem[], lang: Lang): string {
  return problems.map((p) => describeProblem(p, lang)).join(lang === 'zh' ? '；' : '; ');
}
