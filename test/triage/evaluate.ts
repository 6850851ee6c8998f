/** Precision and recall of triage suggestions against labelled messages; pure, no I/O. */
import { TRIAGE_FLAGS, type TriageFlag } from '../../src/core/triage/triage.schema.js';

/** One message's expected labels and the flags triage suggested for it. */
export interface Prediction {
  expected: readonly TriageFlag[];
  predicted: readonly TriageFlag[];
}

export interface FlagMetrics {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  /** Share of suggested flags that were right; null when nothing was suggested. */
  precision: number | null;
  /** Share of labelled flags that were suggested; null when nothing carries the label. */
  recall: number | null;
}

/** Counts hits and misses per flag and derives precision and recall. */
export function computeMetrics(
  predictions: readonly Prediction[],
): Record<TriageFlag, FlagMetrics> {
  return Object.fromEntries(
    TRIAGE_FLAGS.map((flag) => [flag, computeFlagMetrics(predictions, flag)]),
  ) as Record<TriageFlag, FlagMetrics>;
}

function computeFlagMetrics(predictions: readonly Prediction[], flag: TriageFlag): FlagMetrics {
  let truePositives = 0;
  let falsePositives = 0;
  let falseNegatives = 0;
  for (const { expected, predicted } of predictions) {
    const isExpected = expected.includes(flag);
    const isPredicted = predicted.includes(flag);
    if (isExpected && isPredicted) truePositives += 1;
    else if (isPredicted) falsePositives += 1;
    else if (isExpected) falseNegatives += 1;
  }
  return {
    truePositives,
    falsePositives,
    falseNegatives,
    precision: ratio(truePositives, truePositives + falsePositives),
    recall: ratio(truePositives, truePositives + falseNegatives),
  };
}

function ratio(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}

/** A row of the printed table: a group of messages (e.g. "test / fr") and its metrics. */
export interface MetricsRow {
  group: string;
  count: number;
  metrics: Record<TriageFlag, FlagMetrics>;
}

/** A fixed-width table: one line per group, precision/recall (labelled count) per flag. */
export function formatMetricsTable(rows: readonly MetricsRow[]): string {
  const header = ['group'.padEnd(12), 'n'.padStart(4), ...TRIAGE_FLAGS.map(formatHeader)];
  const lines = rows.map((row) => [
    row.group.padEnd(12),
    String(row.count).padStart(4),
    ...TRIAGE_FLAGS.map((flag) => formatCell(row.metrics[flag])),
  ]);
  return [header, ...lines].map((cells) => cells.join(' | ')).join('\n');
}

const CELL_WIDTH = 26;

function formatHeader(flag: TriageFlag): string {
  return `${flag} P/R (n)`.padEnd(CELL_WIDTH);
}

function formatCell(metrics: FlagMetrics): string {
  const labelled = metrics.truePositives + metrics.falseNegatives;
  const cell = `${formatRatio(metrics.precision)}/${formatRatio(metrics.recall)} (${labelled})`;
  return cell.padEnd(CELL_WIDTH);
}

function formatRatio(value: number | null): string {
  return value === null ? '  - ' : value.toFixed(2);
}
