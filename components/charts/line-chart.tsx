// A line chart over time drawn on the server as SVG: each series has its own dash pattern and
// marker shape (readable without colour), an optional dashed target line, and the figures in a
// table for screen readers. A figure hidden for privacy ("< 5") is drawn as a hollow marker low
// on the scale with the label, never left out; a period still running is shaded and named.
export interface Series {
  label: string;
  /** One value per x label; null where there is no figure. */
  values: (number | null)[];
  /** Per x label: the figure exists but is hidden ("< 5", a count of 1–4 people). */
  suppressed?: boolean[];
}

/** Where a hidden count of 1–4 is drawn: the middle of its range. */
const SUPPRESSED_AT = 2.5;

const W = 640;
const H = 270;
const PAD = { left: 56, right: 16, top: 16, bottom: 50 };
const DASHES = ["", "6 4", "2 4", "10 4 2 4"];

function marker(shape: number, x: number, y: number, key: string, hollow = false) {
  const paint = hollow
    ? { fill: "white", stroke: "currentColor", strokeWidth: 2, strokeDasharray: "2 2" }
    : { fill: "currentColor" };
  if (shape % 3 === 1) return <rect key={key} x={x - 4} y={y - 4} width={8} height={8} {...paint} />;
  if (shape % 3 === 2)
    return <path key={key} d={`M ${x} ${y - 5} L ${x + 5} ${y + 4} L ${x - 5} ${y + 4} Z`} {...paint} />;
  return <circle key={key} cx={x} cy={y} r={4} {...paint} />;
}

export function LineChart({
  title,
  xLabels,
  series,
  target,
  targetLabel,
  format,
  periodHeader,
  max,
  suppressedLabel = "< 5",
  runningLabel,
}: {
  title: string;
  xLabels: string[];
  series: Series[];
  target?: number | null;
  targetLabel?: string;
  format: (n: number) => string;
  periodHeader: string;
  /** The top of the scale when it is known (100 for percentages); else a little above the highest value. */
  max?: number;
  suppressedLabel?: string;
  /** When set, the last period is still running: shaded, with this word under its label ("pågår"). */
  runningLabel?: string;
}) {
  const hidden = (s: Series, i: number) => s.values[i] === null && (s.suppressed?.[i] ?? false);
  const hiddenAt = xLabels.map((_, i) => series.some((s) => hidden(s, i)));
  const all = series.flatMap((s) => s.values.filter((v): v is number => v !== null));
  const top = max ?? Math.max(hiddenAt.some(Boolean) ? 5 : 1, ...all, target ?? 0) * 1.1;
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const x = (i: number) => PAD.left + (xLabels.length <= 1 ? plotW / 2 : (i / (xLabels.length - 1)) * plotW);
  const y = (v: number) => PAD.top + plotH - (v / top) * plotH;
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((f) => top * f);
  const every = Math.max(1, Math.ceil(xLabels.length / 8));
  return (
    <figure className="mb-6">
      <figcaption className="mb-2 font-semibold">{title}</figcaption>
      <svg viewBox={`0 0 ${W} ${H}`} className="w-full max-w-3xl" aria-hidden="true" focusable="false">
        {ticks.map((v) => (
          <g key={v}>
            <line x1={PAD.left} x2={W - PAD.right} y1={y(v)} y2={y(v)} stroke="currentColor" strokeOpacity="0.15" />
            <text x={PAD.left - 6} y={y(v) + 4} textAnchor="end" fontSize="11" fill="currentColor">
              {format(v)}
            </text>
          </g>
        ))}
        {runningLabel && xLabels.length > 1 && (
          <g>
            <rect
              x={x(xLabels.length - 1) - plotW / (xLabels.length - 1) / 2}
              y={PAD.top}
              width={plotW / (xLabels.length - 1) / 2}
              height={plotH}
              fill="currentColor"
              fillOpacity="0.07"
            />
            <text x={x(xLabels.length - 1)} y={H - 2} textAnchor="end" fontSize="11" fill="currentColor">
              {runningLabel}
            </text>
          </g>
        )}
        {hiddenAt.map((h, i) =>
          h ? (
            <text
              key={`hidden-${i}`}
              x={x(i)}
              y={y(SUPPRESSED_AT) - 10}
              textAnchor="middle"
              fontSize="11"
              fill="currentColor"
            >
              {suppressedLabel}
            </text>
          ) : null,
        )}
        {xLabels.map((l, i) =>
          i % every === 0 || i === xLabels.length - 1 ? (
            <text
              key={`${l}-${i}`}
              x={x(i)}
              y={H - 14}
              textAnchor={i === xLabels.length - 1 && xLabels.length > 1 ? "end" : "middle"}
              fontSize="11"
              fill="currentColor"
            >
              {l}
            </text>
          ) : null,
        )}
        {target != null && (
          <g>
            <line
              x1={PAD.left}
              x2={W - PAD.right}
              y1={y(target)}
              y2={y(target)}
              stroke="currentColor"
              strokeDasharray="8 6"
              strokeWidth="1.5"
            />
            <text x={W - PAD.right} y={y(target) - 6} textAnchor="end" fontSize="12" fill="currentColor">
              {targetLabel}
            </text>
          </g>
        )}
        {series.map((s, si) => {
          const pts = s.values.map((v, i) => (v === null ? null : ([x(i), y(v)] as const)));
          const d = pts.reduce(
            (acc, p, i) => (p ? `${acc}${acc && pts[i - 1] ? " L" : " M"} ${p[0]} ${p[1]}` : acc),
            "",
          );
          return (
            <g key={s.label} className="text-brand">
              <path
                d={d}
                fill="none"
                stroke="currentColor"
                strokeWidth="2.5"
                strokeDasharray={DASHES[si % DASHES.length]}
              />
              {pts.map((p, i) =>
                p
                  ? marker(si, p[0], p[1], `${si}-${i}`)
                  : hidden(s, i)
                    ? marker(si, x(i), y(SUPPRESSED_AT), `${si}-${i}`, true)
                    : null,
              )}
            </g>
          );
        })}
      </svg>
      {(series.length > 1 || target != null) && (
        <ul className="mt-2 flex flex-wrap gap-4 text-sm" aria-hidden="true">
          {series.map((s, si) => (
            <li key={s.label} className="flex items-center gap-2">
              <svg width="36" height="12" className="text-brand" focusable="false">
                <line
                  x1="0"
                  x2="36"
                  y1="6"
                  y2="6"
                  stroke="currentColor"
                  strokeWidth="2.5"
                  strokeDasharray={DASHES[si % DASHES.length]}
                />
                {marker(si, 18, 6, "m")}
              </svg>
              {s.label}
            </li>
          ))}
          {target != null && (
            <li className="flex items-center gap-2">
              <svg width="36" height="12" focusable="false">
                <line x1="0" x2="36" y1="6" y2="6" stroke="currentColor" strokeWidth="1.5" strokeDasharray="8 6" />
              </svg>
              {targetLabel}
            </li>
          )}
        </ul>
      )}
      <table className="sr-only">
        <caption>{title}</caption>
        <thead>
          <tr>
            <th scope="col">{periodHeader}</th>
            {series.map((s) => (
              <th key={s.label} scope="col">
                {s.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {xLabels.map((l, i) => (
            <tr key={`${l}-${i}`}>
              <th scope="row">
                {l}
                {runningLabel && i === xLabels.length - 1 ? ` (${runningLabel})` : ""}
              </th>
              {series.map((s) => (
                <td key={s.label}>
                  {s.values[i] !== null ? format(s.values[i] as number) : hidden(s, i) ? suppressedLabel : "–"}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
