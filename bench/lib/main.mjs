// Runs every measurement and writes bench/build/results.json, then the report (report.mjs).
// Expects the four pages built by ./run in bench/build: ours, ours-stress, surveyjs, surveyjs-stress.
// Knobs (environment): BENCH_RUNS (page loads per page, 10), BENCH_WALK_RUNS (full walks through the
// default questionnaire per input path, 3), BENCH_STRESS_WALK_RUNS (walks through the 200 items, 1),
// BENCH_STRESS_STEPS (questions answered by pointer in those, 30; 0: all), BENCH_LH_RUNS (Lighthouse
// CLI runs per page, 3), BENCH_LH_FLOW (1: run the Lighthouse user flows).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from './serve.mjs';
import { measure } from './measure.mjs';
import { lighthouseCli, lighthouseFlow, oursResultUrl } from './lighthouse.mjs';
import { writeReport } from './report.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const build = path.join(here, '..', 'build');
const num = (k, d) => (process.env[k] !== undefined && process.env[k] !== '' ? Number(process.env[k]) : d);
const config = {
  runs: num('BENCH_RUNS', 10), walkRuns: num('BENCH_WALK_RUNS', 3), stressWalkRuns: num('BENCH_STRESS_WALK_RUNS', 1),
  stressSteps: num('BENCH_STRESS_STEPS', 30),
  lhRuns: num('BENCH_LH_RUNS', 3), lhFlow: num('BENCH_LH_FLOW', 1),
};
const log = (m) => console.log(`[bench] ${m}`);
const t0 = Date.now();
const loadBefore = os.loadavg()[0]; // other work on the machine skews timings: recorded with the results

const servers = {};
for (const name of ['ours', 'ours-stress', 'surveyjs', 'surveyjs-stress']) servers[name] = await serve(path.join(build, name));
log(`serving with gzip: ${Object.entries(servers).map(([k, s]) => `${k} ${s.url}`).join(', ')}`);

// Per questionnaire: ours by pointer (with its 150 ms pause) and by keyboard (digit, Enter: no pause),
// SurveyJS as configured (its own 300 ms autoAdvanceDelay) and with autoAdvanceDelay=0.
// The page-load numbers come from the series with `runs` loads; the others only add walks.
const series = [];
for (const q of ['default', 'stress']) {
  const walks = q === 'default' ? config.walkRuns : config.stressWalkRuns;
  const sfx = q === 'stress' ? '-stress' : '';
  const ours = servers[`ours${sfx}`].url, sjs = servers[`surveyjs${sfx}`].url;
  // SurveyJS needs 1-3 s per page change with 200 pages, so a walk through all of them would take
  // ~10 minutes: in the stress case the pointer paths answer the first `stressSteps` questions (both
  // apps alike), SurveyJS only without its delay, and ours' keyboard path goes through to the result.
  const steps = q === 'stress' ? config.stressSteps : 0;
  series.push(
    { key: `${q}/ours/pointer`, target: { app: 'ours', url: ours }, mode: 'mouse', runs: config.runs, walkRuns: walks, maxSteps: steps },
    { key: `${q}/ours/keyboard`, target: { app: 'ours', url: ours }, mode: 'keyboard', runs: walks, walkRuns: walks },
    { key: `${q}/surveyjs/pointer`, target: { app: 'surveyjs', url: sjs }, mode: 'mouse', runs: config.runs, walkRuns: q === 'stress' ? 0 : walks },
    { key: `${q}/surveyjs/pointer-nodelay`, target: { app: 'surveyjs', url: `${sjs}?autoAdvanceDelay=0` }, mode: 'mouse', runs: walks, walkRuns: walks, maxSteps: steps },
  );
}
log(`browser runs: ${config.runs} loads per page, ${config.walkRuns} walks (default) / ${config.stressWalkRuns} (stress, pointer: first ${config.stressSteps || 'all'} questions) per input path`);
const { results, chromium } = await measure(series, (m) => console.log(m));
log(`browser runs done in ${((Date.now() - t0) / 1000).toFixed(0)} s`);

const lighthouse = { cli: {}, flow: {} };
if (config.lhRuns > 0) {
  for (const app of ['ours', 'surveyjs']) {
    log(`lighthouse ${app} (${config.lhRuns} runs)`);
    lighthouse.cli[app] = await lighthouseCli(servers[app].url, config.lhRuns, build, app);
  }
  // Ours' three screens as navigations: the start page (above), a question (the embed setting
  // "no start screen" opens the first question at once) and a result (its share link).
  const base = servers.ours.url;
  const resultUrl = await oursResultUrl(base);
  log(`lighthouse ours: question and result screens (${config.lhRuns} runs each)`);
  lighthouse.screens = {
    [`start page (${base})`]: lighthouse.cli.ours,
    [`question (${base}?intro=0&variant=full)`]: await lighthouseCli(`${base}?intro=0&variant=full`, config.lhRuns, build, 'ours-question'),
    [`result (${base}#r=…)`]: await lighthouseCli(resultUrl, config.lhRuns, build, 'ours-result'),
  };
}
if (config.lhFlow) {
  for (const app of ['ours', 'surveyjs']) {
    log(`lighthouse user flow ${app}`);
    try {
      lighthouse.flow[app] = await lighthouseFlow(app, servers[app].url, build);
    } catch (e) {
      lighthouse.flow[app] = { error: String(e.message || e).split('\n')[0] };
      log(`  user flow failed: ${lighthouse.flow[app].error}`);
    }
  }
}
for (const s of Object.values(servers)) await s.close();

const lhVersion = JSON.parse(fs.readFileSync(path.join(here, '..', 'node_modules', 'lighthouse', 'package.json'), 'utf8')).version;
const sjsVersion = JSON.parse(fs.readFileSync(path.join(here, '..', 'node_modules', 'survey-core', 'package.json'), 'utf8')).version;
const data = {
  date: new Date().toISOString(),
  machine: {
    cpu: os.cpus()[0].model.trim(), cores: os.cpus().length, memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    os: `${os.type()} ${os.release()}`, loadavg: [loadBefore, os.loadavg()[0]], chromium, node: process.version, lighthouse: lhVersion, surveyjs: sjsVersion,
  },
  config, seconds: Math.round((Date.now() - t0) / 1000), results, lighthouse,
};
fs.writeFileSync(path.join(build, 'results.json'), JSON.stringify(data, null, 1));
log(`results: bench/build/results.json (${data.seconds} s)`);
writeReport(data, path.join(here, '..', '..', 'docs', 'benchmarks.md'));
