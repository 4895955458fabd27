export { createAuthOptions, clientIp, type ClaimdeskSession } from './auth-options';
export { authenticate, normaliseEmail, type SignInResult } from './authenticate';
export { hashPassword, verifyPassword, MIN_PASSWORD_LENGTH } from './password';
export { loadSessionUser, revokeSessions, type SessionUser } from './session-user';
export { checkSignInThrottle, THROTTLE_RULES } from './sign-in-throttle';
export { readSessionCookie, isTokenExpired, sessionCookieName } from './session-token';
export { readAuthEnv, type AuthEnv } from './env';
