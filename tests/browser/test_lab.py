"""A real browser: JupyterLab on 127.0.0.1 driven by Debian's Chromium through Playwright.

Runs the tour notebook top to bottom, moves the dashboard's top-N slider and checks the network redrew; opens the
offline report. Screenshots land in ``tests/browser/screenshots/`` (ignored by git). Needs /usr/bin/chromium
(``apt-get install chromium chromium-driver``; ``.ci/run`` installs it) and never downloads a browser.
"""

from __future__ import annotations

import re
import secrets
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import nbformat
import pytest

CHROMIUM = Path("/usr/bin/chromium")
ROOT = Path(__file__).resolve().parents[2]
SHOTS = Path(__file__).with_name("screenshots")
FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync"]

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian chromium is not installed (.ci/run installs it)")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def hermetic_env(root: Path) -> dict[str, str]:
    """The server's environment: its own home, config, data, runtime, settings and workspaces folders under
    ``root``, so nothing of the user's JupyterLab (open notebooks, settings, extensions' state) is read."""
    import os

    folders = {"HOME": "home", "JUPYTER_CONFIG_DIR": "config", "JUPYTER_DATA_DIR": "data",
               "JUPYTER_RUNTIME_DIR": "runtime", "IPYTHONDIR": "ipython", "JUPYTERLAB_SETTINGS_DIR": "settings",
               "JUPYTERLAB_WORKSPACES_DIR": "workspaces", "XDG_CONFIG_HOME": "xdg-config",
               "XDG_DATA_HOME": "xdg-data", "XDG_CACHE_HOME": "xdg-cache", "XDG_RUNTIME_DIR": "xdg-runtime"}
    env = {k: v for k, v in os.environ.items() if not k.startswith(("JUPYTER", "IPYTHON", "XDG_"))}
    for name, folder in folders.items():
        (root / folder).mkdir(parents=True, exist_ok=True, mode=0o700)
        env[name] = str(root / folder)
    env["JUPYTER_PLATFORM_DIRS"] = "1"
    return env


@pytest.fixture(scope="module")
def lab(tmp_path_factory):
    """A JupyterLab server on 127.0.0.1 serving a scratch copy of the notebooks (outputs cleared, so a cell's
    prompt shows a number only once this run executed it); yields its base URL, token and folder."""
    root = tmp_path_factory.mktemp("lab")
    (root / "notebooks").mkdir()
    for path in (ROOT / "notebooks").glob("*.ipynb"):
        notebook = nbformat.read(path, as_version=4)
        for cell in notebook.cells:
            if cell.cell_type == "code":
                cell.outputs, cell.execution_count = [], None
        nbformat.write(notebook, root / "notebooks" / path.name)
    settings = root / "settings" / "@jupyterlab" / "notebook-extension"
    settings.mkdir(parents=True)
    (settings / "tracker.jupyterlab-settings").write_text('{"windowingMode": "none"}')
    port, token = free_port(), secrets.token_hex(16)
    server = subprocess.Popen(
        [sys.executable, "-m", "jupyterlab", "--no-browser", "--ip=127.0.0.1", f"--port={port}",
         f"--IdentityProvider.token={token}", f"--ServerApp.root_dir={root}", "--allow-root",
         f"--LabApp.user_settings_dir={root / 'settings'}", f"--LabApp.workspaces_dir={root / 'workspaces'}",
         "--LabApp.news_url=", "--LabApp.extension_manager=readonly"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=hermetic_env(root),
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(f"{base}/api/status?token={token}", timeout=2)
            break
        except OSError:
            time.sleep(0.5)
    else:
        server.terminate()
        pytest.fail("JupyterLab did not start within 60 s")
    yield base, token, root
    server.terminate()
    server.wait(timeout=20)


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=FLAGS)
        yield chromium
        chromium.close()


def accept_dialogs(page) -> None:
    """JupyterLab may ask which kernel to start; take the default it offers."""
    if page.locator(".jp-Dialog .jp-mod-accept").count():
        page.locator(".jp-Dialog .jp-mod-accept").first.click()


def poll(page, ready, seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while not ready():
        if time.monotonic() > deadline:
            raise TimeoutError(f"gave up after {seconds} s")
        accept_dialogs(page)
        page.wait_for_timeout(500)


def run_all_cells(page) -> None:
    """Wait for a live idle kernel, run all cells, wait until every code cell has an execution number."""
    indicator = page.locator(".jp-Notebook-ExecutionIndicator[data-status='idle']")
    status = page.locator(".jp-StatusBar-Widget", has_text="Idle")
    poll(page, lambda: indicator.count() > 0 and status.count() > 0, 90)
    page.wait_for_timeout(2000)
    accept_dialogs(page)
    page.locator(".lm-MenuBar-itemLabel", has_text="Run").first.click()
    page.locator(".lm-Menu-itemLabel", has_text="Run All Cells").first.click()
    prompts = page.locator(".jp-CodeCell .jp-InputPrompt")
    poll(page, lambda: all(re.fullmatch(r"\[\d+\]:", t.strip()) for t in prompts.all_text_contents()), 240)


def test_tour_runs_and_dashboard_reacts(lab, browser):
    base, token, _ = lab
    SHOTS.mkdir(exist_ok=True)
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    page.goto(f"{base}/lab/tree/notebooks/00_tour.ipynb?token={token}")
    page.wait_for_selector(".jp-Notebook .jp-CodeCell", timeout=60_000)
    try:
        run_all_cells(page)
    finally:
        page.screenshot(path=str(SHOTS / "tour_ran.png"), full_page=False)

    stderr = ".jp-OutputArea-output[data-mime-type='application/vnd.jupyter.stderr']"
    errors = page.locator(stderr, has_text="Traceback")
    assert errors.count() == 0
    slider = page.locator(".widget-slider", has_text="top N").first
    slider.wait_for(timeout=60_000)
    assert page.locator(".js-plotly-plot").count() >= 3

    network = page.locator(".js-plotly-plot", has=page.locator("text=Actors appearing together")).last
    before = network.locator(".scatterlayer").inner_html()
    slider.scroll_into_view_if_needed()
    slider.locator(".noUi-handle").first.click()
    for _ in range(12):
        page.keyboard.press("ArrowLeft")
    assert slider.locator(".widget-readout").inner_text().strip() == "3"
    labels = network.locator(".scatterlayer .textpoint")
    poll(page, lambda: labels.count() == 3, 60)
    page.screenshot(path=str(SHOTS / "tour.png"), full_page=False)
    assert network.locator(".scatterlayer").inner_html() != before


def test_report_opens_offline(lab, browser, tmp_path):
    from toolkit.cli import main

    out = tmp_path / "report.html"
    assert main(["report", "-o", str(out)]) == 0
    page = browser.new_page(viewport={"width": 1200, "height": 900})
    errors: list[str] = []
    page.on("pageerror", lambda err: errors.append(str(err)))
    page.route("**/*", lambda route: route.abort() if not route.request.url.startswith("file:") else route.continue_())
    page.goto(out.as_uri())
    page.wait_for_selector(".js-plotly-plot .main-svg", timeout=30_000)
    assert page.locator(".js-plotly-plot").count() >= 3
    assert "Ali Khamenei" in page.inner_text("body")
    page.screenshot(path=str(SHOTS / "report.png"), full_page=False)
    assert errors == []


def test_the_server_reads_nothing_from_the_users_home(tmp_path):
    import json
    import os

    env = hermetic_env(tmp_path)
    paths = json.loads(subprocess.run([sys.executable, "-m", "jupyter", "--paths", "--json"], env=env,
                                      capture_output=True, text=True, check=True).stdout)
    home = os.path.expanduser("~")
    listed = [p for kind in ("config", "data", "runtime") for p in paths[kind]]
    assert listed and not [p for p in listed if p.startswith(home) and not p.startswith(sys.prefix)]
    lab_paths = subprocess.run([sys.executable, "-m", "jupyterlab", "path"], env=env, capture_output=True,
                               text=True, check=True).stdout
    workspaces = next(line for line in lab_paths.splitlines() if "Workspaces" in line)
    assert str(tmp_path) in workspaces
