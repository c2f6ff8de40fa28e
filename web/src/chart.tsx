// A plain SVG bar chart: one group of bars per label, one bar per series, an optional
// target line per series. Values are counts; the axis starts at zero.
import { formatNumber } from "./format.ts";
import { locale } from "./i18n.ts";

export interface Series {
  name: string;
  values: number[];
  target?: number | null;
}

const colours = ["#2f6db5", "#e0892b", "#3a9b5c", "#a23d8f"];

export function BarChart(props: { labels: string[]; series: Series[]; title: string; height?: number }) {
  const height = props.height ?? 180;
  const groupWidth = Math.max(28, props.series.length * 14 + 10);
  const left = 36;
  const width = left + props.labels.length * groupWidth + 10;
  const plot = height - 30;
  const max = Math.max(
    1,
    ...props.series.flatMap((s) => [...s.values, s.target ?? 0]),
  );
  const y = (v: number) => 8 + plot - (v / max) * (plot - 8);
  const bar = (groupWidth - 10) / Math.max(1, props.series.length);
  return (
    <figure class="chart">
      <svg role="img" aria-label={props.title} viewBox={`0 0 ${width} ${height}`} width={width} height={height}>
        <title>{props.title}</title>
        <line x1={left} x2={width} y1={y(0)} y2={y(0)} stroke="#888" />
        <text x={left - 4} y={y(max) + 4} text-anchor="end" font-size="10">{formatNumber(max, locale())}</text>
        <text x={left - 4} y={y(0)} text-anchor="end" font-size="10">0</text>
        {props.labels.map((label, i) => (
          <g>
            {props.series.map((s, j) => {
              const value = s.values[i] ?? 0;
              return (
                <rect
                  x={left + i * groupWidth + 5 + j * bar}
                  y={y(value)}
                  width={bar - 1}
                  height={y(0) - y(value)}
                  fill={colours[j % colours.length]}
                >
                  <title>{`${label} · ${s.name}: ${formatNumber(value, locale())}`}</title>
                </rect>
              );
            })}
            <text x={left + i * groupWidth + groupWidth / 2} y={height - 8} text-anchor="middle" font-size="10">
              {label}
            </text>
          </g>
        ))}
        {props.series.map((s, j) =>
          s.target ? (
            <line
              class="target"
              x1={left}
              x2={width}
              y1={y(s.target)}
              y2={y(s.target)}
              stroke={colours[j % colours.length]}
              stroke-dasharray="4 3"
            />
          ) : null,
        )}
      </svg>
      <figcaption>
        {props.series.map((s, j) => (
          <span class="legend">
            <i style={{ background: colours[j % colours.length] }} /> {s.name}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
