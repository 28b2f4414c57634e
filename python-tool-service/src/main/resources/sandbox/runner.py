"""InsightX sandbox runner: runs one request in a namespace and answers with one result.

Imported once by the zygote (zygote.py), which keeps pandas, numpy and matplotlib loaded and forks a kernel per
conversation; each kernel calls `execute` once per request with its own namespace, so variables persist between
requests of the same kernel. Whatever the code writes to file descriptors 1 and 2 lands in capped files under
the kernel's work directory that are read back into stdout and stderr.
"""
import ast
import base64
import datetime
import decimal
import io
import json
import linecache
import math
import os
import sys
import traceback

import numpy as np
import pandas as pd
import matplotlib

matplotlib.use("Agg")
import matplotlib.colors
import matplotlib.image
import matplotlib.pyplot as plt
import matplotlib.transforms
from matplotlib.backends.backend_agg import FigureCanvasAgg

FILENAME = "<analysis>"
WORK = os.environ.get("INSIGHTX_WORKDIR", "/work")
CAPTURE = os.path.join(WORK, ".insightx")
PROVIDED = {"pd": pd, "np": np, "plt": plt}
MAX_VARIABLES = 100
MAX_ROWS = int(os.environ.get("INSIGHTX_MAX_ROWS", "10000"))
MAX_FIGURES = int(os.environ.get("INSIGHTX_MAX_FIGURES", "10"))
OUTPUT_CAP = int(os.environ.get("INSIGHTX_OUTPUT_CAP", "65536"))
TEMPORAL = ("DATE", "TIMESTAMP", "TIME")
NUMERIC = ("TINYINT", "SMALLINT", "INTEGER", "BIGINT", "HUGEINT", "FLOAT", "DOUBLE", "DECIMAL", "REAL",
           "UTINYINT", "USMALLINT", "UINTEGER", "UBIGINT")
_tables = []


def show_table(df, name=None):
    """Marks a DataFrame (or Series) for output; it reaches the caller in `tables`."""
    _tables.append({"name": name or "table_%d" % (len(_tables) + 1), **frame(as_frame(df))})
    return df


def as_frame(value):
    if isinstance(value, pd.Series):
        value = value.to_frame(name=value.name if value.name is not None else "value")
    if not isinstance(value.index, pd.RangeIndex) or value.index.name is not None:
        value = value.reset_index()
    return value


def frame(df):
    shown = df.head(MAX_ROWS)
    columns = [{"name": column_name(c), "type": str(t)} for c, t in zip(shown.columns, shown.dtypes)]
    rows = [[to_json(v) for v in row] for row in shown.itertuples(index=False, name=None)]
    return {"columns": columns, "rows": rows, "rowCount": int(len(df)), "truncated": len(df) > MAX_ROWS}


def column_name(c):
    return " / ".join(str(p) for p in c) if isinstance(c, tuple) else str(c)


def to_json(v, depth=0):
    if depth > 20:
        return repr(v)[:1000]
    if v is None or isinstance(v, (bool, str)):
        return v
    if is_plot(v):
        return None  # a plot's handle: the picture itself is in `figures`
    if isinstance(v, (np.generic,)):
        v = v.item()
        if isinstance(v, (bytes, np.generic)):
            return repr(v)
    if isinstance(v, bool) or isinstance(v, int):
        return v
    if isinstance(v, float):
        return None if math.isnan(v) or math.isinf(v) else v
    if isinstance(v, decimal.Decimal):
        return to_json(float(v))
    if v is pd.NaT:
        return None
    if isinstance(v, (pd.Timestamp, datetime.datetime, datetime.date, datetime.time)):
        return v.isoformat()
    if isinstance(v, (pd.Timedelta, datetime.timedelta)):
        return str(v)
    if isinstance(v, (pd.DataFrame, pd.Series)):
        return frame(as_frame(v))
    if isinstance(v, (np.ndarray, pd.Index)):
        return [to_json(x, depth + 1) for x in list(v)[:MAX_ROWS]]
    if isinstance(v, dict):
        return {str(k): to_json(x, depth + 1) for k, x in list(v.items())[:MAX_ROWS]}
    if isinstance(v, (list, tuple, set, frozenset)):
        return [to_json(x, depth + 1) for x in list(v)[:MAX_ROWS]]
    try:
        if pd.isna(v):
            return None
    except (TypeError, ValueError):
        pass
    return repr(v)[:10000]


def is_plot(v):
    if isinstance(v, (list, tuple)) and v:
        v = v[0]
    return isinstance(v, (matplotlib.artist.Artist, matplotlib.figure.Figure))


def input_frame(spec):
    """An input given as rows, or as a whole CSV file ({format: csv, data: base64}, with sql-tool's columns)."""
    columns = spec.get("columns") or []
    names = [c["name"] if isinstance(c, dict) else str(c) for c in columns]
    if spec.get("format") == "csv":
        raw = base64.b64decode(spec.get("data") or "", validate=True)
        df = pd.read_csv(io.BytesIO(raw), dtype=str, keep_default_na=False, na_values=[""]) if raw else \
            pd.DataFrame(columns=names)
    else:
        df = pd.DataFrame(spec.get("rows") or [], columns=names)
    for c in columns:
        kind = str(c.get("type", "")).upper() if isinstance(c, dict) else ""
        if kind.startswith(TEMPORAL) and not kind.startswith("TIME "):
            df[c["name"]] = pd.to_datetime(df[c["name"]], errors="coerce")
        elif kind.startswith(NUMERIC):
            df[c["name"]] = pd.to_numeric(df[c["name"]], errors="coerce")
    return df


def capped(name):
    path = os.path.join(CAPTURE, name)
    try:
        size = os.path.getsize(path)
        with open(path, "rb") as f:
            data = f.read(OUTPUT_CAP)
    except OSError:
        return ""
    text = data.decode("utf-8", errors="replace")
    if size > OUTPUT_CAP:
        text += "\n…[output truncated: %d more bytes]" % (size - OUTPUT_CAP)
    return text


DPI = 100
# zlib's fastest level: the same pixels (PNG is lossless) in about a quarter more bytes, 2 ms less per chart.
PNG = {"compress_level": 1}


def figures():
    out = []
    for number in plt.get_fignums()[:MAX_FIGURES]:
        figure = plt.figure(number)
        png = tight_png(figure)
        if png is None:
            buf = io.BytesIO()
            figure.savefig(buf, format="png", dpi=DPI, bbox_inches="tight", pil_kwargs=dict(PNG))
            png = buf.getvalue()
        out.append({"format": "png", "data": base64.b64encode(png).decode("ascii")})
    plt.close("all")
    return out


def tight_png(figure):
    """What savefig(dpi=100, bbox_inches="tight") draws, in one drawing pass instead of two: the figure drawn once
    at its own size, then cut to its padded tight box (a whole-pixel cut where matplotlib shifts by a fraction, so
    only the antialiasing of some edges differs). None when that cannot give the same picture: another dpi, savefig
    colours set, or something drawn outside the figure (then savefig's own two passes)."""
    settings = matplotlib.rcParams
    if not isinstance(figure.canvas, FigureCanvasAgg) or figure.dpi != DPI or settings["savefig.transparent"] or any(
            str(settings[k]) != "auto" for k in ("savefig.facecolor", "savefig.edgecolor")):
        return None
    figure.canvas.draw()
    tight = tight_bbox(figure, figure.canvas.get_renderer())
    width, height = figure.canvas.get_width_height()
    if not np.isfinite(tight.bounds).all() or tight.x0 < 0 or tight.y0 < 0 or tight.x1 * DPI > width \
            or tight.y1 * DPI > height:
        return None
    box = tight.padded(settings["savefig.pad_inches"])
    w, h = int(box.width * DPI), int(box.height * DPI)
    left, bottom = round(box.x0 * DPI), round(height - box.y0 * DPI)
    top = bottom - h
    # The padding may reach past the figure's edge: there the picture is the figure's background.
    out = np.empty((h, w, 4), np.uint8)
    out[:] = [round(c * 255) for c in matplotlib.colors.to_rgba(figure.get_facecolor())]
    r0, r1, c0, c1 = max(top, 0), min(bottom, height), max(left, 0), min(left + w, width)
    out[r0 - top:r1 - top, c0 - left:c1 - left] = np.asarray(figure.canvas.buffer_rgba())[r0:r1, c0:c1]
    buf = io.BytesIO()
    matplotlib.image.imsave(buf, out, format="png", dpi=DPI, pil_kwargs=dict(PNG))
    return buf.getvalue()


def tight_bbox(figure, renderer):
    """What figure.get_tightbbox(renderer) answers (in inches), with each Axes measured once: matplotlib unites the
    boxes of the figure's default extra artists, the Axes among them, and then measures every visible Axes again
    (the same box, and most of the cost)."""
    artists = figure.get_default_bbox_extra_artists()
    boxes = [a.get_tightbbox(renderer) for a in artists]
    boxes += [ax.get_tightbbox(renderer) for ax in figure.axes if ax.get_visible() and ax not in artists]
    boxes = [b for b in boxes if b is not None and np.isfinite(b.width) and np.isfinite(b.height)
             and (b.width != 0 or b.height != 0)]
    if not boxes:
        return figure.bbox_inches
    return matplotlib.transforms.TransformedBbox(matplotlib.transforms.Bbox.union(boxes),
                                                 figure.dpi_scale_trans.inverted())


def describe_error(e):
    frames = [f for f in traceback.extract_tb(e.__traceback__) if f.filename == FILENAME]
    lines = ["Traceback (most recent call last):\n"] + traceback.format_list(frames)
    lines += traceback.format_exception_only(type(e), e)
    message = str(e)
    if isinstance(e, SyntaxError):
        message = "%s (line %s)" % (e.msg, e.lineno)
    return {"type": type(e).__name__, "message": message, "traceback": "".join(lines)}


def new_namespace():
    return {"__name__": "__main__", **PROVIDED, "show_table": show_table}


def run(request, namespace):
    code = request.get("code") or ""
    namespace.pop("result", None)
    for name, spec in (request.get("inputs") or {}).items():
        namespace[name] = input_frame(spec)
    linecache.cache[FILENAME] = (len(code), None, code.splitlines(True), FILENAME)
    tree = ast.parse(code, FILENAME, "exec")
    last = tree.body.pop() if tree.body and isinstance(tree.body[-1], ast.Expr) else None
    exec(compile(tree, FILENAME, "exec"), namespace)
    value = eval(compile(ast.Expression(last.value), FILENAME, "eval"), namespace) if last else None
    return namespace["result"] if "result" in namespace else value


def variables(namespace):
    """What the kernel holds for the next request: the user's names, with type and shape (never values)."""
    out = []
    for name, value in namespace.items():
        if name.startswith("_") or name in PROVIDED or name == "show_table" or callable(value) \
                or type(value).__name__ == "module":
            continue
        shape = getattr(value, "shape", None)
        if not isinstance(shape, tuple):
            shape = (len(value),) if isinstance(value, (list, tuple, dict, set, str)) else None
        out.append({"name": name, "type": type(value).__name__,
                    "shape": [int(n) for n in shape] if shape is not None else None})
        if len(out) >= MAX_VARIABLES:
            break
    return out


def _redirect(fd, name):
    target = os.open(os.path.join(CAPTURE, name), os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    os.dup2(target, fd)
    os.close(target)


def execute(request, namespace):
    """Runs one request in `namespace` and returns the answer as one line of JSON."""
    os.makedirs(CAPTURE, exist_ok=True)
    _tables.clear()
    _redirect(1, "stdout")
    _redirect(2, "stderr")
    # The previous request may have closed or replaced them.
    sys.stdout = open(1, "w", encoding="utf-8", errors="replace", closefd=False)
    sys.stderr = open(2, "w", encoding="utf-8", errors="replace", closefd=False)
    outcome = {"status": "ok", "result": None, "error": None}
    try:
        outcome["result"] = to_json(run(request, namespace))
    except MemoryError as e:
        outcome.update(status="killed", error={"type": "MemoryError", "message": "The memory limit was reached.",
                                               "traceback": describe_error(e)["traceback"]})
    except BaseException as e:  # SystemExit and KeyboardInterrupt are the user's failures too
        outcome.update(status="error", error=describe_error(e))
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except Exception:
            pass
    try:
        outcome["figures"] = figures()
    except BaseException as e:
        outcome["figures"] = []
        if outcome["error"] is None:
            outcome.update(status="error", error=describe_error(e))
    outcome["tables"] = list(_tables)
    outcome["variables"] = variables(namespace)
    outcome["stdout"] = capped("stdout")
    outcome["stderr"] = capped("stderr")
    try:
        return json.dumps(outcome, allow_nan=False, default=repr)
    except ValueError as e:
        outcome.update(status="error", result=None, tables=[], error=describe_error(e))
        return json.dumps(outcome, default=repr)
