"""REST API integration: page through /users, normalise the records, write out/users.csv.

With API_BASE_URL unset, a local stub server answers from stub/ (so the pipeline runs offline);
set API_BASE_URL (and API_TOKEN, from your CI's secret store, never from a file) for the real API.
"""
import csv
import json
import os
import sys
import threading
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlparse


class Stub(BaseHTTPRequestHandler):
    def do_GET(self):
        url = urlparse(self.path)
        page = parse_qs(url.query).get("page", ["1"])[0]
        body = Path(f"stub/users-page-{page}.json")
        if url.path != "/users" or not body.exists():
            self.send_error(404)
            return
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        self.wfile.write(body.read_bytes())

    def log_message(self, *args):
        pass


def fetch_all(base_url, token=None):
    records, page = [], 1
    while page:
        request = urllib.request.Request(f"{base_url}/users?page={page}")
        # runlens hands each step its trace context; passing it on links the API's spans to this run.
        if os.environ.get("TRACEPARENT"):
            request.add_header("traceparent", os.environ["TRACEPARENT"])
        if token:
            request.add_header("Authorization", f"Bearer {token}")
        with urllib.request.urlopen(request, timeout=10) as response:
            body = json.load(response)
        records += body["data"]
        page = body["next_page"]
    return records


def normalise(record):
    return {"id": record["id"], "name": record["name"].strip(), "email": record["email"].lower(), "active": str(record["active"]).lower()}


def main(out="out/users.csv"):
    print(f"trace context: {os.environ.get('TRACEPARENT', '(none: not run by runlens)')}")
    base_url, server = os.environ.get("API_BASE_URL"), None
    if not base_url:
        server = ThreadingHTTPServer(("127.0.0.1", 0), Stub)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        base_url = f"http://127.0.0.1:{server.server_address[1]}"
    try:
        rows = [normalise(r) for r in fetch_all(base_url, os.environ.get("API_TOKEN"))]
    finally:
        if server:
            server.shutdown()
    Path(out).parent.mkdir(parents=True, exist_ok=True)
    with open(out, "w", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=["id", "name", "email", "active"], lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    print(f"{len(rows)} users from {'the stub' if server else base_url} -> {out}")


if __name__ == "__main__":
    main(*sys.argv[1:])
