"""Top-level domains: what makes "example.com" a link or an e-mail's domain, in one list.

A closed list keeps "e.g.", "3.5mg", "node.js" and "Dr.Smith" out: only a real top-level domain makes a bare
domain. A spelled-out e-mail ("jane at gmail dot com") needs one of the common ones, a narrower list: with
every domain "meet me at work dot live" would read as an address.
"""

from __future__ import annotations

from collections.abc import Iterable

#: Top-level domains seen in chat spam and ordinary links.
TLDS = tuple(
    (
        "com net org edu gov mil int info biz io co me tv gg ly ai app dev xyz site online shop store live link click "
        "top club vip win bet fun icu buzz cam today world life news health care clinic pharmacy ru su ua by kz uk us "
        "ca au de fr es it nl pl pt br mx ar cl pe ve cn jp kr in tk ml ga cf gq ws cc to sh gl ms am fm be ch at se "
        "no dk fi ie nz za eu asia mobi pro name tel travel xxx porn sex cash money loan bid trade review party date "
        "download stream chat social media email"
    ).split()
)

#: The common ones, which a spelled-out e-mail address must end with.
SPELLED_EMAIL_TLDS = tuple(
    (
        "com org net edu gov mil io co us uk ca de es mx ar cl pe ru fr it br nl info biz me app dev health care "
        "clinic email online xyz ai ly tv in au nz ie eu pt pl ua by kz"
    ).split()
)


def alternation(names: Iterable[str]) -> str:
    """A regular expression group matching any of ``names``, longest first (so "co" never cuts "com" short)."""
    return "(?:" + "|".join(sorted(set(names), key=len, reverse=True)) + ")"
