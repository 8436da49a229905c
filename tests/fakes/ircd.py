"""A real IRC server for interoperability tests: Debian's inspircd 3 on 127.0.0.1 with a WebSocket listener.

Install it with ``apt-get install -y inspircd``; tests that need it are
skipped with that hint when the binary is absent.
"""

from __future__ import annotations

import asyncio
import contextlib
import shutil
import socket
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

INSPIRCD = shutil.which("inspircd") or ("/usr/sbin/inspircd" if Path("/usr/sbin/inspircd").exists() else None)

CONFIG = """
<server name="irc.test" description="castguard interop" network="test">
<admin name="t" nick="t" email="t@t">
<module name="cap"> <module name="ircv3"> <module name="ircv3_ctctags"> <module name="ircv3_msgid">
<module name="ircv3_servertime"> <module name="websocket"> <module name="sha1">
<bind address="127.0.0.1" port="{tcp}" type="clients">
<bind address="127.0.0.1" port="{ws}" type="clients" hook="websocket">
<websocket defaultmode="text" sendastext="yes">
<wsorigin allow="*">
<connect allow="127.0.0.1" timeout="60" fakelag="off" localmax="1000" globalmax="1000" maxconnwarn="off"
 threshold="1000" commandrate="100000">
<pid file="{dir}/inspircd.pid">
<log method="file" type="*" level="default" target="{dir}/ircd.log">
"""


@dataclass
class Ircd:
    """A running inspircd."""

    tcp_port: int
    ws_port: int
    directory: Path

    @property
    def ws_url(self) -> str:
        """Its WebSocket listener."""
        return f"ws://127.0.0.1:{self.ws_port}"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _wait_for_port(port: int, process: subprocess.Popen[bytes], timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"inspircd exited with {process.returncode}")
        with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), timeout=0.2):
            return
        time.sleep(0.05)
    raise RuntimeError(f"inspircd did not listen on {port} within {timeout}s")


@contextlib.contextmanager
def run_inspircd(directory: Path) -> Iterator[Ircd]:
    """Start inspircd with a throwaway config in ``directory``; stop it afterwards."""
    assert INSPIRCD is not None
    ircd = Ircd(_free_port(), _free_port(), directory)
    config = directory / "inspircd.conf"
    config.write_text(CONFIG.format(tcp=ircd.tcp_port, ws=ircd.ws_port, dir=directory))
    process = subprocess.Popen(
        [INSPIRCD, f"--config={config}", "--nofork", "--runasroot"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        _wait_for_port(ircd.tcp_port, process)
        _wait_for_port(ircd.ws_port, process)
        yield ircd
    finally:
        process.terminate()
        try:
            process.wait(5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


class PlainIrcClient:
    """An ordinary IRC client over TCP: registers, joins, posts."""

    def __init__(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.reader = reader
        self.writer = writer

    @classmethod
    async def connect(cls, port: int, nick: str) -> PlainIrcClient:
        """Connect and register as ``nick``."""
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        client = cls(reader, writer)
        await client.send(f"NICK {nick}", f"USER {nick} 0 * :{nick}")
        await client.wait_for(" 001 ")
        return client

    async def send(self, *lines: str) -> None:
        """Send raw lines."""
        for line in lines:
            self.writer.write(line.encode() + b"\r\n")
        await self.writer.drain()

    async def wait_for(self, fragment: str, timeout: float = 10.0) -> str:
        """Read lines (answering PING) until one contains ``fragment``."""

        async def loop() -> str:
            while True:
                raw = await self.reader.readline()
                if not raw:
                    raise ConnectionError("ircd closed the connection")
                line = raw.decode(errors="replace").rstrip("\r\n")
                if line.startswith("PING"):
                    await self.send("PONG" + line[4:])
                if fragment in line:
                    return line

        return await asyncio.wait_for(loop(), timeout)

    async def close(self) -> None:
        """Quit."""
        with contextlib.suppress(OSError):
            await self.send("QUIT :bye")
        self.writer.close()
        with contextlib.suppress(OSError):
            await self.writer.wait_closed()
