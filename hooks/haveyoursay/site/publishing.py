"""Publishing a finished build in one step, one build at a time, deleting nothing it did not make.

Beside the output folder (called ``site`` here; the names follow site_dir's own name):

    site -> .site.7     a symbolic link to the published version: the output path
    .site.7/            the published version
    .site.6/            the version before it (kept: a reader or a copy still on it keeps working)
    .site.building/     the build being written, only while a build runs
    .site.lock          the lock file: one build at a time writes here

A build checks site_dir (never the hub's own folder, ``/``, the home folder, docs_dir or a
records folder), takes the lock (``fcntl.flock``, so the system releases it if the build is
killed; a second build waits a bounded time, ``HUB_BUILD_WAIT`` seconds, default 300, then
stops), clears what a killed build left behind, and writes into ``.site.building``. When every
page is written, ``publish`` renames that to the next version, makes a new link to it and
``os.replace``s the link over ``site``: one atomic rename, so ``site`` is always a whole site.
Then versions older than the previous one are removed. A ``site`` that is still a real folder
(from builds before versions) becomes the previous version in the same single step.

A failed build removes its own staging folder; a killed one leaves it for the next build to
remove. Only names of the forms above are ever removed, and only under the lock.

Test hook: ``HUB_TEST_PAUSE=<point>:<seconds>`` makes the build stop for that long at one point
(``locked``, ``before-version``, ``before-switch``, ``after-switch``), announcing it on stderr,
so tests can kill a build at an exact step. Only the tests set it.
"""

from __future__ import annotations

import contextlib
import ctypes
import errno
import fcntl
import os
import re
import shutil
import sys
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

Say = Callable[[str], None]
WAIT_SECONDS = 300.0
_ANY_FOLDER_AT = -100  # AT_FDCWD
_RENAME_EXCHANGE = 2


class PublishProblem(Exception):
    """Why the site cannot be written where site_dir says, in one line."""


@dataclass
class Output:
    """A build in progress: where it publishes, where it writes, and the lock it holds."""

    site_dir: Path
    staging: Path
    lock: int
    published: bool = False


def staging_dir(site_dir: Path) -> Path:
    return _beside(site_dir, "building")


def _beside(site_dir: Path, suffix: str) -> Path:
    return site_dir.parent / f".{site_dir.name}.{suffix}"


def _versions(site_dir: Path) -> dict[int, Path]:
    pattern = re.compile(rf"\.{re.escape(site_dir.name)}\.([0-9]+)")
    found = {}
    with contextlib.suppress(OSError):
        for entry in site_dir.parent.iterdir():
            match = pattern.fullmatch(entry.name)
            if match and entry.is_dir() and not entry.is_symlink():
                found[int(match.group(1))] = entry
    return found


def _published(site_dir: Path) -> int | None:
    """The version the link points at, or None if site_dir is not (yet) one of our links."""
    if not site_dir.is_symlink():
        return None
    match = re.fullmatch(rf"\.{re.escape(site_dir.name)}\.([0-9]+)", os.readlink(site_dir))
    return int(match.group(1)) if match else None


# --- Checking site_dir before anything is written -------------------------------------------------


def check_site_dir(site_dir: Path, *, root: Path, docs_dir: Path, record_folders: Iterable[Path]) -> Path:
    """site_dir as an absolute path (its last part not followed), or a PublishProblem saying why not."""
    site_dir = Path(os.path.abspath(site_dir))
    here = _real(site_dir.parent) / site_dir.name
    shown = f"site_dir {site_dir}"
    never = {
        _real(_home()): "your home folder",
        _real(Path("/")): "the top of the file system",
        _real(root): "the hub's own folder",
        _real(docs_dir): "docs_dir, the hand-written pages",
    }
    records = {_real(folder): f"the records folder {os.path.relpath(folder, root)}/" for folder in record_folders}
    for folder, what in {**never, **records}.items():
        if here == folder or here in folder.parents:
            relation = "is" if here == folder else "holds"
            raise PublishProblem(f"{shown} {relation} {what}; a build must never replace it. {_CHOOSE}")
    for folder, what in {_real(docs_dir): "docs_dir", **records}.items():
        if folder in here.parents:
            raise PublishProblem(f"{shown} is inside {what}. {_CHOOSE}")
    blocker = next((p for p in [site_dir.parent, *site_dir.parent.parents] if p.exists() or p.is_symlink()), None)
    if blocker is not None and not blocker.is_dir():
        what = "a file" if blocker.is_file() else "a broken link"
        raise PublishProblem(f"{shown} cannot be written: {blocker} is {what}, not a folder. {_CHOOSE}")
    _check_what_is_there(site_dir)
    return site_dir


_CHOOSE = "Choose a folder of its own for the site, like site/ beside mkdocs.yml."


def _real(path: Path) -> Path:
    return Path(os.path.realpath(path))


def _home() -> Path:
    try:
        return Path.home()
    except (RuntimeError, KeyError):  # no HOME and no entry in the password file
        return Path("/")


def _check_what_is_there(site_dir: Path) -> None:
    """site_dir must be missing, one of our links, or a folder an earlier hub build wrote."""
    shown = f"site_dir {site_dir}"
    if site_dir.is_symlink():
        if _published(site_dir) is None:
            raise PublishProblem(
                f"{shown} is a link to {os.readlink(site_dir)}, which a hub build did not make; "
                "remove the link or set site_dir to where it points."
            )
    elif site_dir.exists() and not site_dir.is_dir():
        raise PublishProblem(f"{shown} is a file, not a folder; nothing was changed. {_CHOOSE}")
    elif site_dir.is_dir():
        names = {entry.name for entry in site_dir.iterdir()}
        if names and not names & {"sitemap.xml", "404.html"}:
            raise PublishProblem(
                f"{shown} holds files a hub build did not make (it has no sitemap.xml or 404.html); "
                "nothing was changed. Move them away or choose another folder."
            )


# --- The lock --------------------------------------------------------------------------------------


def _lock(site_dir: Path, say: Say) -> int:
    """Hold the output folder's lock, waiting a bounded time for another build that holds it."""
    path = _beside(site_dir, "lock")
    try:
        site_dir.parent.mkdir(parents=True, exist_ok=True)
        descriptor = os.open(path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC | os.O_NOFOLLOW, 0o644)
    except OSError as error:
        raise _cannot_write(site_dir, error) from None
    try:
        wait = float(os.environ.get("HUB_BUILD_WAIT") or WAIT_SECONDS)
    except ValueError:
        os.close(descriptor)
        raise PublishProblem("HUB_BUILD_WAIT must be a number of seconds, like 300.") from None
    deadline = time.monotonic() + wait
    announced = False
    while True:
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
            break
        except BlockingIOError:
            holder = _holder(descriptor)
            if time.monotonic() >= deadline:
                os.close(descriptor)
                raise PublishProblem(
                    f"Another build ({holder}) is still writing {site_dir} after {wait:g} seconds, so this one "
                    "stopped and changed nothing. Run it again when that build has finished."
                ) from None
            if not announced:
                say(f"Waiting for another build ({holder}) that is writing {site_dir}; up to {wait:g} seconds.")
                announced = True
            time.sleep(0.1)
    os.ftruncate(descriptor, 0)
    os.pwrite(descriptor, f"{os.getpid()}\n".encode(), 0)
    return descriptor


def _holder(descriptor: int) -> str:
    text = os.pread(descriptor, 32, 0).decode(errors="replace").strip()
    return f"process {text}" if text.isdigit() else "a process that has just started"


def _unlock(descriptor: int) -> None:
    with contextlib.suppress(OSError):
        fcntl.flock(descriptor, fcntl.LOCK_UN)
    with contextlib.suppress(OSError):
        os.close(descriptor)


def _cannot_write(site_dir: Path, error: OSError) -> PublishProblem:
    if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        reason = f"the folder {site_dir.parent} is read-only for this build"
    elif error.errno in (errno.ENOTDIR, errno.EEXIST):
        reason = f"{error.filename or site_dir.parent} is not a folder"
    else:
        reason = f"{error.strerror} ({error.filename or site_dir.parent})"
    return PublishProblem(f"The site cannot be written to {site_dir}: {reason}. Nothing was changed.")


# --- Building and publishing ----------------------------------------------------------------------


def start(site_dir: Path, say: Say) -> Output:
    """Lock the output folder, clear a killed build's leftovers, and give the build a clean staging folder.

    ``site_dir`` must have passed ``check_site_dir``.
    """
    lock = _lock(site_dir, say)
    try:
        _check_what_is_there(site_dir)  # again, now that no other build can change it
        _tidy(site_dir, say, leftovers=True)
        _pause("locked")
        staging = staging_dir(site_dir)
        if staging.exists():
            raise PublishProblem(f"{staging} is left from an earlier build and could not be removed; remove it.")
        staging.mkdir()
    except PublishProblem:
        _unlock(lock)
        raise
    except OSError as error:
        _unlock(lock)
        raise _cannot_write(site_dir, error) from None
    return Output(site_dir, staging, lock)


def publish(output: Output, say: Say) -> None:
    """Make the finished staging folder the published site in one atomic step, then release the lock."""
    site_dir = output.site_dir
    try:
        legacy = site_dir.is_dir() and not site_dir.is_symlink()
        number = max(_versions(site_dir), default=0) + (2 if legacy else 1)
        version = _beside(site_dir, str(number))
        _pause("before-version")
        os.rename(output.staging, version)
        link = _beside(site_dir, "link")
        os.symlink(version.name, link)
        _pause("before-switch")
        if legacy:
            _switch_from_folder(link, site_dir, _beside(site_dir, str(number - 1)), say)
        else:
            os.replace(link, site_dir)  # the switch: one atomic rename
        output.published = True
        if legacy:
            with contextlib.suppress(OSError):  # if this fails, the next tidy removes the old folder
                os.rename(link, _beside(site_dir, str(number - 1)))  # after the swap, link names the old folder
        say(f"Published {site_dir} in one step: it now points at {version.name}.")
        _pause("after-switch")
        _tidy(site_dir, say)
    except OSError as error:
        raise _cannot_write(site_dir, error) from None
    finally:
        finish(output, say)


def finish(output: Output, say: Say) -> None:
    """Release the lock; a build that did not publish first removes what it wrote. Safe to call twice."""
    if output.lock < 0:
        return
    try:
        if not output.published:
            _tidy(output.site_dir, say)
    finally:
        _unlock(output.lock)
        output.lock = -1


def _switch_from_folder(link: Path, site_dir: Path, previous: Path, say: Say) -> None:
    """Replace a real site folder by the link in one step, keeping the folder as the previous version."""
    try:
        _exchange(link, site_dir)
    except OSError:
        say(f"{site_dir} is changing from a folder to a link in two steps (this system cannot swap them in one).")
        os.rename(site_dir, previous)
        try:
            os.replace(link, site_dir)
        except OSError:
            os.rename(previous, site_dir)
            raise


def _exchange(first: Path, second: Path) -> None:
    """Swap two names atomically (Linux renameat2 with RENAME_EXCHANGE)."""
    if not sys.platform.startswith("linux"):
        raise OSError(errno.ENOSYS, "no renameat2")
    libc = ctypes.CDLL(None, use_errno=True)
    renameat2 = getattr(libc, "renameat2", None)
    if renameat2 is None:
        raise OSError(errno.ENOSYS, "no renameat2")
    if renameat2(_ANY_FOLDER_AT, os.fsencode(first), _ANY_FOLDER_AT, os.fsencode(second), _RENAME_EXCHANGE) != 0:
        code = ctypes.get_errno()
        raise OSError(code, os.strerror(code), str(first))


def _tidy(site_dir: Path, say: Say, leftovers: bool = False) -> None:
    """Remove staging, a half-made link and versions other than the published one and the one before it."""
    removed = []
    for private in (staging_dir(site_dir), _beside(site_dir, "link")):
        if private.is_symlink() or private.exists():
            _remove(private, say)
            removed.append(private.name)
    versions = _versions(site_dir)
    current = _published(site_dir)
    if current is None:
        keep = set(sorted(versions)[-2:])  # no link yet: the newest two may hold the only whole site
    else:
        keep = {current, max((n for n in versions if n < current), default=current)}
    for number, folder in sorted(versions.items()):
        if number not in keep:
            _remove(folder, say)
            if current is None or number > current:
                removed.append(folder.name)
    if leftovers and removed:
        say(f"Removed what an earlier build that did not finish left behind: {', '.join(removed)}.")


def _remove(path: Path, say: Say) -> None:
    try:
        if path.is_dir() and not path.is_symlink():
            shutil.rmtree(path)
        else:
            path.unlink()
    except OSError as error:
        say(f"Could not remove {path}: {error.strerror}. Remove it by hand.")


def _pause(point: str) -> None:
    """The test hook (see the module's docstring); does nothing unless HUB_TEST_PAUSE names this point."""
    wanted, _, seconds = os.environ.get("HUB_TEST_PAUSE", "").partition(":")
    if wanted == point:
        print(f"hub test pause: {point} (process {os.getpid()})", file=sys.stderr, flush=True)
        time.sleep(float(seconds or 60))
