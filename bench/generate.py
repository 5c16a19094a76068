"""Generate a synthetic factspec project of any size, deterministically from a seed.

    python bench/generate.py --sources N --evidence E --claims C --out DIR [--seed S]
                             [--fact-files K]

The project has N German and English news-like sources (~4 KB each), a facts.yaml whose
evidence quotes are taken verbatim from them, features with C claims (values, ranges,
multiples via ``ratio_of``, changes via ``change_of``, some false claims tagged ``@disputed``),
``steps/claims.py``, ``pytest.ini`` and ``factspec.lock``. Every figure in every source is
either quoted as evidence or listed under ``ignore:``, so ``factspec lint`` is clean and
``factspec check`` passes.

Claims come in groups of eight about one fictional company; each group owns nine facts.
Every fact gets one supporting quote first; the rest of the evidence is spread round-robin
over the facts with varying qualifiers, and round-robin over the sources.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
from collections.abc import Iterator
from dataclasses import dataclass, field
from fractions import Fraction
from pathlib import Path

from factspec.gate.lock import write_lock

REPO = Path(__file__).resolve().parent.parent
SOURCE_BYTES = 4000
CLAIMS_PER_GROUP = 8
FACT_KINDS = ("old", "new", "ratio", "capex", "rev", "rev_prev", "growth", "users", "plan")
DISPUTED_EVERY = 5  # every fifth group has an outdated forecast that refutes its range claim

SYLLABLES = ("Ka", "Lo", "Mi", "Ra", "Su", "Vo", "Xa", "Ny", "Pe", "Zu", "Bo", "Fa", "Gi", "Ju")

# Qualifiers by language; the first entry of each list is the supporting one.
QUALIFIERS = {
    "de": ("rund", "etwa", "fast", "knapp", "gut", "über", "mindestens", "bis zu", ""),
    "en": ("about", "nearly", "a good", "more than", "at least", "up to", ""),
}
NO_ZERO = {"bis zu", "up to"}  # never on a denominator: an interval holding 0 cannot divide

FILLER = {
    "de": (
        "Die Branche beobachtet die Entwicklung mit großem Interesse.",
        "Analysten sehen darin einen wichtigen Schritt für das Unternehmen.",
        "Kritiker warnen dagegen vor einer Blase bei künstlicher Intelligenz.",
        "Der Konzern äußerte sich auf Nachfrage nicht zu weiteren Details.",
        "Die Rechenzentren sollen vor allem in Nordamerika entstehen.",
        "Die Konkurrenz reagierte bislang zurückhaltend auf die Pläne.",
        "Offene Modelle gelten in der Forschung als wichtiger Treiber.",
        "Der Stromverbrauch der Anlagen bleibt ein umstrittenes Thema.",
        "Investoren fragen sich, wann sich die Ausgaben auszahlen.",
        "Die Chefin des Unternehmens sprach von einer historischen Chance.",
        "Ob die Pläne aufgehen, wird sich erst in einigen Jahren zeigen.",
        "Die Nachfrage nach spezialisierten Chips übersteigt das Angebot deutlich.",
    ),
    "en": (
        "The industry is watching the development closely.",
        "Analysts see it as an important step for the company.",
        "Critics warn of a bubble in artificial intelligence.",
        "The company declined to give further details when asked.",
        "The data centres are to be built mainly in North America.",
        "Competitors have so far reacted cautiously to the plans.",
        "Open models are seen as an important driver of research.",
        "The power consumption of the sites remains a contested issue.",
        "Investors wonder when the spending will pay off.",
        "The chief executive spoke of a historic opportunity.",
        "Whether the plans work out will only become clear in some years.",
        "Demand for specialised chips clearly exceeds supply.",
    ),
}


@dataclass(frozen=True)
class Group:
    """One fictional company: its name and the nominal figures of its nine facts."""

    index: int
    name: str
    old: int  # GPUs used for the current model
    lo: int  # capex forecast range, billions
    hi: int
    prev: Fraction  # revenue a year earlier, billions
    users: Fraction  # users, millions
    plan: int  # planned capex, billions

    @property
    def prefix(self) -> str:
        return f"g{self.index:05d}"

    @property
    def disputed(self) -> bool:
        return self.index % DISPUTED_EVERY == 0

    @property
    def rev(self) -> Fraction:
        return self.prev * Fraction(6, 5)


@dataclass(frozen=True)
class Quote:
    """One evidence quote: the sentence as it stands in the source, and what it reads."""

    fact: str
    sentence: str
    reads: str | None = None


@dataclass
class Source:
    """One generated source text while it is being assembled."""

    id: str
    language: str
    quotes: list[Quote] = field(default_factory=list)
    ignored: list[str] = field(default_factory=list)
    names: list[str] = field(default_factory=list)


def group_name(index: int) -> str:
    """A unique, digit-free company name for group ``index``."""
    n, parts = index, []
    for _ in range(3):
        n, digit = divmod(n, len(SYLLABLES))
        parts.append(SYLLABLES[digit])
    parts.append(SYLLABLES[n % len(SYLLABLES)].lower() + "n")
    return (parts[0] + "".join(parts[1:]).lower()).capitalize()


def make_group(index: int) -> Group:
    """The nominal figures of group ``index`` (chosen so every quote can be read exactly)."""
    lo = 30 + index % 10
    return Group(
        index=index,
        name=group_name(index),
        old=8000 * (1 + index % 9),
        lo=lo,
        hi=lo + 3,
        prev=Fraction(5, 2) * (2 + index % 10),
        users=Fraction(13 + 10 * (index % 3), 10),
        plan=60 + 5 * (index % 4),
    )


def digits(value: Fraction | int, lang: str) -> str:
    """A number in the source language's digit style: 160.000 / 7,5 (de), 160,000 / 7.5 (en)."""
    value = Fraction(value)
    if value.denominator == 1:
        text = f"{int(value):,}"
        return text.replace(",", ".") if lang == "de" else text
    text = f"{float(value):.1f}"
    return text.replace(".", ",") if lang == "de" else text


def qualified(qualifier: str, figure: str) -> str:
    """``qualifier figure``, or the bare figure when there is no qualifier."""
    return f"{qualifier} {figure}".strip()


def quote_for(group: Group, kind: str, lang: str, variant: int) -> Quote:
    """The sentence a source of language ``lang`` says about fact ``kind`` of ``group``."""
    quals = [q for q in QUALIFIERS[lang] if kind not in ("old", "rev_prev") or q not in NO_ZERO]
    q = quals[variant % len(quals)]
    fact, m = f"{group.prefix}_{kind}", group.name
    de = lang == "de"
    match kind:
        case "old":
            gpus = qualified(q, f"{digits(group.old, lang)} GPUs")
            if de:
                return Quote(fact, f"Für das Training von {m} wurden {gpus} verwendet.")
            return Quote(fact, f"{m} was trained on {gpus}.")
        case "new":
            gpus = qualified(q, f"{digits(10 * group.old, lang)} GPUs")
            old = digits(group.old, lang)
            if variant % 3 == 2:  # two numbers in one sentence: reads picks the right one
                if de:
                    text = f"Während für {m} etwa {old} GPUs genutzt wurden, "
                    text += f"braucht der Nachfolger {gpus}."
                else:
                    text = f"While {m} used about {old} GPUs, its successor needs {gpus}."
                return Quote(fact, text, reads=gpus)
            if de:
                return Quote(fact, f"Für den Nachfolger von {m} sollen es {gpus} sein.")
            return Quote(fact, f"The successor of {m} will need {gpus}.")
        case "ratio":
            if de:
                return Quote(fact, f"Für {m} sollen es rund zehnmal so viele sein wie bisher.")
            return Quote(fact, f"The successor of {m} needs about ten times as many.")
        case "capex":
            lo = group.lo - 2 if variant < 0 else group.lo  # variant < 0: the outdated forecast
            if de:
                money = f"{lo} bis {group.hi} Milliarden US-Dollar"
                return Quote(fact, f"{m} erwartet Investitionen von {money}.")
            return Quote(
                fact, f"{m} expects to spend between ${lo} billion and ${group.hi} billion."
            )
        case "rev" | "rev_prev":
            value = digits(group.rev if kind == "rev" else group.prev, lang)
            when = "im Quartal" if kind == "rev" else "im Vorjahresquartal"
            if de:
                money = qualified(q, f"{value} Milliarden Dollar")
                return Quote(fact, f"Der Umsatz von {m} lag {when} bei {money}.")
            money = qualified(q, f"${value} billion")
            when = "this quarter" if kind == "rev" else "a year earlier"
            return Quote(fact, f"Revenue at {m} was {money} {when}.")
        case "growth":
            if de:
                return Quote(fact, f"Damit stieg der Umsatz von {m} um rund 20 Prozent.")
            return Quote(fact, f"Revenue at {m} thus rose about 20 percent.")
        case "users":
            whole, tenth = divmod(int(group.users * 10), 10)
            if de:  # the stray space after the decimal comma, as the corpus has it
                people = qualified(q if q in ("rund", "fast", "gut") else "", f"{whole}, {tenth}")
                return Quote(fact, f"{m} zählt inzwischen {people} Millionen Nutzer.")
            people = qualified(q if q in ("about", "nearly") else "", f"{whole}.{tenth}")
            return Quote(fact, f"{m} now counts {people} million users.")
        case "plan":
            if variant % 2:
                if de:
                    plan = f"{group.plan}-Milliarden-Dollar-Plan"
                    return Quote(fact, f"Der {plan} von {m} überrascht.")
                return Quote(fact, f"The ${group.plan} billion plan of {m} came as a surprise.")
            if de:
                return Quote(fact, f"{m} plant Ausgaben von bis zu {group.plan} Milliarden Dollar.")
            return Quote(fact, f"{m} plans to spend up to ${group.plan} billion.")
    raise ValueError(kind)


def claims_for(
    group: Group, capex_sources: dict[int, list[str]] | None = None
) -> list[tuple[str, list[str], str]]:
    """(title, steps, description) of the eight claims about ``group``; ``capex_sources``
    maps a capex quote's variant (-1: the outdated forecast) to the sources that hold it, so
    a dispute's reason names a source on each side."""
    p, m = group.prefix, group.name
    old = f"{10 * group.old:,}"
    rev = f"{float(group.rev):g}"
    users = f"{float(group.users):g}"
    by_variant = capex_sources or {}
    outdated = ", ".join(by_variant.get(-1, [])) or "One source"
    current = ", ".join(s for v, ids in sorted(by_variant.items()) if v >= 0 for s in ids)
    capex_reason = (
        f"{outdated} gives the outdated forecast of {group.lo - 2} to {group.hi} billion "
        f"dollars; {current or 'the others'} the current one."
        if group.disputed
        else ""
    )
    return [
        (f"{m} trained on about {group.old:,} GPUs", [f"{p}_old is about {group.old:,} GPUs"], ""),
        (f"{m}'s successor needs about {old} GPUs", [f"{p}_new is about {old} GPUs"], ""),
        (
            f"{m}'s successor needs about ten times the GPUs",
            [f"{p}_new is about 10 times {p}_old"],
            "",
        ),
        (
            f"{m} expects to spend {group.lo} to {group.hi} billion dollars",
            [f"{p}_capex is {group.lo} to {group.hi} billion dollars"],
            capex_reason,
        ),
        (f"{m} took about {rev} billion dollars", [f"{p}_rev is about {rev} billion dollars"], ""),
        (
            f"{m}'s revenue rose about 20 percent",
            [f"{p}_rev rose by about 20 % over {p}_rev_prev"],
            "",
        ),
        (f"{m} has {users} million users", [f"{p}_users is about {users} million users"], ""),
        (
            f"{m} plans up to {group.plan} billion",
            [f"{p}_plan is up to {group.plan} billion dollars"],
            "",
        ),
    ]


def fact_entries(group: Group) -> list[dict[str, object]]:
    """The nine fact slots of ``group`` (evidence filled in later)."""
    p, m = group.prefix, group.name
    spec = {
        "old": ("point", "gpu", f"GPUs used to train {m}", {}),
        "new": ("point", "gpu", f"GPUs needed by {m}'s successor", {}),
        "ratio": (
            "point",
            "times",
            "successor's GPUs as a multiple",
            {"ratio_of": [f"{p}_new", f"{p}_old"]},
        ),
        "capex": ("range", "usd", f"{m}'s capex forecast", {}),
        "rev": ("point", "usd", f"{m}'s quarterly revenue", {}),
        "rev_prev": ("point", "usd", f"{m}'s revenue a year earlier", {}),
        "growth": (
            "point",
            "percent",
            "revenue growth",
            {"change_of": [f"{p}_rev", f"{p}_rev_prev"]},
        ),
        "users": ("point", "users", f"{m}'s users", {}),
        "plan": ("point", "usd", f"{m}'s planned capex", {}),
    }
    entries = []
    for kind in FACT_KINDS:
        fact_kind, unit, description, extra = spec[kind]
        entries.append(
            {"id": f"{p}_{kind}", "description": description, "kind": fact_kind, "unit": unit}
            | extra
            | {"evidence": []}
        )
    return entries


def evidence_plan(groups: list[Group], evidence: int) -> Iterator[tuple[Group, str, int]]:
    """(group, fact kind, variant) for every evidence item: one supporting quote per fact,
    an outdated forecast for every disputed group, then round-robin with varying qualifiers."""
    slots = [(g, kind) for g in groups for kind in FACT_KINDS]
    disputed = [g for g in groups if g.disputed]
    floor = len(slots) + len(disputed)
    if evidence < floor:
        raise SystemExit(f"--evidence must be at least {floor} for these claims")
    for group, kind in slots:
        yield group, kind, 0
    for group in disputed:
        yield group, "capex", -1
    for n in range(evidence - floor):
        group, kind = slots[n % len(slots)]
        yield group, kind, 1 + n // len(slots) + group.index


def ignored_lines(source: Source, rng: random.Random) -> list[str]:
    """Two figures per source that are deliberately not facts (listed under ignore:)."""
    name = source.names[0] if source.names else "Der Konzern"
    price = f"{rng.randint(100, 900)},{rng.randint(10, 99)}"
    if source.language == "de":
        return [
            f"Die Aktie von {name} schloss zuletzt bei {price} US-Dollar.",
            f"Der Artikel erschien in Ausgabe {rng.randint(11, 99)} des Magazins.",
        ]
    name = source.names[0] if source.names else "The company"
    return [
        f"Shares of {name} last closed at ${price.replace(',', '.')}.",
        f"The article appeared in issue {rng.randint(11, 99)} of the magazine.",
    ]


def render_source(source: Source, rng: random.Random) -> str:
    """The text of one source: headline, then paragraphs (one per line) of about 4 KB."""
    lang = source.language
    filler = FILLER[lang]
    source.ignored = ignored_lines(source, rng)
    figures = [q.sentence for q in source.quotes] + source.ignored
    rng.shuffle(figures)
    subject = source.names[0] if source.names else ("Der Konzern" if lang == "de" else "The group")
    headline = (
        f"{subject} setzt auf künstliche Intelligenz"
        if lang == "de"
        else f"{subject} bets on artificial intelligence"
    )
    lines, size = [headline, ""], len(headline)
    while figures or size < SOURCE_BYTES:
        paragraph = [rng.choice(filler) for _ in range(3)]
        if figures:
            paragraph.insert(rng.randint(0, 3), figures.pop())
        line = " ".join(paragraph)
        lines += [line, ""]
        size += len(line.encode()) + 2
    return "\n".join(lines)


def yaml_str(value: str) -> str:
    """A YAML double-quoted scalar (JSON strings are valid YAML)."""
    return json.dumps(value, ensure_ascii=False)


def render_facts(sources: list[Source], facts: list[dict[str, object]]) -> str:
    """facts.yaml, written by hand to keep it small and fast to write."""
    return render_sources(sources) + render_fact_entries(facts) + render_ignore(sources)


def render_split(
    sources: list[Source], facts: list[dict[str, object]], files: int
) -> dict[str, str]:
    """The same fact base split as a newsroom might: facts.yaml with the sources and the
    ignore entries, the facts in ``files`` topic files facts/topic-NN.yaml, in order."""
    split = {"facts.yaml": render_sources(sources) + render_ignore(sources)}
    if files > len(facts):
        raise ValueError(f"cannot split {len(facts)} facts over {files} files")
    # Balanced chunks: with ceiling-sized ones the last files of a large K were left empty.
    width = max(2, len(str(files)))
    for n in range(files):
        chunk = facts[len(facts) * n // files : len(facts) * (n + 1) // files]
        split[f"facts/topic-{n + 1:0{width}d}.yaml"] = "version: 1\n" + render_fact_entries(chunk)
    return split


def render_sources(sources: list[Source]) -> str:
    out = ["version: 1", 'tolerance: "10%"', "", "sources:"]
    for i, s in enumerate(sources):
        out += [
            f"  - id: {yaml_str(s.id)}",
            f"    file: {s.id}.txt",
            f"    title: {yaml_str('Generated source ' + s.id)}",
            f"    language: {s.language}",
            f'    published: "2024-{1 + i % 12:02d}"',
        ]
    return "\n".join(out) + "\n"


def render_fact_entries(facts: list[dict[str, object]]) -> str:
    out = ["", "facts:"]
    for fact in facts:
        out += [
            f"  - id: {fact['id']}",
            f"    description: {yaml_str(str(fact['description']))}",
            f"    kind: {fact['kind']}",
            f"    unit: {fact['unit']}",
        ]
        for key in ("ratio_of", "change_of"):
            if key in fact:
                out.append(f"    {key}: [{', '.join(fact[key])}]")  # type: ignore[arg-type]
        out.append("    evidence:")
        for source_id, quote in fact["evidence"]:  # type: ignore[attr-defined]
            out += [
                f"      - source: {yaml_str(source_id)}",
                f"        quote: {yaml_str(quote.sentence)}",
            ]
            if quote.reads:
                out.append(f"        reads: {yaml_str(quote.reads)}")
    return "\n".join(out) + "\n"


def render_ignore(sources: list[Source]) -> str:
    out = ["", "ignore:"]
    for s in sources:
        for text in s.ignored:
            out += [
                f"  - source: {yaml_str(s.id)}",
                f"    text: {yaml_str(text)}",
                "    reason: not a fact",
            ]
    return "\n".join(out) + "\n"


def render_feature(
    group: Group, limit: int, capex_sources: dict[int, list[str]] | None = None
) -> str:
    """One feature file with the first ``limit`` (at most eight) claims about ``group``."""
    lines = [f"Feature: {group.name}", ""]
    for title, steps, reason in claims_for(group, capex_sources)[:limit]:
        if reason:
            lines += ["  @disputed"]
        lines.append(f"  Scenario: {title}")
        if reason:
            lines += [f"    {reason}", ""]
        keyword = "Then"
        for step in steps:
            lines.append(f"    {keyword} {step}")
            keyword = "And"
        lines.append("")
    return "\n".join(lines)


def generate(
    out: Path, sources: int, evidence: int, claims: int, seed: int, fact_files: int = 1
) -> None:
    """Write the whole project to ``out`` (which must not exist yet); with ``fact_files``
    above one, the facts split over facts/*.yaml (`render_split`)."""
    rng = random.Random(seed)
    groups = [make_group(i) for i in range(-(-claims // CLAIMS_PER_GROUP))]
    srcs = [Source(f"s{i:05d}", "de" if i % 2 == 0 else "en") for i in range(sources)]
    facts = {g.prefix: fact_entries(g) for g in groups}
    capex_sources: dict[str, dict[int, list[str]]] = {g.prefix: {} for g in groups}
    for n, (group, kind, variant) in enumerate(evidence_plan(groups, evidence)):
        source = srcs[n % sources]
        if kind == "capex":
            capex_sources[group.prefix].setdefault(variant, []).append(source.id)
        quote = quote_for(group, kind, source.language, variant)
        source.quotes.append(quote)
        source.names.append(group.name)
        facts[group.prefix][FACT_KINDS.index(kind)]["evidence"].append((source.id, quote))  # type: ignore[union-attr]
    all_facts = [f for g in groups for f in facts[g.prefix] if f["evidence"]]
    (out / "seeds").mkdir(parents=True)
    (out / "features").mkdir()
    for source in srcs:
        text = render_source(source, rng)
        (out / "seeds" / f"{source.id}.txt").write_text(text, encoding="utf-8")
    if fact_files > 1:
        (out / "facts").mkdir()
        for name, text in render_split(srcs, all_facts, fact_files).items():
            (out / name).write_text(text, encoding="utf-8")
    else:
        (out / "facts.yaml").write_text(render_facts(srcs, all_facts), encoding="utf-8")
    for group in groups:
        limit = claims - group.index * CLAIMS_PER_GROUP
        text = render_feature(group, limit, capex_sources[group.prefix])
        (out / "features" / f"{group.prefix}.feature").write_text(text, encoding="utf-8")
    shutil.copytree(REPO / "steps", out / "steps", ignore=shutil.ignore_patterns("__pycache__"))
    (out / "pytest.ini").write_text("[pytest]\ntestpaths = features\n", encoding="utf-8")
    write_lock(out)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sources", type=int, required=True)
    parser.add_argument("--evidence", type=int, required=True)
    parser.add_argument("--claims", type=int, required=True)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument(
        "--fact-files",
        type=int,
        default=1,
        metavar="K",
        help="split the facts over K files in facts/ (sources and ignore stay in facts.yaml)",
    )
    args = parser.parse_args()
    try:
        generate(args.out, args.sources, args.evidence, args.claims, args.seed, args.fact_files)
    except ValueError as error:
        parser.error(str(error))


if __name__ == "__main__":
    main()
