"""The seed article as the reading tests feed it: its raw text, its first words, and an HTML page around it."""

import html

from toolkit import load_article
from toolkit.reading.sources import sample_path

SEED = sample_path().read_text(encoding="utf-8")
FIRST = "Iran will not hold negotiations with the United States"


def seed_html() -> str:
    seed = load_article()
    paragraphs = "".join(f"<p>{html.escape(p.text)}</p>" for p in seed.paragraphs)
    return (
        "<!DOCTYPE html><html><head><title>Iran Won't Negotiate With US - Sputnik</title>"
        '<meta property="article:published_time" content="2020-07-08T23:23:00+00:00">'
        '<meta name="author" content="Staff Writer"></head><body>'
        '<nav><a href="/">Home</a><a href="/world">World</a></nav>'
        f"<article><h1>Iran Won't Negotiate With US</h1>{paragraphs}</article>"
        "<footer>All rights reserved. Privacy policy. Cookies help us deliver our services.</footer></body></html>"
    )
