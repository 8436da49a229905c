"""The readable copy of a message and its offset map."""

from __future__ import annotations

from castguard.filters.normalize import deobfuscate


def test_a_clean_text_maps_each_character_to_itself_whatever_its_length() -> None:
    for text in ("Thanks doc", "Other text", "x" * 499, "word " * 300):
        norm = deobfuscate(text, plain=True)
        assert norm.text == text.lower()
        assert norm.origin == tuple(range(len(text) + 1)), len(text)
        assert norm.span(0, len(norm.text)) == (0, len(text))


def test_an_obfuscated_text_maps_back_to_where_its_letters_were() -> None:
    norm = deobfuscate("I will k i l l you")
    assert "kill" in norm.text
    start = norm.text.index("kill")
    assert norm.span(start, start + 4) == (7, 14)
