"""A local Web Push service for the push reminder tests: it holds one browser's subscription keys, takes the server's
pushes, checks each one's VAPID signature (RFC 8292, with `cryptography`) and decrypts it (RFC 8291, with
`http_ece`), the way a real push service and browser would.

Prints one JSON line: {"port": ..., "p256dh": ..., "auth": ...} (the subscription's keys, base64url). Each push to
/push/NAME is answered 201 and written to DIR as NNN.json with its headers, the VAPID check and the decrypted text;
a push to /gone/NAME is answered 410 (the browser unsubscribed). SIGTERM ends it.
Usage: python3 push_service.py DIR
"""
import base64
import json
import os
import signal
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import http_ece
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.utils import encode_dss_signature

signal.signal(signal.SIGTERM, signal.SIG_DFL)
FOLDER = sys.argv[1]
os.makedirs(FOLDER, exist_ok=True)
browser_key = ec.generate_private_key(ec.SECP256R1())
auth_secret = os.urandom(16)
lock = threading.Lock()
count = 0


def b64(data):
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def unb64(text):
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def check_vapid(header, audience):
    """Checks `vapid t=JWT, k=KEY`: ES256 signature by KEY, the audience, a subject; returns the problems."""
    problems = []
    try:
        fields = dict(part.strip().split("=", 1) for part in header[len("vapid "):].split(","))
        token, key = fields["t"], unb64(fields["k"])
        head, claims, signature = token.split(".")
        public = ec.EllipticCurvePublicKey.from_encoded_point(ec.SECP256R1(), key)
        raw = unb64(signature)
        der = encode_dss_signature(int.from_bytes(raw[:32], "big"), int.from_bytes(raw[32:], "big"))
        public.verify(der, f"{head}.{claims}".encode(), ec.ECDSA(hashes.SHA256()))
        if json.loads(unb64(head)) != {"typ": "JWT", "alg": "ES256"}:
            problems.append("the JWT header is not ES256")
        body = json.loads(unb64(claims))
        if body.get("aud") != audience:
            problems.append(f"the audience is {body.get('aud')}, not {audience}")
        if not str(body.get("sub", "")).startswith(("mailto:", "https:")):
            problems.append("the subject is not mailto: or https:")
        if not isinstance(body.get("exp"), int):
            problems.append("no expiry")
    except Exception as error:  # noqa: BLE001 - any failure is a failed check
        problems.append(f"the VAPID header does not verify: {error!r}")
    return problems


class Push(BaseHTTPRequestHandler):
    def do_POST(self):
        global count
        body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
        if self.path.startswith("/gone/"):
            self.send_response(410)
            self.end_headers()
            return
        record = {"path": self.path, "headers": {k.lower(): v for k, v in self.headers.items()}}
        record["vapid_problems"] = check_vapid(self.headers.get("Authorization", ""), f"http://127.0.0.1:{self.server.server_port}")
        try:
            record["text"] = http_ece.decrypt(body, private_key=browser_key, auth_secret=auth_secret, version="aes128gcm").decode()
        except Exception as error:  # noqa: BLE001
            record["decrypt_error"] = repr(error)
        with lock:
            count += 1
            path = os.path.join(FOLDER, f"{count:03d}.json")
        with open(path + ".part", "w") as file:
            json.dump(record, file)
        os.rename(path + ".part", path)
        self.send_response(201)
        self.end_headers()

    def log_message(self, *arguments):
        pass


server = ThreadingHTTPServer(("127.0.0.1", 0), Push)
public = browser_key.public_key().public_bytes(serialization.Encoding.X962, serialization.PublicFormat.UncompressedPoint)
print(json.dumps({"port": server.server_port, "p256dh": b64(public), "auth": b64(auth_secret)}), flush=True)
server.serve_forever()
