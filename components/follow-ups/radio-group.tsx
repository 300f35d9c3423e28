/**
 * A fieldset of radio buttons with legend, hint and error (Aksel's RadioGroup pattern).
 * The first radio carries the group's name as its id, so an error-summary link lands on it.
 */
export function RadioGroup({
  name,
  legend,
  options,
  defaultValue,
  hint,
  error,
  inline = false,
}: {
  name: string;
  legend: string;
  options: { value: string; label: string }[];
  defaultValue?: string;
  hint?: string;
  error?: string;
  inline?: boolean;
}) {
  const hintId = hint ? `${name}-hint` : undefined;
  const errorId = error ? `${name}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  return (
    <fieldset aria-describedby={describedBy} className="flex flex-col gap-2">
      <legend className="font-semibold">{legend}</legend>
      {hint && (
        <p id={hintId} className="text-sm text-muted">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="text-sm font-semibold text-danger">
          {error}
        </p>
      )}
      <div className={inline ? "flex flex-wrap gap-x-6 gap-y-2" : "flex flex-col gap-2"}>
        {options.map((o, i) => {
          const id = i === 0 ? name : `${name}-${o.value}`;
          return (
            <div key={o.value} className="flex items-center gap-2">
              <input id={id} type="radio" name={name} value={o.value} defaultChecked={defaultValue === o.value} className="h-5 w-5" />
              <label htmlFor={id}>{o.label}</label>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
