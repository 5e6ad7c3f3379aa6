"""A local SMTP server (aiosmtpd) that keeps every message it is given, for the email reminder tests.

Listens on a free loopback port and prints it on the first line of standard output; writes each message received
to DIR as NNN.eml (the envelope's recipients on its first line as "To-envelope: ..."). SIGTERM ends it.
Usage: python3 smtp_sink.py DIR
"""
import os
import signal
import socket
import sys
import threading
import time

from aiosmtpd.controller import Controller

# A parent that ignores SIGTERM passes that on: take the default back, so SIGTERM ends this server.
signal.signal(signal.SIGTERM, signal.SIG_DFL)
FOLDER = sys.argv[1]
os.makedirs(FOLDER, exist_ok=True)
count = 0
lock = threading.Lock()


class Keep:
    async def handle_DATA(self, server, session, envelope):
        global count
        with lock:
            count += 1
            path = os.path.join(FOLDER, f"{count:03d}.eml")
        with open(path + ".part", "wb") as file:
            file.write(("To-envelope: " + ", ".join(envelope.rcpt_tos) + "\r\n").encode())
            file.write(("From-envelope: " + envelope.mail_from + "\r\n").encode())
            file.write(envelope.original_content or envelope.content)
        os.rename(path + ".part", path)
        return "250 Message accepted for delivery"


probe = socket.socket()
probe.bind(("127.0.0.1", 0))
port = probe.getsockname()[1]
probe.close()
controller = Controller(Keep(), hostname="127.0.0.1", port=port)
controller.start()
print(port, flush=True)
# SIGTERM's default action ends the process, and the server thread with it.
while True:
    time.sleep(3600)
