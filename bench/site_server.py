#!/usr/bin/env python3
"""Serves a pre-generated directory (bench/synthetic_site.py's output) on loopback for the ingestion benchmark.

  site_server.py DIR PORT

Why not `python3 -m http.server`: it answers a directory URL without its trailing slash with a 301 (the scraper's
canonical URLs drop the slash, so every article page cost two requests), closes the connection after each response
(HTTP/1.0), and stats and reads the file per request, all on the same two cores the scraper measures itself on. This
one reads every file into memory once, answers `/a/b`, `/a/b/` and `/a/b/index.html` alike with 200, keeps connections
alive (HTTP/1.1) and does nothing else: GET and HEAD only, no ranges, no validators.
"""
import asyncio, mimetypes, os, sys, urllib.parse

TYPES = {".html": "text/html; charset=utf-8", ".xml": "application/rss+xml; charset=utf-8", ".txt": "text/plain; charset=utf-8"}


def load(root):
    files = {}
    for base, _, names in os.walk(root):
        for name in names:
            full = os.path.join(base, name)
            rel = "/" + os.path.relpath(full, root).replace(os.sep, "/")
            ext = os.path.splitext(name)[1]
            ctype = TYPES.get(ext) or mimetypes.guess_type(name)[0] or "application/octet-stream"
            entry = (open(full, "rb").read(), ctype.encode())
            files[rel] = entry
            if name == "index.html":
                directory = rel[: -len("index.html")]
                files[directory] = entry                      # /a/b/
                files[directory.rstrip("/") or "/"] = entry   # /a/b
    return files


def response(status, body, ctype, head, keep):
    lines = [f"HTTP/1.1 {status}".encode(), b"Content-Type: " + ctype, f"Content-Length: {len(body)}".encode(),
             b"Connection: keep-alive" if keep else b"Connection: close"]
    return b"\r\n".join(lines) + b"\r\n\r\n" + (b"" if head else body)


async def serve(files, reader, writer):
    try:
        while True:
            try:
                request = await reader.readuntil(b"\r\n\r\n")
            except (asyncio.IncompleteReadError, asyncio.LimitOverrunError, ConnectionError):
                break
            lines = request.decode("latin-1").split("\r\n")
            parts = lines[0].split(" ")
            headers = {k.strip().lower(): v.strip() for k, _, v in (h.partition(":") for h in lines[1:] if h)}
            keep = headers.get("connection", "").lower() != "close" and (len(parts) < 3 or parts[2] != "HTTP/1.0")
            if len(parts) < 2 or parts[0] not in ("GET", "HEAD"):
                writer.write(response("405 Method Not Allowed", b"", b"text/plain", False, False))
                break
            path = urllib.parse.unquote(urllib.parse.urlsplit(parts[1]).path)
            found = files.get(path)
            if found is None:
                writer.write(response("404 Not Found", b"not found\n", b"text/plain", parts[0] == "HEAD", keep))
            else:
                writer.write(response("200 OK", found[0], found[1], parts[0] == "HEAD", keep))
            await writer.drain()
            if not keep:
                break
    finally:
        writer.close()


async def main():
    root, port = sys.argv[1], int(sys.argv[2])
    files = load(root)
    server = await asyncio.start_server(lambda r, w: serve(files, r, w), "127.0.0.1", port, backlog=256)
    print(f"serving {len(files)} paths from {root} on 127.0.0.1:{port}", flush=True)
    async with server:
        await server.serve_forever()


if __name__ == "__main__":
    asyncio.run(main())
