"""The grammar of a resolution paragraph's head, by word form alone (no word list).

Every preambular paragraph opens with a capitalised participle or adjective
(*Recalling*, *Alarmed*, *Mindful*), every operative one with a present-tense verb
(*Decides*, *Calls upon*), either of them possibly after an adverb (*Deeply
concerned*, *Again calls upon*, *Also*). Where no layout or italics say where a
paragraph starts and where its opening phrase ends, these forms do: a line whose
head has this shape, after a line that ended a paragraph, starts a new one. Word
forms are judged by their endings, so a participle no lexicon lists (*Echoing*,
*Remaining*) is still one. Known gap: a bare adjective without a telling ending
and without a that-clause (*Aware of*) is only read with an adverb before it
(*Fully aware*); measured by ``scripts/measure_paragraph_grammar.py``.

The few closed-class words below (prepositions, determiners, particles) are the
grammar's function words, not a list of phrases.
"""

from __future__ import annotations

import re

WORD = re.compile(r"[A-Za-z][a-z’'\-]*")
CAPITALISED = re.compile(r"^[A-Z][a-z]+(?:-[a-z]+)*$")
LOWER = re.compile(r"^[a-z][a-z\-]*$")

PARTICLES = ("upon", "on", "forward")  # "Calls upon", "Looking forward": the verb's particle
SEQUENCE = ("also", "further", "again", "furthermore", "moreover", "once")  # adverbs without -ly
ONCE = ("more", "again")  # "once more", "once again"
FIXED_OBJECTS = ("note", "account", "attention", "concern", "action")  # "Taking note", "Expressing concern"
AUXILIARIES = ("having", "being")  # "Having also considered": the participle after it is the verb
COORDINATORS = ("and", "or")  # "Welcoming and encouraging": two verbs of one form share the phrase
ABSTRACT_ENDINGS = ("tion", "sion", "ment", "ness", "ity", "ance", "ence")  # "with appreciation" ends there
PREPOSITIONS = ("with", "in")  # "Noting with deep concern", "Bearing in mind", "Noting in this regard"
PHRASE_STOPS = (
    "the", "a", "an", "that", "of", "to", "all", "its", "their", "his", "her", "this", "these", "those",
    "by", "at", "for", "from", "and", "or", "as", "on", "upon", "whether", "how", "what", "which", "any",
)  # fmt: skip
NOUN_PLURALS = (  # endings of plural nouns and non-verbs that a line may start with ("Nations", "Rights")
    "ss", "us", "is", "ics", "ions", "ments", "ties", "ers", "ors", "ants", "ents", "ships", "rights",
    "wards", "ians", "ries", "cies", "dies", "nies", "gies",
)  # fmt: skip
MAX_PP_WORDS = 3  # "with deep concern", "in this regard": a short prepositional complement


def is_verb_form(word: str, following: str = "") -> bool:
    """A participle (``-ing``, ``-ed``), adjective (``-ful``, ``-ous``) or present-tense verb (``-s``).

    ``following`` is the next word: a past participle or ``-s`` verb is followed by a
    lower-case word or nothing (``United Nations`` and ``States parties`` are names).
    """
    w = word.lower()
    lowered_next = not following or following[:1].islower()
    if len(w) >= 5 and w.endswith("ing") and not w.endswith("thing"):
        return True
    if len(w) >= 5 and w.endswith("ed") and not w.endswith("eed"):
        return lowered_next
    if len(w) >= 5 and w.endswith(("ful", "ous")):
        return lowered_next
    if len(w) >= 4 and w.endswith("s") and not w.endswith(NOUN_PLURALS):  # "Pays tribute", "Urges"
        return following not in ("and", "or", "of")
    return False


def is_adverb(word: str) -> bool:
    """``Deeply``, ``Also``, ``Again``, ``Further``, ``Once`` (more/again)."""
    w = word.lower()
    return (len(w) >= 5 and w.endswith("ly")) or w in SEQUENCE


def opens_paragraph(text: str) -> bool:
    """True when ``text`` begins like a resolution paragraph: [adverb] capitalised verb form.

    Example:
        >>> opens_paragraph("Echoing the call of the Secretary-General,")
        True
        >>> opens_paragraph("Organization, and the specialized agencies,")
        False
    """
    words = WORD.findall(text[:120])
    if not words or not CAPITALISED.match(words[0]):
        return False
    nxt = words[1] if len(words) > 1 else ""
    if nxt in ("and", "or") and len(words) > 2 and CAPITALISED.match(words[2]):
        return False  # "Planning and Economic Development": a name
    if is_verb_form(words[0], nxt) or _adjective_with_clause(words[0].lower(), nxt):
        return True
    comma = text.lstrip()[len(words[0]) : len(words[0]) + 1] == ","  # "Italy, Japan": names in a list
    if is_adverb(words[0]) and nxt and LOWER.match(nxt) and not comma:
        after = words[2] if len(words) > 2 else ""
        return is_verb_form(nxt, after) or is_adverb(nxt) or words[0].lower().endswith("ly")
    return False


def _adjective_with_clause(word: str, following: str) -> bool:
    """``Confident that``, ``Cognizant of``: a name never takes a that-clause; ``-ant of`` is an adjective."""
    return following == "that" or (len(word) >= 6 and word.endswith("ant") and following == "of")


def head_length(words: list[str]) -> int:
    """How many of ``words`` (a paragraph's first words) make its opening phrase, by grammar.

    [adverbs] verb [and verb] [particle] [adverbs] [participle after *having*]
    [fixed object | short with/in phrase] [adverbs]: ``Again calls upon``,
    ``Reaffirming once more``, ``Taking note with deep concern``, ``Expressing concern``,
    ``Noting in this regard also``, ``Welcoming and encouraging``, ``Having also considered``.
    0 when the words do not open like a paragraph.
    """
    lower = [w.lower() for w in words]
    i = 0
    while i < len(lower) - 1 and is_adverb(lower[i]) and not is_verb_form(lower[i], lower[i + 1]):
        i += 1
    if i >= len(lower) or not (is_verb_form(lower[i], words[i + 1] if i + 1 < len(words) else "") or i):
        return 0
    verb = i
    i = _coordinated(words, verb)
    if i < len(lower) and lower[i] in PARTICLES:
        i += 1
    i = trailing_modifiers(lower, i)
    if lower[verb] in AUXILIARIES and i < len(lower) and _is_participle(lower[i]):
        i += 1
    i = _complement(lower, i)
    return trailing_modifiers(lower, i)


def _coordinated(words: list[str], verb: int) -> int:
    """Past the verb, and past ``and``/``or`` plus a second lower-case verb of the same form."""
    i = verb + 1
    if i + 1 < len(words) and words[i] in COORDINATORS and LOWER.match(words[i + 1]):
        ending = next((e for e in ("ing", "ed", "s") if words[verb].lower().endswith(e)), None)
        if ending and words[i + 1].endswith(ending) and is_verb_form(words[i + 1]):
            return i + 2
    return i


def _is_participle(word: str) -> bool:
    return len(word) >= 4 and word.endswith(("ed", "en"))


def trailing_modifiers(lower: list[str], i: int, *, manner: bool = True) -> int:
    """Where modifiers from ``i`` end: ``also``, ``further``, ``once more``, (``manner``) ``strongly``.

    ``lower`` are lower-case words. In the UN's italics a sequence word after the
    phrase is nearly always italic (8,173 times, not 471 in the corpus AKN), an ``-ly``
    word as often not (61 / 52): ``manner=False`` leaves the ``-ly`` words out.
    """
    while i < len(lower):
        if lower[i] == "once" and i + 1 < len(lower) and lower[i + 1] in ONCE:
            i += 2
        elif lower[i] in SEQUENCE[:-1] or (manner and len(lower[i]) >= 5 and lower[i].endswith("ly")):
            i += 1
        else:
            break
    return i


def _complement(lower: list[str], i: int) -> int:
    """A fixed object (``note``, ``concern``) or a short with/in phrase, if one follows.

    An object after a determiner (``its grave concern``) is left to the lexicons: the
    UN italicises it in some texts and not in others (``Reiterates its concern``).
    """
    if i >= len(lower):
        return i
    if lower[i] in FIXED_OBJECTS:  # "Taking note", then maybe "with deep concern"
        i += 1
        return _complement(lower, i) if i < len(lower) and lower[i] in PREPOSITIONS else i
    if lower[i] in PREPOSITIONS:
        j = i + 1
        while j < len(lower) and j - i <= MAX_PP_WORDS and lower[j] not in PHRASE_STOPS:
            j += 1
            if lower[j - 1] in FIXED_OBJECTS or lower[j - 1].endswith(ABSTRACT_ENDINGS):
                return j  # "with appreciation", "with concern": the noun ends the phrase
        if j < len(lower) and lower[j] == "this" and j + 1 < len(lower):  # "in this regard"
            j += 2
        return j if j - i >= 2 and (j == len(lower) or j - i <= MAX_PP_WORDS) else i
    return i
