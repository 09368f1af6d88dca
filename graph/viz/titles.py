"""Page titles named after the corpus a graph was read from, not after the file it is in
("seeds (3 articles)" rather than "graph")."""
from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import PurePosixPath

from rdflib import Dataset

from mediakg.ontology import MEDIA

_GLOB = re.compile(r"[*?\[]")


def title_from_inputs(inputs: Iterable[str]) -> str:
    """What `build` was given, as a title: a folder's or file's name, a glob's fixed folder;
    several inputs joined ("news, archive"), at most three named."""
    names = []
    for text in inputs:
        fixed = _GLOB.split(str(text), 1)[0] if _GLOB.search(str(text)) else str(text)
        path = PurePosixPath(fixed.rstrip("/") or ".")
        name = path.name if path.suffix == "" or _GLOB.search(str(text)) else path.stem
        if name in ("", ".", ".."):
            name = "articles"
        if name not in names:
            names.append(name)
    shown = ", ".join(names[:3]) + (f" and {len(names) - 3} more" if len(names) > 3 else "")
    return shown or "mediakg"


def title_from_documents(sources: Iterable[str], default: str = "mediakg") -> str:
    """A title from the documents' source paths or URLs: one document by its file name, several
    by the folder (or web site) they share, with their number."""
    sources = sorted(set(sources))
    if not sources:
        return default
    if len(sources) == 1:
        return PurePosixPath(sources[0]).stem or sources[0]
    folders = {str(PurePosixPath(s).parent) for s in sources}
    count = f"{len(sources)} articles"
    if len(folders) == 1:
        folder = PurePosixPath(folders.pop())
        if folder.name and folder.name not in (".", ".."):
            return f"{folder.name} ({count})"
    return count


def dataset_title(dataset: Dataset, default: str = "mediakg") -> str:
    """title_from_documents over a dataset's documents (media:sourcePath)."""
    union = Dataset(store=dataset.store, default_union=True)
    return title_from_documents((str(o) for o in union.objects(None, MEDIA.sourcePath)), default)
