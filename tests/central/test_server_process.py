"""The schema migrations, and `desk-central serve` as a real process on loopback."""

from __future__ import annotations

import os
import re
import subprocess
import sys

import httpx
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from desk_app.central.db import Database
from desk_app.central.models import Base

CENTRAL = [sys.executable, "-m", "desk_app.central"]


def test_migrations_build_exactly_the_models_and_run_twice(db_url):
    db = Database(db_url)
    db.migrate()
    db.migrate()
    with db.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    db.dispose()
    assert diff == []


def test_serve_on_port_0_prints_the_bound_port(tmp_path):
    env = {**os.environ, "DESK_CENTRAL_ADMIN_TOKEN": "process-admin-token-0001"}
    proc = subprocess.Popen([*CENTRAL, "serve", "--port", "0", "--data-dir", str(tmp_path)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    try:
        line = proc.stdout.readline()
        m = re.fullmatch(r"desk-central listening on (http://127\.0\.0\.1:(\d+))\n", line)
        assert m, line
        base = m.group(1)
        assert httpx.get(f"{base}/api/v1/health").json() == {"status": "ok"}
        spec = httpx.get(f"{base}/openapi.json").json()
        assert spec["paths"]["/api/v1/push"]["post"]["requestBody"]
        assert {"PushRequest", "EventIn", "AuditEntryIn", "PushResponse"} <= set(spec["components"]["schemas"])
        r = httpx.get(f"{base}/api/v1/stats/counts", headers={"X-Admin-Token": "process-admin-token-0001"})
        assert r.status_code == 200 and r.json() == []
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    assert (tmp_path / "central.sqlite3").exists()


def test_serve_refuses_plain_http_on_a_public_address(tmp_path):
    r = subprocess.run([*CENTRAL, "serve", "--host", "0.0.0.0", "--port", "0", "--data-dir", str(tmp_path)],
                       capture_output=True, text=True, timeout=30)
    assert r.returncode == 1 and r.stdout == ""
    assert r.stderr.startswith("错误：") and "HTTPS" in r.stderr and r.stderr.count("\n") == 1


def _self_signed(tmp_path):
    import datetime as dt

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")])
    now = dt.datetime.now(dt.UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(now - dt.timedelta(minutes=1))
            .not_valid_after(now + dt.timedelta(days=1))
            .add_extension(x509.SubjectAlternativeName([x509.DNSName("localhost")]), critical=False)
            .sign(key, hashes.SHA256()))
    certfile, keyfile = tmp_path / "cert.pem", tmp_path / "key.pem"
    certfile.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    keyfile.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                          serialization.NoEncryption()))
    return certfile, keyfile


def test_serve_https(tmp_path):
    import ssl

    certfile, keyfile = _self_signed(tmp_path)
    proc = subprocess.Popen([*CENTRAL, "serve", "--port", "0", "--data-dir", str(tmp_path),
                             "--certfile", str(certfile), "--keyfile", str(keyfile)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        line = proc.stdout.readline()
        port = re.fullmatch(r"desk-central listening on https://127\.0\.0\.1:(\d+)\n", line).group(1)
        ctx = ssl.create_default_context(cafile=str(certfile))
        r = httpx.get(f"https://localhost:{port}/api/v1/health", verify=ctx)
        assert r.json() == {"status": "ok"}
    finally:
        proc.terminate()
        proc.wait(timeout=10)
