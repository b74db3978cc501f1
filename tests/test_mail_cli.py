"""mail-settings, invite and ics on the command line; the password from the credential store."""

from __future__ import annotations

import datetime as dt

import keyring
import pytest
from icalendar import Calendar
from keyring.backend import KeyringBackend
from mail_fixtures import free_port, mail_scene

import main
from model.mail.settings import (
    KEYRING_SERVICE,
    load_mail_settings,
    load_password,
    store_password,
)
from model.mail.transport import SmtpTransport


class MemoryKeyring(KeyringBackend):
    """A credential store in memory, standing in for Windows' Credential Manager."""

    priority = 1

    def __init__(self):
        super().__init__()
        self.store = {}

    def get_password(self, service, username):
        return self.store.get((service, username))

    def set_password(self, service, username, password):
        self.store[(service, username)] = password

    def delete_password(self, service, username):
        self.store.pop((service, username), None)


@pytest.fixture
def memory_keyring(monkeypatch):
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    monkeypatch.delenv("NETZWERKSTATT_SMTP_PASSWORD", raising=False)
    yield backend
    keyring.set_keyring(previous)


def test_mail_settings_are_stored_and_the_password_is_not(db_path, capsys, memory_keyring):
    assert (
        main.main(
            [
                "--db",
                str(db_path),
                "--create",
                "mail-settings",
                "--host",
                "smtp.essen.example",
                "--security",
                "ssl",
                "--user",
                "gs-netzwerk",
                "--from",
                "netzwerk@essen.example",
            ]
        )
        == 0
    )
    assert "smtp.essen.example:465 (ssl)" in capsys.readouterr().out
    from model.core.db import open_database

    db = open_database(db_path)
    settings = load_mail_settings(db)
    assert (settings.host, settings.effective_port(), settings.user) == ("smtp.essen.example", 465, "gs-netzwerk")
    store_password(settings, "geheim-ß")
    assert memory_keyring.store == {(KEYRING_SERVICE, "gs-netzwerk@smtp.essen.example"): "geheim-ß"}
    assert load_password(settings) == "geheim-ß"
    with db.engine.connect() as conn:
        dump = "\n".join(str(row) for row in conn.exec_driver_sql("SELECT * FROM office_profile"))
    assert "geheim" not in dump
    db.dispose()


def test_bad_mail_settings_give_one_german_line(db_path, capsys):
    assert (
        main.main(
            ["--db", str(db_path), "--create", "mail-settings", "--host", "smtp.example", "--from", "kein-absender"]
        )
        == 1
    )
    err = capsys.readouterr().err
    assert err.startswith("Fehler: ") and "Absenderadresse" in err and len(err.strip().splitlines()) == 1


def test_login_uses_the_password_from_the_credential_store(sqlite_db, memory_keyring):
    from aiosmtpd.controller import Controller
    from aiosmtpd.smtp import AuthResult
    from mail_fixtures import Mailbox

    logins = []

    def authenticator(server, session, envelope, mechanism, auth_data):
        logins.append((auth_data.login, auth_data.password))
        return AuthResult(success=auth_data.password == b"richtig", handled=False)

    controller = Controller(
        Mailbox(), hostname="127.0.0.1", port=free_port(), authenticator=authenticator, auth_require_tls=False
    )
    controller.start()
    try:
        from model.mail.settings import MailSettings, save_mail_settings

        save_mail_settings(
            sqlite_db, MailSettings("127.0.0.1", controller.port, "none", "office", "gs@netzwerk.example", 0)
        )
        settings = load_mail_settings(sqlite_db)
        store_password(settings, "falsch")
        from model.core.errors import UserError

        with pytest.raises(UserError, match="Passwort abgelehnt"):
            SmtpTransport(settings, load_password(settings)).open()
        store_password(settings, "richtig")
        with SmtpTransport(settings, load_password(settings)):
            pass
        assert logins[-1] == (b"office", b"richtig")
    finally:
        controller.stop()


def test_invite_dry_run_counts_and_drafts_go_to_a_folder(db_path, capsys, tmp_path):
    from model.core.db import open_database

    db = open_database(db_path)
    event_id, _ = mail_scene(db)
    db.dispose()
    assert (
        main.main(
            ["--db", str(db_path), "invite", "--event", str(event_id), "--list", "Netzwerk", "--send", "--dry-run"]
        )
        == 0
    )
    out = capsys.readouterr().out
    assert "ausgelassen: Jana Schulte (Einwilligung gilt nicht für Einladungen)" in out
    assert (
        "Probelauf: 4 gesendet, 0 übersprungen (bereits gesendet), 3 ausgelassen (Einwilligung), 0 fehlgeschlagen"
        in out
    )
    assert (
        main.main(
            [
                "--db",
                str(db_path),
                "invite",
                "--event",
                str(event_id),
                "--list",
                "Netzwerk",
                "--out",
                str(tmp_path / "Entwürfe"),
            ]
        )
        == 0
    )
    assert "4 Entwürfe geschrieben" in capsys.readouterr().out
    assert len(list((tmp_path / "Entwürfe").glob("*.eml"))) == 4
    assert main.main(["--db", str(db_path), "invite", "--event", str(event_id), "--list", "Gibtsnicht", "--send"]) == 1
    assert "Verteiler »Gibtsnicht« gibt es nicht" in capsys.readouterr().err


def test_ics_for_one_event_and_all_upcoming(db_path, capsys, tmp_path):
    from model.core.db import open_database

    db = open_database(db_path)
    event_id, _ = mail_scene(db)
    db.dispose()
    target = tmp_path / "termin.ics"
    assert main.main(["--db", str(db_path), "ics", "--event", str(event_id), "--out", str(target)]) == 0
    calendar = Calendar.from_ical(target.read_bytes())
    entry = calendar.walk("VEVENT")[0]
    assert str(calendar["METHOD"]) == "REQUEST" and str(entry["SUMMARY"]) == "Netzwerktreffen März 2027"
    assert entry.decoded("DTSTART").tzinfo is not None and entry["DTSTART"].params["TZID"] == "Europe/Berlin"
    upcoming = tmp_path / "alle.ics"
    assert main.main(["--db", str(db_path), "ics", "--upcoming", "--out", str(upcoming)]) == 0
    assert len(Calendar.from_ical(upcoming.read_bytes()).walk("VEVENT")) == 1
    assert main.main(["--db", str(db_path), "ics", "--event", "999", "--out", str(target)]) == 1
    assert "999" in capsys.readouterr().err
    assert dt.date.today() < dt.date(2027, 3, 4)  # the scene's event lies ahead


def test_invitation_drafts_carry_the_agenda_pdf(db_path, capsys, tmp_path):
    from email import policy
    from email.parser import BytesParser

    from model.core.db import open_database

    db = open_database(db_path)
    event_id, _ = mail_scene(db)
    db.dispose()
    assert (
        main.main(
            ["--db", str(db_path), "invite", "--event", str(event_id), "--list", "Netzwerk", "--out", str(tmp_path)]
        )
        == 0
    )
    draft = next(tmp_path.glob("Öztürk-Schäfer*.eml"))
    message = BytesParser(policy=policy.default).parsebytes(draft.read_bytes())
    parts = {part.get_filename(): part for part in message.iter_attachments()}
    assert parts["Tagesordnung.pdf"].get_content().startswith(b"%PDF")
    assert "einladung.ics" in parts


@pytest.fixture(scope="module")
def certificate(tmp_path_factory):
    """A self-signed certificate for 127.0.0.1 (openssl, as on the build machines)."""
    import shutil
    import subprocess

    if shutil.which("openssl") is None:
        pytest.skip("openssl is needed to make a test certificate")
    folder = tmp_path_factory.mktemp("tls")
    key, cert = folder / "key.pem", folder / "cert.pem"
    subprocess.run(
        [
            "openssl",
            "req",
            "-x509",
            "-newkey",
            "ec",
            "-pkeyopt",
            "ec_paramgen_curve:prime256v1",
            "-nodes",
            "-keyout",
            str(key),
            "-out",
            str(cert),
            "-days",
            "2",
            "-subj",
            "/CN=127.0.0.1",
            "-addext",
            "subjectAltName=IP:127.0.0.1",
        ],
        check=True,
        capture_output=True,
    )
    return cert, key


@pytest.mark.parametrize("security", ["starttls", "ssl"])
def test_mail_goes_over_tls_and_an_untrusted_certificate_is_refused(sqlite_db, certificate, security):
    import ssl

    from aiosmtpd.controller import Controller
    from mail_fixtures import Mailbox

    from model.core.errors import UserError
    from model.mail.invitations import CHANNEL_SMTP, run_mailing, select_recipients
    from model.mail.settings import MailSettings, save_mail_settings

    cert, key = certificate
    server_context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    server_context.load_cert_chain(cert, key)
    mailbox = Mailbox()
    port = free_port()
    options = (
        {"ssl_context": server_context}
        if security == "ssl"
        else {"tls_context": server_context, "require_starttls": True}
    )
    controller = Controller(mailbox, hostname="127.0.0.1", port=port, **options)
    controller.start()
    try:
        event_id, _ = mail_scene(sqlite_db)
        save_mail_settings(sqlite_db, MailSettings("127.0.0.1", port, security, None, "gs@netzwerk.example", 0))
        settings = load_mail_settings(sqlite_db)
        with pytest.raises(UserError, match="nicht vertrauenswürdig"):  # self-signed: not trusted by default
            SmtpTransport(settings, None, timeout=5).open()
        trusting = ssl.create_default_context(cafile=str(cert))
        with SmtpTransport(settings, None, timeout=5, context=trusting) as transport:
            result = run_mailing(
                sqlite_db,
                event_id,
                select_recipients(sqlite_db, list_name="Netzwerk"),
                channel=CHANNEL_SMTP,
                transport=transport,
            )
        assert len(result.sent) == 4 and len(mailbox.raw) == 4
    finally:
        controller.stop()


def test_sending_without_a_mail_server_says_where_to_set_it_up(sqlite_db):
    from model.core.errors import UserError

    settings = load_mail_settings(sqlite_db)
    assert not settings.host
    with pytest.raises(UserError, match=r"kein Mailserver eingerichtet.*Einstellungen › E-Mail"):
        SmtpTransport(settings, None).open()
