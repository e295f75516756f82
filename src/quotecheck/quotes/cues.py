"""Cue words: which tokens say that speech is being reported, built from the lexicon.

The matcher is compiled once per settings object (extra verbs come from
``settings.extract.cue_verbs``) and then answers set look-ups only.
"""

from __future__ import annotations

from functools import lru_cache

import attrs

from quotecheck.lexicon import CUE_VERBS, IRREGULAR_FORMS, NOUN_LIKE_VERBS, WEAK_CUE_VERBS

_IRREGULAR_PAST = frozenset({"said", "told", "wrote", "written", "swore", "sworn", "began", "begun", "found", "thought", "felt", "pled"})


def inflections(base: str) -> tuple[str, ...]:
    """Regular English inflections of a verb (base, -s, -ed, -ing), plus irregular ones."""
    if base in IRREGULAR_FORMS:
        return (base, *IRREGULAR_FORMS[base])
    if base.endswith("e"):
        past, ing = base + "d", base[:-1] + "ing"
    elif base.endswith("y") and base[-2:-1] not in "aeiou":
        past, ing = base[:-1] + "ied", base + "ing"
    else:
        past, ing = base + "ed", base + "ing"
    third = base + "es" if base.endswith(("s", "sh", "ch", "x", "z", "o")) else (
        base[:-1] + "ies" if base.endswith("y") and base[-2:-1] not in "aeiou" else base + "s"
    )
    return (base, third, past, ing)


@attrs.frozen
class CueLexicon:
    """Every inflected cue form, split into strong (always a cue) and weak (only beside a quote)."""

    strong: frozenset[str]
    weak: frozenset[str]
    base_of: dict[str, str] = attrs.field(eq=False, hash=False)
    forms: frozenset[str] = attrs.field(init=False, eq=False, hash=False)
    """Strong and weak forms together: ``is_cue(word, beside_quote=True)`` as one set look-up,
    for callers that hold the word lower-cased already (a token's ``lower``)."""

    @forms.default
    def _all_forms(self) -> frozenset[str]:
        return self.strong | self.weak

    def is_cue(self, word: str, *, beside_quote: bool = False) -> bool:
        """True when ``word`` is a cue (weak forms only ``beside_quote``); with a token, test
        ``token.lower in strong`` or ``in forms`` directly."""
        low = word.lower()
        return low in self.strong or (beside_quote and low in self.weak)

    def is_participle(self, word: str) -> bool:
        return word.lower().endswith("ing") and word.lower() in self.base_of


@lru_cache(maxsize=16)
def cue_lexicon(extra: tuple[str, ...] = ()) -> CueLexicon:
    """The compiled cue lexicon for the built-in verbs plus ``extra`` base forms."""
    strong: set[str] = set()
    weak: set[str] = set()
    base_of: dict[str, str] = {}
    for base in (*CUE_VERBS, *extra):
        base = base.strip().lower()
        if not base:
            continue
        forms = inflections(base)
        is_weak = base in WEAK_CUE_VERBS and base not in extra
        for form in forms:
            noun_like = base in NOUN_LIKE_VERBS and not form.endswith(("ed", "ing")) and form not in _IRREGULAR_PAST
            (weak if is_weak or noun_like else strong).add(form)
            base_of.setdefault(form, base)
    weak -= strong
    return CueLexicon(frozenset(strong), frozenset(weak), base_of)
