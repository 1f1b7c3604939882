"""The annex's "Verantwoording" (Method and sources): the method (engine, months, annual
means), its limitations, the estimated inputs the runs used, and a reproducibility stamp per
file (lmsim version, engine, seed, scale and replicates, data checksums in short, the outlook's
sources), with the full record in reproducibility.txt (docs/report.md, "Method and sources").
"""
import hashlib
import html
import re

# The annex's file with every file's full data checksums, outlook attributes and scenario.
RECORD_FILE = "reproducibility.txt"
# Global attributes of a result file written into the record (docs/output.md).
RECORD_ATTRIBUTES = ["title", "lmsim_version", "engine", "seed", "scale", "replicates", "created",
                     "scenario_file", "data_dir", "demand_outlook", "demand_outlook_sources",
                     "population_outlook_sources", "aow_age_law_until"]


def attribute(result, name):
    value = result.ds.attrs.get(name, "")
    return value.decode() if isinstance(value, bytes) else str(value)


def data_files(result):
    """(file, checksum) pairs of the data_checksums attribute ('name fnv1a64:hex' a line)."""
    pairs = []
    for line in result.data_checksums.splitlines():
        name, _, checksum = line.strip().partition(" ")
        if name:
            pairs.append((name, checksum))
    return pairs


def checksum_digest(result):
    """The short form of a file's data checksums: the first 12 hex digits of the SHA-256 of its
    data_checksums attribute (the same data set gives the same digest)."""
    return hashlib.sha256(result.data_checksums.encode()).hexdigest()[:12]


def population_summary(sources, texts):
    """The CBS tables the population outlook used and how many yearly sources are estimated."""
    items = [item for item in sources.split("; ") if item]
    tables = sorted(set(re.findall(r"\b\d{5,6}NED\b", sources)))
    estimated = sum(item.startswith("EST") for item in items)
    counted = texts["estimated_items"].format(estimated=estimated, count=len(items))
    return "CBS " + ", ".join(tables) + "; " + counted if tables else counted


def _list(items):
    return "<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>"


def method_paragraphs(results, year, texts):
    reference = results[0]
    engines = []
    for result in results:
        engine = attribute(result, "engine")
        text = texts["method_engines"].get(engine)
        if text is not None:
            text = text.format(scale=attribute(result, "scale") or "1")
            if text not in engines:
                engines.append(text)
    common = texts["method_common"].format(start=reference.time_values[0][:7],
                                           end=reference.time_values[-1][:7], year=year)
    return [f"<p>{html.escape(text)}</p>" for text in engines + [common]]


def estimated_inputs(results, texts):
    """The data files the runs used that docs/data.md calls (partly) estimated."""
    used = sorted({name for result in results for name, _ in data_files(result)})
    return [f"<code>{html.escape(name)}</code>: {html.escape(texts['estimated_inputs'][name])}"
            for name in used if name in texts["estimated_inputs"]]


def stamp_rows(result, texts):
    rows = [(texts["stamp_version"], attribute(result, "lmsim_version") or "?"),
            (texts["stamp_engine"], attribute(result, "engine") or "?"),
            (texts["stamp_seed"], attribute(result, "seed") or "?"),
            (texts["stamp_scale"], attribute(result, "scale") or "1")]
    if attribute(result, "replicates"):
        rows.append((texts["stamp_replicates"], attribute(result, "replicates")))
    rows += [(texts["stamp_created"], result.created),
             (texts["stamp_checksums"], texts["stamp_checksums_value"].format(
                 count=len(data_files(result)), digest=checksum_digest(result)))]
    if result.outlook is not None:
        demand = result.outlook.get("demand_outlook") or "-"
        sources = result.outlook.get("demand_outlook_sources")
        rows.append((texts["stamp_demand"], demand + (f" ({sources})" if sources else "")))
        population = result.outlook.get("population_outlook_sources")
        if population:
            rows.append((texts["stamp_population"], population_summary(population, texts)))
    return rows


def stamp_table(results, texts):
    """One column per file, one row per item of the stamp, matched by label: a file without an
    item (no replicates, no population outlook) has an empty cell in its row."""
    columns = [dict(stamp_rows(result, texts)) for result in results]
    labels = []
    for result in results:
        labels += [label for label, _ in stamp_rows(result, texts) if label not in labels]
    header = "".join(f"<th>{html.escape(r.title)}</th>" for r in results)
    body = ""
    for label in labels:
        cells = "".join(f"<td>{html.escape(column.get(label, ''))}</td>" for column in columns)
        body += f"<tr><th>{html.escape(label)}</th>{cells}</tr>"
    return (f'<table class="stamp"><thead><tr><th>{html.escape(texts["stamp_file"])}</th>'
            f"{header}</tr></thead><tbody>{body}</tbody></table>")


def method_section(results, year, texts):
    """The inner HTML of the Verantwoording section (below its h2)."""
    full_list = texts["stamp_full_list"].format(file=f'<a href="{RECORD_FILE}">{RECORD_FILE}</a>')
    return "\n".join([
        f'<h3 id="method-model">{html.escape(texts["method_model_heading"])}</h3>',
        *method_paragraphs(results, year, texts),
        f'<h3 id="limitations">{html.escape(texts["limitations_heading"])}</h3>',
        _list(html.escape(item) for item in texts["limitations"]),
        f'<h3 id="estimated-inputs">{html.escape(texts["estimated_heading"])}</h3>',
        f"<p>{html.escape(texts['estimated_intro'])}</p>",
        _list(estimated_inputs(results, texts)),
        f'<h3 id="reproducibility">{html.escape(texts["stamp_heading"])}</h3>',
        stamp_table(results, texts),
        f"<p>{full_list}</p>"])


def write_record(results, path):
    """reproducibility.txt: per file its path, the attributes of RECORD_ATTRIBUTES, every data
    checksum and the resolved scenario, so a run can be repeated and its data checked."""
    parts = []
    for result in results:
        lines = [f"file: {result.path}"]
        lines += [f"{name}: {attribute(result, name)}" for name in RECORD_ATTRIBUTES
                  if attribute(result, name)]
        lines.append(f"data_checksums (digest {checksum_digest(result)}):")
        lines += [f"  {name} {checksum}" for name, checksum in data_files(result)]
        lines.append("scenario:")
        lines += [f"  {line}" for line in attribute(result, "scenario").splitlines()]
        parts.append("\n".join(lines))
    path.write_text("\n\n".join(parts) + "\n", encoding="utf-8")
