export interface HeaderPair {
  key: string;
  value: string;
}
export function securityHeaders(opts: { appUrl?: string; production: boolean }): HeaderPair[];
export const ASSET_CSP: string;
export function headerRules(opts: {
  appUrl?: string;
  production: boolean;
}): { source: string; headers: HeaderPair[] }[];
