import type { ReactNode } from "react";
import { FocusOnMount } from "./focus-on-mount";

const tones = {
  info: "border-brand bg-blue-50",
  success: "border-ok bg-green-50",
  error: "border-danger bg-red-50",
};

/**
 * A message box. A success with role="status" is a confirmation after a save (in place, or on the
 * page a save redirected to): it takes focus when it appears, so focus never falls back to `<body>`.
 */
export function Alert({
  tone = "info",
  children,
  role,
}: {
  tone?: keyof typeof tones;
  children: ReactNode;
  role?: "status" | "alert";
}) {
  const className = `border-l-4 p-4 ${tones[tone]}`;
  if (tone === "success" && role === "status")
    return (
      <FocusOnMount role={role} className={className}>
        {children}
      </FocusOnMount>
    );
  return (
    <div role={role} className={className}>
      {children}
    </div>
  );
}
