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
    "engine/parameter_registry.cpp": ["ParameterValues::set"],
    "engine/spelling.cpp": ["did_you_mean"],
    "models/parameters.cpp": ["check_parameter_combinations"],
}

# C++ message sites that are calls: the call's parenthesised arguments are the message.
CALL_SITE_PATTERNS = [
    re.compile(r"\bthrow\s+(?:InputError|RuntimeError)\s*\("),
    re.compile(r"\bthrow\s+std::(?:logic_error|runtime_error|invalid_argument|out_of_range)\s*\("),
    re.compile(r"\b(?:fail|fail_file)\s*\("),
    re.compile(r"\bfprintf\s*\(\s*stderr\b"),
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
    return re.sub(r"\\(x[0-9A-Fa-f]+|.)",
                  lambda m: ESCAPES.get(m.group(1), "" if m.group(1)[0] == "x" else m.group(1)),
                  body)


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


def line_of(text, index):
    return text.count("\n", 0, index) + 1


def is_declaration(text, match_start):
    line_start = text.rfind("\n", 0, match_start) + 1
    return DECLARATION_BEFORE.search(text[line_start:match_start]) is not None


def is_function_body_next(text, index):
    """True when a definition's body follows (the call was a function's own signature)."""
    rest = text[index:index + 80].lstrip()
    rest = re.sub(r"^(?:const|override|noexcept)\s*", "", rest)
    return rest.startswith("{")


def cpp_call_sites(relative, text):
    sites = []
    for pattern in CALL_SITE_PATTERNS:
        for match in pattern.finditer(text):
            if in_comment_or_literal(text, match.start()) or is_declaration(text, match.start()):
                continue
            open_paren = text.index("(", match.start())
            end = end_of_call(text, open_paren)
            if is_function_body_next(text, end):
                continue
            sites.append(Site(relative, line_of(text, match.start()),
                              cpp_string_literals(text[open_paren:end])))
    return sites


def cpp_statement_sites(relative, text):
    sites = []
    for pattern in STATEMENT_SITE_PATTERNS:
        for match in pattern.finditer(text):
            if in_comment_or_literal(text, match.start()):
                continue
            end = end_of_statement(text, match.start())
            sites.append(Site(relative, line_of(text, match.start()),
                              cpp_string_literals(text[match.start():end])))
    return sites


def in_comment_or_literal(text, index):
    """True when index lies inside a comment or a literal (scanning its line from the start
    of the file would be exact but slow; the line's own start suffices for lmsim's style)."""
    i = text.rfind("\n", 0, index) + 1
    while i < index:
        after = skip_comment_or_literal(text, i)
        if after is not None:
            if after > index:
                return True
            i = after
        else:
            i += 1
    return False


def function_body(text, qualified_name):
    """(start, end) of the body of the function definition named qualified_name, or None."""
    pattern = re.compile(r"\b" + re.escape(qualified_name) + r"\s*\(")
    for match in pattern.finditer(text):
        open_paren = text.index("(", match.start())
        close = end_of_call(text, open_paren)
        if is_function_body_next(text, close):
            body_start = text.index("{", close)
            return body_start, end_of_braces(text, body_start)
    return None


def end_of_braces(text, open_brace):
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


def problem_function_sites(relative, text, problems):
    sites = []
    for name in PROBLEM_FUNCTIONS.get(relative, []):
        body = function_body(text, name)
        if body is None:
            problems.append(f"{relative}: problem function {name} not found; update "
                            "PROBLEM_FUNCTIONS in this script")
            continue
        for match in re.finditer(r"\breturn\b", text[body[0]:body[1]]):
            start = body[0] + match.start()
            if in_comment_or_literal(text, start):
                continue
            end = end_of_statement(text, start)
            sites.append(Site(relative, line_of(text, start),
                              cpp_string_literals(text[start:end])))
    return sites


def cpp_sites(relative, text, problems):
    return (cpp_call_sites(relative, text) + cpp_statement_sites(relative, text)
            + problem_function_sites(relative, text, problems))


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
    fragment_count = 0
    for site in sorted(sites, key=lambda s: (s.file, s.line)):
        for fragment in checkable_fragments(site):
            fragment_count += 1
            if not is_in_catalogue(fragment, catalogue):
                problems.append(f"{site.file}:{site.line}: not in {CATALOGUE}: {fragment!r}")
    if len(sites) < MIN_SITES:
        problems.append(f"only {len(sites)} message sites found (at least {MIN_SITES} "
                        "expected): is the scanner broken or SOURCE_DIR wrong?")
    for problem in problems:
        print(problem)
    if problems:
        print(f"check_error_catalogue: {len(problems)} problem(s); add the messages to "
              f"{CATALOGUE} (see its introduction)")
        return 1
    with_text = sum(1 for site in sites if checkable_fragments(site))
    print(f"check_error_catalogue: {len(sites)} message sites ({with_text} with checkable "
          f"text), {fragment_count} fragments, all in {CATALOGUE}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
