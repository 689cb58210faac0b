// npm run eval -- <corpus-dir> <labels.json>... [--details] [--json]
//   --details  also list every miss, false positive, date, topic and province error with its sentence
//   --json     the whole report as JSON
// npm run eval -- --rules   prints the metric rules, in the order they are tried
// Runs the real ingest over the corpus (nothing written) and scores it against the label files.
import { METRIC_RULES } from '../extract/metricRules';
import { runIngest } from '../pipeline';
import { formatReport } from './format';
import { loadLabels } from './labels';
import { predictionsByFile } from './predictions';
import { scoreAll } from './score';

const USAGE = 'usage: npm run eval -- <corpus-dir> <labels.json>... [--details] [--json]  |  npm run eval -- --rules';

async function main(argv: string[]): Promise<number> {
  const flags = new Set(argv.filter((a) => a.startsWith('--')));
  if (flags.has('--rules')) {
    for (const r of METRIC_RULES) console.log(`${r.metric.padEnd(24)} ${r.about}`);
    return 0;
  }
  const [corpus, ...labelPaths] = argv.filter((a) => !a.startsWith('--'));
  if (!corpus || labelPaths.length === 0 || flags.has('--help')) {
    console.error(USAGE);
    return 2;
  }
  const labels = loadLabels(labelPaths);
  const result = await runIngest({ inputDir: corpus });
  const report = scoreAll(labels, predictionsByFile(result.articles, result.facts));
  if (flags.has('--json')) console.log(JSON.stringify(report, null, 2));
  else {
    console.log(formatReport(report, flags.has('--details')));
    console.log(`\ningest: ${result.counts.articles} articles, ${result.counts.facts} facts in ${result.seconds.toFixed(2)} s`);
  }
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  },
);
