"""Drives Comity's TAXII 2.1 server with the OASIS `taxii2-client` and checks every object it
serves with the OASIS `stix2-validator`. Run by crates/comity-web/tests/taxii.rs against a
server on loopback, with the tokens in the environment:

  COMITY_TAXII_URL      the discovery URL (http://127.0.0.1:PORT/taxii2/)
  COMITY_TOKEN_KENYA    a Kenyan technical contact's API token
  COMITY_TOKEN_FRANCE   a French technical contact's API token
  COMITY_TOKEN_CHINA    a Chinese technical contact's API token (outside the exchange)

Prints one line per check and exits non-zero at the first that fails.
"""

import json
import os
import sys
import uuid

import requests
from stix2validator import ValidationOptions, validate_instance
from taxii2client.exceptions import TAXIIServiceException
from taxii2client.v21 import ApiRoot, Server, as_pages

URL = os.environ["COMITY_TAXII_URL"]
TOKENS = {name: os.environ[f"COMITY_TOKEN_{name.upper()}"] for name in ("kenya", "france", "china")}
EXTENSION = "extension-definition--697f4ef4-3b74-4e56-909b-ee1893d617de"
AMBER_STRICT = "marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003"
GREEN = "marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb"
OPTIONS = ValidationOptions(version="2.1", strict=False)


def check(condition, what):
    if not condition:
        print(f"FAILED: {what}")
        sys.exit(1)
    print(f"ok: {what}")


def server(name):
    # The token is the password of Basic authentication, as TAXII clients send it.
    return Server(URL, user=name, password=TOKENS[name])


def valid(objects, what):
    for o in objects:
        result = validate_instance(o, OPTIONS)
        if not result.is_valid:
            print(json.dumps(o, indent=2))
            for e in result.errors:
                print("  ", e)
        check(result.is_valid, f"{what}: {o['id']} passes stix2-validator")


def report(recipient, subject, n):
    thread = str(uuid.uuid4())
    now = "2026-12-01T08:00:00.000Z"
    return [
        {"type": "incident", "spec_version": "2.1", "id": f"incident--{thread}", "created": now, "modified": now,
         "name": subject, "object_marking_refs": [AMBER_STRICT]},
        {"type": "report", "spec_version": "2.1", "id": f"report--{uuid.uuid4()}", "created": now, "modified": now,
         "name": f"{subject} #{n}", "description": "Indicators follow in the portal.", "published": now,
         "object_refs": [f"incident--{thread}"], "object_marking_refs": [AMBER_STRICT],
         "external_references": [{"source_name": "un-ict-framework", "external_id": "norm-h"}],
         "extensions": {EXTENSION: {"extension_type": "property-extension", "kind": "request_assistance",
                                    "urgency": "high", "sector": "energy", "recipients": [recipient]}}},
    ]


def main():
    kenya = server("kenya")
    check(kenya.title.startswith("Comity"), "discovery through taxii2-client")
    root = kenya.api_roots[0]
    check(root.versions == ["application/taxii+json;version=2.1"], "the API root speaks TAXII 2.1")
    own = root.collections[0]
    check(own.can_write and own.can_read, "Kenya's own collection is listed first, readable and writable")

    # Add: five threads to France, one envelope each; a status for each.
    for n in range(5):
        status = own.add_objects({"objects": report("FRA", "Grid operator outage", n)})
        check(status.status == "complete" and status.success_count == 2 and status.failure_count == 0,
              f"envelope {n} taken whole ({status.success_count} objects)")
    again = root.get_status(status.id)
    check(again.success_count == 2, "the status resource can be read again")

    # Bad objects are refused one by one, with the reason, beside good ones.
    bad = report("FRA", "Loosened", 9)
    bad[1]["object_marking_refs"] = ["marking-definition--f88d31f6-486f-44da-b317-01333bde0b82"]
    nobody = report("DEU", "To a State without contacts", 10)
    status = own.add_objects({"objects": bad + nobody})
    reasons = " ".join(f.get("message", "") for f in status.failures)
    check(status.failure_count == 4 and "TLP 2.0" in reasons and "DEU has no listed" in reasons,
          "a TLP 1.0 marking and a State without contacts are refused with their reasons")

    # Get with pagination: France reads the five threads, three objects at a time.
    france = server("france")
    french_own = france.api_roots[0].collections[0]
    seen = []
    for page in as_pages(french_own.get_objects, per_request=3):
        seen.extend(page.get("objects", []))
    reports = [o for o in seen if o["type"] == "report"]
    check(len(reports) == 5 and len(seen) == 10, f"France pages through all {len(seen)} objects, 3 at a time")
    check(len({o["id"] for o in seen}) == len(seen), "no object twice across pages")
    valid(seen, "served object")

    only_reports = french_own.get_objects(type="report")
    check({o["type"] for o in only_reports["objects"]} == {"report"}, "match[type] filters")
    manifest = french_own.get_manifest()
    check(len(manifest["objects"]) == 10 and all(r["media_type"] == "application/stix+json;version=2.1" for r in manifest["objects"]),
          "the manifest lists every object")
    last = reports[-1]
    got = french_own.get_object(last["id"])
    check(got["objects"][0]["id"] == last["id"], "an object by its id")
    versions = french_own.object_versions(last["id"])
    check(versions["versions"] == [last["modified"]], "its versions")
    later = french_own.get_objects(added_after="2099-01-01T00:00:00Z")
    check(not later.get("objects"), "added_after filters")

    # France answers in the thread's own collection with a note; a looser note is refused.
    thread_id = last["object_refs"][0].split("--", 1)[1]
    thread = next(c for c in france.api_roots[0].collections if c.id == thread_id)
    now = "2026-12-01T09:00:00.000Z"
    note = {"type": "note", "spec_version": "2.1", "id": f"note--{uuid.uuid4()}", "created": now, "modified": now,
            "abstract": "Re", "content": "CERT-FR is on it.", "object_refs": [last["object_refs"][0], last["id"]],
            "object_marking_refs": [AMBER_STRICT]}
    loose = dict(note, id=f"note--{uuid.uuid4()}", object_marking_refs=[GREEN])
    status = thread.add_objects({"objects": [note, loose]})
    check(status.success_count == 1 and status.failure_count == 1
          and "cannot be marked TLP:GREEN" in status.failures[0]["message"], "a reply may not loosen the marking")
    answers = kenya.api_roots[0].collections[0].get_objects(type="note")
    check(any(o.get("content") == "CERT-FR is on it." for o in answers["objects"]), "Kenya reads France's reply")
    valid(answers["objects"], "reply")

    # China is outside the exchange: its own collection is empty and France's is not found.
    china = server("china")
    chinese_root = china.api_roots[0]
    check(len(chinese_root.collections) == 1, "China sees only its own (empty) collection")
    try:
        china_reads = ApiRoot(chinese_root.url, user="china", password=TOKENS["china"])
        china_reads._conn.get(f"{chinese_root.url}collections/{french_own.id}/objects/",
                              headers={"Accept": "application/taxii+json;version=2.1"})
        check(False, "China reading France's collection is refused")
    except requests.exceptions.HTTPError as e:
        body = e.response.json()
        check(e.response.status_code == 404 and body.get("http_status") == "404" and "title" in body,
              "China reading France's collection: 404 as a TAXII error object")

    # Errors are TAXII error objects: no token, a wrong media type, a malformed envelope.
    r = requests.get(URL, headers={"Accept": "application/taxii+json;version=2.1"})
    check(r.status_code == 401 and r.headers["Content-Type"].startswith("application/taxii+json") and "title" in r.json(),
          "no token: 401 as a TAXII error object")
    auth = ("kenya", TOKENS["kenya"])
    r = requests.get(URL, headers={"Accept": "application/xml"}, auth=auth)
    check(r.status_code == 406, "an unacceptable media type: 406")
    r = requests.post(f"{own.url}objects/", data="{not json", auth=auth,
                      headers={"Accept": "application/taxii+json;version=2.1", "Content-Type": "application/taxii+json;version=2.1"})
    check(r.status_code == 400 and "malformed" in r.json()["title"], "a malformed envelope: 400")
    r = requests.post(f"{own.url}objects/", data="x" * (5 * 1024 * 1024), auth=auth,
                      headers={"Accept": "application/taxii+json;version=2.1", "Content-Type": "application/taxii+json;version=2.1"})
    check(r.status_code == 413 and "title" in r.json(), "an oversize envelope: 413 as a TAXII error object")
    try:
        own.get_objects(next="not-a-token")
        check(False, "a forged next token is refused")
    except (TAXIIServiceException, requests.exceptions.HTTPError) as e:
        check(getattr(e, "response", None) is None or e.response.status_code == 400, "a forged next token is refused: 400")
    print("all TAXII checks passed")


if __name__ == "__main__":
    main()
