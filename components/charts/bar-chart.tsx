// A horizontal bar chart drawn on the server as SVG. Every bar carries its value as text, so
// nothing depends on colour, and the same figures follow in a table for screen readers.
export interface Bar {
  label: string;
  /** null: hidden (e.g. small-number suppression); `display` says why. */
  value: number | null;
  /** The value as shown ("12", "45 %", "< 5"). */
  display: string;
}

const ROW = 28;
const LABEL_W = 220;
const BAR_W = 360;

export function BarChart({
  title,
  bars,
  labelHeader,
  valueHeader,
}: {
  title: string;
  bars: Bar[];
  labelHeader: string;
  valueHeader: string;
}) {
  const max = Math.max(1, ...bars.map((b) => b.value ?? 0));
  const height = bars.length * ROW + 8;
  return (
    <figure className="mb-6">
      <figcaption className="mb-2 font-semibold">{title}</figcaption>
      <svg
        viewBox={`0 0 ${LABEL_W + BAR_W + 80} ${height}`}
        className="w-full max-w-2xl"
        aria-hidden="true"
        focusable="false"
      >
        {bars.map((b, i) => {
          const y = i * ROW + 4;
          const w = b.value === null ? 0 : Math.max(2, (b.value / max) * BAR_W);
          return (
            <g key={`${b.label}-${i}`}>
              <text x={LABEL_W - 8} y={y + 17} textAnchor="end" fontSize="13" fill="currentColor">
                {b.label.length > 32 ? `${b.label.slice(0, 31)}…` : b.label}
              </text>
              <rect x={LABEL_W} y={y + 4} width={w} height={ROW - 10} className="fill-brand" />
              <text x={LABEL_W + w + 6} y={y + 17} fontSize="13" fill="currentColor">
                {b.display}
              </text>
            </g>
          );
        })}
      </svg>
      <table className="sr-only">
        <caption>{title}</caption>
        <thead>
          <tr>
            <th scope="col">{labelHeader}</th>
            <th scope="col">{valueHeader}</th>
          </tr>
        </thead>
        <tbody>
          {bars.map((b, i) => (
            <tr key={`${b.label}-${i}`}>
              <th scope="row">{b.label}</th>
              <td>{b.display}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
