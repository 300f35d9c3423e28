"use client";
import { useEffect, useLayoutEffect, useRef, useState } from "react";
import { summaryLine } from "@/lib/forms/rules";

type Line = { id: string; text: string };

/** The text of a label or legend without its "(optional)" part. */
function textOf(node: Element): string {
  const copy = node.cloneNode(true) as Element;
  copy.querySelectorAll("[data-label-extra]").forEach((n) => n.remove());
  return copy.textContent ?? "";
}

/** What the page calls a field: a radio group's legend, otherwise the control's own label. */
function labelOnPage(el: Element): string | undefined {
  if (el instanceof HTMLInputElement && el.type === "radio") {
    const legend = el.closest("fieldset")?.querySelector("legend");
    if (legend) return textOf(legend);
  }
  if (el instanceof HTMLFieldSetElement) {
    const legend = el.querySelector("legend");
    if (legend) return textOf(legend);
  }
  const label = "labels" in el ? (el as HTMLInputElement).labels?.[0] : undefined;
  if (label) return textOf(label);
  return el.getAttribute("aria-label") ?? undefined;
}

/**
 * The summary's lines in the order of the fields on the page, each naming its field: by the label
 * the form passed, else by the field's label on the page (so every form names its fields without
 * repeating its labels here).
 */
function linesFor(errors: Record<string, string>, labels: Record<string, string> | undefined, scope: ParentNode) {
  const found = Object.entries(errors).map(([id, message], index) => {
    const el = scope.querySelector(`#${CSS.escape(id)}`) ?? document.getElementById(id);
    return { id, index, el, text: summaryLine(labels?.[id] ?? (el ? labelOnPage(el) : undefined), message) };
  });
  found.sort((a, b) => {
    if (a.el && b.el && a.el !== b.el)
      return a.el.compareDocumentPosition(b.el) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
    if (a.el && !b.el) return -1;
    if (b.el && !a.el) return 1;
    return a.index - b.index;
  });
  return found.map(({ id, text }): Line => ({ id, text }));
}

/**
 * Aksel's error summary: every error as a link to its field, naming the field, in form order;
 * takes focus after a failed submit. `errors` and `labels` are keyed by the fields' ids.
 */
export function ErrorSummary({
  title,
  errors,
  labels,
}: {
  title: string;
  errors: Record<string, string> | undefined;
  labels?: Record<string, string>;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const entries = Object.entries(errors ?? {});
  // Lines read from the page belong to one set of errors; until they are read, the messages as given.
  const [read, setRead] = useState<{ for: unknown; lines: Line[] } | null>(null);
  useLayoutEffect(() => {
    if (!errors || entries.length === 0 || !ref.current) return;
    setRead({ for: errors, lines: linesFor(errors, labels, ref.current.closest("form") ?? document) });
  }, [errors]); // eslint-disable-line react-hooks/exhaustive-deps
  useEffect(() => {
    if (entries.length > 0) ref.current?.focus();
  }, [errors]); // eslint-disable-line react-hooks/exhaustive-deps
  if (entries.length === 0) return null;
  const lines =
    read && read.for === errors
      ? read.lines
      : entries.map(([id, message]) => ({ id, text: summaryLine(labels?.[id], message) }));
  return (
    <div ref={ref} tabIndex={-1} role="alert" data-error-summary className="border-l-4 border-danger bg-red-50 p-4">
      <h2 className="font-semibold">{title}</h2>
      <ul className="mt-2 list-disc pl-5">
        {lines.map((line) => (
          <li key={line.id}>
            <a href={`#${line.id}`}>{line.text}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}
