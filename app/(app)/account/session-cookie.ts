// Auth.js names its session cookie with the __Secure- prefix when served over HTTPS.
export const SESSION_COOKIES = ["__Secure-authjs.session-token", "authjs.session-token"] as const;
