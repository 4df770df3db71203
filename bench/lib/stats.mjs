// Small statistics helpers: percentiles with linear interpolation, and a summary per metric.
export function quantile(values, q) {
  const v = values.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!v.length) return NaN;
  const pos = (v.length - 1) * q, lo = Math.floor(pos), hi = Math.ceil(pos);
  return v[lo] + (v[hi] - v[lo]) * (pos - lo);
}

export function summary(values) {
  const v = values.filter((x) => Number.isFinite(x));
  return {
    n: v.length, median: quantile(v, 0.5), p10: quantile(v, 0.1), p90: quantile(v, 0.9),
    p95: quantile(v, 0.95), min: v.length ? Math.min(...v) : NaN, max: v.length ? Math.max(...v) : NaN,
  };
}
