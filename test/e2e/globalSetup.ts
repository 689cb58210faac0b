// Once per end-to-end run: make sure dist/ holds a build of the current tree (reused when fresh),
// so that test files share one build instead of each building its own.
import { ensureDefaultBuild, isBuildFresh } from './harness';

export default function setup(): void {
  const reused = isBuildFresh();
  const started = Date.now();
  const dist = ensureDefaultBuild();
  const how = reused ? 'reused (newer than its inputs)' : `built in ${((Date.now() - started) / 1000).toFixed(1)} s`;
  console.log(`e2e: ${dist} ${how}`);
}
