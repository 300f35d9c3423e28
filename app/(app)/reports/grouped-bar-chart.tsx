// Two series side by side per category (e.g. this year and last year), drawn on the server as SVG.
// The first series is solid, the second outlined and striped, each bar names its series and value
// in text, so nothing depends on colour; the figures follow in a table for screen readers.
export interface Group {
  label: string;
  /** One value per series; null: no figure. */
  values: (number | null)[];
  /** The values as shown ("12", "45 %", "–"). */
  displays: string[];
}

const BAR = 16;
const GAP = 14;
const LABEL_W = 200;
const BAR_W = 330;
const TEXT_W = 170;

export function GroupedBarChart({
  id,
  title,
  series,
  groups,
  labelHeader,
}: {
  id: string;
  title: string;
  series: [string, string];
  groups: Group[];
  labelHeader: string;
}) {
  const max = Math.max(1, ...groups.flatMap((g) => g.values.map((v) => v ?? 0)));
  const groupH = BAR * 2 + 4 + GAP;
  const height = groups.length * groupH + 4;
  const pattern = `${id}-stripes`;
  return (
    <figure className="mb-6">
      <figcaption className="mb-2 font-semibold">{title}</figcaption>
      <ul className="mb-2 flex flex-wrap gap-4 text-sm" aria-hidden="true">
        {series.map((s, si) => (
          <li key={s} className="flex items-center gap-2">
            <svg width="28" height="14" className="text-brand" focusable="false">
              <rect
                x="1"
                y="1"
                width="26"
                height="12"
                fill={si === 0 ? "currentColor" : `url(#${pattern})`}
                stroke="currentColor"
                strokeWidth="1.5"
              />
            </svg>
            {s}
          </li>
        ))}
      </ul>
      <svg
        viewBox={`0 0 ${LABEL_W + BAR_W + TEXT_W} ${height}`}
        className="w-full max-w-3xl"
        aria-hidden="true"
        focusable="false"
      >
        <defs>
          <pattern id={pattern} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <line x1="0" y1="0" x2="0" y2="6" stroke="currentColor" strokeWidth="2" />
          </pattern>
        </defs>
        {groups.map((g, gi) => {
          const y0 = gi * groupH + 4;
          return (
            <g key={`${g.label}-${gi}`} className="text-brand">
              <text x={LABEL_W - 8} y={y0 + BAR + 6} textAnchor="end" fontSize="13" className="fill-ink">
                {g.label.length > 30 ? `${g.label.slice(0, 29)}…` : g.label}
              </text>
              {g.values.map((v, si) => {
                const y = y0 + si * (BAR + 4);
                const w = v === null || v === 0 ? 0 : Math.max(2, (v / max) * BAR_W);
                return (
                  <g key={si}>
                    <rect
                      x={LABEL_W}
                      y={y}
                      width={w}
                      height={BAR}
                      fill={si === 0 ? "currentColor" : `url(#${pattern})`}
                      stroke="currentColor"
                      strokeWidth="1.5"
                    />
                    <text x={LABEL_W + w + 6} y={y + 12} fontSize="12" className="fill-ink">
                      {`${series[si]}: ${g.displays[si]}`}
                    </text>
                  </g>
                );
              })}
            </g>
          );
        })}
      </svg>
      <table className="sr-only">
        <caption>{title}</caption>
        <thead>
          <tr>
            <th scope="col">{labelHeader}</th>
            {series.map((s) => (
              <th key={s} scope="col">
                {s}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {groups.map((g, gi) => (
            <tr key={`${g.label}-${gi}`}>
              <th scope="row">{g.label}</th>
              {g.displays.map((d, si) => (
                <td key={si}>{d}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
