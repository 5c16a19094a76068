"""The pytest plugin of factspec (registered through the ``pytest11`` entry point).

It is the only engine module that imports pytest. It collects ``features/*.feature`` directly
(test ids read ``features/capex.feature::<claim>``), lets pytest-bdd execute each scenario's
steps through its built-in binding (and a project's own ``steps/``, which is optional),
applies the same verdicts and pass rule
as ``factspec check``, records every (claim, source) verdict in a form that survives
pytest-xdist, prints the coverage table and writes the reports.
"""

from __future__ import annotations

import importlib.util
import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pytest_bdd import parsers, step

# pytest-bdd has no public API to run one parsed scenario inside a test item of another
# plugin's making: these two private names are the ones factspec relies on, and
# tests/test_pytest_bdd_contract.py pins what it needs of them. If a pytest-bdd release moves
# them, factspec stops here with a message rather than running claims some other way.
try:
    from pytest_bdd.parser import FeatureParser
    from pytest_bdd.scenario import _execute_scenario
except ImportError as error:  # pragma: no cover - depends on the installed pytest-bdd
    raise ImportError(
        f"factspec cannot run claims with this pytest-bdd ({error}): it needs "
        "pytest_bdd.parser.FeatureParser and pytest_bdd.scenario._execute_scenario — install "
        "the pytest-bdd version pyproject.toml names, or a factspec release that supports yours"
    ) from error

from factspec import __version__
from factspec.judge.checker import Checker
from factspec.judge.coverage_model import build_model, table_model
from factspec.model.cache import CACHE_DIR, set_caching
from factspec.model.factbase import has_fact_files
from factspec.model.grammar import Relation, Requirement
from factspec.model.lock import lock_status
from factspec.model.project import FEATURES_DIR, Project
from factspec.model.publication import load_publication
from factspec.read.features import (
    PYTEST_OUTCOME_TAGS,
    Claim,
    ClaimStep,
    load_feature_file,
    load_features,
    parse_feature_text,
    read_feature_text,
)
from factspec.read.problems import FactspecError, Problem
from factspec.report.markdown import render_markdown, render_terminal_table
from factspec.report.shards import Shard, identity, shard_document
from factspec.report.write import REPORTS_DIR, atomic_write, write_reports

RECORD_PROPERTY = "factspec_result"
STEPS_DIR = "steps"
_CLAIM = pytest.StashKey[Claim]()
_RECORDER = pytest.StashKey["ClaimRecorder"]()
_PROJECT = pytest.StashKey[Project]()
_SHARD = pytest.StashKey[Shard]()


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addini(
        "factspec_project",
        "the factspec project folder, relative to the rootdir (default: the rootdir)",
        default=".",
    )
    group = parser.getgroup("factspec")
    group.addoption(
        "--factspec-verdicts",
        metavar="PATH",
        default=None,
        help="write every claim's record (verdict per source) to PATH as JSON",
    )
    group.addoption(
        "--factspec-reports",
        metavar="DIR",
        default=None,
        help=f"where a full run writes its reports (default: {REPORTS_DIR}/ in the project)",
    )
    group.addoption(
        "--factspec-no-reports", action="store_true", help="write no reports after a full run"
    )
    group.addoption(
        "--factspec-shard",
        metavar="I/N",
        default=None,
        help="run only the claims of shard I of N (a claim's shard is a hash of its id, the "
        "same on every machine); the shard writes its records to records-I-of-N.json in the "
        "reports folder instead of the reports, for `factspec table --merge`",
    )
    group.addoption(
        "--factspec-no-cache",
        action="store_true",
        help=f"neither read nor write the project's {CACHE_DIR}/ (the results are the same)",
    )
    group.addoption(
        "--factspec-table",
        choices=("auto", "all"),
        default="auto",
        help="the coverage table in the summary: auto lists every claim up to 50, beyond that "
        "the failing and disputed ones with the totals; all lists every claim",
    )


def _project_root(config: pytest.Config) -> Path:
    return (config.rootpath / str(config.getini("factspec_project"))).resolve()


def pytest_report_header(config: pytest.Config) -> str:
    return f"factspec {__version__}: project {_project_root(config).name}/"


_CACHING_BEFORE = pytest.StashKey[bool]()


def pytest_configure(config: pytest.Config) -> None:
    """Register the tags as markers, the verdict recorder, and the project's step bindings."""
    root = _project_root(config)
    spec = config.getoption("--factspec-shard")
    if spec is not None:
        try:
            config.stash[_SHARD] = Shard.parse(spec)
        except ValueError as error:
            raise pytest.UsageError(f"--factspec-shard {error}") from None
    config.stash[_CACHING_BEFORE] = set_caching(not config.getoption("--factspec-no-cache"))
    config.pluginmanager.register(VerdictRecorder(config, root), "factspec-verdicts")
    if not has_fact_files(root):
        return  # not a factspec project: the plugin stays out of the way
    # Only here: in an ordinary pytest-bdd repository a catch-all step would hide its
    # "step definition is not found" errors.
    config.pluginmanager.register(BuiltinSteps, "factspec-steps")
    _register_step_bindings(config, root)
    tags: set[str] = set()
    for path in sorted((root / FEATURES_DIR).rglob("*.feature")):
        # File by file: a broken feature file fails its own collection (with file and line),
        # and the tags of every other file are still registered under --strict-markers.
        try:
            claims = load_feature_file(path, path.relative_to(root).as_posix())
        except FactspecError:
            continue
        tags.update(tag for claim in claims for tag in claim.tags)
    for tag in sorted(tags - PYTEST_OUTCOME_TAGS):
        config.addinivalue_line("markers", f"{tag}: Gherkin tag @{tag} of the project's claims")


def pytest_unconfigure(config: pytest.Config) -> None:
    before = config.stash.get(_CACHING_BEFORE, None)
    if before is not None:
        set_caching(before)


def _distributed(config: pytest.Config) -> bool:
    """Whether this process is pytest-xdist's controller, about to start workers."""
    if hasattr(config, "workerinput"):
        return False
    return getattr(config.option, "dist", "no") != "no" and bool(
        getattr(config.option, "numprocesses", None) or getattr(config.option, "tx", None)
    )


@pytest.hookimpl(tryfirst=True)
def pytest_sessionstart(session: pytest.Session) -> None:
    """Under xdist, the controller loads the project once, before the workers start (its
    own hook runs last): the load fills the cache, and every worker then reads the validated
    facts and resolved evidence from it instead of building them again — on two cores, two
    workers building the same project at once made ``-n 2`` slower than a serial run. The
    controller keeps the project for the coverage table at the end."""
    config = session.config
    root = _project_root(config)
    if not _distributed(config) or config.getoption("--factspec-no-cache"):
        return
    if not has_fact_files(root):
        return
    try:
        config.stash[_PROJECT] = Project.load(root)
    except FactspecError:
        return  # every worker's claims fail with the problems; nothing to share


class BuiltinSteps:
    """The step binding every factspec project gets: each step of a claim goes to the one
    grammar (``factspec.model.grammar``), which reads it whole or fails at it with the nearest
    known phrases. Registered as a plugin, so a project needs no ``steps/`` of its own."""

    # pytest-bdd's public decorator puts the step's fixture into the namespace it is called
    # in: here the class body, which pytest reads for fixtures once the class is a plugin.
    @step(parsers.re(r"(?P<text>.+)"))
    def claim_step(text: str, factspec_claim: ClaimRecorder) -> None:
        factspec_claim.add(text)


def _register_step_bindings(config: pytest.Config, root: Path) -> None:
    """Load a project's own ``steps/*.py`` (optional) as plugins, so their pytest-bdd steps
    serve every feature file beside the built-in binding."""
    for path in sorted((root / STEPS_DIR).glob("*.py")):
        name = f"factspec_steps_{path.stem}"
        if config.pluginmanager.has_plugin(name):
            continue
        spec = importlib.util.spec_from_file_location(name, path)
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        config.pluginmanager.register(module, name)


def pytest_collect_file(file_path: Path, parent: pytest.Collector) -> FeatureFile | None:
    if file_path.suffix != ".feature":
        return None
    root = _project_root(parent.config)
    # Only in a factspec project: an ordinary pytest-bdd repository keeps its feature files.
    if not has_fact_files(root):
        return None
    if file_path.is_relative_to(root / FEATURES_DIR):
        return FeatureFile.from_parent(parent, path=file_path)
    return None


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Under --factspec-shard, deselect the claims of the other shards. Only claims (and
    unreadable feature files, by their path) are sharded; other tests run in every shard."""
    shard = config.stash.get(_SHARD, None)
    if shard is None:
        return
    kept, dropped = [], []
    for item in items:
        key = _shard_key(item)
        (kept if key is None or shard.holds(key) else dropped).append(item)
    if dropped:
        config.hook.pytest_deselected(items=dropped)
        items[:] = kept


def _shard_key(item: pytest.Item) -> str | None:
    if isinstance(item, ClaimItem):
        return item.stash[_CLAIM].id
    if isinstance(item, BrokenFeature):
        return item.path.as_posix()
    return None


class FeatureFile(pytest.File):
    """A feature file: one test per claim, named by the claim's title."""

    def collect(self) -> Iterator[pytest.Item]:
        root = _project_root(self.config)
        display = self.path.relative_to(root).as_posix()
        try:
            claims = parse_feature_text(read_feature_text(self.path, display), display)
            feature = FeatureParser(str(self.path.parent), self.path.name).parse()
            scenarios = _scenarios_by_claim(feature, claims, display)
        except FactspecError as error:
            # One failing test for the file, not a collection error: pytest stops the whole
            # session at a collection error, and the other files' claims would never run.
            yield BrokenFeature.from_parent(self, name=BROKEN_NAME, error=error)
            return
        for claim, scenario in zip(claims, scenarios, strict=True):
            item = ClaimItem.from_parent(
                self, name=claim.title, callobj=_claim_test(feature, scenario)
            )
            item.stash[_CLAIM] = claim
            for tag in claim.tags:
                # pytest's own skip/xfail would excuse a claim that `factspec check` fails;
                # the claim is judged, and fails with the reason (judge.claim_rules).
                if tag not in PYTEST_OUTCOME_TAGS:
                    item.add_marker(tag)
            yield item


BROKEN_NAME = "<feature file cannot be read>"


class BrokenFeature(pytest.Item):
    """A feature file factspec cannot read, as one failing test at its first problem."""

    def __init__(self, *, error: FactspecError, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.error = error

    def runtest(self) -> None:
        pytest.fail(str(self.error), pytrace=False)

    def reportinfo(self) -> tuple[Path, int, str]:
        line = next((p.line for p in self.error.problems if p.line is not None), 1)
        return self.path, line - 1, f"{self.path.name}:{line}: the file cannot be read"


class ClaimItem(pytest.Function):
    """A claim as a test: reported at its scenario in the feature file (junit ``file`` and
    ``line``, failure headers), not at the plugin function that runs it."""

    def reportinfo(self) -> tuple[Path, int, str]:
        claim = self.stash[_CLAIM]
        return self.path, claim.line - 1, f"{claim.feature}:{claim.line}: {claim.title}"


def _scenarios_by_claim(feature: Any, claims: list[Claim], display: str) -> list[Any]:
    """The scenario pytest-bdd will run for each claim, matched by the line the scenario
    starts on and, for an outline, by its Examples row in order — never by title, which
    pytest-bdd renders its own way. A mismatch means factspec and pytest-bdd read the file
    differently: a collection error that says so, never a claim run with another's steps."""
    templates = {template.line_number: template for template in feature.scenarios.values()}
    rows_used: dict[int, int] = {}
    scenarios = []
    for claim in claims:
        template = templates.get(claim.line)
        row = rows_used[claim.line] = rows_used.get(claim.line, -1) + 1
        rows = [] if template is None else _example_rows(template)
        if template is None or row >= len(rows):
            raise FactspecError(
                [
                    Problem(
                        display,
                        claim.line,
                        f"pytest-bdd reads no scenario {'row ' + str(row + 1) + ' ' if row else ''}"
                        f"at this line for claim {claim.title!r}",
                        "the installed pytest-bdd parses this file differently from factspec: "
                        "install the pytest-bdd version pyproject.toml names",
                    )
                ]
            )
        scenario = template.render(rows[row])
        if len(scenario.steps) != len(claim.steps):
            raise FactspecError(
                [
                    Problem(
                        display,
                        claim.line,
                        f"pytest-bdd reads {len(scenario.steps)} steps where factspec reads "
                        f"{len(claim.steps)} for claim {claim.title!r}",
                        "install the pytest-bdd version pyproject.toml names",
                    )
                ]
            )
        scenarios.append(scenario)
    return scenarios


def _example_rows(template: Any) -> list[dict[str, str]]:
    """The contexts pytest-bdd renders an outline with, one per Examples row ([{}] for a
    plain scenario)."""
    rows = [row for examples in template.examples for row in examples.as_contexts()]
    return rows or [{}]


def _claim_test(feature: Any, scenario: Any) -> Any:
    def run_claim(request: pytest.FixtureRequest, factspec_checker: Checker) -> None:
        __tracebackhide__ = True
        _execute_scenario(feature, scenario, request)  # pytest-bdd runs the steps
        recorder = _recorder(request, factspec_checker)
        if len(recorder.steps) != len(recorder.claim.steps):
            # A claim judged on fewer steps than it states would pass for the wrong reason.
            pytest.fail(
                f"Claim: {recorder.claim.title}\n  problem: pytest-bdd ran "
                f"{len(recorder.steps)} of its {len(recorder.claim.steps)} steps through "
                "factspec's binding — a step bound elsewhere (steps/, conftest.py) or a "
                "pytest-bdd that runs scenarios differently; every step of a claim must reach "
                "the grammar",
                pytrace=False,
            )
        result = factspec_checker.judge(recorder.claim, recorder.steps)
        # Compact JSON: what junit XML shows and what travels from xdist workers, one format.
        record = json.dumps(
            factspec_checker.record(result), ensure_ascii=False, separators=(",", ":")
        )
        request.node.user_properties.append((RECORD_PROPERTY, record))
        if not result.passed:
            pytest.fail(result.failure_message(), pytrace=False)

    return run_claim


@pytest.fixture(scope="session")
def factspec_checker(pytestconfig: pytest.Config) -> Checker:
    """The project, loaded and validated once per session (once per worker under xdist)."""
    root = _project_root(pytestconfig)
    try:
        checker = Checker(Project.load(root), lock_status(root))
    except FactspecError as error:
        problems = str(error)
    else:
        # The terminal summary reuses this project instead of loading the corpus again.
        pytestconfig.stash[_PROJECT] = checker.project
        return checker
    # Failing outside the except block keeps pytest from printing every problem twice, the
    # second time as "During handling of the above exception, another exception occurred".
    pytest.fail(f"the project cannot be read:\n{problems}", pytrace=False)


class ClaimRecorder:
    """Collects one claim's steps, parsed by the grammar as pytest-bdd runs them."""

    def __init__(self, checker: Checker, claim: Claim) -> None:
        self.checker = checker
        self.claim = claim
        self.steps: list[Relation | Requirement] = []

    def add(self, text: str) -> None:
        written = self.claim.steps[len(self.steps)]
        try:
            parsed = self.checker.parse(self.claim, ClaimStep(text, written.line))
        except FactspecError as error:
            problems = "\n".join(f"  problem: {problem}" for problem in error.problems)
        else:
            self.steps.append(parsed)
            return
        # Failing outside the except block keeps pytest from printing the chained exceptions.
        pytest.fail(f"Claim: {self.claim.title}\n{problems}", pytrace=False)


def _recorder(request: pytest.FixtureRequest, checker: Checker) -> ClaimRecorder:
    recorder = request.node.stash.get(_RECORDER, None)
    if recorder is None:
        claim = request.node.stash.get(_CLAIM, None)
        if claim is None:
            pytest.fail("factspec steps run only in the claims of features/*.feature")
        recorder = request.node.stash[_RECORDER] = ClaimRecorder(checker, claim)
    return recorder


@pytest.fixture
def factspec_claim(request: pytest.FixtureRequest, factspec_checker: Checker) -> ClaimRecorder:
    """The claim being run, for the step bindings in ``steps/``."""
    return _recorder(request, factspec_checker)


class VerdictRecorder:
    """Collects every claim's record; under xdist they arrive here from the workers."""

    def __init__(self, config: pytest.Config, root: Path) -> None:
        self.config = config
        self.root = root
        self.records: list[dict[str, Any]] = []
        self.lock_lines: list[str] = []

    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        if report.when == "call":
            self.records.extend(
                json.loads(value)
                for name, value in report.user_properties
                if name == RECORD_PROPERTY
            )

    def pytest_sessionfinish(self, session: pytest.Session) -> None:
        """A source changed since the lock fails the run, even when no claim rests on it."""
        if hasattr(self.config, "workerinput") or not has_fact_files(self.root):
            return
        try:
            self.lock = lock_status(self.root)
        except FactspecError as error:
            self.lock_lines = [str(problem) for problem in error.problems]
        else:
            self.lock_lines = [str(problem) for problem in self.lock.problems(self._by_file())]
        # Under xdist the claims ran in the workers: their records arrived here, their items
        # did not (and before pytest 8 the controller's session has no items at all).
        items = getattr(session, "items", [])
        ran_claims = bool(self.records) or any(isinstance(i.parent, FeatureFile) for i in items)
        if self.lock_lines and ran_claims and session.exitstatus == pytest.ExitCode.OK:
            session.exitstatus = pytest.ExitCode.TESTS_FAILED

    def _by_file(self) -> dict[str, list[str]]:
        by_file: dict[str, list[str]] = {}
        for record in sorted(self.records, key=lambda r: str(r["id"])):
            for name in record.get("files", []):
                by_file.setdefault(name, []).append(str(record["title"]))
        return by_file

    def pytest_terminal_summary(self, terminalreporter: Any) -> None:
        """The coverage table, and the reports when every claim of the project ran (or the
        shard's records when every claim of the shard ran)."""
        shard = self.config.stash.get(_SHARD, None)
        # A shard the hash gave no claim still writes its (empty) records: the merge must
        # see every shard to know that none is missing.
        if (not self.records and shard is None) or hasattr(self.config, "workerinput"):
            return
        try:
            # Loaded by this process's checker, unless the claims ran in xdist workers.
            project = self.config.stash.get(_PROJECT, None) or Project.load(self.root)
            every_claim = {claim.id for claim in load_features(self.root / FEATURES_DIR, self.root)}
        except FactspecError:
            return  # the failing tests already say why
        if shard is not None:
            every_claim = {claim for claim in every_claim if shard.holds(claim)}
        writer = terminalreporter
        writer.section("factspec coverage")
        full = self.config.getoption("--factspec-table") == "all"
        table = render_terminal_table(table_model(project.factbase, self.records), full=full)
        writer.write_line(table)
        for line in self.lock_lines:
            writer.write_line(line, red=True)
        ran = {record["id"] for record in self.records}
        self._write_verdicts()
        if ran != every_claim:
            of = f" of shard {shard}" if shard is not None else ""
            writer.write_line(
                f"partial run ({len(ran)} of {len(every_claim)} claims{of}): reports not written"
            )
            return
        if shard is not None:
            self._write_shard(writer, shard, every_claim)
            return
        summary = os.environ.get("GITHUB_STEP_SUMMARY")
        write = not self.config.getoption("--factspec-no-reports")
        if not (write or summary):
            return
        # The whole model (conflicts, corpus coverage, fingerprint) only for reports.
        model = build_model(project, self.records)
        if write:
            try:
                publication = load_publication(self.root)
            except FactspecError as error:
                for problem in error.problems:
                    writer.write_line(str(problem), red=True)
                writer.write_line("reports not written: the ClaimReview settings are unusable")
            else:
                out = Path(self.config.getoption("--factspec-reports") or self.root / REPORTS_DIR)
                texts = project.texts_by_id()
                written = write_reports(model, texts, out, publication)
                writer.write_line(f"reports written: {', '.join(p.name for p in written)}")
        if summary:
            with open(summary, "a", encoding="utf-8") as handle:
                handle.write(render_markdown(model) + "\n")

    def _write_shard(self, writer: Any, shard: Shard, claims: set[str]) -> None:
        """A shard's records, for `factspec table --merge`: a shard writes no reports of its
        own, since a report of some claims would read as the whole project's."""
        if self.config.getoption("--factspec-no-reports"):
            return
        out = Path(self.config.getoption("--factspec-reports") or self.root / REPORTS_DIR)
        path = out / shard.file_name
        atomic_write(path, shard_document(shard, identity(self.root), claims, self.records))
        writer.write_line(
            f"shard {shard}: {len(self.records)} claim record(s) written to {path}; "
            "merge every shard's with `factspec table --merge DIR...`"
        )

    def _write_verdicts(self) -> None:
        path = self.config.getoption("--factspec-verdicts")
        if path is None:
            return
        records = sorted(self.records, key=lambda record: str(record["id"]))
        text = json.dumps(records, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
        atomic_write(Path(path), text)
