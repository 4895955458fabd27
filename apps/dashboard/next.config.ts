import { fileURLToPath } from 'node:url';
import type { NextConfig } from 'next';
import { PERMISSIONS_POLICY } from './src/server/content-security-policy';

const config: NextConfig = {
  transpilePackages: ['@claimdesk/api', '@claimdesk/auth', '@claimdesk/claim-model', '@claimdesk/db'],
  // Native addons stay outside the bundle and load from node_modules at run time.
  serverExternalPackages: ['better-sqlite3', '@node-rs/argon2'],
  turbopack: { root: fileURLToPath(new URL('../..', import.meta.url)) },
  poweredByHeader: false,
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'X-Frame-Options', value: 'SAMEORIGIN' },
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'same-origin' },
          { key: 'Permissions-Policy', value: PERMISSIONS_POLICY },
        ],
      },
      {
        // JSON, files and event streams: nothing in them may run or be framed (pages get theirs from src/proxy.ts).
        source: '/api/:path*',
        headers: [{ key: 'Content-Security-Policy', value: "default-src 'none'; frame-ancestors 'none'" }],
      },
    ];
  },
};

export default config;
