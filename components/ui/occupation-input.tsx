import { UNIT_GROUPS, occupationLabel } from "@/lib/occupations/rules";
import { Field } from "./field";

const LIST_ID = "isco-unit-groups";

/**
 * The 436 ISCO-08 unit groups as a native datalist: typing filters them in the browser
 * (type-ahead) and screen readers announce the suggestions. Render once per page.
 */
export function OccupationOptions() {
  return (
    <datalist id={LIST_ID}>
      {UNIT_GROUPS.map((o) => (
        <option key={o.code} value={occupationLabel(o.code)} />
      ))}
    </datalist>
  );
}

/** A field for one occupation; the server reads it with parseOccupationInput(). */
export function OccupationInput(props: {
  name: string;
  label: string;
  hint?: string;
  error?: string;
  defaultValue?: string;
  optionalText?: string;
}) {
  const value =
    props.defaultValue && /^\d{4}$/.test(props.defaultValue) ? occupationLabel(props.defaultValue) : props.defaultValue;
  return <Field {...props} defaultValue={value} list={LIST_ID} autoComplete="off" />;
}
