/**
 * Confidence that means something: Platt scaling of the chosen candidate's probability, fitted on
 * out-of-fold predictions, and the reliability table and expected calibration error that check it.
 */

export interface Prediction {
  /** The probability the model gave its choice (or the calibrated confidence, to check it). */
  probability: number;
  right: boolean;
}

const logit = (p: number) => {
  const q = Math.min(1 - 1e-6, Math.max(1e-6, p));
  return Math.log(q / (1 - q));
};

/** a, b of p(right) = sigmoid(a · logit(probability) + b), by Newton's method on the log loss. */
export function fitPlatt(predictions: readonly Prediction[]): { a: number; b: number } {
  let a = 1;
  let b = 0;
  for (let iter = 0; iter < 50; iter++) {
    let ga = 0;
    let gb = 0;
    let haa = 1e-9;
    let hab = 0;
    let hbb = 1e-9;
    for (const { probability, right } of predictions) {
      const z = logit(probability);
      const p = 1 / (1 + Math.exp(-(a * z + b)));
      const d = p - (right ? 1 : 0);
      const h = p * (1 - p);
      ga += d * z;
      gb += d;
      haa += h * z * z;
      hab += h * z;
      hbb += h;
    }
    const det = haa * hbb - hab * hab;
    if (Math.abs(det) < 1e-12) break;
    const da = (hbb * ga - hab * gb) / det;
    const db = (haa * gb - hab * ga) / det;
    a -= da;
    b -= db;
    if (Math.abs(da) + Math.abs(db) < 1e-9) break;
  }
  return { a, b };
}

export interface ReliabilityRow {
  /** The bin's confidences: [from, to). */
  from: number;
  to: number;
  count: number;
  meanConfidence: number;
  accuracy: number;
}

/** Confidence bins against accuracy, and the expected calibration error (the count-weighted mean gap). */
export function reliability(predictions: readonly Prediction[], bins = 10): { rows: ReliabilityRow[]; ece: number } {
  const rows: ReliabilityRow[] = [];
  let ece = 0;
  for (let b = 0; b < bins; b++) {
    const from = b / bins;
    const to = (b + 1) / bins;
    const inBin = predictions.filter((p) => p.probability >= from && (p.probability < to || (b === bins - 1 && p.probability <= 1)));
    if (inBin.length === 0) continue;
    const meanConfidence = inBin.reduce((s, p) => s + p.probability, 0) / inBin.length;
    const accuracy = inBin.filter((p) => p.right).length / inBin.length;
    rows.push({ from, to, count: inBin.length, meanConfidence, accuracy });
    ece += (inBin.length / predictions.length) * Math.abs(meanConfidence - accuracy);
  }
  return { rows, ece };
}
