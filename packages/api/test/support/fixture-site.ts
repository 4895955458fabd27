// A local news site for tests: real-looking article pages (og:*, article:*, JSON-LD), an AMP copy, a redirect
// chain, a 404, a page over 5 MB, a page that never finishes, a page that changes, and RSS, Atom and JSON feeds
// that gain items when a test publishes them. It listens on 127.0.0.1 only; nothing leaves the machine.
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';

export interface Article {
  slug: string;
  title: string;
  outlet: string;
  author: string;
  published: string;
  modified?: string;
  lang?: string;
  paragraphs: string[];
}

export interface FeedItem {
  slug: string;
  title: string;
  published: string;
}

const filler = [
  'Residents described a tense night as security forces moved through the centre of the city and shops stayed shut.',
  'The authorities cut mobile internet access in several regions, according to local reporters.',
  'Diplomats in the capital urged restraint and called for an independent inquiry into the events of the week.',
];

function esc(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export function articleHtml(base: string, a: Article, { amp = false }: { amp?: boolean } = {}): string {
  const canonical = `${base}/articles/${a.slug}`;
  const jsonLd = JSON.stringify({
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: a.title,
    datePublished: a.published,
    dateModified: a.modified ?? a.published,
    author: [{ '@type': 'Person', name: a.author }],
    publisher: { '@type': 'Organization', name: a.outlet },
    inLanguage: a.lang ?? 'en',
  });
  const body = [...a.paragraphs, ...filler].map((p) => `<p>${esc(p)}</p>`).join('\n');
  return `<!doctype html><html lang="${a.lang ?? 'en'}"${amp ? ' amp' : ''}><head><meta charset="utf-8">
<title>${esc(a.title)} | ${esc(a.outlet)}</title>
<link rel="canonical" href="${canonical}">
${amp ? '' : `<link rel="amphtml" href="${base}/amp/articles/${a.slug}">`}
<meta property="og:title" content="${esc(a.title)}">
<meta property="og:site_name" content="${esc(a.outlet)}">
<meta property="og:url" content="${canonical}">
<meta property="article:published_time" content="${a.published}">
${a.modified ? `<meta property="article:modified_time" content="${a.modified}">` : ''}
<meta name="author" content="${esc(a.author)}">
<script type="application/ld+json">${jsonLd}</script>
</head><body><header><nav><a href="/">Home</a> | <a href="/world">World</a> | <a href="/sport">Sport</a></nav></header>
<main><article><h1>${esc(a.title)}</h1><p class="byline">By ${esc(a.author)}, <time datetime="${a.published}">${a.published.slice(0, 10)}</time></p>
${body}
</article></main><footer>© ${esc(a.outlet)}. Subscribe to our newsletter.</footer></body></html>`;
}

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

export interface FixtureSite {
  base: string;
  host: string;
  /** Adds or replaces an article page at /articles/<slug> (and its AMP copy at /amp/articles/<slug>). */
  putArticle(article: Article): void;
  /** Adds an item to a feed (rss, atom or json) at /feeds/<name>.<ext>; the next poll sees it. */
  publish(feed: string, item: FeedItem): void;
  feedUrl(feed: string, kind: 'rss' | 'atom' | 'json'): string;
  /** GET requests per path (query ignored), and conditional ones answered 304. */
  hits(path: string): number;
  notModified(path: string): number;
  /** Makes a path answer this status (500 for a failing feed) until cleared with null. */
  failWith(path: string, status: number | null): void;
  /** Resolves once the slow page's request has arrived and been left hanging. */
  close(): Promise<void>;
}

function feedBody(base: string, name: string, kind: 'rss' | 'atom' | 'json', items: readonly FeedItem[]): { type: string; body: string } {
  const link = (i: FeedItem) => `${base}/articles/${i.slug}?utm_source=feed&utm_medium=rss`;
  if (kind === 'json') {
    return {
      type: 'application/feed+json',
      body: JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: `${name} (JSON)`, home_page_url: base, items: items.map((i) => ({ id: `${name}-${i.slug}`, url: link(i), title: i.title, date_published: i.published })) }),
    };
  }
  if (kind === 'atom') {
    const entries = items.map((i) => `<entry><id>urn:${name}:${i.slug}</id><title>${esc(i.title)}</title><link href="${esc(link(i))}"/><updated>${i.published}</updated></entry>`).join('');
    return { type: 'application/atom+xml', body: `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>${name}</title><id>urn:${name}</id><updated>2022-01-07T00:00:00Z</updated>${entries}</feed>` };
  }
  const entries = items.map((i) => `<item><title>${esc(i.title)}</title><link>${esc(link(i))}</link><guid isPermaLink="false">${name}-${i.slug}</guid><pubDate>${new Date(i.published).toUTCString()}</pubDate></item>`).join('');
  return { type: 'application/rss+xml', body: `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>${name}</title><link>${base}</link><description>${name}</description>${entries}</channel></rss>` };
}

export async function startFixtureSite(port = 0): Promise<FixtureSite> {
  const articles = new Map<string, Article>();
  const feeds = new Map<string, FeedItem[]>();
  const hitCounts = new Map<string, number>();
  const notModifiedCounts = new Map<string, number>();
  const failures = new Map<string, number>();
  const hanging = new Set<ServerResponse>();
  let base = '';

  const routes: [RegExp, Handler][] = [
    [/^\/articles\/([\w-]+)$/, (req, res) => sendArticle(res, req.url ?? '', false)],
    [/^\/amp\/articles\/([\w-]+)$/, (req, res) => sendArticle(res, req.url ?? '', true)],
    [/^\/hop\/(\d)\/(.+)$/, (req, res) => {
      const [, n = '0', rest = ''] = /^\/hop\/(\d)\/(.+)$/.exec(path(req)) ?? [];
      const next = Number(n) > 1 ? `/hop/${Number(n) - 1}/${rest}` : `/${rest}`;
      res.writeHead(Number(n) % 2 === 0 ? 301 : 302, { location: next }).end();
    }],
    [/^\/to-metadata$/, (_req, res) => res.writeHead(302, { location: 'http://169.254.169.254/latest/meta-data/' }).end()],
    [/^\/to-private-name$/, (_req, res) => res.writeHead(302, { location: 'http://intranet.example/admin' }).end()],
    [/^\/huge$/, (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      const block = `<p>${'Padding text for a very long page. '.repeat(100)}</p>\n`;
      for (let written = 0; written < 6 * 1024 * 1024; written += block.length) res.write(block);
      res.end();
    }],
    [/^\/slow$/, (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.write('<html><body><p>Loading');
      hanging.add(res);
      res.on('close', () => hanging.delete(res));
    }],
    [/^\/image\.png$/, (_req, res) => res.writeHead(200, { 'content-type': 'image/png' }).end(Buffer.from([0x89, 0x50, 0x4e, 0x47]))],
    [/^\/feeds\/([\w-]+)\.(rss|atom|json)$/, (req, res) => {
      const [, name = '', ext = 'rss'] = /^\/feeds\/([\w-]+)\.(rss|atom|json)$/.exec(path(req)) ?? [];
      const { type, body } = feedBody(base, name, ext as 'rss' | 'atom' | 'json', feeds.get(name) ?? []);
      const etag = `"${createHash('sha1').update(body).digest('hex').slice(0, 16)}"`;
      if (req.headers['if-none-match'] === etag) {
        notModifiedCounts.set(path(req), (notModifiedCounts.get(path(req)) ?? 0) + 1);
        res.writeHead(304, { etag }).end();
        return;
      }
      res.writeHead(200, { 'content-type': `${type}; charset=utf-8`, etag }).end(body);
    }],
  ];

  function path(req: IncomingMessage): string {
    return new URL(req.url ?? '/', 'http://x').pathname;
  }

  function sendArticle(res: ServerResponse, url: string, amp: boolean) {
    const slug = /articles\/([\w-]+)/.exec(url)?.[1] ?? '';
    const article = articles.get(slug);
    if (!article) {
      res.writeHead(404, { 'content-type': 'text/html' }).end('<h1>Not found</h1>');
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(articleHtml(base, article, { amp }));
  }

  const server = createServer((req, res) => {
    const p = path(req);
    hitCounts.set(p, (hitCounts.get(p) ?? 0) + 1);
    const failure = failures.get(p);
    if (failure) {
      res.writeHead(failure, { 'content-type': 'text/plain' }).end('failing on purpose');
      return;
    }
    const route = routes.find(([pattern]) => pattern.test(p));
    if (route) route[1](req, res);
    else res.writeHead(404, { 'content-type': 'text/html' }).end('<h1>Not found</h1>');
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.address();
  const listening = typeof address === 'object' && address ? address.port : 0;
  base = `http://127.0.0.1:${listening}`;
  return {
    base,
    host: `127.0.0.1:${listening}`,
    putArticle: (a) => articles.set(a.slug, a),
    publish: (feed, item) => feeds.set(feed, [item, ...(feeds.get(feed) ?? [])]),
    feedUrl: (feed, kind) => `${base}/feeds/${feed}.${kind}`,
    hits: (p) => hitCounts.get(p) ?? 0,
    notModified: (p) => notModifiedCounts.get(p) ?? 0,
    failWith: (p, status) => (status === null ? failures.delete(p) : failures.set(p, status)),
    close: async () => {
      for (const res of hanging) res.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** Three real-looking articles about one event, whose figures disagree. */
export const STORY: Article[] = [
  {
    slug: 'almaty-police-toll',
    title: 'Police deaths rise in Almaty unrest',
    outlet: 'Steppe Courier',
    author: 'Aigerim Sadykova',
    published: '2022-01-06T09:30:00+06:00',
    paragraphs: ['Thirteen police officers were killed in Almaty, city officials said.', 'More than 2,000 people were detained across the country, the interior ministry said.'],
  },
  {
    slug: 'ministry-gives-toll',
    title: 'Interior ministry gives new toll',
    outlet: 'Caspian Wire',
    author: 'Daniyar Omarov',
    published: '2022-01-07T14:00:00+06:00',
    paragraphs: ['Eighteen police officers were killed in Almaty, the interior ministry said.', 'The ministry said 2,298 people were detained.'],
  },
  {
    slug: 'hundreds-detained',
    title: 'Hundreds detained after protests',
    outlet: 'Tien Shan Times',
    author: 'Marat Zhaksybekov',
    published: '2022-01-07T18:45:00+06:00',
    paragraphs: ['Hundreds of people were detained in Almaty, witnesses said.', 'At least 2 police officers were killed, state television reported.'],
  },
];
