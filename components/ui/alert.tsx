import type { ReactNode } from "react";

const tones = {
  info: "border-brand bg-blue-50",
  success: "border-ok bg-green-50",
  error: "border-danger bg-red-50",
};

export function Alert({
  tone = "info",
  children,
  role,
}: {
  tone?: keyof typeof tones;
  children: ReactNode;
  role?: "status" | "alert";
}) {
  return (
    <div role={role} className={`border-l-4 p-4 ${tones[tone]}`}>
      {children}
    </div>
  );
}
