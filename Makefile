PYTHON ?= python3.11
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: install demo test lab bench clean notebooks

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV) || python3 -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(VENV)/bin/toolkit demo

test: $(STAMP)
	$(VENV)/bin/ruff check toolkit tests benchmarks
	$(PY) -m pytest --doctest-modules toolkit tests
	PLOTLY_RENDERER=plotly_mimetype $(PY) -m pytest --nbval-lax --nbval-current-env notebooks

# Re-run every notebook in place so stored outputs are current; keep kernelspec and language_info, drop saved widget
# state and per-cell execution timings (widget outputs still render in a live kernel).
# One notebook at a time, each given 10 minutes and one retry: a kernel that hangs at start (seen once in a while
# with ipykernel 7) costs a retry, not the whole target.
NBCONVERT = PLOTLY_RENDERER=plotly_mimetype timeout 600 $(PY) -m jupyter nbconvert --to notebook --execute --inplace \
	--ExecutePreprocessor.timeout=600 --ClearMetadataPreprocessor.enabled=True \
	--ClearMetadataPreprocessor.preserve_nb_metadata_mask=kernelspec \
	--ClearMetadataPreprocessor.preserve_nb_metadata_mask=language_info

notebooks: $(STAMP)
	for nb in notebooks/*.ipynb; do $(NBCONVERT) "$$nb" || $(NBCONVERT) "$$nb" || exit 1; done

lab: $(STAMP)
	$(VENV)/bin/jupyter lab notebooks

bench: $(STAMP)
	$(PY) -m pip install --quiet -e '.[bench]'
	$(PY) benchmarks/cleaning.py
	$(PY) benchmarks/actor_merges.py
	$(PY) benchmarks/quotes.py --split dev

clean:
	rm -rf $(VENV) build *.egg-info
