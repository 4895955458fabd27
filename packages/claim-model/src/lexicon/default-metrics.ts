import type { LexiconInput } from './schema';

/** General metrics for protests, conflicts and disasters. Terms are matched case-insensitively on word boundaries. */
export const DEFAULT_METRICS = [
  { id: 'deaths', label: 'Deaths', category: 'casualty', terms: ['killed', 'dead', 'deaths', 'death', 'died', 'die', 'death toll', 'fatalities', 'fatality', 'lives lost', 'lost their lives', 'liquidated', 'slain', 'perished', 'shot dead', 'bodies', 'corpses', 'murdered', 'executed', 'massacred', 'drowned', 'killing'] },
  { id: 'injured', label: 'Injured', category: 'casualty', terms: ['injured', 'wounded', 'hurt', 'injuries', 'injury', 'wounds'] },
  { id: 'casualties', label: 'Casualties (dead and injured)', category: 'casualty', terms: ['casualties', 'victims'] },
  { id: 'hospitalized', label: 'Hospitalized', category: 'casualty', terms: ['hospitalized', 'hospitalised', 'admitted to hospital', 'in hospital', 'taken to hospital', 'hospitalizations', 'hospitalisations'] },
  { id: 'intensive_care', label: 'In intensive care', category: 'casualty', terms: ['intensive care', 'icu', 'critical condition', 'in critical condition', 'serious condition'] },
  { id: 'beheaded', label: 'Beheaded', category: 'casualty', terms: ['beheaded', 'decapitated', 'beheading', 'beheadings'] },
  { id: 'missing', label: 'Missing', category: 'humanitarian', terms: ['missing', 'unaccounted for', 'disappeared'] },
  { id: 'detained', label: 'Detained or arrested', category: 'detention', terms: ['detained', 'arrested', 'arrests', 'detentions', 'in custody', 'taken into custody', 'detainees', 'rounded up', 'jailed', 'imprisoned'] },
  { id: 'troops_deployed', label: 'Troops or equipment deployed', category: 'security', terms: ['deployed', 'dispatched', 'sent in', 'mobilized', 'mobilised', 'troops', 'paratroopers', 'peacekeepers', 'contingent', 'reinforcements', 'engaged'] },
  { id: 'participants', label: 'Participants', category: 'participation', terms: ['took to the streets', 'rallied', 'gathered', 'marched', 'participants', 'attended', 'turned out', 'turnout', 'crowd of'] },
  { id: 'displaced', label: 'Displaced', category: 'humanitarian', terms: ['displaced', 'fled their homes', 'homeless', 'refugees', 'forced to flee', 'lost their homes'] },
  { id: 'evacuated', label: 'Evacuated', category: 'humanitarian', terms: ['evacuated', 'evacuees', 'evacuation'] },
  { id: 'affected', label: 'Affected', category: 'humanitarian', terms: ['affected', 'in need of aid', 'need assistance', 'needed aid', 'need aid', 'needing aid', 'need humanitarian aid', 'needed humanitarian aid', 'in need', 'require assistance'] },
  { id: 'buildings_damaged', label: 'Buildings damaged or destroyed', category: 'humanitarian', terms: ['buildings damaged', 'buildings destroyed', 'homes destroyed', 'houses destroyed', 'collapsed', 'destroyed', 'damaged', 'razed', 'flattened'] },
  { id: 'price', label: 'Price', category: 'economic', terms: ['price', 'prices', 'cost', 'costs', 'per liter', 'per litre', 'tariff', 'fare'] },
  { id: 'income', label: 'Income', category: 'economic', terms: ['salary', 'salaries', 'wage', 'wages', 'income', 'pension', 'pensions'] },
  { id: 'damage', label: 'Damage', category: 'economic', terms: ['damage', 'losses', 'damages'] },
  { id: 'population', label: 'Population', category: 'measure', terms: ['inhabitants', 'population'] },
  { id: 'distance', label: 'Distance', category: 'measure', terms: [] },
  { id: 'duration', label: 'Duration (not a count)', category: 'measure', terms: [] },
  { id: 'age', label: 'Age (not a count)', category: 'measure', terms: [] },
  { id: 'year', label: 'Year (not a count)', category: 'measure', terms: [] },
] as const satisfies LexiconInput['metrics'];

/** Who is counted. Groups named differently by different sides share one id; the words used are kept on each claim. */
export const DEFAULT_SUBJECTS = [
  { id: 'people', label: 'People', broader: [], terms: ['people', 'persons', 'person', 'individuals', 'men', 'women', 'man', 'woman', 'citizens', 'residents', 'inhabitants', 'villagers', 'locals'] },
  { id: 'civilians', label: 'Civilians', broader: ['people'], terms: ['civilians', 'civilian', 'non-combatants', 'bystanders', 'passers-by'] },
  { id: 'children', label: 'Children', broader: ['civilians'], terms: ['children', 'child', 'minors', 'kids', 'teenagers', 'students', 'schoolchildren'] },
  { id: 'journalists', label: 'Journalists', broader: ['civilians'], terms: ['journalists', 'journalist', 'reporters', 'media workers', 'photographers'] },
  { id: 'medics', label: 'Medical workers', broader: ['civilians'], terms: ['medics', 'doctors', 'nurses', 'paramedics', 'health workers', 'aid workers', 'rescuers', 'firefighters'] },
  { id: 'foreigners', label: 'Foreign nationals', broader: ['people'], terms: ['foreigners', 'foreign nationals', 'tourists'] },
  { id: 'protesters', label: 'Protesters (as named: protesters, rioters, attackers, armed criminals…)', broader: ['people'], terms: ['protesters', 'protester', 'protestors', 'demonstrators', 'demonstrator', 'rioters', 'rioter', 'attackers', 'attacker', 'armed criminals', 'criminals', 'bandits', 'armed bandits', 'terrorists', 'extremists', 'looters', 'insurgents', 'activists', 'marchers', 'crowd'] },
  { id: 'armed_groups', label: 'Armed groups', broader: ['people'], terms: ['militants', 'fighters', 'rebels', 'gunmen', 'militiamen', 'combatants', 'jihadists', 'separatists'] },
  { id: 'security_forces', label: 'Security forces', broader: ['people'], terms: ['security forces', 'security personnel', 'forces'] },
  { id: 'law_enforcement', label: 'Law enforcement', broader: ['security_forces'], terms: ['law enforcement officials', 'law enforcement officers', 'members of law enforcement', 'law enforcement', 'security officials', 'security officers', 'national guard', 'guardsmen'] },
  { id: 'police', label: 'Police', broader: ['law_enforcement'], terms: ['police officers', 'police officer', 'policemen', 'policeman', 'policewomen', 'police', 'cops', 'officers', 'officer', 'riot police'] },
  { id: 'military', label: 'Military', broader: ['security_forces'], terms: ['soldiers', 'soldier', 'troops', 'servicemen', 'service members', 'paratroopers', 'army', 'military personnel', 'peacekeepers'] },
  { id: 'officials', label: 'Officials', broader: ['people'], terms: ['officials', 'official', 'local officials', 'civil servants', 'ministers'] },
  { id: 'buildings', label: 'Buildings', broader: [], terms: ['buildings', 'homes', 'houses', 'shops', 'schools', 'hospitals', 'apartments', 'dwellings'] },
  { id: 'equipment', label: 'Equipment', broader: [], terms: ['weapons', 'guns', 'firearms'] },
  { id: 'aircraft', label: 'Aircraft', broader: ['equipment'], terms: ['planes', 'cargo planes', 'aircraft', 'jets', 'helicopters', 'drones'] },
  { id: 'vehicles', label: 'Vehicles', broader: ['equipment'], terms: ['tanks', 'armored vehicles', 'armoured vehicles', 'trucks', 'vehicles', 'buses'] },
] as const satisfies LexiconInput['subjects'];
