"""Shortens the long import and export names that wasm-bindgen writes (e.g.
`__wbg_addEventListener_847fd86b8c33ec43`) in the wasm and in its JS glue alike: the hashes in
them do not compress. Also drops the toolchain's metadata sections. Used by post_build.py on
release builds.

Why own code, measured 2026-11-29 on the first page (KB = 1024 bytes, as the size report):
it saves 5.2 KB gzip of the first load (wasm 142.5 -> 139.3 KB, glue 5.7 -> 3.6 KB; 171.7 ->
166.5 KB in all, over and under the 170 KB budget). wasm-opt's `--minify-imports-and-exports` renames the wasm side only, so the
glue wasm-bindgen wrote would no longer find its imports; no tool of the stack renames both."""
import re


def _leb(data: bytes, i: int):
    value = shift = 0
    while True:
        byte = data[i]
        i += 1
        value |= (byte & 0x7F) << shift
        shift += 7
        if byte < 0x80:
            return value, i


def _enc(value: int) -> bytes:
    out = bytearray()
    while True:
        byte = value & 0x7F
        value >>= 7
        out.append(byte | (0x80 if value else 0))
        if not value:
            return bytes(out)


def _name(data: bytes, i: int):
    n, i = _leb(data, i)
    return data[i : i + n].decode(), i + n


def _str(s: str) -> bytes:
    b = s.encode()
    return _enc(len(b)) + b


def _renamed(old: str, table: dict) -> str:
    # Only wasm-bindgen's own long names; `memory`, `__wbindgen_start` and the like stay.
    if len(old) < 24 or not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", old):
        return old
    return table.setdefault(old, f"_{len(table):x}")


def shorten(wasm: bytes, js: str):
    """The wasm and the glue with every long import and export name shortened consistently,
    and without the `producers` and `target_features` sections."""
    table: dict = {}
    out = bytearray(wasm[:8])
    i = 8
    while i < len(wasm):
        sid = wasm[i]
        size, body = _leb(wasm, i + 1)
        end = body + size
        if sid == 0 and _name(wasm, body)[0] in ("producers", "target_features"):
            pass  # tool metadata, of no use to a browser
        elif sid in (2, 7):  # import, export
            count, j = _leb(wasm, body)
            new = bytearray(_enc(count))
            for _ in range(count):
                if sid == 2:
                    module, j = _name(wasm, j)
                    field, k = _name(wasm, j)
                    new += _str(module) + _str(_renamed(field, table))
                else:
                    field, k = _name(wasm, j)
                    new += _str(_renamed(field, table))
                j = _skip_desc(wasm, k, sid)
                new += wasm[k:j]
            assert j == end, "unexpected import/export section layout"
            out += bytes([sid]) + _enc(len(new)) + new
        else:
            out += wasm[i:end]
        i = end
    for old, short in table.items():
        js, n = re.subn(rf"\b{old}\b", short, js)
        if n == 0:
            raise SystemExit(f"post_build: {old} not found in the JS glue")
    return bytes(out), js


def _skip_desc(data: bytes, k: int, sid: int) -> int:
    kind = data[k]
    k += 1
    if sid == 7:
        return _leb(data, k)[1]
    if kind == 0:  # function: type index
        return _leb(data, k)[1]
    if kind == 1:  # table: reftype + limits
        k += 1
    if kind in (1, 2):  # limits
        flags = data[k]
        k = _leb(data, k + 1)[1]
        return _leb(data, k)[1] if flags & 1 else k
    if kind == 3:  # global: valtype + mutability
        return k + 2
    raise SystemExit(f"post_build: unknown import kind {kind}")
