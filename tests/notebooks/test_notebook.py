"""notebooks/explore.ipynb runs top to bottom in a fresh kernel and shows what it promises."""
from __future__ import annotations

import html
import json
import re
import sys
from pathlib import Path

import nbformat
import pytest
from jupyter_client import KernelManager
from jupyter_client.kernelspec import KernelSpecManager
from nbclient import NotebookClient

ROOT = Path(__file__).resolve().parents[2]
NOTEBOOK = ROOT / "notebooks" / "explore.ipynb"
CLASSES = {"Organization", "Studio", "StreamingService", "ProductionCompany", "Broadcaster",
           "Distributor", "GovernmentBody", "Person", "CreativeWork", "Film", "Series", "Facility",
           "Event", "Place", "Country", "City", "Agreement"}

pytestmark = [
    pytest.mark.slow,
    pytest.mark.filterwarnings("ignore::DeprecationWarning"),
]


def _kernel_manager(tmp_path: Path) -> KernelManager:
    """A "python3" kernel pinned to this interpreter (the venv's python), whatever kernelspecs the
    user or the system have installed."""
    spec = tmp_path / "kernels" / "python3"
    spec.mkdir(parents=True)
    (spec / "kernel.json").write_text(json.dumps({
        "argv": [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"],
        "display_name": "Python 3 (mediakg venv)",
        "language": "python",
    }), encoding="utf-8")
    return KernelManager(kernel_name="python3",
                         kernel_spec_manager=KernelSpecManager(kernel_dirs=[str(spec.parent)]))


def _texts(nb) -> list[str]:
    """Every stream and text/plain output, in order."""
    found = []
    for cell in nb.cells:
        for out in cell.get("outputs", []):
            if out.output_type == "stream":
                found.append(out.text)
            elif "data" in out and "text/plain" in out.data:
                found.append(out.data["text/plain"])
    return found


def _html(nb) -> list[str]:
    return [out.data["text/html"] for cell in nb.cells for out in cell.get("outputs", [])
            if "data" in out and "text/html" in out.data]


def test_notebook_is_stored_clean():
    nb = nbformat.read(NOTEBOOK, as_version=4)
    nbformat.validate(nb)
    assert nb.metadata.kernelspec.name == "python3"
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert code
    assert all(c.outputs == [] and c.execution_count is None for c in code)
    assert NOTEBOOK.stat().st_size < 50_000


def test_notebook_text_matches_what_it_runs():
    """The prose names what the code does: SciPy is a dependency and PageRank is networkx's own."""
    nb = nbformat.read(NOTEBOOK, as_version=4)
    prose = " ".join(c.source for c in nb.cells if c.cell_type == "markdown")
    code = "\n".join(c.source for c in nb.cells if c.cell_type == "code")
    assert "not install" not in prose and "google_matrix" not in code
    assert "nx.pagerank" in prose and "nx.pagerank(" in code
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert re.search(r'^\s*"scipy[>=<]', pyproject, re.M)
    for name in ("works", "partners"):
        assert f"`{name}`" in prose and f'"{name}"' in code


# The kernel starts in the repository root and in notebooks/ (where Jupyter starts it), or in the
# folder of a copy saved outside the repository: the notebook must find seeds/ from each.
@pytest.mark.parametrize("where", ["repo-root", "notebooks-dir", "copy-outside"])
def test_notebook_runs(tmp_path, monkeypatch, where):
    out_dir = tmp_path / "out"
    monkeypatch.setenv("MEDIAKG_OUT", str(out_dir))  # the kernel inherits it; keeps out/ clean
    monkeypatch.delenv("MEDIAKG_REPO", raising=False)
    if where == "copy-outside":
        cwd = tmp_path / "copy"
        cwd.mkdir()
        (cwd / "explore.ipynb").write_bytes(NOTEBOOK.read_bytes())
    else:
        cwd = ROOT if where == "repo-root" else ROOT / "notebooks"
    nb = nbformat.read(cwd / "explore.ipynb" if where == "copy-outside" else NOTEBOOK, as_version=4)
    probe = nbformat.v4.new_code_cell("import sys; print('KERNEL-PYTHON', sys.executable)")
    nb.cells.append(probe)  # in memory only

    client = NotebookClient(nb, km=_kernel_manager(tmp_path), timeout=600, kernel_name="python3",
                            resources={"metadata": {"path": str(cwd)}})
    client.execute()  # raises CellExecutionError on the first failing cell

    errors = [o for c in nb.cells for o in c.get("outputs", []) if o.output_type == "error"]
    assert errors == []
    warnings = [o.text for c in nb.cells for o in c.get("outputs", [])
                if o.output_type == "stream" and o.name == "stderr"]
    assert warnings == []
    texts = _texts(nb)
    joined = "\n".join(texts)
    assert f"KERNEL-PYTHON {sys.executable}" in joined
    assert f"repository: {ROOT}" in joined

    # The build summary.
    assert re.search(r"^documents read: 1$", joined, re.M)
    assert re.search(r"^entities: [1-9]\d*$", joined, re.M)
    assert "facts rejected by validation:" in joined

    # works.rq and partners.rq as tables: HTML with the real rows, text as the CLI prints it.
    pages = _html(nb)
    works = next(p for p in pages if "works.rq" in p)
    assert "<table>" in works and "Shinzo Katayama" in works and "Yu Aoi" in works
    partners = next(p for p in pages if "partners.rq" in p)
    assert "Netflix" in partners and "Toho Studios" in partners
    assert any(t.startswith("partners.rq\n") and "Toho Studios" in t for t in texts)

    # PageRank: a numbered top list of at most 10 entities, with labels and classes, Netflix in it.
    ranking = next(t for t in texts if "by PageRank" in t)
    entries = re.findall(r"^\s*(\d+)\. (\d\.\d{3})  (.+?)\s+(\w+)$", ranking, re.M)
    assert 1 <= len(entries) <= 10
    assert [int(e[0]) for e in entries] == list(range(1, len(entries) + 1))
    scores = [float(e[1]) for e in entries]
    assert scores == sorted(scores, reverse=True) and all(0 < s < 1 for s in scores)
    assert all(e[3] in CLASSES for e in entries)
    assert ("Netflix", "StreamingService") in [(e[2], e[3]) for e in entries]

    # The graph view: the written page, embedded whole in a sandboxed iframe.
    page = out_dir / "explore.html"
    assert page.is_file()
    frames = [p for p in pages if "<iframe" in p]
    assert len(frames) == 1
    srcdoc = re.search(r'srcdoc="([^"]*)"', frames[0])
    assert srcdoc, "the iframe has no srcdoc"
    assert html.unescape(srcdoc.group(1)) == page.read_text(encoding="utf-8")
    assert 'sandbox="allow-scripts"' in frames[0]
    assert f"graph view: {page}" in joined
    assert "Content-Security-Policy" in page.read_text(encoding="utf-8")
