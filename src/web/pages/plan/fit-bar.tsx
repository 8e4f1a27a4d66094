/**
 * A fit estimate as a bar: the solid part is the estimate, the light band around its end the
 * plausible range. Drawn as SVG with attributes (not inline styles), so a strict
 * Content-Security-Policy allows it; the numbers are in the text for screen readers and print.
 */
import { percent, rangeText } from '../../../core/plan/labels.js';

/** 0.4071 → "40.7": a coordinate on the bar's 0–100 scale. */
const at = (score: number) => String(Math.round(Math.min(1, Math.max(0, score)) * 1000) / 10);

export interface FitBarProps {
  fit: number;
  range?: { low: number; high: number };
  /** What the number measures, for screen readers: "personal fit". */
  label?: string;
}

export function FitBar(props: FitBarProps) {
  const { fit, range } = props;
  return (
    <div class="fit">
      <svg
        class="fit-bar"
        viewBox="0 0 100 10"
        preserveAspectRatio="none"
        aria-hidden="true"
        focusable="false"
      >
        <rect class="fit-track" x="0" y="3" width="100" height="4" />
        {range ? (
          <rect class="fit-range" x={at(range.low)} y="0" width={at(range.high - range.low)} height="10" />
        ) : null}
        <rect class="fit-value" x="0" y="3" width={at(fit)} height="4" />
      </svg>
      <span class="fit-number">
        {percent(fit)}
        <span class="visually-hidden">
          {` ${props.label ?? 'fit'}${range ? `, plausible range ${rangeText(range)}` : ''}`}
        </span>
      </span>
    </div>
  );
}
