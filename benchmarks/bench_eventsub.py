"""EventSub parser throughput: Twitch notification frames (chat and channel.moderate) to castguard events.

Run: ``python benchmarks/bench_eventsub.py`` (from the repository root). Prints frames per second and the
memory the de-duplication keeps after a million distinct notifications; nothing touches the network.
"""

from __future__ import annotations

import json
import platform
import sys
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from castguard.connectors.eventsub import DEDUP_SIZE, EventSubParser

N = 100_000


def notification(sub_type: str, event: dict[str, object], message_id: str) -> str:
    meta = {"message_id": message_id, "message_type": "notification", "subscription_type": sub_type,
            "subscription_version": "1", "message_timestamp": "2026-03-01T12:00:00.123456789Z"}  # fmt: skip
    return json.dumps({"metadata": meta, "payload": {"subscription": {"type": sub_type}, "event": event}})


def chat(i: int) -> str:
    event = {
        "broadcaster_user_id": "713936733", "broadcaster_user_login": "clinic", "broadcaster_user_name": "Clinic",
        "chatter_user_id": str(40286300 + i % 500), "chatter_user_login": "randers", "chatter_user_name": "randers",
        "message_id": f"d831d848-b7c7-4559-ae3a-{i:012d}",
        "message": {"text": "is the clinic open on saturday? call 555-0100", "fragments": []},
        "message_type": "text", "badges": [{"set_id": "moderator", "id": "1", "info": ""}], "color": "#19E6E6",
        "cheer": None, "reply": None,
    }  # fmt: skip
    return notification("channel.chat.message", event, f"m-{i}")


def ban(i: int) -> str:
    event = {
        "broadcaster_user_id": "713936733", "moderator_user_id": "777", "moderator_user_name": "OtherMod",
        "action": "timeout",
        "timeout": {"user_id": str(i), "user_name": "viewer", "reason": "spam", "expires_at": "2026-03-01T12:10:00Z"},
    }  # fmt: skip
    return notification("channel.moderate", event, f"b-{i}")


def run(label: str, frames: list[str]) -> None:
    parser = EventSubParser(source="twitch+eventsub:clinic", channel="clinic")
    start = time.perf_counter()
    for f in frames:
        parser.receive(f, 0.0)
    seconds = time.perf_counter() - start
    assert not parser.skipped, parser.skipped[:1]
    print(f"{label:<34}{len(frames) / seconds:>12,.0f} frames/s")


def dedup_memory() -> None:
    parser = EventSubParser(source="twitch+eventsub:clinic", channel="clinic")
    frame = chat(0)
    tracemalloc.start()
    for i in range(1_000_000):
        parser._seen.add(f"m-{i}", None)
    current, _peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    parser.receive(frame, 0.0)
    print(f"{'de-dup memory after 1,000,000 ids':<34}{current / 1e6:>12.1f} MB (at most {DEDUP_SIZE:,} ids kept)")


def main() -> None:
    print(f"Python {platform.python_version()} on {platform.machine()}, {N:,} frames each")
    run("channel.chat.message → message", [chat(i) for i in range(N)])
    run("channel.moderate → platform event", [ban(i) for i in range(N)])
    dedup_memory()


if __name__ == "__main__":
    main()
