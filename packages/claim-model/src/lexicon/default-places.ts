import type { LexiconInput } from './schema';

type Row = readonly [id: string, name: string, within: string, aliases: string];

// Compact rows keep a general gazetteer readable: id, name, container id, extra names separated by ';'.
const REGIONS: readonly Row[] = [
  ['world', 'World', '', 'worldwide;globally'],
  ['europe', 'Europe', 'world', ''], ['asia', 'Asia', 'world', ''], ['africa', 'Africa', 'world', ''],
  ['americas', 'Americas', 'world', ''], ['oceania', 'Oceania', 'world', ''],
  ['central_asia', 'Central Asia', 'asia', ''], ['middle_east', 'Middle East', 'asia', ''],
  ['east_asia', 'East Asia', 'asia', ''], ['south_asia', 'South Asia', 'asia', ''], ['southeast_asia', 'Southeast Asia', 'asia', ''],
  ['caucasus', 'Caucasus', 'asia', ''], ['sahel', 'Sahel', 'africa', ''], ['latin_america', 'Latin America', 'americas', ''],
];

const COUNTRIES: readonly Row[] = [
  ['kazakhstan', 'Kazakhstan', 'central_asia', ''], ['kyrgyzstan', 'Kyrgyzstan', 'central_asia', ''],
  ['tajikistan', 'Tajikistan', 'central_asia', ''], ['uzbekistan', 'Uzbekistan', 'central_asia', ''],
  ['turkmenistan', 'Turkmenistan', 'central_asia', ''], ['afghanistan', 'Afghanistan', 'south_asia', ''],
  ['russia', 'Russia', 'europe', 'Russian Federation'], ['belarus', 'Belarus', 'europe', ''], ['ukraine', 'Ukraine', 'europe', ''],
  ['armenia', 'Armenia', 'caucasus', ''], ['azerbaijan', 'Azerbaijan', 'caucasus', ''], ['georgia', 'Georgia', 'caucasus', ''],
  ['moldova', 'Moldova', 'europe', ''], ['poland', 'Poland', 'europe', ''], ['germany', 'Germany', 'europe', ''],
  ['france', 'France', 'europe', ''], ['united_kingdom', 'United Kingdom', 'europe', 'UK;Britain;Great Britain'],
  ['italy', 'Italy', 'europe', ''], ['spain', 'Spain', 'europe', ''], ['netherlands', 'Netherlands', 'europe', ''],
  ['belgium', 'Belgium', 'europe', ''], ['switzerland', 'Switzerland', 'europe', ''], ['greece', 'Greece', 'europe', ''],
  ['serbia', 'Serbia', 'europe', ''], ['hungary', 'Hungary', 'europe', ''], ['romania', 'Romania', 'europe', ''],
  ['sweden', 'Sweden', 'europe', ''], ['norway', 'Norway', 'europe', ''], ['finland', 'Finland', 'europe', ''],
  ['turkey', 'Turkey', 'middle_east', 'Türkiye'], ['iran', 'Iran', 'middle_east', ''], ['iraq', 'Iraq', 'middle_east', ''],
  ['syria', 'Syria', 'middle_east', ''], ['lebanon', 'Lebanon', 'middle_east', ''], ['israel', 'Israel', 'middle_east', ''],
  ['palestine', 'Palestinian territories', 'middle_east', 'West Bank;Gaza Strip'], ['jordan', 'Jordan', 'middle_east', ''],
  ['saudi_arabia', 'Saudi Arabia', 'middle_east', ''], ['yemen', 'Yemen', 'middle_east', ''],
  ['uae', 'United Arab Emirates', 'middle_east', 'UAE'], ['qatar', 'Qatar', 'middle_east', ''],
  ['egypt', 'Egypt', 'africa', ''], ['libya', 'Libya', 'africa', ''], ['tunisia', 'Tunisia', 'africa', ''],
  ['algeria', 'Algeria', 'africa', ''], ['morocco', 'Morocco', 'africa', ''], ['sudan', 'Sudan', 'africa', ''],
  ['south_sudan', 'South Sudan', 'africa', ''], ['ethiopia', 'Ethiopia', 'africa', ''], ['somalia', 'Somalia', 'africa', ''],
  ['kenya', 'Kenya', 'africa', ''], ['uganda', 'Uganda', 'africa', ''], ['tanzania', 'Tanzania', 'africa', ''], ['rwanda', 'Rwanda', 'africa', ''], ['nigeria', 'Nigeria', 'africa', ''], ['mali', 'Mali', 'sahel', ''],
  ['niger', 'Niger', 'sahel', ''], ['burkina_faso', 'Burkina Faso', 'sahel', ''], ['chad', 'Chad', 'sahel', ''],
  ['drc', 'Democratic Republic of the Congo', 'africa', 'DR Congo;DRC'], ['south_africa', 'South Africa', 'africa', ''],
  ['china', 'China', 'east_asia', ''], ['japan', 'Japan', 'east_asia', ''], ['south_korea', 'South Korea', 'east_asia', ''],
  ['north_korea', 'North Korea', 'east_asia', ''], ['mongolia', 'Mongolia', 'east_asia', ''], ['taiwan', 'Taiwan', 'east_asia', ''],
  ['india', 'India', 'south_asia', ''], ['pakistan', 'Pakistan', 'south_asia', ''], ['bangladesh', 'Bangladesh', 'south_asia', ''],
  ['sri_lanka', 'Sri Lanka', 'south_asia', ''], ['nepal', 'Nepal', 'south_asia', ''], ['myanmar', 'Myanmar', 'southeast_asia', 'Burma'],
  ['thailand', 'Thailand', 'southeast_asia', ''], ['indonesia', 'Indonesia', 'southeast_asia', ''],
  ['philippines', 'Philippines', 'southeast_asia', ''], ['vietnam', 'Vietnam', 'southeast_asia', ''],
  ['united_states', 'United States', 'americas', 'US;U.S.;USA;United States of America;America'],
  ['canada', 'Canada', 'americas', ''], ['mexico', 'Mexico', 'latin_america', ''], ['brazil', 'Brazil', 'latin_america', ''],
  ['colombia', 'Colombia', 'latin_america', ''], ['venezuela', 'Venezuela', 'latin_america', ''], ['peru', 'Peru', 'latin_america', ''],
  ['chile', 'Chile', 'latin_america', ''], ['argentina', 'Argentina', 'latin_america', ''], ['haiti', 'Haiti', 'latin_america', ''],
  ['cuba', 'Cuba', 'latin_america', ''], ['australia', 'Australia', 'oceania', ''], ['new_zealand', 'New Zealand', 'oceania', ''],
];

// Provinces and cities; alternate spellings include common transliterations (GeoNames-style alternate names).
const SUBDIVISIONS: readonly Row[] = [
  ['mangystau', 'Mangystau Region', 'kazakhstan', 'Mangystau;Mangistau;Mangistaou'],
  ['crimea', 'Crimea', 'ukraine', ''], ['donbas', 'Donbas', 'ukraine', 'Donbass'], ['tigray', 'Tigray', 'ethiopia', ''],
  ['darfur', 'Darfur', 'sudan', ''], ['xinjiang', 'Xinjiang', 'china', ''], ['kashmir', 'Kashmir', 'south_asia', ''],
];

const CITIES: readonly Row[] = [
  ['almaty', 'Almaty', 'kazakhstan', 'Alma-Ata'], ['astana', 'Astana', 'kazakhstan', 'Nur-Sultan'],
  ['shymkent', 'Shymkent', 'kazakhstan', 'Chimkent'], ['karaganda', 'Karaganda', 'kazakhstan', 'Karagandy'],
  ['aktobe', 'Aktobe', 'kazakhstan', 'Aktyubinsk;Aktioubé;Aktiubé'], ['atyrau', 'Atyrau', 'kazakhstan', 'Atyraou'],
  ['aktau', 'Aktau', 'mangystau', 'Aktaou'], ['zhanaozen', 'Zhanaozen', 'mangystau', 'Janaozen;Zhanaozen;Zhanozen'],
  ['kyzylorda', 'Kyzylorda', 'kazakhstan', 'Qyzylorda'], ['taldykorgan', 'Taldykorgan', 'kazakhstan', 'Taldıqorğan'],
  ['taraz', 'Taraz', 'kazakhstan', ''], ['semey', 'Semey', 'kazakhstan', ''], ['baikonur', 'Baikonur', 'kazakhstan', ''],
  ['bishkek', 'Bishkek', 'kyrgyzstan', ''], ['dushanbe', 'Dushanbe', 'tajikistan', ''], ['tashkent', 'Tashkent', 'uzbekistan', ''],
  ['moscow', 'Moscow', 'russia', ''], ['saint_petersburg', 'Saint Petersburg', 'russia', 'St Petersburg;St. Petersburg'],
  ['minsk', 'Minsk', 'belarus', ''], ['kyiv', 'Kyiv', 'ukraine', 'Kiev'], ['kharkiv', 'Kharkiv', 'ukraine', 'Kharkov'],
  ['mariupol', 'Mariupol', 'ukraine', ''], ['odesa', 'Odesa', 'ukraine', 'Odessa'], ['yerevan', 'Yerevan', 'armenia', ''],
  ['tbilisi', 'Tbilisi', 'georgia', ''], ['baku', 'Baku', 'azerbaijan', ''], ['warsaw', 'Warsaw', 'poland', ''],
  ['berlin', 'Berlin', 'germany', ''], ['paris', 'Paris', 'france', ''], ['london', 'London', 'united_kingdom', ''],
  ['brussels', 'Brussels', 'belgium', ''], ['rome', 'Rome', 'italy', ''], ['madrid', 'Madrid', 'spain', ''],
  ['geneva', 'Geneva', 'switzerland', ''], ['istanbul', 'Istanbul', 'turkey', ''], ['ankara', 'Ankara', 'turkey', ''],
  ['tehran', 'Tehran', 'iran', ''], ['baghdad', 'Baghdad', 'iraq', ''], ['damascus', 'Damascus', 'syria', ''],
  ['aleppo', 'Aleppo', 'syria', ''], ['beirut', 'Beirut', 'lebanon', ''], ['jerusalem', 'Jerusalem', 'middle_east', ''],
  ['gaza', 'Gaza', 'palestine', 'Gaza City'], ['riyadh', 'Riyadh', 'saudi_arabia', ''], ['sanaa', "Sana'a", 'yemen', 'Sanaa'],
  ['abu_dhabi', 'Abu Dhabi', 'uae', ''], ['dubai', 'Dubai', 'uae', ''], ['doha', 'Doha', 'qatar', ''],
  ['cairo', 'Cairo', 'egypt', ''], ['tripoli', 'Tripoli', 'libya', ''], ['khartoum', 'Khartoum', 'sudan', ''],
  ['addis_ababa', 'Addis Ababa', 'ethiopia', ''], ['mogadishu', 'Mogadishu', 'somalia', ''], ['nairobi', 'Nairobi', 'kenya', ''],
  ['mombasa', 'Mombasa', 'kenya', ''], ['kisumu', 'Kisumu', 'kenya', ''], ['kampala', 'Kampala', 'uganda', ''],
  ['dar_es_salaam', 'Dar es Salaam', 'tanzania', ''], ['kigali', 'Kigali', 'rwanda', ''], ['goma', 'Goma', 'drc', ''],
  ['port_sudan', 'Port Sudan', 'sudan', ''], ['el_fasher', 'El Fasher', 'sudan', 'al-Fashir;El-Fasher'],
  ['kano', 'Kano', 'nigeria', ''], ['kaduna', 'Kaduna', 'nigeria', ''], ['maiduguri', 'Maiduguri', 'nigeria', ''],
  ['benghazi', 'Benghazi', 'libya', ''], ['derna', 'Derna', 'libya', ''], ['rafah', 'Rafah', 'palestine', ''],
  ['khan_younis', 'Khan Younis', 'palestine', 'Khan Yunis'], ['mosul', 'Mosul', 'iraq', ''], ['idlib', 'Idlib', 'syria', ''],
  ['antakya', 'Antakya', 'turkey', ''], ['gaziantep', 'Gaziantep', 'turkey', ''], ['kherson', 'Kherson', 'ukraine', ''],
  ['zaporizhzhia', 'Zaporizhzhia', 'ukraine', 'Zaporizhia'], ['dnipro', 'Dnipro', 'ukraine', ''], ['lviv', 'Lviv', 'ukraine', ''],
  ['peshawar', 'Peshawar', 'pakistan', ''], ['lahore', 'Lahore', 'pakistan', ''], ['quetta', 'Quetta', 'pakistan', ''],
  ['kandahar', 'Kandahar', 'afghanistan', ''],
  ['lagos', 'Lagos', 'nigeria', ''], ['abuja', 'Abuja', 'nigeria', ''], ['bamako', 'Bamako', 'mali', ''],
  ['kinshasa', 'Kinshasa', 'drc', ''], ['johannesburg', 'Johannesburg', 'south_africa', ''],
  ['beijing', 'Beijing', 'china', ''], ['shanghai', 'Shanghai', 'china', ''], ['hong_kong', 'Hong Kong', 'china', ''],
  ['tokyo', 'Tokyo', 'japan', ''], ['seoul', 'Seoul', 'south_korea', ''], ['ulaanbaatar', 'Ulaanbaatar', 'mongolia', ''],
  ['new_delhi', 'New Delhi', 'india', 'Delhi'], ['mumbai', 'Mumbai', 'india', 'Bombay'], ['karachi', 'Karachi', 'pakistan', ''],
  ['islamabad', 'Islamabad', 'pakistan', ''], ['kabul', 'Kabul', 'afghanistan', ''], ['dhaka', 'Dhaka', 'bangladesh', ''],
  ['colombo', 'Colombo', 'sri_lanka', ''], ['kathmandu', 'Kathmandu', 'nepal', ''], ['yangon', 'Yangon', 'myanmar', 'Rangoon'],
  ['bangkok', 'Bangkok', 'thailand', ''], ['jakarta', 'Jakarta', 'indonesia', ''], ['manila', 'Manila', 'philippines', ''],
  ['washington', 'Washington', 'united_states', 'Washington DC;Washington, D.C.'], ['new_york', 'New York', 'united_states', ''],
  ['mexico_city', 'Mexico City', 'mexico', ''], ['bogota', 'Bogotá', 'colombia', 'Bogota'], ['caracas', 'Caracas', 'venezuela', ''],
  ['lima', 'Lima', 'peru', ''], ['santiago', 'Santiago', 'chile', ''], ['buenos_aires', 'Buenos Aires', 'argentina', ''],
  ['port_au_prince', 'Port-au-Prince', 'haiti', ''], ['sydney', 'Sydney', 'australia', ''],
];

function toEntries(rows: readonly Row[], kind: 'region' | 'country' | 'province' | 'city'): LexiconInput['places'] {
  return rows.map(([id, name, within, aliases]) => ({
    id,
    name,
    kind,
    within: within ? [within] : [],
    terms: [name, ...aliases.split(';').filter((a) => a.length > 0)],
  }));
}

/** A general gazetteer: world regions, countries, some provinces and major cities. Extend per case with `mergeLexicon`. */
export const DEFAULT_PLACES: LexiconInput['places'] = [
  ...toEntries(REGIONS, 'region'),
  ...toEntries(COUNTRIES, 'country'),
  ...toEntries(SUBDIVISIONS, 'province'),
  ...toEntries(CITIES, 'city'),
];
