/** Where a person goes after signing in when the asked-for place is not a page of this app. */
export const DEFAULT_CALLBACK = '/';

// A backslash is read as a slash by browsers ("/\evil.example" is "//evil.example", another site), and tabs and
// newlines are dropped from URLs before they are resolved ("/\t/evil.example" too); neither belongs in our paths.
const refused = (value: string) => [...value].some((ch) => ch === '\\' || ch.charCodeAt(0) < 0x20 || ch.charCodeAt(0) === 0x7f);

/**
 * The path and query to send a person to after sign-in, or "/": the value is resolved against the app's own origin
 * and kept only when it stays there, then returned normalised (percent-encoded, dot segments resolved), so it is safe
 * in a Location header and cannot leave the site.
 */
export function safeCallbackPath(value: unknown, origin: string): string {
  const raw = Array.isArray(value) ? value[0] : value;
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > 2000 || refused(raw)) return DEFAULT_CALLBACK;
  let url: URL;
  let base: URL;
  try {
    base = new URL(origin);
    url = new URL(raw, base);
  } catch {
    return DEFAULT_CALLBACK;
  }
  if (url.origin !== base.origin) return DEFAULT_CALLBACK;
  return `${url.pathname}${url.search}`;
}
