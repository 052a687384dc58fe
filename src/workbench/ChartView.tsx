import { makeStyles, Text, tokens } from "@fluentui/react-components";
import { t } from "../i18n";
import { MemoryChart } from "../workbook/memoryWorkbook";

export interface ChartViewProps {
  readonly chart: MemoryChart;
}

const useStyles = makeStyles({
  chart: { margin: 0, padding: tokens.spacingHorizontalM, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, width: "300px", flexShrink: 0 },
  legend: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, fontSize: tokens.fontSizeBase200 },
  swatch: { display: "inline-block", width: "10px", height: "10px", marginInlineEnd: tokens.spacingHorizontalXXS },
});

/** Series colours: Fluent's palette tokens, so the chart follows the theme. */
const COLOURS = [
  tokens.colorBrandBackground,
  tokens.colorPaletteMarigoldBackground3,
  tokens.colorPaletteGreenBackground3,
  tokens.colorPaletteRedBackground3,
  tokens.colorPaletteBerryBackground3,
  tokens.colorPaletteTealBackground2,
];
const W = 284;
const H = 180;
const PAD = { left: 8, right: 8, top: 8, bottom: 34 };

const amount = (v: number) => v.toLocaleString("en-US", { maximumFractionDigits: 2 });

/** A chart the workbook holds, drawn as SVG from the same specification the Excel adapter charts: column, line or pie. */
export function ChartView({ chart }: ChartViewProps) {
  const styles = useStyles();
  const series = chart.series ?? [{ name: chart.title, values: chart.values }];
  const type = chart.type ?? "column";
  return (
    <figure className={styles.chart} aria-label={t("pane.bench.chart", { title: chart.title })} data-chart-type={type}>
      <Text weight="semibold">{chart.title}</Text>
      <svg width={W} height={H} viewBox={`0 0 ${W} ${H}`} role="img" aria-label={chart.title}>
        {type === "pie" ? <Pie categories={chart.categories} values={series[0]?.values ?? []} /> : <Axes categories={chart.categories} series={series} line={type === "line"} />}
      </svg>
      {(type === "pie" || series.length > 1) && (
        <div className={styles.legend}>
          {(type === "pie" ? chart.categories : series.map((s) => s.name)).map((name, k) => (
            <span key={`${name}-${k}`}>
              <span className={styles.swatch} style={{ backgroundColor: COLOURS[k % COLOURS.length] }} />
              {name}
            </span>
          ))}
        </div>
      )}
    </figure>
  );
}

interface AxesProps {
  readonly categories: readonly string[];
  readonly series: readonly { readonly name: string; readonly values: readonly number[] }[];
  readonly line: boolean;
}

/** Columns (side by side per category) or lines over a shared value axis that includes 0. */
function Axes({ categories, series, line }: AxesProps) {
  const all = series.flatMap((s) => s.values);
  const max = Math.max(0, ...all);
  const min = Math.min(0, ...all);
  const span = max - min || 1;
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const y = (v: number) => PAD.top + ((max - v) / span) * plotH;
  const slot = plotW / Math.max(1, categories.length);
  const bar = (slot * 0.8) / Math.max(1, series.length);
  // Category labels as long as their slot allows (a glyph is about 0.55 em wide).
  const fontSize = categories.length > 8 ? 8 : 10;
  const maxChars = Math.max(3, Math.floor(slot / (fontSize * 0.55)));
  return (
    <g>
      <line x1={PAD.left} x2={W - PAD.right} y1={y(0)} y2={y(0)} stroke={tokens.colorNeutralStroke1} />
      {series.map((s, k) =>
        line ? (
          <polyline
            key={s.name}
            fill="none"
            stroke={COLOURS[k % COLOURS.length]}
            strokeWidth={2}
            points={s.values.map((v, i) => `${PAD.left + slot * (i + 0.5)},${y(v)}`).join(" ")}
          >
            <title>{s.name}</title>
          </polyline>
        ) : (
          s.values.map((v, i) => (
            <rect key={`${s.name}-${i}`} x={PAD.left + slot * i + slot * 0.1 + bar * k} y={Math.min(y(v), y(0))} width={bar} height={Math.abs(y(v) - y(0))} fill={COLOURS[k % COLOURS.length]}>
              <title>{`${categories[i]}: ${amount(v)}`}</title>
            </rect>
          ))
        ),
      )}
      {categories.map((c, i) => (
        <text key={`${c}-${i}`} x={PAD.left + slot * (i + 0.5)} y={H - PAD.bottom + 14} fontSize={fontSize} textAnchor="middle" fill={tokens.colorNeutralForeground2}>
          <title>{c}</title>
          {c.length > maxChars ? `${c.slice(0, maxChars - 1)}…` : c}
        </text>
      ))}
      <text x={PAD.left} y={H - 4} fontSize={9} fill={tokens.colorNeutralForeground3}>
        {`${amount(min)} – ${amount(max)}`}
      </text>
    </g>
  );
}

/** Slices of the positive values, clockwise from the top. */
function Pie({ categories, values }: { readonly categories: readonly string[]; readonly values: readonly number[] }) {
  const positive = values.map((v) => Math.max(0, v));
  const total = positive.reduce((a, b) => a + b, 0);
  const cx = W / 2;
  const cy = (H - 10) / 2;
  const r = Math.min(cx, cy) - 6;
  if (total === 0) return <circle cx={cx} cy={cy} r={r} fill="none" stroke={tokens.colorNeutralStroke1} />;
  let angle = -Math.PI / 2;
  return (
    <g>
      {positive.map((v, k) => {
        const share = v / total;
        const start = angle;
        angle += share * 2 * Math.PI;
        if (share === 0) return null;
        if (share >= 0.9999) return <circle key={k} cx={cx} cy={cy} r={r} fill={COLOURS[k % COLOURS.length]} />;
        const [x1, y1, x2, y2] = [cx + r * Math.cos(start), cy + r * Math.sin(start), cx + r * Math.cos(angle), cy + r * Math.sin(angle)];
        return (
          <path key={k} d={`M${cx},${cy} L${x1},${y1} A${r},${r} 0 ${share > 0.5 ? 1 : 0} 1 ${x2},${y2} Z`} fill={COLOURS[k % COLOURS.length]}>
            <title>{`${categories[k]}: ${amount(values[k])}`}</title>
          </path>
        );
      })}
    </g>
  );
}
