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


def test_a_sentence_spelled_out_with_single_spaces_is_cut_back_into_its_words() -> None:
    assert deobfuscate("i w i l l k i l l y o u").text == "i will kill you"
    assert deobfuscate("te v a s a m o r i r").text == "te vas a morir"
    assert deobfuscate("я т е б я у б ь ю").text == "я тебя убью"


def test_a_spelled_out_word_that_the_known_words_do_not_cover_stays_one_word() -> None:
    # "skill" is not "s kill", "therapist" is not "the rapist"
    assert deobfuscate("s k i l l issue").text == "skill issue"
    assert deobfuscate("t h e r a p i s t").text == "therapist"


def test_two_letter_words_are_spelled_out_too_when_wider_gaps_set_the_words_apart() -> None:
    assert deobfuscate("m e   v o y   a   m a t a r").text == "me voy a matar"
    assert deobfuscate("т ы  т р у п").text == "ты труп"
    assert deobfuscate("s-e  v-a  a  m-o-r-i-r  el presentador hoy").text == "se va a morir el presentador hoy"


def test_a_spaced_out_word_maps_back_to_where_its_letters_were() -> None:
    text = "я т е б я у б ь ю"
    norm = deobfuscate(text)
    start = norm.text.index("убью")
    assert text[slice(*norm.span(start, start + 4))] == "у б ь ю"


def test_leetspeak_in_two_letter_words_and_russian_vowels() -> None:
    assert deobfuscate("m3 qu13r0 m4t4r").text == "me quiero matar"
    assert deobfuscate("t3 v0y 4 m4t4r d0ct0r").text == "te voy a matar doctor"
    # "3" between consonants is "е", elsewhere "з"; a Latin "b" after a consonant is a soft sign
    assert deobfuscate("х0чу ум3р3ть").text == "хочу умереть"
    assert deobfuscate("y б b ю тебя").text == "убью тебя"


def test_an_acronym_of_repeated_capitals_is_kept_while_stretched_letters_are_cut() -> None:
    assert deobfuscate("file a complaint with the BBB about this scam").text == (
        "file a complaint with the bbb about this scam"
    )
    assert deobfuscate("AAA batteries, kiiiill").text == "aaa batteries, kiill"
    assert deobfuscate("NOOOO way").text == "noo way"


def test_a_word_spelled_with_dots_ends_with_its_own_dot_not_a_sentence() -> None:
    # the dot after the last letter closes the word: "kill. all." would split the clause in two
    assert deobfuscate("k.i.l.l. a.l.l. n.u.r.s.e.s").text == "kill all nurses"
    assert deobfuscate("s.o.s. please").text == "sos please"
    # an ellipsis after the word is kept
    assert deobfuscate("k.i.l.l...").text == "kill..."


def test_a_digit_one_between_a_russian_consonant_and_a_soft_vowel_is_a_soft_sign() -> None:
    assert deobfuscate("уб1ю тебя д0ктор").text == "убью тебя доктор"
    assert deobfuscate("уб1ю себя").text == "убью себя"


def test_unalive_spelled_out_stays_one_word() -> None:
    assert deobfuscate("u n a l i v e tonight").text == "unalive tonight"


def test_a_lone_digit_one_before_an_english_contraction_is_the_pronoun() -> None:
    assert deobfuscate("1'll bl0w ur h34d 0ff").text == "i'll blow ur head off"
    assert deobfuscate("1'm c0m1ng").text == "i'm coming"
    assert deobfuscate("1 kn0w wh3r3 u l1v3").text == "i know where u live"
    # a one that counts stays a number
    assert deobfuscate("t0p 1 sc0r3").text == "top 1 score"
    assert deobfuscate("2 1 kn0w").text == "2 1 know"
