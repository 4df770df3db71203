// Writes a 200-item stress questionnaire in our own format (docs/questionnaire-format.md).
// Usage: node lib/stress.mjs content/default.json out.json [count]
//
// Everything but the items is taken from the shipped questionnaire (scales, dimensions, stages), so
// the file passes the same validation. The items reuse the shipped likert statements round-robin per
// dimension with a running number appended: texts of realistic length, and every heading differs from
// the one before it (the benchmark detects "next question" by a changed heading).
import fs from 'node:fs';

const [src, out, countArg] = process.argv.slice(2);
const count = Number(countArg || 200);
const base = JSON.parse(fs.readFileSync(src, 'utf8'));

const dims = base.dimensions.map((d) => d.id);
const likertByDim = Object.fromEntries(dims.map((d) => [d, base.items.filter((i) => i.kind === 'likert' && i.dimension === d)]));

const items = [];
for (let n = 0; n < count; n++) {
  const dim = dims[n % dims.length]; // spread evenly over the dimensions
  const pool = likertByDim[dim];
  const model = pool[Math.floor(n / dims.length) % pool.length];
  const text = Object.fromEntries(base.languages.map((l) => [l, `${model.text[l]} (${n + 1})`]));
  // reverse keying follows the model item, so each dimension keeps its reverse-keyed statements
  const item = { id: `stress-${n + 1}`, kind: 'likert', dimension: dim, scale: model.scale, reverse: !!model.reverse, text };
  // The outside wording too, so the file stays valid with the outside view switched on.
  if (model.outside_text) {
    item.outside_text = Object.fromEntries(base.languages.map((l) => [l, `${model.outside_text[l]} (${n + 1})`]));
  }
  items.push(item);
}

const stress = {
  ...base,
  id: 'stress-200',
  version: 1,
  items,
  // round-robin order: the first 2 × dimensions items give every dimension two quick items
  variants: { quick: items.slice(0, 2 * dims.length).map((i) => i.id), full: 'all' },
};
// Rewrite only on change: its mtime decides whether the (slow) stress build of our app runs again.
const text = JSON.stringify(stress, null, 1);
const same = fs.existsSync(out) && fs.readFileSync(out, 'utf8') === text;
if (!same) fs.writeFileSync(out, text);
console.log(`[stress] ${items.length} likert items over ${dims.length} dimensions -> ${out}${same ? ' (unchanged)' : ''}`);
