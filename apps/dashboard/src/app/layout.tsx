import type { Metadata } from 'next';
import { headers } from 'next/headers';
import type { ReactNode } from 'react';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Claimdesk', template: '%s · Claimdesk' },
  description: 'Verify breaking-news figures across sources.',
};

/**
 * Every page renders per request: the CSP nonce (src/proxy.ts) is new each time, and Next.js adds it to its scripts
 * only when it renders the page then. Reading the request's headers here is what makes every page dynamic.
 */
export default async function RootLayout({ children }: { children: ReactNode }) {
  await headers();
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
