// The news site of feed-import.bench.ts, in a process of its own (as a real site is): FEEDS feeds of ITEMS synthetic
// articles each, every page a real-looking article page. Usage: tsx feed-site.ts FEEDS ITEMS; prints "listening PORT".
import { startFixtureSite } from '../../packages/api/test/support/fixture-site';
import { syntheticArticle } from './synthetic-articles';

const [feedsArg = '20', itemsArg = '10'] = process.argv.slice(2);
const site = await startFixtureSite();
for (let f = 0; f < Number(feedsArg); f += 1) {
  for (let k = 0; k < Number(itemsArg); k += 1) {
    const i = f * Number(itemsArg) + k;
    const a = syntheticArticle(i);
    const slug = `story-${i}`;
    site.putArticle({ slug, title: `${a.title} (${i})`, outlet: `${a.outlet} ${f}`, author: `Reporter ${i}`, published: `${a.publishedDate}T09:00:00Z`, paragraphs: a.text.split(/\n\s*\n/).slice(1) });
    site.publish(`feed-${f}`, { slug, title: `${a.title} (${i})`, published: `${a.publishedDate}T09:00:00Z` });
  }
}
process.stdout.write(`listening ${site.host.split(':')[1] ?? ''}\n`);
