// Page furniture that scrapers keep: comment forms, link teasers, image credits, thank-you blurbs.
const BOILERPLATE: readonly RegExp[] = [
  /^(?:leave a (?:comment|reply)|post (?:a )?comment|comments?|source link|read more|read also\b|related(?: articles?| stories| coverage)?\s*:?|advertisement|share (?:this|on)\b|sign up\b|subscribe\b|follow us\b|click here\b|you may also like|recommended\b|more on this story)/i,
  /your email address will not be published/i,
  /required fields are marked/i,
  /^(?:source|sources|images?|photos?|photograph|credits?|picture|video|illustration)\s*:/i,
  /^(?:getty images|©|\(c\)|copyright\b)/i,
  /\bvia (?:facebook|twitter|x|telegram|instagram|youtube|tiktok|getty images|reuters|afp|ap)\s*$/i,
  /^we (?:would|'d) (?:love|like) to (?:say )?thanks?\b/i,
  /\bthanks? (?:to|for)\b.{0,60}\b(?:writer|author)\b/i,
  /contributed (?:to )?(?:this|the) report\.?$/i,
  /this is what you need to know\.?$/i,
  /\b(?:may be shocking|viewer discretion|graphic content)\b/i,
  /all rights reserved|privacy policy|terms of (?:use|service)|cookie settings/i,
  /article reserved for (?:our )?subscribers/i,
  /^(?:updated|published)\s*:?\s*\d/i,
];

// The patterns as one regex: a line is scanned once instead of once per pattern (every paragraph of every article
// passes here). All patterns are case-insensitive and without backreferences, so the alternation means the same.
const ANY_BOILERPLATE = new RegExp(BOILERPLATE.map((re) => `(?:${re.source})`).join('|'), 'i');

/** True when a line of the page is boilerplate that must never yield claims. */
export function isBoilerplate(line: string, title: string | null): boolean {
  const trimmed = line.trim();
  if (trimmed.length === 0) return true;
  if (ANY_BOILERPLATE.test(trimmed)) return true;
  // Only a line as long as the title can repeat it; most lines are skipped without normalising.
  if (title === null || Math.abs(trimmed.length - title.length) > 8) return false;
  return normalise(trimmed) === normalisedTitle(title);
}

// Every line of a document is compared with the same title: it is normalised once.
let lastTitle: string | null = null;
let lastNormalisedTitle = '';

function normalisedTitle(title: string): string {
  if (title !== lastTitle) {
    lastTitle = title;
    lastNormalisedTitle = normalise(title);
  }
  return lastNormalisedTitle;
}

function normalise(text: string): string {
  return text.toLowerCase().replace(/[’']/g, "'").replace(/\s+/g, ' ').trim();
}
