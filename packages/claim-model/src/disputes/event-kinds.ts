/** A kind of story and the words that tell it; a case may add its own through `DisputeLexicon.eventKinds`. */
export interface EventKind {
  id: string;
  terms: readonly string[];
}

// Words that name what happened, not how many: general across stories, never phrases of one corpus. A document
// is read as the kinds it names most; terms used by several kinds ("attack", "troops", "fire") are left out.
export const DEFAULT_EVENT_KINDS: readonly EventKind[] = [
  { id: 'earthquake', terms: ['earthquake', 'earthquakes', 'quake', 'quakes', 'tremor', 'tremors', 'aftershock', 'aftershocks', 'seismic', 'epicentre', 'epicenter', 'richter'] },
  { id: 'flood', terms: ['flood', 'floods', 'flooding', 'floodwaters', 'floodwater', 'flooded', 'flash floods', 'torrential', 'heavy rain', 'heavy rains', 'downpours', 'monsoon', 'dam burst', 'burst its banks', 'inundated', 'rains'] },
  { id: 'storm', terms: ['hurricane', 'typhoon', 'cyclone', 'tornado', 'tornadoes', 'storm', 'storms', 'landfall', 'gale', 'blizzard'] },
  { id: 'wildfire', terms: ['wildfire', 'wildfires', 'bushfire', 'bushfires', 'forest fire', 'forest fires', 'blaze', 'blazes', 'firefighting', 'burned acres', 'hectares burned'] },
  { id: 'attack', terms: ['bombing', 'bombings', 'bomb', 'bomber', 'bombers', 'blast', 'blasts', 'explosion', 'explosions', 'explosives', 'explosive', 'suicide', 'gunmen', 'gunman', 'shooting', 'shootings', 'massacre', 'hostage', 'hostages', 'terror attack', 'terrorist attack', 'car bomb', 'stabbing', 'assailant', 'assailants', 'perpetrators'] },
  { id: 'war', terms: ['war', 'invasion', 'invaded', 'offensive', 'shelling', 'shelled', 'airstrike', 'airstrikes', 'air strike', 'air strikes', 'missile', 'missiles', 'drone strike', 'drone strikes', 'front line', 'frontline', 'artillery', 'ceasefire', 'occupied', 'counteroffensive', 'warplanes'] },
  { id: 'unrest', terms: ['protest', 'protests', 'protesters', 'protestors', 'protesting', 'demonstration', 'demonstrations', 'demonstrators', 'riot', 'riots', 'rioters', 'rioting', 'unrest', 'uprising', 'crackdown', 'looting', 'looters', 'tear gas', 'upheaval', 'coup'] },
  { id: 'election', terms: ['election', 'elections', 'vote', 'votes', 'voters', 'voting', 'ballot', 'ballots', 'polling', 'turnout', 'electoral', 'candidate', 'candidates', 'runoff', 'referendum'] },
  { id: 'epidemic', terms: ['outbreak', 'epidemic', 'pandemic', 'virus', 'infections', 'infected', 'vaccinated', 'vaccine', 'ebola', 'measles', 'covid', 'mpox'] },
  { id: 'crash', terms: ['crash', 'crashed', 'derailed', 'derailment', 'capsized', 'sank', 'collision', 'shipwreck', 'plane crash', 'collided'] },
];
