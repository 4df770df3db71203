import { serve } from '/work/main/bench/lib/serve.mjs';
import { measure } from '/work/main/bench/lib/measure.mjs';
const a = await serve('/work/main/bench/build/ours'), b = await serve('/work/main/bench/build/surveyjs');
const r = await measure([
  { key: 'ours-mouse', target: { app: 'ours', url: a.url }, mode: 'mouse', runs: 2, walkRuns: 1 },
  { key: 'ours-kbd', target: { app: 'ours', url: a.url }, mode: 'keyboard', runs: 1, walkRuns: 1 },
  { key: 'sjs', target: { app: 'surveyjs', url: b.url }, mode: 'mouse', runs: 1, walkRuns: 1 },
  { key: 'sjs0', target: { app: 'surveyjs', url: b.url + '?autoAdvanceDelay=0' }, mode: 'mouse', runs: 1, walkRuns: 1 },
]);
for (const [k, v] of Object.entries(r.results)) { const x = v[0]; console.log(k, JSON.stringify({ ...x, bytes: x.bytes.encoded, steps: x.steps.slice(0, 3).map(s=>s.paint.toFixed(0)), nsteps: x.steps.length, last: x.steps.at(-1) })); }
await a.close(); await b.close();
