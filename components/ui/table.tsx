import type { ReactNode, TdHTMLAttributes, ThHTMLAttributes } from "react";

/**
 * A table with a visible caption, scrolling sideways on narrow screens instead of breaking the page.
 * With `cards`, below 640 px each row becomes a card instead and each cell shows its column's name
 * (the `label` of its Td); a cell without a label is the card's title. See .table-cards in globals.css.
 * The cells' borders and padding are .data-table rules there, not classes on every cell: a long
 * list repeated them in its HTML and again in the page's RSC payload.
 */
export function Table({ caption, cards = false, children }: { caption: string; cards?: boolean; children: ReactNode }) {
  return (
    <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={caption}>
      <table className={`data-table w-full border-collapse text-left ${cards ? "table-cards" : ""}`}>
        <caption className="mb-2 text-left font-semibold">{caption}</caption>
        {children}
      </table>
    </div>
  );
}

export function Th({ className = "", ...props }: ThHTMLAttributes<HTMLTableCellElement>) {
  return <th scope="col" className={className || undefined} {...props} />;
}

/** `label` names the column on a card (tables with `cards`); the value sits beside it. */
export function Td({
  className = "",
  label,
  children,
  ...props
}: TdHTMLAttributes<HTMLTableCellElement> & { label?: string }) {
  return (
    <td data-label={label} className={className || undefined} {...props}>
      {label === undefined ? children : <div>{children}</div>}
    </td>
  );
}
