// Turns bench/build/results.json into tables: printed, and written to docs/benchmarks.md with the
// machine and the date. Standalone: node lib/report.mjs [results.json] (re-renders without measuring).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { summary } from './stats.mjs';

const kB = (b) => (b / 1000).toFixed(1);
const ms = (t) => (t < 100 ? t.toFixed(1) : t.toFixed(0));
const MB = (b) => (b / 1e6).toFixed(2);
const spread = (s, f) => (s.n ? `${f(s.median)} (${f(s.min)}–${f(s.max)})` : '—');
const ratio = (a, b) => (Number.isFinite(a) && Number.isFinite(b) && b !== 0 ? (a / b).toFixed(2) : '—');
const row = (cells) => `| ${cells.join(' | ')} |`;

/** Rows of one questionnaire: [metric, ours, SurveyJS, ratio]. */
function browserRows(r, q) {
  const ours = r[`${q}/ours/pointer`], sjs = r[`${q}/surveyjs/pointer`];
  const kbd = r[`${q}/ours/keyboard`], nod = r[`${q}/surveyjs/pointer-nodelay`];
  const walked = (runs) => runs.filter((x) => x.steps.length);
  const over = (runs, f) => summary(runs.map(f));
  // paint latencies of the question transitions (optionally only the first `limit` answers) or the result
  const steps = (runs, kind, limit = Infinity) => walked(runs).flatMap((x) => x.steps.filter((s, i) => s.kind === kind && i < limit).map((s) => s.paint));
  const answered = (runs) => Math.max(0, ...walked(runs).map((x) => x.steps.length));
  const ext = (x, re) => x.bytes.files.filter((f) => re.test(f.name)).reduce((s, f) => s + f.encoded, 0);
  const rows = [];
  const add = (metric, a, b, fmt) => rows.push([metric, spread(a, fmt), spread(b, fmt), ratio(a.median, b.median)]);
  add('(a) first load, transferred (gzip bodies), kB', over(ours, (x) => x.bytes.encoded), over(sjs, (x) => x.bytes.encoded), kB);
  add('  of it wasm + JS, kB', over(ours, (x) => ext(x, /\.(wasm|m?js)$/)), over(sjs, (x) => ext(x, /\.(wasm|m?js)$/)), kB);
  add('  of it CSS, kB', over(ours, (x) => ext(x, /\.css$/)), over(sjs, (x) => ext(x, /\.css$/)), kB);
  add('  uncompressed, kB', over(ours, (x) => x.bytes.decoded), over(sjs, (x) => x.bytes.decoded), kB);
  rows.push(['(b1) navigation → start button clickable, ms', spread(over(ours, (x) => x.startButton), ms), '— (no start screen)', '—']);
  rows.push(['(b2) start click → first radio enabled, ms', spread(over(ours, (x) => x.startToRadio), ms), '—', '—']);
  add('(b) navigation → first question interactive, ms ¹', over(ours, (x) => x.startButton + x.startToRadio), over(sjs, (x) => x.firstRadio), ms);
  const cell = (s) => (s.n ? `${ms(s.median)} / ${ms(s.p95)} (n=${s.n})` : '— (not walked)');
  const lat = (label, a, b) => {
    const sa = summary(a), sb = summary(b);
    rows.push([label, cell(sa), cell(sb), sa.n && sb.n ? `${ratio(sa.median, sb.median)} / ${ratio(sa.p95, sb.p95)}` : '—']);
  };
  const limit = answered(nod) || Infinity; // compare the same questions when SurveyJS answered only a prefix
  const first = Number.isFinite(limit) && answered(kbd) > limit ? `, first ${limit} answers` : '';
  lat('(c) click option → next question painted, p50 / p95 ms, with the deliberate pause ²', steps(ours, 'question'), steps(sjs, 'question'));
  lat(`(c) without pause: ours Enter → next, SurveyJS click with autoAdvanceDelay=0${first}, p50 / p95 ms`, steps(kbd, 'question', limit), steps(nod, 'question'));
  if (first) lat(`    ours Enter → next over all ${answered(kbd)} answers, p50 / p95 ms`, steps(kbd, 'question'), []);
  lat('    last answer → result painted (no pause), p50 / p95 ms', steps(kbd, 'result'), steps(nod, 'result'));
  // memory after the walks that got furthest by pointer: to the result, or as far as SurveyJS went
  const memOurs = walked(ours), memSjs = walked(sjs).length ? walked(sjs) : walked(nod);
  const finished = [...memOurs, ...memSjs].every((x) => x.steps.at(-1).kind === 'result');
  const when = finished ? 'after finishing' : `after ${answered(memOurs)} answers`;
  add(`(d) JS heap ${when} (after GC), MB`, over(memOurs, (x) => x.heapAfter), over(memSjs, (x) => x.heapAfter), MB);
  add(`(d) wasm memory ${when}, MB`, over(memOurs, (x) => x.wasmAfter), over(memSjs, (x) => x.wasmAfter), MB);
  add(`(d) JS heap + wasm memory ${when}, MB`, over(memOurs, (x) => x.heapAfter + x.wasmAfter), over(memSjs, (x) => x.heapAfter + x.wasmAfter), MB);
  if (!finished) {
    const k = walked(kbd).filter((x) => x.steps.at(-1).kind === 'result');
    rows.push(['    ours after finishing (keyboard walk): JS heap + wasm, MB', spread(over(k, (x) => x.heapAfter + x.wasmAfter), MB), '—', '—']);
  }
  add('    JS heap at the first question (after GC), MB', over(ours, (x) => x.heapAtFirst), over(sjs, (x) => x.heapAtFirst), MB);
  return rows;
}

function lighthouseRows(cli) {
  const rows = [];
  const metric = (label, key, fmt) => {
    const a = summary((cli.ours || []).map((x) => x[key])), b = summary((cli.surveyjs || []).map((x) => x[key]));
    rows.push([label, spread(a, fmt), spread(b, fmt), ratio(a.median, b.median)]);
  };
  const int = (v) => v.toFixed(0);
  metric('Performance', 'performance', int); metric('Accessibility', 'accessibility', int);
  metric('Best practices', 'bestPractices', int); metric('SEO', 'seo', int);
  metric('LCP, ms', 'lcp', int); metric('TBT, ms', 'tbt', int); metric('total byte weight, kB', 'bytes', kB);
  return rows;
}

function screenRows(screens) {
  const int = (v) => v.toFixed(0);
  return Object.entries(screens).map(([name, runs]) => [name, ...[
    ['performance', int], ['accessibility', int], ['bestPractices', int], ['seo', int], ['lcp', int], ['tbt', int], ['cls', (v) => v.toFixed(3)],
  ].map(([key, fmt]) => spread(summary(runs.map((x) => x[key])), fmt))]);
}

function flowCell(s) {
  if (!s) return '—';
  const parts = [];
  if (s.performance != null) parts.push(`perf ${s.performance}`);
  if (s.accessibility != null) parts.push(`a11y ${s.accessibility}`);
  if (s.bestPractices != null) parts.push(`BP ${s.bestPractices}`);
  if (s.seo != null) parts.push(`SEO ${s.seo}`);
  if (s.lcp != null) parts.push(`LCP ${s.lcp.toFixed(0)} ms`);
  if (s.tbt != null) parts.push(`TBT ${s.tbt.toFixed(0)} ms`);
  if (s.inp != null) parts.push(`INP ${s.inp.toFixed(0)} ms`);
  return parts.join(' · ');
}

function flowRows(flow) {
  const ours = Array.isArray(flow.ours) ? flow.ours : [], sjs = Array.isArray(flow.surveyjs) ? flow.surveyjs : [];
  const rows = [];
  for (let i = 0; i < Math.max(ours.length, sjs.length); i++) {
    rows.push([`${i + 1}. ${ours[i]?.mode || sjs[i]?.mode}: ${ours[i]?.name || '—'} / ${sjs[i]?.name || '—'}`, flowCell(ours[i]), flowCell(sjs[i])]);
  }
  for (const app of ['ours', 'surveyjs']) if (flow[app]?.error) rows.push([`${app}: flow failed`, flow[app].error, '']);
  return rows;
}

const table = (head, rows) => [row(head), row(head.map(() => '---')), ...rows.map(row)].join('\n');

export function render(d) {
  const m = d.machine, out = [];
  out.push(`Measured ${d.date.slice(0, 16).replace('T', ' ')} UTC on ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB, ${m.os}; ` +
    `load average ${m.loadavg.map((x) => x.toFixed(1)).join(' → ')} (start → end); Chromium ${m.chromium} headless; Node ${m.node}; Lighthouse ${m.lighthouse}; SurveyJS ${m.surveyjs}. ` +
    `${d.config.runs} page loads per page, ${d.config.walkRuns} walks through the default questionnaire per input path and ${d.config.stressWalkRuns} through the stress questionnaire ` +
    `(pointer paths: the first ${d.config.stressSteps || 'all'} questions, ours' keyboard path: all), ` +
    `${d.config.lhRuns} Lighthouse runs per page; whole run ${d.seconds} s. Cells: median (min–max), or p50 / p95 over all question transitions of all walks.`);
  for (const [q, title] of [['default', 'Default questionnaire (content/default.json, full check: 30 questions)'], ['stress', 'Stress questionnaire (200 likert items)']]) {
    out.push(`\n### ${title}\n`);
    out.push(table(['metric', 'ours', 'SurveyJS', 'ours / SurveyJS'], browserRows(d.results, q)));
  }
  out.push('\n¹ ours: (b1) + (b2), the start screen\'s button plus the click to the first question, without the time a person spends on the start screen; SurveyJS: navigation → first radio enabled (it has no start screen).');
  out.push('² ours waits a deliberate 150 ms after a pointer click so the choice is seen; SurveyJS waits its default `settings.autoAdvanceDelay` of 300 ms.');
  out.push(`\n### Lighthouse, mobile, navigation to the page (ours: start page; SurveyJS: its first question), ${d.config.lhRuns} runs\n`);
  out.push(table(['metric', 'ours', 'SurveyJS', 'ours / SurveyJS'], lighthouseRows(d.lighthouse.cli)));
  if (d.lighthouse.screens) {
    out.push(`\n### Lighthouse, mobile, ours' screens as navigations, ${d.config.lhRuns} runs each\n`);
    out.push(table(['screen', 'Performance', 'Accessibility', 'Best practices', 'SEO', 'LCP, ms', 'TBT, ms', 'CLS'], screenRows(d.lighthouse.screens)));
  }
  if (Object.keys(d.lighthouse.flow).length) {
    out.push('\n### Lighthouse user flow, mobile, one run each (navigation, snapshot of the first question, timespan answering all 30 questions by clicks, snapshot of the result)\n');
    out.push(table(['step (ours / SurveyJS)', 'ours', 'SurveyJS'], flowRows(d.lighthouse.flow)));
  }
  return out.join('\n');
}

export function writeReport(d, mdPath) {
  const tables = render(d);
  console.log(`\n${tables}\n`);
  const head = fs.readFileSync(path.join(path.dirname(fileURLToPath(import.meta.url)), 'benchmarks-head.md'), 'utf8');
  fs.writeFileSync(mdPath, `${head.trim()}\n\n## Latest results\n\n${tables}\n`);
  console.log(`[bench] wrote ${path.relative(process.cwd(), mdPath)}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const file = process.argv[2] || path.join(here, '..', 'build', 'results.json');
  writeReport(JSON.parse(fs.readFileSync(file, 'utf8')), path.join(here, '..', '..', 'docs', 'benchmarks.md'));
}
