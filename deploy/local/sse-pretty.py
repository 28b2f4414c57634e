"""Renders an InsightX chat stream (SSE on stdin) for a terminal: each step on a line, the answer as it streams."""
import json
import os
import sys

ICONS = {"orchestrator": "🧭", "sql": "🗄️ ", "python": "🐍", "composer": "✍️ ", "explainer": "📖"}


# Where the artifacts are served: the orchestrator ask.sh talks to.
API = os.environ.get("INSIGHTX_URL", "http://localhost:8080")


def show(event, data):
    if event == "agent":
        print(f"\n{ICONS.get(data['agent'], '•')} {data['agent']} agent")
    elif event == "classification":
        print(f"   intent {data['intent']}: {data.get('reason', '')}")
    elif event == "brain":
        until = f" until {data['until']}" if data.get("until") else ""
        print(f"   brain: {data.get('mode')} ({data.get('reason', '')}{until})")
    elif event == "tool_call":
        shown = data["input"].get("sql") or data["input"].get("code")
        if shown:
            print(f"   → {data['tool']}:\n      " + shown.replace("\n", "\n      "))
        if data["input"].get("params"):
            print(f"      with ? = {json.dumps(data['input']['params'])}")
    elif event == "tool_result" and data["tool"] in ("run_sql", "run_python"):
        output = data.get("output") or {}
        if not data["ok"]:
            error = output.get("error") or {}
            print(f"   ✗ {error.get('message') or error.get('type') or 'failed'}")
        elif "rows" in output:
            print(f"   ✓ {output.get('rowCount')} rows in {data['elapsedMs']} ms")
        else:
            print(f"   ✓ {len(output.get('figures') or [])} figure(s) in {data['elapsedMs']} ms")
    elif event == "key_rotation":
        print(f"   ↻ key {data['fromKey']} → {data['toKey']} ({data['reason']})")
    elif event == "token":
        if not getattr(show, "answering", False):
            print("\n💬 ", end="")
            show.answering = True
        print(data["text"], end="", flush=True)
    elif event == "final":
        print()
        explain_final(data)
        for artifact in data.get("artifacts", []):
            print(f"   📎 {artifact['kind']}: {API}{artifact['url']}")
    elif event == "error":
        print(f"\n⚠️  {data['message']}")
    elif event == "done":
        print(f"\n({data['elapsedMs']} ms)")


def explain_final(data):
    """What the analyst understood, and whether the answer is sure: a guess must not look like a fact."""
    if data.get("interpretation"):
        print(f"   computed: {data['interpretation']}")
    if data.get("understood") and data["understood"] != "full":
        print(f"   understood: {data['understood']}")
    if data.get("ignored"):
        print(f"   ignored words: {', '.join(data['ignored'])}")
    if data.get("complete") is False:
        print("   ⚠️  the answer was cut short")
    if data.get("grounded") is False:
        numbers = ", ".join(str(n) for n in data.get("unsupportedNumbers") or [])
        print(f"   ⚠️  numbers no result supports{': ' + numbers if numbers else ''}")


def main():
    event = None
    for raw in sys.stdin:
        line = raw.rstrip("\n")
        if line.startswith("event:"):
            event = line[6:].strip()
        elif line.startswith("data:") and event:
            try:
                show(event, json.loads(line[5:].strip()))
            except (ValueError, KeyError):
                pass
        elif line.startswith("{") and '"detail"' in line:
            # A refused question answers problem+json instead of a stream: say why.
            problem = json.loads(line)
            print(f"⚠️  refused ({problem.get('status')}): {problem.get('detail')}", file=sys.stderr)
            sys.exit(1)


if __name__ == "__main__":
    main()
