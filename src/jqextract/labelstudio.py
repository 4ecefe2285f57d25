"""A Label Studio round trip: jqextract's facts as pre-annotations, corrections back as gold.

A team that wants its own precision/recall table annotates its own documents.
Writing gold JSON Lines with character offsets by hand is slow, so
:func:`export_tasks` turns each document into one Label Studio task whose
*predictions* are jqextract's facts, and :func:`import_gold` reads the team's
corrected *annotations* back into the gold format that ``jqextract eval``
scores (facts.md §7, gold/README.md).

How a fact is drawn in Label Studio (the configuration of :func:`label_config`):

- the quantity is a span labelled with its dimension (``quantity`` control;
  ``none`` for a bare number without a unit);
- the subject is a span of its own (``subject`` control), and a relation joins
  the quantity to it; a subject that is no one span of the text (器材制造业 +
  增加值 of 器材制造业、仪器仪表制造业增加值) is written in the quantity's
  ``subject_text`` field instead; a quantity with neither has no subject;
- the other fields are typed per quantity region: text areas for value,
  high, unit, norm_value, norm_unit, predicate, per, modality, time, location
  and the subject's alternatives (one per line), choices for qualifier and change.

Offsets are Python string offsets into the document text exactly as jqextract
reads it; the text is the task's data, so what the annotator saw is what the
offsets index. Whatever cannot be converted back is reported with its task id
and region, never dropped silently.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from xml.sax.saxutils import quoteattr

from .evaluate import check_fact

QUANTITY, SUBJECT, TEXT = "quantity", "subject", "text"
NO_DIMENSION = "none"  # the label of a bare number (dimension null)
NUMBER_FIELDS = ("value", "high", "norm_value")
STRING_FIELDS = ("unit", "norm_unit", "predicate", "per", "modality", "time", "location")
CHOICE_FIELDS = {"qualifier": ("approx", "more_than", "less_than"), "change": ("up", "down")}
ALTERNATIVES = "alternatives"
SUBJECT_TEXT = "subject_text"  # a subject that is not one span of the text
# the order of a gold line's fields (gold/README.md), then the label the annotator gave
GOLD_FIELDS = ("doc", "text", "start", "end", "value", "unit", "norm_value", "norm_unit", "qualifier", "high",
               "subject", "alternatives", "predicate", "change", "per", "modality", "time", "location", "dimension")
FIELD_HINTS = {
    "value": "value as written, a number (618万千瓦 → 6180000)",
    "high": "high end of a range, else empty",
    "unit": "unit as written (千瓦), empty for a bare number",
    "norm_value": "value in the canonical unit (6180000000)",
    "norm_unit": "canonical unit (W, Wh, m2, CNY, %, pp, x, d, or the classifier)",
    "predicate": "predicate verb (新增, 达到)",
    "per": "base of a rate (月, 吨, 人)",
    "modality": "modal hedge (预计, 有望)",
    "time": "time (2024年, 过去一年)",
    "location": "place (酒泉市)",
    ALTERNATIVES: "other acceptable subjects, one per line",
    SUBJECT_TEXT: "the subject when it is not one span of the text; else draw a subject region",
}
COLORS = ("#f4a6a6", "#a6d8f4", "#b8e6a6", "#f4d6a6", "#d6a6f4", "#a6f4e6", "#f4a6d8", "#e6e6a6",
          "#c6c6f4", "#f4c6a6", "#a6f4b8", "#d8d8d8", "#f4b8b8", "#b8d8f4", "#d8f4a6", "#e0c0a0")


def dimensions(extractor) -> list[str]:
    """The quantity labels: the dimensions of the extractor's unit table (``date`` is
    never a fact), then ``none`` for a bare number."""
    return [d for d in extractor.rules.units.canonical if d != "date"] + [NO_DIMENSION]


# ---- the labelling configuration ----------------------------------------------------

def label_config(dims: list[str]) -> str:
    """Label Studio's XML for these quantity labels: the text, the two span controls,
    the per-region fields shown (four to a row) when a quantity is selected. Relations
    carry no label: a relation between a quantity and a subject says it all."""
    labels = "\n".join(f'    <Label value={quoteattr(d)} background="{COLORS[i % len(COLORS)]}"/>' for i, d in enumerate(dims))
    fields = []
    for name in ("value", "high", "unit", "norm_value", "norm_unit"):
        fields.append(text_area(name, single=True))
    for name, choices in CHOICE_FIELDS.items():
        options = "".join(f'<Choice value="{c}"/>' for c in choices)
        fields.append(f'    <View><Header value="{name}" size="6"/>'
                      f'<Choices name="{name}" toName="{TEXT}" perRegion="true" choice="single" showInline="true">'
                      f"{options}</Choices></View>")
    for name in ("predicate", "per", "modality", "time", "location"):
        fields.append(text_area(name, single=True))
    fields.append(text_area(SUBJECT_TEXT, single=True))
    fields.append(text_area(ALTERNATIVES, single=False))
    body = "\n".join(fields)
    return f"""<View>
  <Style>.htx-text {{ white-space: pre-wrap; line-height: 1.9; font-size: 16px; }}</Style>
  <Header value="$doc"/>
  <Labels name="{QUANTITY}" toName="{TEXT}" showInline="true">
{labels}
  </Labels>
  <Labels name="{SUBJECT}" toName="{TEXT}" showInline="true">
    <Label value="{SUBJECT}" background="#ffe08a"/>
  </Labels>
  <Text name="{TEXT}" value="$text" granularity="symbol"/>
  <View visibleWhen="region-selected" whenTagName="{QUANTITY}"
        style="display: grid; grid-template-columns: repeat(4, 1fr); gap: 0 16px">
{body}
  </View>
</View>
"""


def text_area(name: str, single: bool) -> str:
    """One per-region text area; single-valued fields take one line, alternatives several."""
    limit = ' maxSubmissions="1"' if single else ""
    return (f'    <View><Header value="{name}" size="6"/>'
            f'<TextArea name="{name}" toName="{TEXT}" perRegion="true" editable="true" rows="1"{limit} '
            f"placeholder={quoteattr(FIELD_HINTS[name])}/></View>")


# ---- facts → a task with predictions ----------------------------------------------------

def task(doc: str, text: str, facts: list[dict], model_version: str) -> tuple[dict, list[str]]:
    """One Label Studio task for a document: its text as data and its facts (the
    dicts of ``Fact.to_dict()`` with ``subject_start``/``subject_end``) as one
    prediction. A subject that is no span of the text goes in the quantity's
    ``subject_text``. Also the problems (none today: the list is kept for what a
    later field cannot draw)."""
    result, problems, subjects = [], [], {}
    for i, fact in enumerate(facts, 1):
        qid = f"q{i}"
        result += quantity_results(qid, fact)
        span = fact.get("subject_start"), fact.get("subject_end")
        if fact.get("subject") is None:
            continue
        if span[0] is None or text[span[0] : span[1]] != fact["subject"]:
            result.append(region_field(qid, fact, SUBJECT_TEXT, "textarea", [fact["subject"]]))
            continue
        if span not in subjects:
            subjects[span] = f"s{len(subjects) + 1}"
            result.append(span_result(subjects[span], SUBJECT, span[0], span[1], text, [SUBJECT]))
        result.append({"from_id": qid, "to_id": subjects[span], "type": "relation", "direction": "right", "labels": []})
    data = {"text": text, "doc": doc}
    return {"data": data, "predictions": [{"model_version": model_version, "result": result}]}, problems


def span_result(rid: str, control: str, start: int, end: int, text: str, labels: list[str]) -> dict:
    return {"id": rid, "from_name": control, "to_name": TEXT, "type": "labels",
            "value": {"start": start, "end": end, "text": text[start:end], "labels": labels}}


def quantity_results(qid: str, fact: dict) -> list[dict]:
    """The quantity's span, labelled with its dimension, and its fields as per-region results."""
    out = [{"id": qid, "from_name": QUANTITY, "to_name": TEXT, "type": "labels",
            "value": {"start": fact["start"], "end": fact["end"], "text": fact["text"],
                      "labels": [fact.get("dimension") or NO_DIMENSION]}}]
    for name in NUMBER_FIELDS + STRING_FIELDS:
        if fact.get(name) is not None:
            out.append(region_field(qid, fact, name, "textarea",
                                    [json.dumps(fact[name]) if name in NUMBER_FIELDS else fact[name]]))
    for name in CHOICE_FIELDS:
        if fact.get(name) is not None:
            out.append(region_field(qid, fact, name, "choices", [fact[name]]))
    if fact.get(ALTERNATIVES):
        out.append(region_field(qid, fact, ALTERNATIVES, "textarea", list(fact[ALTERNATIVES])))
    return out


def region_field(qid: str, fact: dict, name: str, kind: str, values: list[str]) -> dict:
    """One per-region field of the quantity region ``qid`` (a text area or choices)."""
    return {"id": qid, "from_name": name, "to_name": TEXT, "type": kind,
            "value": {"start": fact["start"], "end": fact["end"], kind if kind == "choices" else "text": values}}


def region_name(rid: str, fact_or_value: dict) -> str:
    """How a region is named in messages: its id, its text and its span."""
    return f"region {rid} {fact_or_value.get('text')!r} [{fact_or_value.get('start')}:{fact_or_value.get('end')}]"


# ---- an export → gold lines ----------------------------------------------------------------

@dataclass
class Problem:
    """Something of an export that could not be converted: where it is and why."""

    task: object
    doc: str | None
    where: str  # "region q3 '618万千瓦' [11:17]", or "" for the whole task
    reason: str

    def __str__(self) -> str:
        doc = f" ({self.doc})" if self.doc else ""
        return f"task {self.task}{doc}" + (f", {self.where}" if self.where else "") + f": {self.reason}"


@dataclass
class Region:
    """One region of an annotation: its span, its label and control, its per-region fields."""

    rid: str
    control: str | None = None
    start: int | None = None
    end: int | None = None
    label: str | None = None
    fields: dict = field(default_factory=dict)  # name → list of strings
    subjects: list[str] = field(default_factory=list)  # ids of the subject regions related to it

    def name(self) -> str:
        return f"region {self.rid}" + (f" [{self.start}:{self.end}]" if self.start is not None else "")


def read_export(raw: object) -> list[dict]:
    """The tasks of a Label Studio JSON export (a list of tasks), or ``ValueError``."""
    if isinstance(raw, dict) and "data" in raw:
        raw = [raw]  # one task exported alone
    if not isinstance(raw, list) or not all(isinstance(t, dict) and isinstance(t.get("data"), dict) for t in raw):
        raise ValueError("not a Label Studio JSON export (expected a list of tasks, each with \"data\")")
    return raw


def import_gold(tasks: list[dict]) -> tuple[list[dict], list[Problem]]:
    """Gold lines (in document order, then text order) from the annotations of an
    export, and the problems: every task, annotation, region or relation that could
    not be turned into gold is one :class:`Problem`."""
    lines, problems = [], []
    seen: dict[str, object] = {}
    for t in tasks:
        tid, data = t.get("id", "?"), t["data"]
        doc, text = data.get("doc"), data.get(TEXT)
        if not isinstance(doc, str) or not isinstance(text, str):
            problems.append(Problem(tid, None, "", "the task has no \"doc\" and \"text\" data (not made by jqextract export-tasks)"))
            continue
        if doc in seen:
            problems.append(Problem(tid, doc, "", f"the document is also task {seen[doc]}; only that task was read"))
            continue
        annotation = pick_annotation(t, problems)
        if annotation is None:
            continue
        seen[doc] = tid
        found = annotation_lines(tid, doc, text, annotation.get("result") or [], problems)
        if not found:
            problems.append(Problem(tid, doc, "", "the annotation has no quantity; a document without facts cannot be "
                                                  "written as gold lines"))
        lines += found
    return lines, problems


def pick_annotation(t: dict, problems: list[Problem]) -> dict | None:
    """The task's annotation: the one submitted, or the latest of several (the others
    are named). Predictions are never read: they are jqextract's, not the team's."""
    tid, doc = t.get("id", "?"), t["data"].get("doc")
    annotations = [a for a in t.get("annotations") or [] if not a.get("was_cancelled")]
    skipped = len(t.get("annotations") or []) - len(annotations)
    if not annotations:
        why = "the annotation was skipped (cancelled)" if skipped else "no annotation (predictions alone are not gold)"
        problems.append(Problem(tid, doc, "", why + "; the document is left out"))
        return None
    annotations.sort(key=lambda a: (str(a.get("updated_at") or a.get("created_at") or ""), a.get("id") or 0))
    chosen = annotations[-1]
    if len(annotations) > 1:
        others = ", ".join(str(a.get("id", "?")) for a in annotations[:-1])
        problems.append(Problem(tid, doc, "", f"{len(annotations)} annotations; read the latest ({chosen.get('id', '?')}), "
                                              f"not {others}"))
    return chosen


def annotation_lines(tid, doc: str, text: str, result: list[dict], problems: list[Problem]) -> list[dict]:
    """The gold lines of one annotation."""
    regions = collect_regions(tid, doc, result, problems)
    lines = []
    linked = set()
    for region in regions.values():
        if region.control != QUANTITY:
            continue
        line = gold_line(doc, text, region, regions)
        linked.update(region.subjects)
        if isinstance(line, str):
            problems.append(Problem(tid, doc, region.name() + quoted(text, region), line))
        else:
            lines.append(line)
    for region in regions.values():
        if region.control == SUBJECT and region.rid not in linked:
            problems.append(Problem(tid, doc, region.name() + quoted(text, region),
                                    "a subject related to no quantity (draw a relation from the quantity to it)"))
    return sorted(lines, key=lambda d: (d["start"], d["end"]))


def quoted(text: str, region: Region) -> str:
    if region.start is None or region.end is None:
        return ""
    return f" {text[region.start : region.end]!r}"


def collect_regions(tid, doc: str, result: list[dict], problems: list[Problem]) -> dict[str, Region]:
    """The regions of an annotation's result, by id, with their per-region fields and relations."""
    regions: dict[str, Region] = {}
    relations = []
    for item in result:
        if item.get("type") == "relation":
            relations.append(item)
            continue
        reason = add_to_region(regions, item)
        if reason:
            problems.append(Problem(tid, doc, f"region {item.get('id')}", reason))
    for rel in relations:
        reason = add_relation(regions, rel)
        if reason:
            problems.append(Problem(tid, doc, f"relation {rel.get('from_id')} → {rel.get('to_id')}", reason))
    return regions


def add_to_region(regions: dict[str, Region], item: dict) -> str | None:
    """Record one result item on its region; why it cannot be, or None."""
    rid, name, value = item.get("id"), item.get("from_name"), item.get("value") or {}
    if not rid:
        return f"a {item.get('type')} result without a region id"
    region = regions.setdefault(rid, Region(rid))
    if item.get("type") == "labels" and name in (QUANTITY, SUBJECT):
        if region.control not in (None, name):
            return f"labelled both {region.control} and {name}"
        labels = value.get("labels") or []
        if len(labels) != 1:
            return f"{len(labels)} labels {labels}; a region takes exactly one"
        region.control, region.start, region.end, region.label = name, value.get("start"), value.get("end"), labels[0]
        return None
    if name in NUMBER_FIELDS + STRING_FIELDS + (ALTERNATIVES, SUBJECT_TEXT) and item.get("type") == "textarea":
        region.fields[name] = [str(v) for v in value.get("text") or []]
        return None
    if name in CHOICE_FIELDS and item.get("type") == "choices":
        region.fields[name] = list(value.get("choices") or [])
        return None
    return f"a {item.get('type')} result from {name!r}, which the jqextract labelling configuration does not have"


def add_relation(regions: dict[str, Region], rel: dict) -> str | None:
    """Record a quantity–subject relation (drawn either way) on the quantity."""
    ends = [regions.get(rel.get("from_id")), regions.get(rel.get("to_id"))]
    if None in ends:
        return "it joins a region that is not in the annotation"
    controls = {r.control: r for r in ends}
    if set(controls) != {QUANTITY, SUBJECT}:
        return f"it joins a {ends[0].control} to a {ends[1].control}; a relation joins a quantity to its subject"
    controls[QUANTITY].subjects.append(controls[SUBJECT].rid)
    return None


def gold_line(doc: str, text: str, region: Region, regions: dict[str, Region]) -> dict | str:
    """The gold line of one quantity region, or why it cannot be made."""
    start, end = region.start, region.end
    if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text)):
        return f"span [{start}, {end}) is not inside the text ({len(text)} characters)"
    subject = subject_of(region, regions, text)
    if isinstance(subject, tuple):
        return subject[0]
    line: dict = {"doc": doc, "text": text[start:end], "start": start, "end": end}
    for name in NUMBER_FIELDS + STRING_FIELDS + tuple(CHOICE_FIELDS):
        value = field_value(region, name)
        if isinstance(value, tuple):
            return value[0]
        line[name] = value
    line["subject"] = subject
    line[ALTERNATIVES] = [a.strip() for a in region.fields.get(ALTERNATIVES, []) for a in a.splitlines() if a.strip()]
    line["dimension"] = None if region.label == NO_DIMENSION else region.label
    line = {k: line[k] for k in GOLD_FIELDS}
    if line["value"] is None:
        return "value is empty"
    return check_fact(line, text) or line


def subject_of(region: Region, regions: dict[str, Region], text: str) -> str | None | tuple[str]:
    """The quantity's one subject: its subject region's text or its ``subject_text``;
    None without either; (why,) for several."""
    spans = sorted({(regions[s].start, regions[s].end) for s in region.subjects})
    written = field_value(region, SUBJECT_TEXT)
    if isinstance(written, tuple):
        return written
    if len(spans) > 1:
        return (f"{len(spans)} subjects are related to it ({', '.join(repr(text[s:e]) for s, e in spans)}); a fact has one",)
    if not spans:
        return written
    if written is not None:
        return (f"it has a subject region and a subject_text {written!r}; a fact has one subject (clear one of them)",)
    s, e = spans[0]
    if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text)):
        return (f"its subject's span [{s}, {e}) is not inside the text",)
    return text[s:e]


def field_value(region: Region, name: str):
    """A per-region field as a gold value (number, string, choice or None), or (why,)."""
    values = [v.strip() for v in region.fields.get(name, []) if v.strip()]
    if not values:
        return None
    if len(values) > 1:
        return (f"{name} has {len(values)} entries {values}; it takes one",)
    v = values[0]
    if name in CHOICE_FIELDS:
        return v if v in CHOICE_FIELDS[name] else (f"{name} {v!r} is not one of {', '.join(CHOICE_FIELDS[name])}",)
    if name in STRING_FIELDS + (SUBJECT_TEXT,):
        return v
    try:
        number = json.loads(v.replace(",", ""))
    except ValueError:
        number = None
    if not isinstance(number, (int, float)) or isinstance(number, bool) or not math.isfinite(number):
        return (f"{name} {v!r} is not a number (write digits: 6180000, 17.4, 1e9)",)
    return number
