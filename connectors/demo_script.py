"""The demo broadcast's scripted minutes: the scenes a healthcare brand's desk must handle, on cue.

Besides its random chat, the demo plays the same scenes at the same simulated seconds in its first
:data:`SCRIPT_SECONDS` (at any rate, for any seed):

* adverse-event reports in the first and third person, in English, Spanish and Russian;
* questions and praise the channel's second moderator answers with approved reply templates, and one
  question answered in free text that the producer approves;
* a viewer posting an aunt's phone number and diagnosis, to which the second moderator writes a
  free-text reply that echoes the number (the desk blocks it);
* a detractor cluster: a handful of accounts that keep posting negative (never flagged) messages,
  driving most of the chat's negativity.

Each scene may carry a :class:`Cue`: what the demo's scripted desk (:mod:`castguard.integrations.democrew`)
does with the message. Cues are ground truth kept beside the script; they never reach a
:class:`~castguard.core.model.ChatMessage`, so the filters cannot see them.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from castguard.connectors.demo_chat import compile_template, fill
from castguard.core.model import Author

#: The scripted scenes all happen within this many simulated seconds of the start.
SCRIPT_SECONDS = 170.0
#: The detractor cluster: a handful of accounts, posting in turn every DETRACTOR_EVERY seconds.
DETRACTORS = (
    Author("dtr-1", "real_talk_rita"),
    Author("dtr-2", "skeptic_dave"),
    Author("dtr-3", "no_pharma_ned"),
    Author("dtr-4", "wake_up_wendy"),
)
DETRACTOR_START = 10.0
DETRACTOR_EVERY = 1.0

#: Who the scripted desk is: the channel's second moderator and its producer.
SECOND_MODERATOR = "clinic_mod"
PRODUCER = "producer_dana"


@dataclass(frozen=True, slots=True)
class Cue:
    """What the scripted desk does with a scripted message."""

    template: str = ""
    """Send this approved reply template (in the message's language)."""
    free_text: str = ""
    """Write this free-text reply, for a second person's approval."""
    approve: bool = False
    """The producer approves the free text (it is then screened again and sent)."""
    forward: bool = False
    """Forward the message's adverse-event case to the safety team."""


@dataclass(frozen=True, slots=True)
class Scene:
    """One scripted message: when (simulated seconds), where, who, what, and the desk's cue."""

    at: float
    platform: str
    author: Author
    text: str
    kind: str
    """``adverse_event``, ``privacy``, ``question``, ``praise`` or ``detractor``."""
    cue: Cue | None = None


_SCENES = (
    Scene(6.0, "facebook", Author("s-ae-en1", "Tom_runner31"),
          "since I started Lipitor last month my legs ache so badly I can barely walk", "adverse_event",
          Cue(template="side-effect", forward=True)),
    Scene(18.0, "youtube", Author("s-ae-es1", "Rosa_mx12"),
          "desde que tomo enalapril me duele mucho la cabeza y tengo tos", "adverse_event",
          Cue(template="side-effect")),
    Scene(27.0, "twitch", Author("s-q-en1", "Grace_garden7"),
          "This is my first time here, love it! Great explanations", "praise", Cue(template="thanks")),
    Scene(34.0, "twitch", Author("s-ae-ru1", "Anya_spb5"),
          "после второй дозы вакцины у мамы поднялась температура и сыпь", "adverse_event",
          Cue(template="side-effect", forward=True)),
    Scene(56.0, "facebook", Author("s-ae-en2", "Hannah_nana64"),
          "my dad got a swollen face after his second dose of amlodipine", "adverse_event", Cue(forward=True)),
    Scene(68.0, "youtube", Author("s-ae-es2", "Diego_tx40"),
          "a mi mamá le salieron moretones desde que toma atorvastatina", "adverse_event",
          Cue(template="side-effect")),
    Scene(79.0, "facebook", Author("s-q-en2", "Ben_coffee18"),
          "Dr. Lee, will the slides from today be posted anywhere?", "question",
          Cue(free_text="Yes! The slides will be on the clinic's website after the show.", approve=True)),
    Scene(90.0, "youtube", Author("s-pr-en1", "Chloe_walker9"),
          "please pray for my aunt Rosa Garcia, she has heart failure, call her at (614) 555-0142 she's lonely",
          "privacy",
          Cue(free_text="Rosa will be in our thoughts. We'll call her at 614-555-0142 after the show.")),
    Scene(97.0, "twitch", Author("s-ae-ru2", "Ivan_fisher3"),
          "с тех пор как я принимаю метформин у меня постоянно болит живот", "adverse_event",
          Cue(template="side-effect")),
    Scene(123.0, "youtube", Author("s-q-es1", "Sofia_la77"),
          "¿Cuál es la presión arterial ideal para una mujer de 60 años? Gracias doctora", "question",
          Cue(template="thanks")),
    Scene(140.0, "facebook", Author("s-ae-en3", "Omar_yoga50"),
          "since I started metoprolol I've been so tired I can't work", "adverse_event", Cue(forward=True)),
)  # fmt: skip

_DETRACTOR_TEMPLATES = tuple(
    compile_template(t)
    for t in (
        "{terrible|awful|really bad} advice {again|as usual|today}{| lol|, sad}",
        "worst {Q&A|stream|show} {ever|I've seen|this year}, what a waste of time",
        "ugh, more {scripted|sponsored|fake} answers{|, so fake|, so bad}",
        "what a {disappointing|boring|terrible} {stream|show|episode}{|, really bad|, awful}",
        "so sad to see such {bad|wrong|terrible} information here",
        "{boring|awful|pathetic}. {unfollowing|I'm done|bye}",
        "another {boring|awful|terrible} {sponsored talk|ad for pills|pharma ad}{|, awful|, sad}",
    )
)


def scenes(seed: int) -> list[Scene]:
    """The scripted scenes of the demo with ``seed``, in time order (the same times for every seed)."""
    rng = random.Random(f"demo-detractors-{seed}")  # its own generator: the random chat is unchanged
    out = list(_SCENES)
    at, turn = DETRACTOR_START, 0
    while at < SCRIPT_SECONDS:
        author = DETRACTORS[turn % len(DETRACTORS)]
        out.append(Scene(at, "twitch", author, fill(rng, rng.choice(_DETRACTOR_TEMPLATES)), "detractor"))
        at += DETRACTOR_EVERY
        turn += 1
    return sorted(out, key=lambda s: s.at)
