"""A batch of texts in, one extraction record (or the reason it failed) per text out.

This is the unit of work every executor runs — in this process, in a worker process, or on a
Dask worker — so it takes and returns only plain, picklable values. The pipeline is loaded once
per process (`load_pipeline` caches it), never per document or batch.
"""
from __future__ import annotations

from typing import Iterator

from spacy.language import Language
from threadpoolctl import threadpool_limits
from spacy.tokens import Doc

from mediakg.extract.runner.chunks import merge_extractions, split_text
from mediakg.extract.document import extract
from mediakg.extract.runner.model import load_pipeline
from mediakg.extract.records import Extraction

# A longer text is extracted in parts of about this many characters. Some rules look back over
# the whole text (references, titles), so one part's cost grows faster than its length: parts of
# a fixed size keep a long article's time and memory linear in its length. A news article is far
# shorter; a part still spans thousands of sentences, so few references cross a cut.
PART_CHARS = 50_000

# Components that extraction never reads; a pipeline that has them runs faster without them.
UNUSED_COMPONENTS = frozenset({"senter", "textcat", "textcat_multilabel", "spancat", "entity_linker"})


def _reason(exc: BaseException) -> str:
    message = " ".join(str(exc).split())[:200]
    return f"{type(exc).__name__}: {message}" if message else type(exc).__name__


def _parse(nlp: Language, pieces: list[str], *, batch_size: int) -> Iterator[Doc | BaseException]:
    """A Doc per piece, or the exception the model raised on it. nlp.pipe is fast but one bad
    text ends it; the rest are then parsed one at a time so only the bad one is lost."""
    disable = [name for name in nlp.pipe_names if name in UNUSED_COMPONENTS]
    done = 0
    try:
        for doc in nlp.pipe(pieces, batch_size=batch_size, disable=disable):
            done += 1
            yield doc
    except Exception:  # noqa: BLE001 - any model failure is isolated below, per text
        for piece in pieces[done:]:
            try:
                yield nlp(piece, disable=disable)
            except Exception as exc:  # noqa: BLE001
                yield exc


def _parse_grouped(nlp: Language, pieces: list[tuple[int, int, str]], *, batch_size: int) -> Iterator[Doc | BaseException]:
    """Like _parse, but each part of a split text is parsed alone: a batch of a long text's parts
    would hold all their Docs (and the parser's work on them) in memory at once."""
    split = {index for index, offset, _ in pieces if offset > 0}
    group: list[str] = []
    for index, _, text in pieces:
        if index in split:
            yield from _parse(nlp, group, batch_size=batch_size)
            group = []
            yield from _parse(nlp, [text], batch_size=1)
        else:
            group.append(text)
    yield from _parse(nlp, group, batch_size=batch_size)


def extract_texts(texts: list[str], *, model: str | None = None, max_chars: int | None = None,
                  batch_size: int = 64) -> list[Extraction | str]:
    """The extraction of each text, or a one-line reason it failed (a crash in the model or in
    a rule). A text longer than `max_chars` (default: PART_CHARS) is split at paragraph or
    sentence boundaries and its parts' records merged."""
    nlp = load_pipeline(model)
    limit = min(max_chars or PART_CHARS, nlp.max_length)
    pieces: list[tuple[int, int, str]] = [
        (index, offset, part) for index, text in enumerate(texts) for offset, part in split_text(text, limit)]
    parts: list[list[tuple[int, Extraction]]] = [[] for _ in texts]
    failed: dict[int, str] = {}
    # Strings and lexemes the batch adds to the vocab are freed when the zone ends, so a long run
    # does not grow; records hold plain strings and outlive the Docs safely. A model's matrices are
    # too small to share among threads: BLAS's own threads (one per core by default) cost more in
    # handing over than they save, and fight a second worker process for the cores.
    with nlp.memory_zone(), threadpool_limits(limits=1, user_api="blas"):
        for (index, offset, _), parsed in zip(pieces, _parse_grouped(nlp, pieces, batch_size=batch_size)):
            if index in failed:
                continue
            if isinstance(parsed, BaseException):
                failed[index] = f"the model failed: {_reason(parsed)}"
                continue
            try:
                parts[index].append((offset, extract(parsed)))
            except Exception as exc:  # noqa: BLE001 - a rule's bug must cost one document, not the build
                failed[index] = f"extraction failed: {_reason(exc)}"
    results: list[Extraction | str] = []
    for index, found in enumerate(parts):
        if index in failed:
            results.append(failed[index])
        else:
            results.append(found[0][1] if len(found) == 1 else merge_extractions(found))
    return results
