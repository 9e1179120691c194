import { makeStyles, tokens } from '@fluentui/react-components';
import type { ChartData } from './chartData';

const WIDTH = 360;
const HEIGHT = 220;
const PALETTE = ['#0F6CBD', '#C239B3', '#107C41', '#CA5010', '#5C2E91', '#038387', '#986F0B', '#A4262C'];

const useStyles = makeStyles({
  figure: {
    margin: 0,
    padding: tokens.spacingHorizontalS,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  caption: { fontWeight: tokens.fontWeightSemibold, marginBottom: tokens.spacingVerticalXS },
  text: { fill: tokens.colorNeutralForeground2, fontSize: '10px' },
});

const colour = (i: number) => PALETTE[i % PALETTE.length]!;

/** A chart the add-in added, drawn from its series ranges so a person can see what Excel would show. */
export function ChartView({ chart }: { readonly chart: ChartData }) {
  const styles = useStyles();
  return (
    <figure className={styles.figure}>
      <figcaption className={styles.caption}>{chart.title}</figcaption>
      <svg width={WIDTH} height={HEIGHT} role="img" aria-label={`${chart.kind} chart: ${chart.title}`}>
        {chart.kind === 'pie' ? (
          <Pie chart={chart} textClass={styles.text} />
        ) : (
          <Bars chart={chart} textClass={styles.text} />
        )}
      </svg>
    </figure>
  );
}

function Pie({ chart, textClass }: { chart: ChartData; textClass: string }) {
  const values = chart.series[0]?.values ?? [];
  const total = values.reduce((a, v) => a + Math.max(0, v), 0);
  const [cx, cy, r] = [HEIGHT / 2, HEIGHT / 2, HEIGHT / 2 - 10];
  let angle = -Math.PI / 2;
  return (
    <g>
      {total === 0 && <circle cx={cx} cy={cy} r={r} fill="none" stroke="#999" strokeDasharray="4 4" />}
      {values.map((v, i) => {
        if (v <= 0 || total === 0) return null;
        const sweep = (v / total) * 2 * Math.PI;
        const [x0, y0] = [cx + r * Math.cos(angle), cy + r * Math.sin(angle)];
        angle += sweep;
        const [x1, y1] = [cx + r * Math.cos(angle), cy + r * Math.sin(angle)];
        const d =
          sweep >= 2 * Math.PI - 1e-9
            ? `M ${cx - r} ${cy} a ${r} ${r} 0 1 0 ${2 * r} 0 a ${r} ${r} 0 1 0 ${-2 * r} 0`
            : `M ${cx} ${cy} L ${x0} ${y0} A ${r} ${r} 0 ${sweep > Math.PI ? 1 : 0} 1 ${x1} ${y1} Z`;
        return <path key={i} d={d} fill={colour(i)} stroke="#fff" />;
      })}
      {chart.categories.map((label, i) => (
        <g key={label + i} transform={`translate(${HEIGHT + 10}, ${16 + i * 16})`}>
          <rect width={10} height={10} fill={colour(i)} />
          <text x={14} y={9} className={textClass}>
            {label}: {values[i] ?? 0}
          </text>
        </g>
      ))}
    </g>
  );
}

function Bars({ chart, textClass }: { chart: ChartData; textClass: string }) {
  const horizontal = chart.kind === 'bar';
  const all = chart.series.flatMap((s) => s.values);
  const max = Math.max(1, ...all);
  const n = Math.max(1, chart.categories.length);
  const groups = chart.series.length || 1;
  const [left, bottom] = horizontal ? [90, 10] : [10, 30];
  const [plotW, plotH] = [WIDTH - left - 10, HEIGHT - bottom - 10];
  const band = (horizontal ? plotH : plotW) / n;
  const thick = (band * 0.7) / groups;
  return (
    <g>
      {chart.categories.map((label, i) => (
        <text
          key={label + i}
          className={textClass}
          textAnchor={horizontal ? 'end' : 'middle'}
          x={horizontal ? left - 4 : left + band * (i + 0.5)}
          y={horizontal ? 10 + band * (i + 0.5) + 3 : HEIGHT - bottom + 14}
        >
          {label.length > 14 ? `${label.slice(0, 13)}…` : label}
        </text>
      ))}
      {chart.series.map((s, g) =>
        s.values.map((v, i) => {
          const size = (Math.max(0, v) / max) * (horizontal ? plotW : plotH);
          const offset = band * i + band * 0.15 + thick * g;
          return horizontal ? (
            <rect key={`${g}-${i}`} x={left} y={10 + offset} width={size} height={thick} fill={colour(g)} />
          ) : (
            <rect
              key={`${g}-${i}`}
              x={left + offset}
              y={10 + plotH - size}
              width={thick}
              height={size}
              fill={colour(g)}
            />
          );
        }),
      )}
    </g>
  );
}
