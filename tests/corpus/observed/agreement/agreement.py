"""Inter-annotator agreement on the observed corpus sample (plain Python + json, no xuncha import).

Compares the second annotator's gold in a folder (by default this one) with the first annotator's gold beside
each passage.
Usage: python agreement.py [--md] [--folder DIR]    (prints Markdown; RESULTS.md is its output;
       --folder agreement/setG compares the set G sample, whose output is setG/RESULTS.md)
"""

import argparse
import json
from decimal import Decimal, InvalidOperation
from fractions import Fraction
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent
FOLDER = HERE  # the second annotator's gold files; set by --folder


def passage(stem: str) -> str:
    text = (CORPUS / f"{stem}.txt").read_text(encoding="utf-8")
    lines = text.split("\n")
    i = lines.index("---")
    return "\n".join(lines[i + 1 :])


def num(v: Any) -> Any:
    if v is None:
        return None
    s = str(v).strip()
    try:
        if "/" in s:
            return Fraction(s)
        return Fraction(Decimal(s))
    except (InvalidOperation, ValueError, ZeroDivisionError):
        return s


def locate(body: str, items: list[dict[str, Any]]) -> list[tuple[int, int, dict[str, Any]]]:
    """Offsets by the scorer's rule: next occurrence after the previous item of the same list."""
    out, pos = [], 0
    for it in items:
        t = it.get("text", "")
        i = body.find(t, pos)
        if i < 0:
            i = body.find(t)  # fall back to first occurrence, flagged below
            it = dict(it, _unlocated=True)
        else:
            pos = i + len(t)
        out.append((i, i + len(t), it))
    return out


def key_q(s: int, e: int, it: dict[str, Any]) -> tuple[Any, ...]:
    return (s, e, it["text"], num(it.get("value")), it.get("unit"), it.get("qualifier"), num(it.get("upper")))


def key_p(s: int, e: int, it: dict[str, Any]) -> tuple[Any, ...]:
    return (s, e, it["text"], it.get("relation"), it.get("start"), it.get("end"))


def key_m(s: int, e: int, it: dict[str, Any]) -> tuple[Any, ...]:
    return (s, e, it["text"], it.get("level"), it.get("ordinal"))


def show_q(it: dict[str, Any]) -> str:
    return f"{it['text']} = {it.get('value')} {it.get('unit')} q={it.get('qualifier')} up={it.get('upper')}"


def show_p(it: dict[str, Any]) -> str:
    return f"{it['text']} = {it.get('relation')} {it.get('start')}..{it.get('end')}"


def show_m(it: dict[str, Any]) -> str:
    return f"{it['text']} = L{it.get('level')} #{it.get('ordinal')}"


DIMS = {"quantities": (key_q, show_q), "periods": (key_p, show_p), "markers": (key_m, show_m)}
MISSING = object()


def EMPTY(v: Any) -> Any:
    """Lenient reading: an absent key, null and an empty list all say 'not stated'."""
    return None if v is MISSING or v in (None, [], "") else v


# One-line notes: which reading the conventions support (keyed by passage stem and fact key, "*" for any passage).
NOTES = {
    (
        "*",
        "contacts",
    ): "silent: CONVENTIONS give no form for 'no contacts' ([] vs absent); where the excerpt stops "
    "before the closing (100, 132, 184) the 'omit a key the passage does not state' clause favours absent",
    (
        "*",
        "mode",
    ): "ambiguous: 'omit a key the passage does not state' (second) vs 'null for a fact the passage states "
    "nowhere although the slot exists' (first); the opening is present and names no mode, so the null "
    "example (no inspector named) favours null (first)",
    (
        "*",
        "round",
    ): "ambiguous as for mode; opening present without a round, so null (first) is the closer reading",
    (
        "*",
        "title",
    ): "ambiguous: the excerpt has no title at all (starts at the body); 'does not state' favours absent "
    "(second), 'slot exists' favours null (first)",
    (
        "*",
        "issuer",
    ): "ambiguous as for title: no title, signature or 来源 line in the excerpt; the rule for issuer only "
    "says null when a site name is shown",
    (
        "*",
        "feedback_date",
    ): "silent: an entry announcement precedes any feedback, so the slot arguably does not exist yet "
    "(absent, second); the first annotator reads it as an empty slot (null)",
    (
        "*",
        "period_start",
    ): "silent: the entry announcement states no on-site dates; null (first) vs absent (second) "
    "is the same ambiguity as for mode",
    ("*", "period_end"): "as for period_start",
}


def note(stem: str, key: str) -> str:
    if FOLDER != HERE:  # the notes above were written for the first sample only
        return "see the report of this sample"
    return NOTES.get((stem, key)) or NOTES.get(("*", key)) or "conventions silent"


def compare(stem: str) -> dict[str, Any]:
    body = passage(stem)
    a = json.loads((CORPUS / f"{stem}.gold.json").read_text(encoding="utf-8"))  # first annotator
    b = json.loads((FOLDER / f"{stem}.gold.json").read_text(encoding="utf-8"))  # second annotator
    res: dict[str, Any] = {}
    for dim, (key, show) in DIMS.items():
        la = locate(body, a.get(dim, []))
        lb = locate(body, b.get(dim, []))
        ka = {key(*x): x for x in la}
        kb = {key(*x): x for x in lb}
        matched = set(ka) & set(kb)
        only_a = [ka[k] for k in ka if k not in matched]
        only_b = [kb[k] for k in kb if k not in matched]
        spans_a = {(x[0], x[1]) for x in la}
        spans_b = {(x[0], x[1]) for x in lb}
        dis = []
        # same span, different reading
        for xa in list(only_a):
            for xb in list(only_b):
                if (xa[0], xa[1]) == (xb[0], xb[1]):
                    dis.append(("differs", xa[0], show(xa[2]), show(xb[2])))
                    only_a.remove(xa)
                    only_b.remove(xb)
                    break
        # overlapping spans (different extent)
        for xa in list(only_a):
            for xb in list(only_b):
                if xa[0] < xb[1] and xb[0] < xa[1]:
                    dis.append(("extent", min(xa[0], xb[0]), show(xa[2]), show(xb[2])))
                    only_a.remove(xa)
                    only_b.remove(xb)
                    break
        dis += [("only_first", x[0], show(x[2]), "—") for x in only_a]
        dis += [("only_second", x[0], "—", show(x[2])) for x in only_b]
        dis.sort(key=lambda d: d[1])
        res[dim] = {
            "n_a": len(ka),
            "n_b": len(kb),
            "matched": len(matched),
            "union": len(set(ka) | set(kb)),
            "span_both": len(spans_a & spans_b),
            "span_union": len(spans_a | spans_b),
            "disagreements": dis,
        }
    fa, fb = a.get("facts"), b.get("facts")
    fdis, fm, fu, fml = [], 0, 0, 0
    if fa is not None or fb is not None:
        fa, fb = fa or {}, fb or {}
        for k in sorted(set(fa) | set(fb)):
            va, vb = fa.get(k, MISSING), fb.get(k, MISSING)
            fu += 1
            if va == vb:
                fm += 1
            if EMPTY(va) == EMPTY(vb):
                fml += 1
            if va != vb:
                fdis.append(
                    (
                        k,
                        "(absent)" if va is MISSING else json.dumps(va, ensure_ascii=False),
                        "(absent)" if vb is MISSING else json.dumps(vb, ensure_ascii=False),
                    )
                )
    res["facts"] = {
        "matched": fm,
        "lenient": fml,
        "union": fu,
        "disagreements": fdis,
        "present": (a.get("facts") is not None, b.get("facts") is not None),
    }
    res["reference"] = (a.get("reference"), b.get("reference"))
    return res


def main() -> None:
    global FOLDER
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--md", action="store_true", help="print Markdown (the only output format)")
    ap.add_argument("--folder", type=Path, default=HERE, help="folder of the second annotator's gold files")
    args = ap.parse_args()
    FOLDER = args.folder.resolve()
    stems = sorted(p.name[: -len(".gold.json")] for p in FOLDER.glob("*.gold.json"))
    results = {s: compare(s) for s in stems}
    tot = {}
    for dim in [*list(DIMS), "facts"]:
        t = {
            "matched": 0,
            "lenient": 0,
            "union": 0,
            "n_a": 0,
            "n_b": 0,
            "span_both": 0,
            "span_union": 0,
            "files_agree": 0,
        }
        for r in results.values():
            d = r[dim]
            for k in ("matched", "lenient", "union", "n_a", "n_b", "span_both", "span_union"):
                t[k] += d.get(k, 0)
            if not d["disagreements"]:
                t["files_agree"] += 1
        tot[dim] = t

    def pct(x: float, y: float) -> str:
        return f"{100 * x / y:.1f}%" if y else "n/a"

    print(f"# Inter-annotator agreement, {len(stems)} sampled passages\n")
    print(
        "Agreement = matched / union of items (an item matches only when every field agrees: span, value, unit, "
        "qualifier, upper; text, relation, bounds; position, level, ordinal; for facts, each key present in either "
        "file, an absent key differing from null). Dice = 2·matched / (first + second), the positive specific "
        "agreement that Cohen's kappa tends to for span annotation. Span agreement = same text span chosen, "
        "whatever the reading. Files = passages with no disagreement at all in the dimension.\n"
    )
    print(
        "| dimension | first | second | matched | union | agreement | Dice | span agreement | files in full agreement |"
    )
    print("|---|---|---|---|---|---|---|---|---|")
    for dim, t in tot.items():
        if dim == "facts":
            n = sum(1 for r in results.values() if any(r["facts"]["present"]))
            print(
                f"| facts (keys) | | | {t['matched']} | {t['union']} | {pct(t['matched'], t['union'])} | | | "
                f"{sum(1 for r in results.values() if any(r['facts']['present']) and not r['facts']['disagreements'])}/{n} |"
            )
        else:
            dice = pct(2 * t["matched"], t["n_a"] + t["n_b"])
            print(
                f"| {dim} | {t['n_a']} | {t['n_b']} | {t['matched']} | {t['union']} | "
                f"{pct(t['matched'], t['union'])} | {dice} | {pct(t['span_both'], t['span_union'])} "
                f"({t['span_both']}/{t['span_union']}) | {t['files_agree']}/{len(stems)} |"
            )
    t = tot["facts"]
    print(
        f"\nfacts, lenient (absent = null = []): {t['lenient']}/{t['union']} = {pct(t['lenient'], t['union'])}"
    )
    fdis = [x for r in results.values() for x in r["facts"]["disagreements"]]
    if fdis and all(vb == "(absent)" and va in ("null", "[]") for _, va, vb in fdis):
        print(
            "\nEvery facts disagreement is 'null' or '[]' (first) against an absent key (second). The difference is not "
            "cosmetic: tests/_observed.py scores only the keys a gold file states, so a null or [] is a scored fact "
            "(the reader must report nothing) while an absent key is not scored at all."
        )
    if FOLDER == HERE:
        print(
            '\nCaveat: both annotators read the `traits:` header, which often states the decision ("not resolvable", '
            '"names, not quantities", "not markers", "event-relative, not a period"). Item agreement here '
            "measures the conventions plus those hints, not the conventions alone."
        )
    print("\n## Per dimension, per passage\n")
    for dim in list(DIMS):
        print(f"### {dim}\n")
        print("| passage | first | second | matched | union | agreement |")
        print("|---|---|---|---|---|---|")
        for s, r in results.items():
            d = r[dim]
            if d["union"]:
                print(
                    f"| {s} | {d['n_a']} | {d['n_b']} | {d['matched']} | {d['union']} | {pct(d['matched'], d['union'])} |"
                )
        empty = [s[:3] for s, r in results.items() if not r[dim]["union"]]
        print(f"\nNo {dim} in either gold: {', '.join(empty) or 'none'}.\n")
    print("### facts\n")
    print("| passage | keys matched | keys in either | strict | lenient |")
    print("|---|---|---|---|---|")
    for s, r in results.items():
        d = r["facts"]
        if any(d["present"]):
            print(
                f"| {s} | {d['matched']} | {d['union']} | {pct(d['matched'], d['union'])} | {pct(d['lenient'], d['union'])} |"
            )
    print()
    refs = [(s, r["reference"]) for s, r in results.items() if r["reference"][0] != r["reference"][1]]
    print(f"\nreference dates agree on {len(stems) - len(refs)}/{len(stems)} files")
    for s, (x, y) in refs:
        print(f"- {s}: first {x}, second {y}")
    print("\n## Disagreements (first annotator | second annotator)\n")
    for s, r in results.items():
        lines = []
        for dim in DIMS:
            for kind, off, xa, xb in r[dim]["disagreements"]:
                lines.append(f"- {dim} @{off} [{kind}]: `{xa}` | `{xb}`")
        for k, va, vb in r["facts"]["disagreements"]:
            lines.append(f"- facts.{k}: `{va}` | `{vb}` — {note(s, k)}")
        if lines:
            print(f"### {s}\n")
            print("\n".join(lines))
            print()


if __name__ == "__main__":
    main()
