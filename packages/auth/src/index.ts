export { createAuthOptions, type ClaimdeskSession } from './auth-options';
export { clientAddress, requestedOrigin, isFromTrustedProxy, parseTrustedProxies, PEER_HEADER, type TrustedProxies } from './client-address';
export { authenticate, normaliseEmail, type SignInResult } from './authenticate';
export { hashPassword, verifyPassword, MIN_PASSWORD_LENGTH } from './password';
export { loadSessionUser, revokeSessions, type SessionUser } from './session-user';
export { checkSignInThrottle, THROTTLE_RULES, ACCOUNT_SLOWDOWN } from './sign-in-throttle';
export { readSessionCookie, isTokenExpired, sessionCookieName } from './session-token';
export { readAuthEnv, type AuthEnv } from './env';
export { safeCallbackPath, DEFAULT_CALLBACK } from './callback-url';
