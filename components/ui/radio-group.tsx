import { describedBy, FieldLabel, HintAndError } from "./field-parts";

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
  return (
    <fieldset aria-describedby={describedBy(name, hint, error).describedBy} className="flex flex-col gap-2">
      <FieldLabel as="legend" label={legend} />
      <HintAndError id={name} hint={hint} error={error} />
      <div className={inline ? "flex flex-wrap gap-x-6 gap-y-2" : "flex flex-col gap-2"}>
        {options.map((o, i) => {
          const id = i === 0 ? name : `${name}-${o.value}`;
          return (
            <div key={o.value} className="flex items-center gap-2">
              <input
                id={id}
                type="radio"
                name={name}
                value={o.value}
                defaultChecked={defaultValue === o.value}
                className="h-5 w-5"
              />
              <label htmlFor={id}>{o.label}</label>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
