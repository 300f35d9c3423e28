// Auth.js names its session cookie with the __Secure- prefix when served over HTTPS. Pure, so
// the proxy reads the same list as the account page.
export const SESSION_COOKIES = ["__Secure-authjs.session-token", "authjs.session-token"] as const;
