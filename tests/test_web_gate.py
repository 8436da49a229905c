"""The browser desk's gate: without the token or its cookie, a request gets 403 and nothing of the desk."""

from __future__ import annotations

import asyncio
import logging
import os
import sys
from collections.abc import AsyncIterator
from pathlib import Path

import aiohttp
import pytest
from aiohttp.test_utils import TestClient, TestServer

from castguard.cli import main
from castguard.web.desk import RUNNER_OPTIONS, DeskCommand, WebDesk, desk_environment, page, tls_context
from castguard.web.gate import FORBIDDEN, TOKEN_ENV, Gate, WebError, cookie_name, parse_listen, web_token

TOKEN = "t0ken-for-the-gate-tests-0123456789"
Client = TestClient
HOSTILE = '"><script>alert(1)</script>\u202e'


def web_desk(*, tls: bool = False, name: str = "pat") -> WebDesk:
    command = DeskCommand("redis://127.0.0.1:6379/0", "show", name, "producer")
    return WebDesk(command, Gate(TOKEN, port=8080, tls=tls), desk_environment(os.environ, {}))


@pytest.fixture
async def client() -> AsyncIterator[Client]:
    server = TestServer(web_desk().app())
    await server.start_server(**RUNNER_OPTIONS)  # as serve() runs it: its access log, not aiohttp's
    async with TestClient(server) as c:
        yield c


def desk_cookie(c: Client) -> str | None:
    morsel = c.session.cookie_jar.filter_cookies(c.make_url("/")).get(cookie_name(8080))
    return None if morsel is None else morsel.value


@pytest.mark.parametrize("path", ["/", "/ws", "/static/js/textual.js", "/download/x", "/nothing"])
async def test_without_the_token_every_path_is_403_with_nothing_of_the_desk(client: Client, path: str) -> None:
    answer = await client.get(path)
    body = await answer.text()
    assert answer.status == 403 and body == FORBIDDEN
    assert "textual" not in body and "ws" not in body.replace("forbidden", "")
    assert answer.headers["X-Frame-Options"] == "DENY" and "frame-ancestors 'none'" in answer.headers[
        "Content-Security-Policy"]  # fmt: skip
    assert desk_cookie(client) is None


@pytest.mark.parametrize("wrong", ["x", TOKEN[:-1], TOKEN + "0", TOKEN.upper(), "", "é" * 40])
async def test_a_wrong_token_is_403(client: Client, wrong: str) -> None:
    answer = await client.get("/", params={"token": wrong}, allow_redirects=False)
    assert answer.status == 403 and await answer.text() == FORBIDDEN
    assert desk_cookie(client) is None


async def test_the_right_token_once_sets_a_cookie_and_takes_the_token_out_of_the_address(
    client: Client,
) -> None:
    answer = await client.get("/", params={"token": TOKEN, "fontsize": "12"}, allow_redirects=False)
    assert answer.status == 303 and answer.headers["Location"] == "/?fontsize=12"
    cookie = answer.cookies[cookie_name(8080)]
    assert cookie["httponly"] and cookie["samesite"] == "Strict" and cookie["path"] == "/"
    assert TOKEN not in cookie.value and not cookie["secure"]  # plain HTTP on loopback: no Secure flag
    # From now on the cookie is enough: the page, the terminal's script, the WebSocket's gate.
    answer = await client.get("/", params={"fontsize": "12"})
    page_text = await answer.text()
    assert answer.status == 200 and 'data-session-websocket-url="ws://' in page_text
    assert 'data-font-size="12"' in page_text and TOKEN not in page_text
    assert (await client.get("/static/js/textual.js")).status == 200
    # Another client without the cookie is still refused.
    async with aiohttp.ClientSession() as other:
        assert (await other.get(client.make_url("/"))).status == 403


async def test_a_cookie_of_another_value_or_another_port_is_refused(client: Client) -> None:
    forged = Gate("another-token-entirely-0123456789", port=8080, tls=False)
    for name, value in (
        (cookie_name(8080), forged._cookie.decode()),
        (cookie_name(8081), web_desk().gate._cookie.decode()),
    ):
        async with aiohttp.ClientSession(cookies={name: value}) as other:
            assert (await other.get(client.make_url("/"))).status == 403


async def test_a_websocket_needs_the_cookie_and_the_desks_own_page_as_its_origin(client: Client) -> None:
    with pytest.raises(aiohttp.WSServerHandshakeError) as refused:
        await client.ws_connect("/ws")
    assert refused.value.status == 403
    await client.get("/", params={"token": TOKEN}, allow_redirects=False)
    with pytest.raises(aiohttp.WSServerHandshakeError) as refused:
        await client.ws_connect("/ws", origin="http://127.0.0.1:9999")  # another page on this machine
    assert refused.value.status == 403


async def test_behind_a_tls_proxy_the_page_speaks_wss_and_its_websocket_is_let_in() -> None:
    command = DeskCommand("redis://127.0.0.1:6379/0", "show", "pat", "producer")
    desk = WebDesk(command, Gate(TOKEN, port=8080, tls=False), {}, proxied=True)
    async with TestClient(TestServer(desk.app())) as c:
        await c.get("/", params={"token": TOKEN}, allow_redirects=False)
        body = await (await c.get("/", headers={"X-Forwarded-Proto": "https"})).text()
        assert 'data-session-websocket-url="wss://127.0.0.1:' in body
        # The page is https://HOST, this server sees http from the proxy: host and port are what must match.
        with pytest.raises(aiohttp.WSServerHandshakeError) as refused:
            await c.ws_connect("/ws", origin="https://desk.example")
        assert refused.value.status == 403
        assert desk.gate.origin_ok(aiohttp.test_utils.make_mocked_request(
            "GET", "/ws", headers={"Host": "desk.example", "Origin": "https://desk.example"}))  # fmt: skip
    plain = web_desk()  # not behind a proxy: a forged header changes nothing
    async with TestClient(TestServer(plain.app())) as c:
        await c.get("/", params={"token": TOKEN}, allow_redirects=False)
        body = await (await c.get("/", headers={"X-Forwarded-Proto": "https"})).text()
        assert 'data-session-websocket-url="ws://127.0.0.1:' in body


async def test_over_tls_the_cookie_is_secure() -> None:
    gate = Gate(TOKEN, port=8080, tls=True)
    response = aiohttp.web.Response()
    gate._with_cookie(response)
    assert response.cookies[cookie_name(8080)]["secure"]


async def test_the_page_escapes_the_session_name_and_the_address() -> None:
    text = page(title=f"castguard · {HOSTILE}", websocket=f"ws://{HOSTILE}/ws", font_size=16)
    assert HOSTILE not in text and "<script>alert" not in text
    assert text.count("&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;") == 3
    async with TestClient(TestServer(web_desk(name=HOSTILE).app())) as c:
        answer = await c.get("/", params={"token": TOKEN})
        body = await answer.text()
        assert answer.status == 200 and "<script>alert" not in body and "&lt;script&gt;alert(1)" in body
        assert "\u202e" not in body  # no bidi override in the tab's title


def test_the_token_comes_from_the_environment_or_the_config_else_it_is_random(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(TOKEN_ENV, raising=False)
    made, fresh = web_token({})
    again, _ = web_token({})
    assert fresh and len(made) >= 40 and made != again
    assert web_token({"token": TOKEN}) == (TOKEN, False)
    monkeypatch.setenv(TOKEN_ENV, "from-the-environment-0123456789")
    assert web_token({"token": TOKEN}) == ("from-the-environment-0123456789", False)
    monkeypatch.setenv(TOKEN_ENV, "short")
    with pytest.raises(WebError, match="24 to 256"):
        web_token({})


@pytest.mark.parametrize(
    ("text", "host", "port", "loopback"),
    [("127.0.0.1:8080", "127.0.0.1", 8080, True), ("[::1]:0", "::1", 0, True), ("localhost:80", "localhost", 80, True),
     ("0.0.0.0:8080", "0.0.0.0", 8080, False), ("192.0.2.10:443", "192.0.2.10", 443, False)],
)  # fmt: skip
def test_the_address_to_serve_on(text: str, host: str, port: int, loopback: bool) -> None:
    listen = parse_listen(text)
    assert (listen.host, listen.port, listen.loopback) == (host, port, loopback)


@pytest.mark.parametrize("text", ["8080", "127.0.0.1", "127.0.0.1:http", "127.0.0.1:99999", "a b:80", ":80"])
def test_a_bad_address_is_refused(text: str) -> None:
    with pytest.raises(WebError):
        parse_listen(text)


def test_the_desk_processes_get_credentials_in_their_environment_never_their_command_line() -> None:
    command = DeskCommand("redis://10.0.0.5:6379/0", "show", "--role=moderator", "producer", policy="p.toml")
    argv = command.argv(3)
    assert argv[-3:] == ["--", "redis://10.0.0.5:6379/0", "show"]
    assert "--moderator=--role=moderator-web3" in argv and "--role=producer" in argv and "--policy=p.toml" in argv
    env = desk_environment(
        {TOKEN_ENV: TOKEN, "PATH": "/bin"}, {"username": "desk", "password": "s3cret", "ca_file": None}
    )
    assert env == {"PATH": "/bin", "CASTGUARD_REDIS_USERNAME": "desk", "CASTGUARD_REDIS_PASSWORD": "s3cret"}
    assert not any("s3cret" in a or TOKEN in a for a in argv)


async def test_the_access_log_never_holds_the_token(client: Client, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.DEBUG):
        await client.get("/", params={"token": "wrong-" + TOKEN})
        await client.get("/", params={"token": TOKEN})
    assert "GET / 403" in caplog.text and "GET / 303" in caplog.text and TOKEN not in caplog.text


def test_plain_http_on_an_address_other_machines_reach_is_refused_without_the_flag(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CASTGUARD_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    code = main(["join", "redis://127.0.0.1:1/0", "show", "--web", "0.0.0.0:0", "--moderator", "pat"])
    assert code == 2 and "--web-cert" in capsys.readouterr().err
    code = main(["join", "redis://127.0.0.1:1/0", "show", "--web", "127.0.0.1:0", "--standby"])
    assert code == 2 and "--standby" in capsys.readouterr().err
    code = main(["join", "redis://127.0.0.1:1/0", "show", "--web", "127.0.0.1:0", "--web-cert", "c.pem"])
    assert code == 2 and "go together" in capsys.readouterr().err


async def test_the_server_stops_cleanly_on_sigint_and_says_where_to_go_once(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("CASTGUARD_")}
    env.update(CASTGUARD_DATA_DIR=str(tmp_path / "data"), XDG_CONFIG_HOME=str(tmp_path / "config"))
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "castguard", "join", "redis://127.0.0.1:1/0", "show", "--moderator", "pat",
        "--web", "127.0.0.1:0", env=env, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )  # fmt: skip
    assert process.stdout is not None
    first = await asyncio.wait_for(process.stdout.readline(), 60)
    address = (await asyncio.wait_for(process.stdout.readline(), 10)).decode().strip()
    assert b"observer desk of team session show" in first and "?token=" in address
    async with aiohttp.ClientSession() as http:
        assert (await http.get(address.split("?")[0])).status == 403
        assert (await http.get(address, allow_redirects=False)).status == 303
    process.send_signal(2)
    out, err = await asyncio.wait_for(process.communicate(), 20)
    assert process.returncode == 0 and b"web desk stopped" in err
    assert address.split("=")[1].encode() not in out + err


def self_signed(folder: Path) -> tuple[Path, Path]:
    """A certificate for 127.0.0.1 and its key, made on the spot."""
    import datetime as dt
    import ipaddress

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "castguard test")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
        .serial_number(x509.random_serial_number()).not_valid_before(now - dt.timedelta(minutes=1))
        .not_valid_after(now + dt.timedelta(hours=1))
        .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), False)
        .sign(key, hashes.SHA256())
    )  # fmt: skip
    cert_path, key_path = folder / "cert.pem", folder / "key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))  # fmt: skip
    return cert_path, key_path


async def test_over_tls_the_page_speaks_wss_and_the_cookie_is_secure(tmp_path: Path) -> None:
    import ssl

    cert, key = self_signed(tmp_path)
    context = tls_context(str(cert), str(key))
    assert context is not None
    server = TestServer(web_desk(tls=True).app(), scheme="https")
    await server.start_server(ssl=context, **RUNNER_OPTIONS)
    trust = ssl.create_default_context(cafile=str(cert))
    async with TestClient(server, connector=aiohttp.TCPConnector(ssl=trust)) as c:
        answer = await c.get("/", params={"token": TOKEN}, allow_redirects=False)
        assert answer.status == 303 and answer.cookies[cookie_name(8080)]["secure"]
        assert answer.headers["Strict-Transport-Security"].startswith("max-age=")
        c.session.cookie_jar.update_cookies({cookie_name(8080): answer.cookies[cookie_name(8080)].value})
        body = await (await c.get("/")).text()
        assert 'data-session-websocket-url="wss://127.0.0.1:' in body
    with pytest.raises(WebError, match="go together"):
        tls_context(str(cert), None)
    with pytest.raises(WebError, match="--web-cert"):
        tls_context(str(tmp_path / "missing.pem"), str(key))
