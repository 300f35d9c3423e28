export interface HeaderPair {
  key: string;
  value: string;
}
export function securityHeaders(opts: { appUrl?: string; production: boolean }): HeaderPair[];
