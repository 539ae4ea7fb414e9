"""Figures of a Score: precision, recall and F1 per row, and the tables printed."""

from __future__ import annotations

from collections import Counter

from benchmarks.scoring.score import ANY_CATEGORY, Score


def metrics(row: Counter) -> tuple[float | None, float | None, float | None]:
    """(precision, recall, F1); None where nothing was reported or nothing planted."""
    reported, planted = row["right"] + row["wrong"], row["found"] + row["missed"]
    precision = row["right"] / reported if reported else None
    recall = row["found"] / planted if planted else None
    if precision is None or recall is None:
        return precision, recall, None
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def fmt(value: float | None) -> str:
    return "—" if value is None else f"{value:.3f}"


def ordered(rows: dict[str, Counter]) -> list[str]:
    """Entity types, then SENSITIVE by category and with any category."""
    plain = sorted(r for r in rows if "/" not in r and r != ANY_CATEGORY)
    return plain + sorted(r for r in rows if r.startswith("SENSITIVE/")) + ([ANY_CATEGORY] if ANY_CATEGORY in rows else [])


def micro(score: Score) -> Counter:
    """All entity types together (each finding and each value once)."""
    total: Counter = Counter()
    for name, row in score.rows.items():
        if "/" not in name and name != ANY_CATEGORY:
            total.update(row)
    return total


def lookalike_rate(score: Score) -> float | None:
    total = sum(score.negatives.values())
    return sum(score.flagged.values()) / total if total else None


def clean_rate(score: Score) -> float | None:
    return score.clean_false / score.clean_files if score.clean_files else None


def render(score: Score) -> str:
    lines = ["| entity | precision | recall | F1 | values found | missed | findings right | wrong |",
             "|---|---|---|---|---|---|---|---|"]
    for name in ordered(score.rows) + ["all types (micro)"]:
        row = micro(score) if name == "all types (micro)" else score.rows[name]
        p, r, f = metrics(row)
        lines.append(f"| {name} | {fmt(p)} | {fmt(r)} | {fmt(f)} | {row['found']} | {row['missed']} | "
                     f"{row['right']} | {row['wrong']} |")
    lines.append("")
    lines.append(f"false positives per clean file: {fmt(clean_rate(score))} "
                 f"({score.clean_false} findings in {score.clean_files} files with no personal data)")
    rate = lookalike_rate(score)
    kinds = ", ".join(f"{k} {score.flagged[k]}/{n}" for k, n in sorted(score.negatives.items()) if score.flagged[k])
    lines.append(f"look-alikes flagged: {fmt(rate)} ({sum(score.flagged.values())} of {sum(score.negatives.values())}"
                 f"{'; ' + kinds if kinds else ''})")
    lines.append(f"findings counted neither way (optional values, later partial mentions of a name): {score.ignored}")
    if score.unread:
        statuses = Counter(f"{u['status']}: {u['error']}" for u in score.unread)
        lines.append(f"objects not read: {len(score.unread)} ({'; '.join(f'{k} ×{n}' for k, n in statuses.most_common())});"
                     f" values missed in them: {score.in_unread}")
    return "\n".join(lines)


def render_errors(score: Score) -> str:
    return "\n".join(f"{kind:5} {path} {location or '-'} {entity}{'/' + category if category else ''} {text}"
                     for kind, path, location, entity, category, text in sorted(score.errors, key=str))
