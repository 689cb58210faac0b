// The browser-test harness every end-to-end test imports: build (or reuse a fresh dist/), serve a build on
// 127.0.0.1, open it in Debian's Chromium and collect what went wrong in the page.
//
//   const dist = ensureDefaultBuild();
//   const server = await serveStatic(dist);
//   const browser = await launchChromium();
//   const { page, problems, close } = await openApp(browser, server.url, { waitFor: '#articles' });
export { REPO_ROOT, DEFAULT_DIST, buildApp, ensureDefaultBuild, isBuildFresh, runCommand, runIngest } from './support/build';
export type { BuildOptions, CommandResult } from './support/build';
export { serveStatic, mimeTypeOf } from './support/serve';
export type { Override, StaticServer } from './support/serve';
export { CHROMIUM_ARGS, CHROMIUM_PATH, declaredCsp, launchChromium, openApp, parseCsp, summarize, waitForChartPaint } from './support/browser';
export type { OpenOptions, OpenedPage, PageProblems } from './support/browser';
