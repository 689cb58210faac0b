// Label files in the format of the corpus guide (LABELING.md): per input file (path relative to the corpus dir)
// its date, topic, provinces and required / optional / forbidden figures.
import { readFileSync } from 'node:fs';
import * as v from 'valibot';

const LabelFact = v.object({
  province: v.optional(v.string()),
  city: v.optional(v.string()),
  metric: v.string(),
  value: v.union([v.number(), v.literal('*')]),
  approx: v.optional(v.boolean()),
  evidence: v.optional(v.string()),
  why: v.optional(v.string()),
});

const FileLabel = v.object({
  date: v.optional(v.nullable(v.string())),
  topic: v.optional(v.boolean()),
  provinces: v.optional(v.array(v.string())),
  required: v.optional(v.array(LabelFact)),
  optional: v.optional(v.array(LabelFact)),
  forbidden: v.optional(v.array(LabelFact)),
});

export type LabelFact = v.InferOutput<typeof LabelFact>;
export type FileLabel = v.InferOutput<typeof FileLabel>;
export type LabelSet = Map<string, FileLabel>;

/** Parses one label document (the JSON text); throws with the file key on a malformed entry. */
export function parseLabels(json: string): LabelSet {
  const raw = JSON.parse(json) as Record<string, unknown>;
  const out: LabelSet = new Map();
  for (const [file, entry] of Object.entries(raw)) {
    const parsed = v.safeParse(FileLabel, entry);
    if (!parsed.success) throw new Error(`label for ${file}: ${parsed.issues[0]?.message ?? 'invalid'}`);
    out.set(file.replace(/\\/g, '/'), parsed.output);
  }
  return out;
}

/** Reads and merges label files; a later file's entry for the same key wins. */
export function loadLabels(paths: string[]): LabelSet {
  const out: LabelSet = new Map();
  for (const p of paths) for (const [k, lab] of parseLabels(readFileSync(p, 'utf8'))) out.set(k, lab);
  return out;
}

/** A label's topic: as written, else on-topic when it lists required figures or provinces. */
export function labelTopic(l: FileLabel): boolean {
  if (l.topic !== undefined) return l.topic;
  return (l.required?.length ?? 0) > 0 || (l.provinces?.length ?? 0) > 0;
}
