"use client";
import { useEffect, useRef, type ReactNode } from "react";

/**
 * A box that takes focus when it appears, so after a save the keyboard and screen reader user lands
 * on the confirmation instead of at the top of the page (`<body>`).
 */
export function FocusOnMount({
  children,
  className,
  role,
}: {
  children: ReactNode;
  className?: string;
  role?: "status" | "alert";
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <div ref={ref} tabIndex={-1} role={role} className={className}>
      {children}
    </div>
  );
}
