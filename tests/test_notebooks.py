"""The notebooks as stored: small, and free of saved widget state (``make notebooks`` re-executes and strips them)."""

import json
from pathlib import Path

import pytest

NOTEBOOKS = sorted((Path(__file__).resolve().parents[1] / "notebooks").glob("*.ipynb"))
MAX_BYTES = 1_000_000
MAX_OUTPUT_BYTES = 250_000
WIDGET_STATE = "application/vnd.jupyter.widget-state+json"


def outputs(notebook: dict) -> list[dict]:
    return [output for cell in notebook["cells"] for output in cell.get("outputs", [])]


def test_there_are_notebooks():
    assert len(NOTEBOOKS) >= 6, [p.name for p in NOTEBOOKS]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_notebook_is_small(path):
    size = path.stat().st_size
    assert size <= MAX_BYTES, f"{path.name} is {size:,} bytes (at most {MAX_BYTES:,}): run make notebooks"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_notebook_holds_no_widget_state(path):
    text = path.read_text(encoding="utf-8")
    notebook = json.loads(text)
    assert "widgets" not in notebook["metadata"], f"{path.name} saved widget state: run make notebooks"
    assert WIDGET_STATE not in text, f"{path.name} holds {WIDGET_STATE}"
    for cell in notebook["cells"]:
        assert "widgets" not in cell.get("metadata", {}), f"{path.name}: a cell saved widget state"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_no_output_embeds_a_bundle(path):
    """Figures are stored as plotly JSON, not as HTML carrying plotly.js; no single output is large."""
    for output in outputs(json.loads(path.read_text(encoding="utf-8"))):
        size = len(json.dumps(output))
        assert size <= MAX_OUTPUT_BYTES, f"{path.name}: an output of {size:,} bytes"
        html = "".join(output.get("data", {}).get("text/html", ""))
        assert "PlotlyConfig" not in html and "plotly.min.js" not in html, f"{path.name}: plotly.js embedded"
