#!/usr/bin/env python3
"""Checks that docs/errors.md covers every error message lmsim can print.

docs/errors.md is the catalogue users look an error up in: the message, its cause and what to
do. A message added to the code but not to the catalogue leaves a user with an unexplained
error, so this check scans the sources for the places where messages are made ("message
sites") and requires every constant piece of text of each message to appear verbatim in the
catalogue.

Message sites, in engine/, models/, outputs/ and cli/:

  C++   throw InputError(...), throw RuntimeError(...), throw std::logic_error(...) and the
        other std exceptions; fail(...) and fail_file(...) calls (CsvTable, LeverReader, the
        result file reader); std::cerr << ... and fprintf(stderr, ...) statements;
        message << ... statements (messages built in a stream); problem = ... assignments;
        the descriptions handed to CoverageCheck and require_close, which end up in their
        messages; and every return statement of the functions in PROBLEM_FUNCTIONS, which
        return a message for their caller to throw.
  Python (outputs/report/*.py)  raise ReportInputError(...), print(..., file=sys.stderr),
        sys.exit(...) and SystemExit(...).

From each site the string literals are taken (adjacent C++ literals joined, escapes such as
\\" resolved; the constant parts of Python f-strings). Fragments shorter than
MIN_FRAGMENT_LENGTH characters, or with fewer than three letters (separators, format
specifiers, single words such as "region "), say too little to be checked and are skipped.
Whitespace is collapsed on both sides before comparing; a fragment also counts as present when
the document holds it with its quotes still backslash-escaped.

Usage: python3 tests/scripts/check_error_catalogue.py SOURCE_DIR
Exit code 0 when every fragment is present, 1 when some are missing (each is printed with its
file and line) or when the scan finds fewer than MIN_SITES sites (a scanner that finds nothing
must not pass), 2 on a usage error.
"""
import ast
import bisect
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

SOURCE_DIRECTORIES = ["engine", "models", "outputs", "cli"]
CATALOGUE = Path("docs") / "errors.md"
MIN_FRAGMENT_LENGTH = 10
MIN_LETTERS = 3
MIN_SITES = 100

# Functions that return a problem (an error message, or part of one) instead of throwing; every
# string literal in their return statements is message text. The check fails when one of them
# is no longer found, so that renaming it cannot silently drop its messages from the check.
PROBLEM_FUNCTIONS = {
    "engine/parameter_registry.cpp": ["ParameterValues::set",
                                      "ParameterRegistry::unknown_parameter"],
    "engine/spelling.cpp": ["did_you_mean"],
    "models/parameters.cpp": ["check_parameter_combinations"],
}

# C++ message sites that are calls: the call's parenthesised arguments are the message.
CALL_SITE_PATTERNS = [
    re.compile(r"\bthrow\s+(?:InputError|RuntimeError)\s*\("),
    re.compile(r"\bthrow\s+std::(?:logic_error|runtime_error|invalid_argument|out_of_range)\s*\("),
    re.compile(r"\b(?:fail|fail_file)\s*\("),
    re.compile(r"\bfprintf\s*\(\s*stderr\b"),  # printf conversions split its text
    re.compile(r"\bCoverageCheck\s+\w+\s*\("),
    re.compile(r"\brequire_close\s*\("),
]
# C++ message sites that are statements: everything up to the closing semicolon.
STATEMENT_SITE_PATTERNS = [
    re.compile(r"\bstd::cerr\s*<<"),
    re.compile(r"\bmessage\s*<<"),
    re.compile(r"\bproblem\s*=(?!=)"),
]
# A call preceded by a return type is a declaration or definition, not a message site.
DECLARATION_BEFORE = re.compile(r"\b(?:void|bool|int|auto)\s+(?:\w+::)*$|\]\]\s*void\s+$")

# A printf conversion such as %.2g: in a format string it stands for a value, like a placeholder.
PRINTF_CONVERSION = re.compile(
    r"%[-+#0 ]*\d*(?:\.\d+)?(?:hh|h|ll|l|z|j|t|L)?[diouxXeEfFgGaAcsp]")
PRINTF_SITE = re.compile(r"\bfprintf\s*\(")

ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "\\": "\\", '"': '"', "'": "'", "0": "\0"}


@dataclass
class Site:
    file: str
    line: int
    fragments: list = field(default_factory=list)


# ---------------------------------------------------------------- C++: lexing and literals


def skip_comment_or_literal(text, i):
    """If a comment, string or character literal starts at i, returns the index after it."""
    if text.startswith("//", i):
        end = text.find("\n", i)
        return len(text) if end < 0 else end
    if text.startswith("/*", i):
        end = text.find("*/", i + 2)
        return len(text) if end < 0 else end + 2
    if text[i] == '"':
        return end_of_quoted(text, i, '"')
    if text[i] == "'" and not (i > 0 and text[i - 1].isalnum()):  # not a digit separator
        return end_of_quoted(text, i, "'")
    return None


def end_of_quoted(text, start, quote):
    """The index after the literal opened by the quote at start (escapes honoured)."""
    i = start + 1
    while i < len(text) and text[i] != quote:
        i += 2 if text[i] == "\\" else 1
    return i + 1


def end_of_call(text, open_paren):
    """The index after the parenthesis that closes the one at open_paren."""
    depth = 0
    i = open_paren
    while i < len(text):
        after = skip_comment_or_literal(text, i)
        if after is not None:
            i = after
            continue
        if text[i] == "(":
            depth += 1
        elif text[i] == ")":
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1
    return len(text)


def end_of_statement(text, start):
    """The index after the semicolon that ends the statement starting at start."""
    depth = 0
    i = start
    while i < len(text):
        after = skip_comment_or_literal(text, i)
        if after is not None:
            i = after
            continue
        if text[i] in "([{":
            depth += 1
        elif text[i] in ")]}":
            depth -= 1
        elif text[i] == ";" and depth <= 0:
            return i + 1
        i += 1
    return len(text)


def unescape(body):
    """A C++ string literal's body with its escape sequences resolved."""
    def resolve(match):
        escape = match.group(1)
        if escape[0] == "x" and len(escape) > 1:
            return chr(int(escape[1:], 16))
        return ESCAPES.get(escape, escape)

    return re.sub(r"\\(x[0-9A-Fa-f]+|.)", resolve, body)


def cpp_string_literals(expression):
    """The string literals of a C++ expression, adjacent literals joined into one."""
    literals = []
    joinable = False  # the previous token was a literal and only blanks or comments followed
    i = 0
    while i < len(expression):
        char = expression[i]
        if char == '"':
            end = end_of_quoted(expression, i, '"')
            text = unescape(expression[i + 1:end - 1])
            if joinable:
                literals[-1] += text
            else:
                literals.append(text)
            joinable = True
            i = end
            continue
        after = skip_comment_or_literal(expression, i)
        if after is not None:
            joinable = joinable and expression[i] == "/"  # a comment keeps literals joinable
            i = after
            continue
        if not char.isspace():
            joinable = False
        i += 1
    return literals


class CppSource:
    """A C++ file's text with the spans of its comments and literals, so that a pattern found
    inside a comment or a string is not taken for code."""

    def __init__(self, relative, text):
        self.relative = relative
        self.text = text
        self.spans = comment_and_literal_spans(text)
        self.span_starts = [start for start, _ in self.spans]

    def is_code(self, index):
        position = bisect.bisect_right(self.span_starts, index) - 1
        return position < 0 or not index < self.spans[position][1]

    def line_of(self, index):
        return self.text.count("\n", 0, index) + 1

    def site(self, index, expression_start, expression_end):
        literals = cpp_string_literals(self.text[expression_start:expression_end])
        if PRINTF_SITE.match(self.text, index):
            literals = [part for literal in literals for part in PRINTF_CONVERSION.split(literal)]
        return Site(self.relative, self.line_of(index), literals)


def comment_and_literal_spans(text):
    """(start, end) of every comment and literal of a C++ file, in order."""
    spans = []
    i = 0
    while i < len(text):
        after = skip_comment_or_literal(text, i)
        if after is None:
            i += 1
        else:
            spans.append((i, after))
            i = after
    return spans


def is_declaration(text, match_start):
    """True when a return type precedes the name: the function's declaration or definition."""
    line_start = text.rfind("\n", 0, match_start) + 1
    return DECLARATION_BEFORE.search(text[line_start:match_start]) is not None


def is_function_body_next(text, index):
    """True when a function body follows index (what looked like a call was a signature)."""
    rest = text[index:index + 80].lstrip()
    rest = re.sub(r"^(?:const|override|noexcept)\s*", "", rest)
    return rest.startswith("{")


def cpp_call_sites(source):
    sites = []
    for pattern in CALL_SITE_PATTERNS:
        for match in pattern.finditer(source.text):
            if not source.is_code(match.start()) or is_declaration(source.text, match.start()):
                continue
            open_paren = source.text.index("(", match.start())
            end = end_of_call(source.text, open_paren)
            if not is_function_body_next(source.text, end):
                sites.append(source.site(match.start(), open_paren, end))
    return sites


def cpp_statement_sites(source):
    sites = []
    for pattern in STATEMENT_SITE_PATTERNS:
        for match in pattern.finditer(source.text):
            if source.is_code(match.start()):
                end = end_of_statement(source.text, match.start())
                sites.append(source.site(match.start(), match.start(), end))
    return sites


def function_body(source, qualified_name):
    """(start, end) of the body of the function qualified_name defines, or None."""
    pattern = re.compile(r"\b" + re.escape(qualified_name) + r"\s*\(")
    for match in pattern.finditer(source.text):
        if not source.is_code(match.start()):
            continue
        close = end_of_call(source.text, source.text.index("(", match.start()))
        if is_function_body_next(source.text, close):
            body_start = source.text.index("{", close)
            return body_start, end_of_braces(source.text, body_start)
    return None


def end_of_braces(text, open_brace):
    """The index after the brace that closes the one at open_brace."""
    depth = 0
    i = open_brace
    while i < len(text):
        after = skip_comment_or_literal(text, i)
        if after is not None:
            i = after
            continue
        if text[i] == "{":
            depth += 1
        elif text[i] == "}":
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1
    return len(text)


def problem_function_sites(source, problems):
    """The return statements of the PROBLEM_FUNCTIONS defined in this file."""
    sites = []
    for name in PROBLEM_FUNCTIONS.get(source.relative, []):
        body = function_body(source, name)
        if body is None:
            problems.append(f"{source.relative}: problem function {name} not found; update "
                            "PROBLEM_FUNCTIONS in this script")
            continue
        for match in re.finditer(r"\breturn\b", source.text[body[0]:body[1]]):
            start = body[0] + match.start()
            if source.is_code(start):
                sites.append(source.site(start, start, end_of_statement(source.text, start)))
    return sites


def cpp_sites(relative, text, problems):
    source = CppSource(relative, text)
    return (cpp_call_sites(source) + cpp_statement_sites(source)
            + problem_function_sites(source, problems))


# ---------------------------------------------------------------- Python


def python_string_parts(node):
    """The constant text of a Python expression: literals and the fixed parts of f-strings."""
    parts = []
    for inner in ast.walk(node):
        if isinstance(inner, ast.Constant) and isinstance(inner.value, str):
            parts.append(inner.value)
    return parts


def is_message_call(call):
    func = call.func
    name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(
        func, ast.Attribute) else ""
    if name in ("ReportInputError", "SystemExit"):
        return True
    if name == "exit" and isinstance(func, ast.Attribute):  # sys.exit("message")
        return any(python_string_parts(argument) for argument in call.args)
    if name == "print":
        return any(keyword.arg == "file" and ast.unparse(keyword.value) == "sys.stderr"
                   for keyword in call.keywords)
    return False


def python_sites(relative, text):
    sites = []
    for node in ast.walk(ast.parse(text, filename=relative)):
        if isinstance(node, ast.Call) and is_message_call(node):
            parts = []
            for argument in node.args:
                parts += python_string_parts(argument)
            sites.append(Site(relative, node.lineno, parts))
    return sites


# ---------------------------------------------------------------- comparing


def collapse_whitespace(text):
    return " ".join(text.split())


def is_checkable(fragment):
    return (len(fragment) >= MIN_FRAGMENT_LENGTH
            and sum(char.isalpha() for char in fragment) >= MIN_LETTERS)


def checkable_fragments(site):
    fragments = (collapse_whitespace(f) for f in site.fragments)
    return [f for f in fragments if is_checkable(f)]


def is_in_catalogue(fragment, catalogue):
    escaped = fragment.replace('"', '\\"')
    return fragment in catalogue or escaped in catalogue


def source_files(source_dir):
    for directory in SOURCE_DIRECTORIES:
        for path in sorted((source_dir / directory).rglob("*")):
            if path.suffix in (".cpp", ".hpp", ".py") and path.is_file():
                yield path


def scan(source_dir, problems):
    sites = []
    for path in source_files(source_dir):
        relative = path.relative_to(source_dir).as_posix()
        text = path.read_text(encoding="utf-8")
        sites += python_sites(relative, text) if path.suffix == ".py" else cpp_sites(
            relative, text, problems)
    for relative in PROBLEM_FUNCTIONS:
        if not (source_dir / relative).is_file():
            problems.append(f"{relative}: file of PROBLEM_FUNCTIONS not found")
    return sites


def missing_fragments(sites, catalogue):
    """(problems, number of fragments checked): one problem per fragment not in the catalogue."""
    problems = []
    checked = 0
    for site in sorted(sites, key=lambda s: (s.file, s.line)):
        for fragment in checkable_fragments(site):
            checked += 1
            if not is_in_catalogue(fragment, catalogue):
                problems.append(f"{site.file}:{site.line}: not in {CATALOGUE}: {fragment!r}")
    return problems, checked


def main(argv):
    if len(argv) != 2:
        print("usage: check_error_catalogue.py SOURCE_DIR", file=sys.stderr)
        return 2
    source_dir = Path(argv[1])
    catalogue_path = source_dir / CATALOGUE
    if not catalogue_path.is_file():
        print(f"check_error_catalogue: {catalogue_path} not found", file=sys.stderr)
        return 1
    catalogue = collapse_whitespace(catalogue_path.read_text(encoding="utf-8"))

    problems = []
    sites = scan(source_dir, problems)
    missing, checked = missing_fragments(sites, catalogue)
    problems += missing
    if len(sites) < MIN_SITES:
        problems.append(f"only {len(sites)} message sites found (at least {MIN_SITES} "
                        "expected): is the scanner broken or SOURCE_DIR wrong?")
    for problem in problems:
        print(problem)
    if problems:
        print(f"check_error_catalogue: {len(problems)} problem(s); every message the code can "
              f"print needs an entry (message, cause, what to do) in {CATALOGUE}")
        return 1
    with_text = sum(1 for site in sites if checkable_fragments(site))
    print(f"check_error_catalogue: {len(sites)} message sites ({with_text} with checkable "
          f"text), {checked} fragments, all in {CATALOGUE}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
