"""Write ``fixtures/formats/``: the seed articles as .txt, .jsonl, .html and ninjs .json.

The four folders hold the same two articles, so the readers' tests can check that every
format yields the same text and the same quotes.  The HTML adds what must be dropped (a
script, a comment, a title in the head), wraps and indents its paragraphs and writes some
characters as entities, so that whitespace collapsing and entity decoding are exercised.
Run from anywhere: ``python3 scripts/make_format_fixtures.py``.
"""

from __future__ import annotations

import html
import json
import shutil
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
OUT = ROOT / "fixtures" / "formats"


def html_paragraphs(paragraphs: list[str], indent: str) -> str:
    """Each paragraph as ``<p>``, entity-escaped and wrapped over indented lines."""
    out = []
    for text in paragraphs:
        escaped = html.escape(text).replace("—", "&mdash;")
        lines = textwrap.wrap(escaped, 88, break_long_words=False, break_on_hyphens=False)
        out.append(f"{indent}<p>" + f"\n{indent}   ".join(lines) + "</p>")
    return "\n".join(out)


def html_page(stem: str, paragraphs: list[str]) -> str:
    middle = len(paragraphs) // 2
    body = (html_paragraphs(paragraphs[:middle], "    ")
            + '\n    <!-- editor: check "this comment is not a quote" -->\n'
            + html_paragraphs(paragraphs[middle:], "    "))
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Seed {stem}</title>
  <script>window.tracker = "this script is not a quote";</script>
</head>
<body>
  <article>
{body}
  </article>
</body>
</html>
"""


def ninjs_item(stem: str, paragraphs: list[str]) -> dict[str, object]:
    return {
        "uri": f"urn:quotecheck:seeds:{stem}",
        "type": "text",
        "language": "en",
        "bodies": [{"role": "main", "contentType": "text/html",
                    "value": "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)}],
    }


def main() -> None:
    shutil.rmtree(OUT, ignore_errors=True)
    for folder in ("txt", "jsonl", "html", "ninjs"):
        (OUT / folder).mkdir(parents=True)
    records = []
    for seed in sorted(SEEDS.glob("*.txt")):
        text = seed.read_text(encoding="utf-8")
        paragraphs = text.split("\n")
        shutil.copyfile(seed, OUT / "txt" / seed.name)
        records.append(json.dumps({"id": seed.stem, "text": text}))
        (OUT / "html" / f"{seed.stem}.html").write_text(html_page(seed.stem, paragraphs), encoding="utf-8")
        (OUT / "ninjs" / f"{seed.stem}.json").write_text(
            json.dumps(ninjs_item(seed.stem, paragraphs), indent=2) + "\n", encoding="utf-8")
    (OUT / "jsonl" / "seeds.jsonl").write_text("\n".join(records) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
