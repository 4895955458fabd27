/**
 * The Content-Security-Policy of every page: scripts only with this response's nonce (Next.js puts it on its own
 * scripts when it finds it in the request's policy header), and what those scripts load ('strict-dynamic'); no
 * plugins, no framing by other sites, forms and fetches to this origin only. Styles allow inline because React
 * style attributes and the report preview's <style> need it; scripts are what CSP must hold.
 */
export function contentSecurityPolicy(nonce: string, { development }: { development: boolean }): string {
  return [
    "default-src 'self'",
    // Development mode's hot reload evaluates code; a production build never does.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self'${development ? ' ws: wss:' : ''}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'self'",
  ].join('; ');
}

/** Browser features the dashboard never uses, switched off for it and anything it frames. */
export const PERMISSIONS_POLICY = [
  'accelerometer=()',
  'autoplay=()',
  'camera=()',
  'display-capture=()',
  'geolocation=()',
  'gyroscope=()',
  'magnetometer=()',
  'microphone=()',
  'midi=()',
  'payment=()',
  'usb=()',
  'browsing-topics=()',
].join(', ');
