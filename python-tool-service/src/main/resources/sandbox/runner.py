"""InsightX sandbox runner.

Started inside the sandbox, it imports pandas, numpy and matplotlib once, prints READY and waits. It then reads
one request (JSON) from stdin, runs the code, prints one result (JSON) and exits: every interpreter serves a single
execution. Whatever the code writes to file descriptors 1 and 2 lands in capped files that are read back into
stdout and stderr; the result travels on a private copy of the original stdout.
"""
import os
import sys

WORK = os.environ.get("INSIGHTX_WORKDIR", "/work")
CAPTURE = os.path.join(WORK, ".insightx")
os.makedirs(CAPTURE, exist_ok=True)
_proto = os.fdopen(os.dup(1), "w", encoding="utf-8")


def _redirect(fd, name):
    target = os.open(os.path.join(CAPTURE, name), os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    os.dup2(target, fd)
    os.close(target)


# Warnings printed while importing are not the user's: keep them out of the user's stderr.
_redirect(2, "warm.log")

# A fresh sandbox has no matplotlib font cache; building one costs a second, so start from the service's copy.
if os.environ.get("INSIGHTX_MPL_SEED"):
    import shutil
    shutil.copytree(os.environ["INSIGHTX_MPL_SEED"], os.path.join(CAPTURE, "mpl"))
    os.environ["MPLCONFIGDIR"] = os.path.join(CAPTURE, "mpl")

import ast  # noqa: E402
import base64  # noqa: E402
import datetime  # noqa: E402
import decimal  # noqa: E402
import io  # noqa: E402
import json  # noqa: E402
import linecache  # noqa: E402
import math  # noqa: E402
import traceback  # noqa: E402

import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
import matplotlib  # noqa: E402

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402

FILENAME = "<analysis>"
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
    columns = spec.get("columns") or []
    names = [c["name"] if isinstance(c, dict) else str(c) for c in columns]
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


def figures():
    out = []
    for number in plt.get_fignums()[:MAX_FIGURES]:
        buf = io.BytesIO()
        plt.figure(number).savefig(buf, format="png", dpi=100, bbox_inches="tight")
        out.append({"format": "png", "data": base64.b64encode(buf.getvalue()).decode("ascii")})
    plt.close("all")
    return out


def describe_error(e):
    frames = [f for f in traceback.extract_tb(e.__traceback__) if f.filename == FILENAME]
    lines = ["Traceback (most recent call last):\n"] + traceback.format_list(frames)
    lines += traceback.format_exception_only(type(e), e)
    message = str(e)
    if isinstance(e, SyntaxError):
        message = "%s (line %s)" % (e.msg, e.lineno)
    return {"type": type(e).__name__, "message": message, "traceback": "".join(lines)}


def run(request):
    code = request.get("code") or ""
    namespace = {"__name__": "__main__", "pd": pd, "np": np, "plt": plt, "show_table": show_table}
    for name, spec in (request.get("inputs") or {}).items():
        namespace[name] = input_frame(spec)
    linecache.cache[FILENAME] = (len(code), None, code.splitlines(True), FILENAME)
    tree = ast.parse(code, FILENAME, "exec")
    last = tree.body.pop() if tree.body and isinstance(tree.body[-1], ast.Expr) else None
    exec(compile(tree, FILENAME, "exec"), namespace)
    value = eval(compile(ast.Expression(last.value), FILENAME, "eval"), namespace) if last else None
    return namespace["result"] if "result" in namespace else value


def main():
    _proto.write("READY\n")
    _proto.flush()
    request = json.loads(sys.stdin.read() or "{}")
    _redirect(1, "stdout")
    _redirect(2, "stderr")
    outcome = {"status": "ok", "result": None, "error": None}
    try:
        outcome["result"] = to_json(run(request))
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
    outcome["tables"] = _tables
    outcome["stdout"] = capped("stdout")
    outcome["stderr"] = capped("stderr")
    try:
        line = json.dumps(outcome, allow_nan=False, default=repr)
    except ValueError as e:
        outcome.update(status="error", result=None, tables=[], error=describe_error(e))
        line = json.dumps(outcome, default=repr)
    _proto.write(line + "\n")
    _proto.flush()
    os._exit(0)


if __name__ == "__main__":
    main()
