import { describe, expect, it } from 'vitest';
import { safeCallbackPath } from './callback-url';

const origin = 'http://localhost:3000';

describe('the page to return to after sign-in', () => {
  it.each([
    ['a page of the app', '/cases/abc?tab=open', '/cases/abc?tab=open'],
    ['the same page named with the full origin', 'http://localhost:3000/cases', '/cases'],
    ['dot segments are resolved inside the site', '/cases/../admin', '/admin'],
    ['a fragment is dropped', '/cases#top', '/cases'],
    ['non-ASCII is percent-encoded, safe in a header', '/cases/тест', '/cases/%D1%82%D0%B5%D1%81%D1%82'],
    ['a relative path stays on the site', 'cases', '/cases'],
    ['a backslash (/\\evil.example, from /%5Cevil.example) is refused', '/\\evil.example', '/'],
    ['a tab (/%09/evil.example) is refused', '/\t/evil.example', '/'],
    ['CR/LF is refused', '/cases\r\nSet-Cookie: x=1', '/'],
    ['NUL is refused', '/cases\u0000', '/'],
    ['a protocol-relative URL is refused', '//evil.example/x', '/'],
    ['another site is refused', 'https://evil.example/', '/'],
    ['another port of the same host is refused', 'http://localhost:4000/cases', '/'],
    ['another scheme of the same host is refused', 'https://localhost:3000/cases', '/'],
    ['a javascript: URL is refused', 'javascript:alert(1)', '/'],
    ['a data: URL is refused', 'data:text/html,<script>alert(1)</script>', '/'],
    ['an empty value falls back', '', '/'],
    ['no value falls back', undefined, '/'],
    ['the first of repeated values is used', ['/cases', 'https://evil.example'], '/cases'],
    ['a value that is not text falls back', 42, '/'],
  ])('%s', (_name, value, expected) => {
    expect(safeCallbackPath(value, origin)).toBe(expected);
  });
});
