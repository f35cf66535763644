#!/usr/bin/env python3
"""Build data/states/{states,aliases}.csv from the UN country data in ../shared/reference.

The generated files are committed; this script documents and reproduces how they were made.
`--check` regenerates in memory and fails if the committed files differ (CI runs it when the
shared reference data is present).

Normalisation applied to every row (see data/states/SOURCES.md):
  * observer/territory markers (" *", " **") are removed;
  * UNTERM's trailing article in short names ("(the)", "(le)", "(los)", ...) is removed;
  * the leading lower-case article of formal names ("the", "le", "la", "l'", "el", ...) is removed;
then the rows of input/corrections.csv are applied, each checked against the value it replaces.
"""
import argparse
import csv
import io
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data" / "states"
INPUT = DATA / "input"
LANGS = ["ar", "zh", "en", "fr", "ru", "es"]
UNTERM = {"ar": "Arabic", "zh": "Chinese", "en": "English", "fr": "French", "ru": "Russian", "es": "Spanish"}
M49_FILE = {"ar": "ar", "zh": "cn", "en": "en", "fr": "fr", "ru": "ru", "es": "es"}
OFFICIAL = {"ar": "ar", "zh": "cn", "en": "en", "fr": "fr", "ru": "ru", "es": "es"}
OBSERVERS = {"VAT": "1964-04-06", "PSE": "2012-11-29"}
NOT_STATES = {"COK", "NIU"}  # UNTERM rows marked "**": not UN Member or observer States

TRAILING_ARTICLE = re.compile(r"\s*\((the|le|la|les|l['’]|el|los|las)\)\s*$")
LEADING_ARTICLE = re.compile(r"^(the|le|la|les|el|los|las)\s+|^l['’]")
MARKER = re.compile(r"\s*\*+\s*$")


def read_csv_with_comments(path):
    lines = [l for l in path.read_text(encoding="utf-8").splitlines() if not l.startswith("#")]
    return list(csv.DictReader(lines))


def short(name):
    return TRAILING_ARTICLE.sub("", MARKER.sub("", name)).strip()


def formal(name):
    return LEADING_ARTICLE.sub("", MARKER.sub("", name).strip(), count=1).strip()


def fail(msg):
    print(f"build-reference: {msg}", file=sys.stderr)
    sys.exit(1)


def build(reference):
    rows = list(csv.DictReader(open(reference / "country-codes.csv", encoding="utf-8-sig")))
    by_iso3 = {r["ISO3166-1-Alpha-3"]: r for r in rows}
    m49 = {}
    regions = {}
    for lang, suffix in M49_FILE.items():
        for r in csv.DictReader(open(reference / f"UNSD-M49-{suffix}.csv", encoding="utf-8-sig")):
            m49.setdefault(r["ISO-alpha3 Code"], {})[lang] = r["Country or Area"]
            regions[r["ISO-alpha3 Code"]] = r["Region Code"]

    admissions = {r["iso3"]: r["date"] for r in read_csv_with_comments(INPUT / "admissions.csv")}
    members = sorted(admissions)
    if len(members) != 193:
        fail(f"input/admissions.csv lists {len(members)} Member States, expected 193")
    wanted = members + sorted(OBSERVERS)

    states = {}
    for iso3 in wanted:
        src = by_iso3.get(iso3)
        if src is None:
            fail(f"{iso3} is not in country-codes.csv")
        rec = {
            "iso3": iso3,
            "iso2": src["ISO3166-1-Alpha-2"],
            "m49": src["M49"].zfill(3),
            "status": "observer" if iso3 in OBSERVERS else "member",
            "admitted_on": admissions.get(iso3, ""),
            "observer_since": OBSERVERS.get(iso3, ""),
        }
        for lang in LANGS:
            rec[f"short_{lang}"] = short(src[f"UNTERM {UNTERM[lang]} Short"])
            rec[f"formal_{lang}"] = formal(src[f"UNTERM {UNTERM[lang]} Formal"])
        states[iso3] = rec

    unterm_rows = [r for r in rows if r["UNTERM English Short"]]
    for r in unterm_rows:
        iso3 = r["ISO3166-1-Alpha-3"]
        if iso3 not in states and iso3 not in NOT_STATES:
            fail(f"{iso3} has UNTERM names but is neither a Member State nor an observer State")

    for c in read_csv_with_comments(INPUT / "corrections.csv"):
        rec = states.get(c["iso3"])
        if rec is None:
            fail(f"corrections.csv: unknown State {c['iso3']}")
        if c["field"] not in rec:
            fail(f"corrections.csv: {c['iso3']} has no field {c['field']}")
        if rec[c["field"]] != c["from"]:
            fail(f"corrections.csv: {c['iso3']}.{c['field']} is {rec[c['field']]!r}, the correction expects {c['from']!r}")
        rec[c["field"]] = c["to"]

    for rec in states.values():
        for lang in LANGS:
            for kind in ("short", "formal"):
                if not rec[f"{kind}_{lang}"]:
                    fail(f"{rec['iso3']} has no {kind} name in {lang}")

    aliases = {}  # (iso3, lang, name) -> note; hand-written notes win over generated ones
    for iso3, rec in states.items():
        src = by_iso3[iso3]
        names = {(lang, rec[f"{k}_{lang}"]) for lang in LANGS for k in ("short", "formal")}
        candidates = []
        for lang in LANGS:
            candidates.append((lang, m49.get(iso3, {}).get(lang, ""), "UNSD M49 name"))
            candidates.append((lang, src.get(f"official_name_{OFFICIAL[lang]}", ""), "UNSD official name"))
        candidates.append(("en", src.get("CLDR display name", ""), "CLDR display name"))
        for lang, name, note in candidates:
            name = name.strip()
            if name and (lang, name) not in names:
                aliases.setdefault((iso3, lang, name), note)
    for r in read_csv_with_comments(INPUT / "former-names.csv"):
        if r["iso3"] not in states:
            fail(f"former-names.csv: unknown State {r['iso3']}")
        if r["lang"] not in LANGS:
            fail(f"former-names.csv: unknown language {r['lang']} for {r['iso3']}")
        aliases[(r["iso3"], r["lang"], r["name"])] = r["note"]

    missing = [iso3 for iso3 in wanted if not regions.get(iso3)]
    if missing:
        fail("no M49 region for " + ", ".join(missing))
    return states, sorted((*key, note) for key, note in aliases.items()), {iso3: regions[iso3] for iso3 in wanted}


def render(states, aliases, regions):
    fields = ["iso3", "iso2", "m49", "status", "admitted_on", "observer_since"] + [
        f"{k}_{l}" for l in LANGS for k in ("short", "formal")
    ]
    out = io.StringIO()
    w = csv.DictWriter(out, fieldnames=fields, lineterminator="\n")
    w.writeheader()
    for iso3 in sorted(states):
        w.writerow(states[iso3])
    states_csv = out.getvalue()
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    w.writerow(["iso3", "lang", "name", "note"])
    w.writerows(aliases)
    aliases_csv = out.getvalue()
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    w.writerow(["iso3", "m49_region"])
    w.writerows(sorted(regions.items()))
    return states_csv, aliases_csv, out.getvalue()


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--reference", type=Path, default=ROOT.parent / "shared" / "reference")
    ap.add_argument("--check", action="store_true", help="fail if the committed files differ")
    args = ap.parse_args()
    states_csv, aliases_csv, regions_csv = render(*build(args.reference))
    targets = {DATA / "states.csv": states_csv, DATA / "aliases.csv": aliases_csv, DATA / "regions.csv": regions_csv}
    if args.check:
        stale = [str(p.relative_to(ROOT)) for p, text in targets.items() if not p.exists() or p.read_text(encoding="utf-8") != text]
        if stale:
            fail("out of date, run scripts/build-reference.py: " + ", ".join(stale))
        print("reference data up to date")
        return
    for path, text in targets.items():
        path.write_text(text, encoding="utf-8")
        print(f"wrote {path.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
