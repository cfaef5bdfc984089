"""Folding, sorting and splitting the glossary's text, the same way everywhere.

Without ICU on the servers, collation is done here: letters lose their accents
("É" files under E, "é" sorts with "e"), ligatures are spelt out ("œ" as "oe"),
punctuation counts as a space, and in Spanish "ñ" stays a letter of its own
between N and O, as Spanish dictionaries have it.
"""

import re
import string
import unicodedata

LANGUAGES = ("en", "fr", "es")

_LIGATURES = str.maketrans({"œ": "oe", "Œ": "OE", "æ": "ae", "Æ": "AE", "ß": "ss"})
_ENYE_MARK = "\x7f"  # sorts after every ASCII letter, so "ñ" comes after "nz" and before "o"
_NOT_WORD = re.compile(r"[^\w\x7f]+")
_SEPARATORS = re.compile(r"\s*;\s*")


def fold(text: str, language: str = "") -> str:
    """``text`` lower-cased without accents, punctuation as single spaces.

    In Spanish (``language="es"``) "ñ" is kept apart from "n" (as "n" followed by
    a marker that sorts after "z"); everywhere else it folds to "n".
    """
    text = (text or "").translate(_LIGATURES)
    if language == "es":
        text = text.replace("ñ", "n" + _ENYE_MARK).replace("Ñ", "N" + _ENYE_MARK)
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(_NOT_WORD.sub(" ", bare.casefold().replace("_", " ")).split())


def sort_key(text: str, language: str = "") -> tuple[str, str]:
    """Key for sorting terms in ``language``: folded text first, then the exact text."""
    return (fold(text, language), text or "")


def alphabet(language: str) -> list[str]:
    """The letters of the A to Z index in ``language``."""
    letters = list(string.ascii_uppercase)
    if language == "es":
        letters.insert(letters.index("O"), "Ñ")
    return letters


def first_letter(text: str, language: str = "") -> str:
    """The index letter ``text`` files under: "É…" under "E", digits and others under "#"."""
    folded = fold(text, language)
    if not folded:
        return "#"
    if folded.startswith("n" + _ENYE_MARK):
        return "Ñ"
    letter = folded[0].upper()
    return letter if letter in string.ascii_uppercase else "#"


def split_list(value: str) -> list[str]:
    """ "CBHI; MHO" → ["CBHI", "MHO"]: abbreviations and synonyms are separated by semicolons."""
    return [item for item in _SEPARATORS.split(value or "") if item.strip()]


def join_list(items) -> str:
    return "; ".join(item.strip() for item in items if item and item.strip())
