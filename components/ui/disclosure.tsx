"use client";
import { usePathname } from "next/navigation";
import { useRef, useState, type KeyboardEvent, type ReactNode } from "react";

/**
 * A section that folds away behind a button below 640 px and is always open on wider screens.
 * Closed is what the server renders, so a phone never flashes the long open panel; without
 * JavaScript the <noscript> style keeps the panel open and hides the button that could not work.
 * The panel closes again when the page changes (the layout, and with it this state, stays mounted).
 */
export function Disclosure({
  id,
  label,
  icon = "chevron",
  heading,
  buttonClassName = "",
  className = "",
  children,
}: {
  id: string;
  /** What the button says below 640 px, e.g. "Filtre (2 i bruk)". */
  label: string;
  icon?: "menu" | "chevron";
  /** Wraps the button in an h2 that reads `text` on wide screens, where there is no button. */
  heading?: { id: string; text: string; className?: string };
  buttonClassName?: string;
  /** Classes of the panel when it shows; closed, it is hidden below 640 px only. */
  className?: string;
  children: ReactNode;
}) {
  const pathname = usePathname();
  const [openOn, setOpenOn] = useState<string | null>(null);
  const open = openOn === pathname;
  const buttonRef = useRef<HTMLButtonElement>(null);
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== "Escape" || !open) return;
    setOpenOn(null);
    buttonRef.current?.focus();
  };
  const button = (
    <button
      ref={buttonRef}
      type="button"
      aria-expanded={open}
      aria-controls={id}
      onClick={() => setOpenOn(open ? null : pathname)}
      onKeyDown={onKeyDown}
      className={`no-print inline-flex items-center gap-2 rounded border-2 border-brand bg-white px-3 py-1.5 font-semibold text-brand hover:bg-surface sm:hidden ${buttonClassName}`}
    >
      <Icon kind={icon} open={open} />
      {label}
    </button>
  );
  return (
    <>
      {heading ? (
        <h2 id={heading.id} className={heading.className}>
          <span data-disclosure-title={id} className="max-sm:hidden">
            {heading.text}
          </span>
          {button}
        </h2>
      ) : (
        button
      )}
      <div id={id} onKeyDown={onKeyDown} className={`${open ? "" : "max-sm:hidden"} ${className}`}>
        {children}
      </div>
      <noscript>
        <style>{`@media (max-width: 639.98px) { #${id} { display: block !important; } [aria-controls="${id}"] { display: none !important; } [data-disclosure-title="${id}"] { display: inline !important; } }`}</style>
      </noscript>
    </>
  );
}

function Icon({ kind, open }: { kind: "menu" | "chevron"; open: boolean }) {
  const path =
    kind === "menu"
      ? open
        ? "M6 6l12 12M18 6L6 18"
        : "M4 7h16M4 12h16M4 17h16"
      : open
        ? "M6 15l6-6 6 6"
        : "M6 9l6 6 6-6";
  return (
    <svg
      aria-hidden="true"
      viewBox="0 0 24 24"
      width="20"
      height="20"
      fill="none"
      stroke="currentColor"
      strokeWidth="2.5"
    >
      <path d={path} strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
