"""What the check works out from a text or a file, kept between runs, so a council's hub stays quick.

Converting Markdown, reading PDFs and parsing YAML are most of what a check or a build costs, and
between two runs (a scheduled build every 15 minutes, an officer checking again) almost nothing has
changed. Each result is kept under a hash of exactly what it was made from (the text or the file's
bytes, every setting it used, and the hub's own code and libraries), so anything changed is always
worked out again: a kept result is never out of date, only unused.

Where: ``$HUB_CACHE`` if set (``off`` turns keeping off), else ``~/.cache/haveyoursay``, outside the
hub's folder, so nothing kept can be committed or arrive with a pull request. The files are JSON,
never pickle, and what is read back is still treated as untrusted: HTML is sanitised again as it is
read (core.body). Each kind is one file per version of the code, written whole and then renamed, so
two runs at once never leave half a file; older versions' files are removed, and each run keeps what
it used and at most as many older entries again, so it stays as small as the content.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import tempfile
from collections.abc import Callable, Iterator
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any, TypeVar

T = TypeVar("T")

LIBRARIES = ("markdown", "nh3", "pypdf", "pyyaml", "scireadability", "pydantic")
"""Libraries whose results are kept: a new version of any of them makes everything new."""
OLDER_ENTRIES = 1.0
"""Older entries kept of one kind, as a share of those the latest run used: enough for a branch or two
back, and never more than twice what the content needs, so each run reads and writes a bounded file."""

_kinds: dict[str, _Kind] = {}
_folder: Path | None = None


def _code_version() -> str:
    """A hash of the hub's own code and its libraries' versions."""
    digest = hashlib.blake2b(digest_size=8)
    package = Path(__file__).resolve().parents[1]
    for file in sorted(package.rglob("*.py")):
        digest.update(file.relative_to(package).as_posix().encode())
        digest.update(file.read_bytes())
    for library in LIBRARIES:
        with contextlib.suppress(PackageNotFoundError):
            digest.update(f"{library}={version(library)}".encode())
    return digest.hexdigest()


def cache_folder(environ: dict[str, str] | None = None) -> Path | None:
    """Where results are kept, or None if keeping is off."""
    environ = dict(os.environ) if environ is None else environ
    chosen = environ.get("HUB_CACHE", "").strip()
    if chosen.lower() in ("off", "0", "no", "false"):
        return None
    if chosen:
        return Path(chosen)
    home = environ.get("XDG_CACHE_HOME") or str(Path(environ.get("HOME") or Path.home()) / ".cache")
    return Path(home) / "haveyoursay"


def use_cache(folder: Path | None) -> None:
    """Keep results in ``folder`` from now on (None: work everything out each time)."""
    global _folder
    save_cache()
    _kinds.clear()
    _folder = folder


WorkedOut = dict[str, tuple[dict[str, Any], list[str]]]
"""Kind by kind: results a process worked out, and the names of the kept results it used."""
KINDS = ("records", "files", "file-hashes", "html", "plain-english", "vevent", "qr-codes")
"""Every kind of result kept: core.parallel reads them all before it shares the check out."""


class _Kind:
    """One kind of result: its entries from the last runs, and those used in this one."""

    def __init__(self, name: str, folder: Path, code: str):
        self.file = folder / f"{name}-{code}.json"
        self.name = name
        self.used: dict[str, Any] = {}
        self.old: dict[str, Any] = {}
        self.new: set[str] = set()
        self.changed = False
        with contextlib.suppress(OSError, ValueError):
            if self.file.is_file() and not self.file.is_symlink():
                loaded = json.loads(self.file.read_text(encoding="utf-8"))
                if isinstance(loaded, dict):
                    self.old = loaded

    def get(self, key: str) -> Any:
        if key in self.used:
            return self.used[key]
        if key in self.old:
            self.used[key] = self.old[key]
            return self.used[key]
        return None

    def put(self, key: str, value: Any) -> None:
        self.used[key] = value
        self.new.add(key)
        self.changed = True

    def save(self) -> None:
        if not self.changed:
            return
        kept = dict(self.used)
        for key, value in self.old.items():
            if len(kept) >= (1 + OLDER_ENTRIES) * len(self.used):
                break
            kept.setdefault(key, value)
        self.file.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=self.file.parent, prefix=f".{self.name}-", suffix=".json")
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as out:  # dumps, not dump: only dumps is written in C
                out.write(json.dumps(kept, separators=(",", ":")))
            os.replace(temporary, self.file)
        except (OSError, TypeError, ValueError):
            with contextlib.suppress(OSError):
                os.unlink(temporary)
            return
        for older in self.file.parent.glob(f"{self.name}-*.json"):  # kept by an older version of the code
            if older != self.file:
                with contextlib.suppress(OSError):
                    older.unlink()
        self.changed = False


_code: list[str] = []


def _kind(name: str) -> _Kind | None:
    if _folder is None:
        return None
    if name not in _kinds:
        if not _code:
            _code.append(_code_version())
        _kinds[name] = _Kind(name, _folder, _code[0])
    return _kinds[name]


def key_of(*parts: str | bytes | int | float | bool | None) -> str:
    """A short hash of everything a result is made from."""
    digest = hashlib.blake2b(digest_size=16)
    for part in parts:
        data = part if isinstance(part, bytes) else repr(part).encode("utf-8", "surrogatepass")
        digest.update(len(data).to_bytes(8, "little"))
        digest.update(data)
    return digest.hexdigest()


def remembered(
    kind: str,
    key: Callable[[], str],
    make: Callable[[], T],
    encode: Callable[[T], Any],
    decode: Callable[[Any], T],
) -> T:
    """``make()``'s result, kept under ``key()`` in ``kind`` (both only called when keeping is on)."""
    store = _kind(kind)
    if store is None:
        return make()
    name = key()
    found = store.get(name)
    if isinstance(found, list) and len(found) == 1:
        try:
            return decode(found[0])
        except (TypeError, ValueError, KeyError, IndexError, AttributeError):
            pass  # a damaged entry: work it out again
    result = make()
    with contextlib.suppress(TypeError, ValueError):  # a result that cannot be written as JSON is not kept
        store.put(name, [encode(result)])
    return result


@contextlib.contextmanager
def keeping(folder: Path | None) -> Iterator[None]:
    """Keep results in ``folder`` for a run, then write them and stop keeping."""
    use_cache(folder)
    try:
        yield
    finally:
        use_cache(None)


def load_kinds() -> None:
    """Read every kind's file now (a forked child then starts with them)."""
    for name in KINDS:
        _kind(name)


def worked_out() -> WorkedOut:
    """What this process worked out, and the names of the kept results it used, kind by kind: what a
    child sends its parent (kept results' names only: the parent has read them already)."""
    return {
        name: ({key: store.used[key] for key in store.new}, [key for key in store.used if key not in store.new])
        for name, store in _kinds.items()
    }


def adopt(entries: WorkedOut) -> None:
    """Keep what a child worked out and used as if this process had."""
    for name, (found, used) in entries.items():
        store = _kind(name)
        if store is None:
            continue
        for key, value in found.items():
            store.put(key, value)
        for key in used:
            store.get(key)


def finished_with(name: str) -> None:
    """Write one kind now and let its memory go: a build reads the records' YAML only while loading, and
    their kept results are the largest kind (a later use reads the file again)."""
    store = _kinds.pop(name, None)
    if store is not None:
        with contextlib.suppress(OSError):
            store.save()


def save_cache() -> None:
    """Write what this run used and worked out (each kind in one step)."""
    for store in _kinds.values():
        with contextlib.suppress(OSError):
            store.save()
