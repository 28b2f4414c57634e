"""Renders an InsightX chat stream (SSE on stdin) for a terminal: each step on a line, the answer as it streams."""
import json
import sys

ICONS = {"orchestrator": "🧭", "sql": "🗄️ ", "python": "🐍", "composer": "✍️ ", "explainer": "📖"}


def show(event, data):
    if event == "agent":
        print(f"\n{ICONS.get(data['agent'], '•')} {data['agent']} agent")
    elif event == "classification":
        print(f"   intent {data['intent']}: {data.get('reason', '')}")
    elif event == "tool_call":
        shown = data["input"].get("sql") or data["input"].get("code")
        if shown:
            print(f"   → {data['tool']}:\n      " + shown.replace("\n", "\n      "))
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
        for artifact in data.get("artifacts", []):
            print(f"   📎 {artifact['kind']}: http://localhost:8080{artifact['url']}")
    elif event == "error":
        print(f"\n⚠️  {data['message']}")
    elif event == "done":
        print(f"\n({data['elapsedMs']} ms)")


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
            print("⚠️ ", json.loads(line).get("detail"))


if __name__ == "__main__":
    main()
