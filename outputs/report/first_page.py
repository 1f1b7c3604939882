"""The annex's first page: the question (area, scenarios against the reference, horizon), the
scenarios with their levers, sizes, timing and the source of each size, the findings
(findings.py) and the outlook the reference run assumed. A reader takes it in at once; in the
PDF it is a page of its own.

The levers come from the resolved scenario each result file stores in its attribute `scenario`
(docs/output.md, "Global attributes"), one line per lever with the content `lmsim info` gives
(engine/lever_summary.cpp): type, numbers, other keys, the profile's shape and years.
"""
import datetime
import html
import math
import tomllib

from texts import outlook_sentences


def _value_text(value):
    """A TOML value as engine/lever_summary.cpp writes it: texts without quotes, floats in their
    shortest form with a point, arrays and inline tables in brackets (keys in order)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        text = repr(value)
        return text + ".0" if math.isfinite(value) and not any(c in text for c in ".e") else text
    if isinstance(value, list):
        return "[" + ", ".join(_value_text(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{k} = {_value_text(value[k])}" for k in sorted(value)) + "}"
    if isinstance(value, (datetime.date, datetime.time)):
        return value.isoformat()
    return str(value)


def _is_number(value):
    return isinstance(value, (int, float))  # bool is an int too, as in lever_summary.cpp


def profile_text(profile):
    """'linear 2026 .. 2030', 'step from 2026', 'path {...}'; another form as written."""
    if not isinstance(profile, dict):
        return "profile = " + _value_text(profile)
    shape = _value_text(profile["shape"]) if "shape" in profile else ""
    start, end = profile.get("from"), profile.get("to")
    if shape == "step" and start is not None:
        return f"step from {_value_text(start)}"
    if shape in ("linear", "sigmoid") and start is not None and end is not None:
        return f"{shape} {_value_text(start)} .. {_value_text(end)}"
    if shape == "path" and "path" in profile:
        return "path " + _value_text(profile["path"])
    return "profile = " + _value_text(profile)


def lever_line(lever):
    """One lever as `lmsim info` lists it: 'type: numbers, other keys; profile'."""
    numbers, others = [], []
    for key in sorted(lever):
        value = lever[key]
        if key in ("type", "profile") or value == "all":  # "all" restricts nothing
            continue
        (numbers if _is_number(value) else others).append(f"{key} = {_value_text(value)}")
    line = _value_text(lever["type"]) if "type" in lever else "(no type)"
    if numbers or others:
        line += ": " + ", ".join(numbers + others)
    if "profile" in lever:
        line += "; " + profile_text(lever["profile"])
    return line


def scenario_levers(result):
    """The levers of the scenario a result file stores: a list of dicts, or None where the file
    stores no readable scenario."""
    text = result.ds.attrs.get("scenario")
    if text is None:
        return None
    try:
        scenario = tomllib.loads(text.decode() if isinstance(text, bytes) else str(text))
    except tomllib.TOMLDecodeError:
        return None
    levers = scenario.get("levers", [])
    return [lever for lever in levers if isinstance(lever, dict)] \
        if isinstance(levers, list) else None


def _attribute(result, name):
    value = result.ds.attrs.get(name, "")
    return value.decode() if isinstance(value, bytes) else str(value)


def lever_items(result, texts):
    """The page's list items of a file's levers, each with the source of its size."""
    levers = scenario_levers(result)
    if levers is None:
        return [html.escape(texts["levers_unknown"])]
    if not levers:
        return [html.escape(texts["no_levers"])]
    items = []
    for lever in levers:
        kind = str(lever.get("type", ""))
        source = texts["lever_sources"].get(kind, texts["lever_source_unknown"])
        items.append(f"<code>{html.escape(lever_line(lever))}</code><br>"
                     f'<span class="lever-source">'
                     f"{html.escape(texts['lever_source'].format(source=source, type=kind))}"
                     "</span>")
    return items


def scenario_block(result, is_reference, texts):
    """A file's title, description (its own, or the inherited one said as such), each in the
    annex's language where the file gives it, and levers."""
    marker = f" ({texts['reference_marker']})" if is_reference else ""
    parts = [f'<div class="scenario"><p><strong>{html.escape(result.title)}</strong>'
             f"{html.escape(marker)}</p>"]
    description = result.text_in_language("description")
    inherited = result.text_in_language("description_inherited")
    if description:
        parts.append(f'<p class="description">{html.escape(description)}</p>')
    elif inherited:
        text = texts["inherited_description"].format(
            base=_attribute(result, "description_inherited_from"), text=inherited)
        parts.append(f'<p class="description">{html.escape(text)}</p>')
    parts.append("<ul>" + "".join(f"<li>{item}</li>" for item in lever_items(result, texts))
                 + "</ul></div>")
    return "\n".join(parts)


def question(results, scope, year, texts):
    reference = results[0]
    span = {"scope": scope, "first": reference.years[0], "last": reference.years[-1],
            "year": year, "reference": reference.title}
    if len(results) == 1:
        return texts["question_single"].format(**span)
    titles = [f'"{r.title}"' for r in results[1:]]
    scenarios = titles[0] if len(titles) == 1 else \
        f"{', '.join(titles[:-1])} {texts['and']} {titles[-1]}"
    key = "question_compare" if len(titles) == 1 else "question_compare_many"
    return texts[key].format(scenarios=scenarios, **span)


def first_page(results, scope, year, texts, groups, rule):
    """The first page's HTML below its title: groups are the findings, (scenario title,
    sentences) each, rule the sentence stating the noise rule they used."""
    reference = results[0]
    outlook = outlook_sentences(reference.outlook, reference.defence is not None, texts)
    blocks = "\n".join(scenario_block(r, i == 0 and len(results) > 1, texts)
                       for i, r in enumerate(results))
    findings = "".join(
        f'<li><strong>{html.escape(title)}</strong><ul class="findings">'
        + "".join(f"<li>{html.escape(s)}</li>" for s in group) + "</ul></li>"
        for title, group in groups)
    outlook_items = "".join(f"<li><strong>{html.escape(topic)}</strong>: {html.escape(text)}</li>"
                            for topic, text in outlook)
    return (f'<h3 id="question">{html.escape(texts["question_heading"])}</h3>\n'
            f'<p class="question">{html.escape(question(results, scope, year, texts))}</p>\n'
            f'<h3 id="scenarios">{html.escape(texts["scenarios_heading"])}</h3>\n{blocks}\n'
            f'<h3 id="findings">{html.escape(texts["findings_heading"])}</h3>\n'
            f'<ul class="finding-groups">{findings}</ul>\n'
            f'<p class="rule">{html.escape(rule)}</p>\n'
            f'<h3 id="outlook">{html.escape(texts["outlook_heading"])}</h3>\n'
            f'<ul class="outlook">{outlook_items}</ul>')
