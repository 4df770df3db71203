"""Static server for the e2e tests: serves a folder on 127.0.0.1 with the right wasm MIME type.

Usage: serve.py PORT ROOT [--csp]. With --csp every response carries the strict
Content-Security-Policy partner portals use, so tests can prove the app needs nothing more.
"""
import functools
import http.server
import sys

STRICT_CSP = ("default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; "
              "style-src 'self'; img-src 'self' data:")

port, root = int(sys.argv[1]), sys.argv[2]
csp = "--csp" in sys.argv[3:]


class Handler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map,
                      ".wasm": "application/wasm", ".js": "text/javascript"}

    def end_headers(self):
        # Public static files: a sandboxed iframe (opaque origin) must be able to load the module scripts.
        self.send_header("Access-Control-Allow-Origin", "*")
        if csp:
            self.send_header("Content-Security-Policy", STRICT_CSP)
        super().end_headers()

    def log_message(self, *args):
        pass


http.server.ThreadingHTTPServer(("127.0.0.1", port), functools.partial(Handler, directory=root)).serve_forever()
