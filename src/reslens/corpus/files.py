"""Find the resolution files of a corpus as the UN publishes it.

The UN's ``UNxml/*resolutions`` repositories keep one folder per session or year, the
English files in an ``English/`` subfolder (GA session 74 as a zip archive of that
folder), and the other language versions beside them. This module walks folders
recursively, looks inside zip archives without unpacking them, and sets aside the
other language versions by their folder or file name, so that each English
resolution is read once.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from reslens.errors import ResolutionError

#: Folder names of the other language versions in the UN's layout (compared case-insensitively).
LANGUAGE_FOLDERS = {
    "french": "French", "francais": "French", "français": "French",
    "spanish": "Spanish", "espanol": "Spanish", "español": "Spanish",
    "russian": "Russian", "arabic": "Arabic", "chinese": "Chinese",
}  # fmt: skip
#: Two-letter language suffixes of file names (``A_RES_78_216_FR.xml``).
LANGUAGE_CODES = {
    "FR": "French",
    "ES": "Spanish",
    "RU": "Russian",
    "AR": "Arabic",
    "ZH": "Chinese",
    "CH": "Chinese",
}
#: One-letter language marks of UN job numbers (``2204550F``, ``S_RES_2672_F``); ``E`` is English.
LANGUAGE_LETTERS = {"F": "French", "S": "Spanish", "R": "Russian", "C": "Chinese", "A": "Arabic"}
#: A zip member larger than this unpacked is not read (the largest resolution in the UN's
#: corpus is under 1 MB; a zip bomb would fill the memory).
MAX_MEMBER_BYTES = 64 * 2**20
_TWO_LETTER = re.compile(r"[_-](?P<code>[A-Za-z]{2})$")
# A letter after a number (``54_10F``, a job number ``2204550F``) or a separator (``_F``);
# "A" only after a 7-digit job number, since ``101A`` or ``_A`` may name part A.
_ONE_LETTER = re.compile(r"(?:(?<=\d{7})(?P<job>A)|(?<=[\d_-])(?P<sep>[FSRC]))$")


@dataclass(frozen=True)
class CorpusFile:
    """One resolution file: on disk, or a member of a zip archive.

    Attributes:
        name: the name used in tables and messages (``archive.zip/English/74_1.xml`` for a member).
        path: the file on disk (the archive for a member).
        member: the member's name inside the archive, ``None`` for a plain file.
    """

    name: str
    path: Path
    member: str | None = None

    def read_bytes(self) -> bytes:
        """The file's bytes.

        Raises:
            ResolutionError: the file or archive member cannot be read.
        """
        try:
            if self.member is None:
                return self.path.read_bytes()
            with zipfile.ZipFile(self.path) as archive:
                return archive.read(self.member)
        except (OSError, zipfile.BadZipFile, KeyError) as err:
            raise ResolutionError(self.name, f"cannot be read: {err}") from None


@dataclass(frozen=True)
class Skipped:
    """A file set aside without reading it, and why (one row of the ``refused`` table)."""

    name: str
    reason: str


def other_language(name: str) -> str:
    """The language named by a path's folders or file name, ``""`` when it is not marked as another.

    Example:
        >>> other_language("GA/74session/French/74_1F.xml")
        'French'
        >>> other_language("data/raw/A_RES_78_216_FR.xml")
        'French'
        >>> other_language("SC/2023/English/S_RES_2672_E.xml")
        ''
    """
    parts = re.split(r"[\\/]", name)
    for folder in parts[:-1]:
        if folder.casefold() in LANGUAGE_FOLDERS:
            return LANGUAGE_FOLDERS[folder.casefold()]
    stem = Path(parts[-1]).stem
    two = _TWO_LETTER.search(stem)
    if two and two["code"].upper() in LANGUAGE_CODES:
        return LANGUAGE_CODES[two["code"].upper()]
    one = _ONE_LETTER.search(stem)
    if one:
        return LANGUAGE_LETTERS[one["job"] or one["sep"]]
    return ""


def find_files(
    paths: Iterable[str | Path], suffixes: Iterable[str]
) -> tuple[list[CorpusFile], list[Skipped]]:
    """Every English resolution file under ``paths``, in a stable order, and the files set aside.

    Folders are walked recursively (hidden ones such as ``.git`` are not), in sorted
    order; zip archives are opened and their members listed in sorted order. A path
    given by name is always read, whatever its suffix.

    Raises:
        ResolutionError: a path does not exist, or a folder holds no supported file.
    """
    wanted = tuple(s.lower() for s in suffixes)
    found: list[CorpusFile] = []
    skipped: list[Skipped] = []
    for item in map(Path, paths):
        if item.is_dir():
            inside = list(_walk(item, wanted, skipped))
            if not inside and not skipped:
                raise ResolutionError(
                    str(item), f"no supported files ({' '.join(wanted)} or .zip) in this folder or below"
                )
            found.extend(inside)
        elif item.suffix.lower() == ".zip" and zipfile.is_zipfile(item):
            found.extend(_members(item, wanted, skipped))
        else:
            found.append(CorpusFile(str(item), item))
    return found, skipped


def _walk(folder: Path, suffixes: tuple[str, ...], skipped: list[Skipped]) -> Iterator[CorpusFile]:
    files = sorted(
        (p for p in folder.rglob("*") if p.is_file()),
        key=lambda p: p.relative_to(folder).parts,
    )
    for path in files:
        if any(part.startswith(".") for part in path.relative_to(folder).parts):
            continue
        suffix = path.suffix.lower()
        if suffix == ".zip":
            yield from _members(path, suffixes, skipped)
        elif suffix in suffixes:
            language = other_language(str(path.relative_to(folder)))
            if language:
                skipped.append(Skipped(str(path), f"skipped: {language} version (from its name)"))
            else:
                yield CorpusFile(str(path), path)


def _members(archive: Path, suffixes: tuple[str, ...], skipped: list[Skipped]) -> Iterator[CorpusFile]:
    try:
        with zipfile.ZipFile(archive) as opened:
            sizes = {i.filename: i.file_size for i in opened.infolist() if not i.is_dir()}
    except (OSError, zipfile.BadZipFile) as err:
        skipped.append(Skipped(str(archive), f"zip archive cannot be read: {err}"))
        return
    for member in sorted(sizes):
        if Path(member).suffix.lower() not in suffixes:
            continue
        name = f"{archive}/{member}"
        language = other_language(member)
        if language:
            skipped.append(Skipped(name, f"skipped: {language} version (from its name)"))
        elif sizes[member] > MAX_MEMBER_BYTES:
            megabytes = sizes[member] / 2**20
            skipped.append(
                Skipped(name, f"zip member of {megabytes:.0f} MB unpacked, more than any resolution")
            )
        else:
            yield CorpusFile(name, archive, member)
