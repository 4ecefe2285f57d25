"""Stage 3: quantities → facts with subject, predicate and context (facts.md §6).

Reads the clause around each quantity in the layout-joined text:

* the last predicate verb of the clause before the quantity splits it into
  what comes before the verb (新能源装机|达到|3351万千瓦) and after it
  (新增|并网|618万千瓦); the subject is the non-empty side, after verb, with
  time and place adverbials stripped from its edges;
* a count followed by a noun (5631户群众, 14个项目), or any quantity followed
  by 的 (257.2亩的人工湿地), takes the noun phrase after it;
* a list item without a verb (、储能303万千瓦时) shares the previous item's
  predicate; a clause with no subject at all (，同比增长17.4%) carries the
  previous fact's subject;
* 分别 hands the coordinated subjects to the quantities in order; 均/都/双双
  give each subject its own fact with the same quantity.

Only short windows around quantities are segmented, never whole documents.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace
from functools import lru_cache

import regex

from .facts_base import Fact
from .quantities import Quantity
from .rules import WordSet, compile_patterns, compile_regex, compile_words, load_rules
from .segment import get_segmenter
from .text import TextView

MAX_CLAUSE = 120  # characters: longer "clauses" are layout debris, not prose
MAX_SENTENCE = 300
CLAUSE_END = frozenset("，,；;。！？!?：:\n（）()")
SENTENCE_END = frozenset("。！？!?\n")  # ； joins clauses of one statement: subjects carry across it
CLAUSE_END_RE = re.compile("[" + re.escape("".join(sorted(CLAUSE_END))) + "]")
SENTENCE_END_RE = re.compile("[" + re.escape("".join(sorted(SENTENCE_END))) + "]")
# characters that cannot name what is measured on their own: numerals, calendar
# units, conjunctions
NOT_A_NAME = frozenset("零〇一二三四五六七八九十百千万亿两年月日个或和及与、多余几")
CHAIN_JOINERS = frozenset(["", "和", "、", "及", "与"])
# dimensions whose quantity is followed by the noun it counts or sizes: 5631户群众,
# 750千伏电网工程, 13亿多人口
NAMED_BY_NOUN = frozenset([None, "count", "other"])
LIST_MARKS = frozenset("等、和及与")
COORD_ONLY = re.compile(r"^[、和及与或以及,，]*$")
HAN = regex.compile(r"\p{Han}")  # every CJK block, extensions included
ATTRIBUTIVE = re.compile(r"(?:[长宽高深重厚大多]|量级|规模)?的")  # 100多米长的, 3万亿量级的
# words ending in 市/区 that name a kind of place, not a place: kept in subjects
GENERIC_PLACES = ("城市", "地区", "社区", "园区", "景区", "城区", "山区", "市区", "街区", "校区", "片区", "新区", "开发区", "超市", "灾区", "牧区", "林区", "矿区", "保护区", "示范区", "试验区", "自贸区", "功能区")


class SubjectRules:
    """The trigger data of ``rules/triggers.toml``, compiled once."""

    def __init__(self, rules_dir: str | None = None):
        data, raw, path = load_rules(rules_dir)["triggers"]
        self.verbs = compile_words(data["predicates"]["verbs"])
        self.up = set(data["change"]["up"])
        self.down = set(data["change"]["down"])
        self.up_words = data["change"]["in_clause_up"]  # change words that count anywhere in the clause
        self.down_words = data["change"]["in_clause_down"]
        self.comparisons = WordSet(data["adverbials"]["comparisons"])
        self.modality = sorted(data["modality"]["words"], key=len, reverse=True)
        self.modality_words = WordSet(self.modality)  # stripped from a subject's front (力争…)
        self.per = sorted(data["per"]["prefixes"].items(), key=lambda kv: -len(kv[0]))
        adv = data["adverbials"]
        self.leading = WordSet(adv["leading"])
        self.trailing = WordSet(adv["trailing"])
        self.trailing_patterns = [compile_regex(p, path, raw) for p in adv.get("trailing_patterns", [])]
        self.clause_verbs = set(data["predicates"].get("clause_verbs", ()))
        self.flow_verbs = set(data["predicates"].get("flow_verbs", ()))
        self.after_stops = set(adv["after_stops"])
        self.distributive = sorted(adv["distributive"], key=len, reverse=True)
        self.coordinators = compile_words(adv["coordinators"])
        self.time = compile_patterns(data["time"]["patterns"], path, raw)
        self.location = compile_patterns(data["location"]["patterns"], path, raw)


@lru_cache(maxsize=1)
def subject_rules() -> SubjectRules:
    """The subject rules in use, compiled once per process."""
    return SubjectRules()


class Reader:
    """Attaches subjects to the quantities of one document."""

    def __init__(self, original: str, segmenter: str | None, view: TextView | None = None):
        self.original = original
        self.view = view or TextView(original)
        self.text = self.view.text
        self.rules = subject_rules()
        self.segmenter_name = segmenter
        self._seg = None
        self.last_location: str | None = None  # set by strip() when it removes a place
        # positions of clause and sentence ends, for bisection
        self.clause_marks = [m.start() for m in CLAUSE_END_RE.finditer(self.text)]
        self.sentence_marks = [m.start() for m in SENTENCE_END_RE.finditer(self.text)]

    @property
    def seg(self):
        if self._seg is None:
            self._seg = get_segmenter(self.segmenter_name)
        return self._seg

    # ---- spans ---------------------------------------------------------------------
    def clause_bounds(self, start: int, end: int) -> tuple[int, int]:
        """The clause around a quantity, at most MAX_CLAUSE characters each side
        (a page with no punctuation must not make every quantity scan all of it)."""
        marks = self.clause_marks
        i = bisect_left(marks, start)  # marks before `start` are marks[:i]
        s = marks[i - 1] + 1 if i else 0
        j = bisect_left(marks, end)
        e = marks[j] if j < len(marks) else len(self.text)
        return max(s, start - MAX_CLAUSE), min(e, end + MAX_CLAUSE)

    def sentence_start(self, start: int) -> int:
        i = bisect_left(self.sentence_marks, start)
        s = self.sentence_marks[i - 1] + 1 if i else 0
        return max(s, start - MAX_SENTENCE)

    def original_span(self, s: int, e: int) -> str:
        return self.original[self.view.to_original(s) : self.view.to_original_end(e)]

    def strip(self, s: int, e: int) -> tuple[int, int]:
        """Trim adverbials, time, place and punctuation from both edges of [s, e).

        What is left of numerals, units and conjunctions alone (提高到二十年或|五十年一遇)
        names nothing: the span comes back empty.
        """
        s, e = self._strip(s, e)
        if not any(HAN.match(c) and c not in NOT_A_NAME for c in self.text[s:e]):
            return s, s
        return s, e

    def _strip(self, s: int, e: int) -> tuple[int, int]:
        # 单位还帮我申请了期限: what a clause says before 了 is its own statement
        cut = self.text.rfind("了", s, e - 1)
        if cut >= 0:
            s = cut + 1
        t, r = self.text, self.rules
        changed = True
        while changed and s < e:
            changed = False
            while s < e and not (HAN.match(t[s]) or t[s].isalnum()):
                s, changed = s + 1, True
            m = r.time.match(t[s:e])  # (the regex module is called on slices: on the
            if m and m.end() > 0:       # whole text each call would cost its length)
                s, changed = s + m.end(), True
                continue
            hit = r.leading.starting_at(t, s, e) or r.modality_words.starting_at(t, s, e)
            if hit:
                s, changed = s + len(hit[0]), True
            m = r.location.match(t[s:e])
            if m and e - (s + m.end()) >= 2 and not m.group(0).endswith(GENERIC_PLACES):
                s, changed = s + m.end(), True
                self.last_location = m.group(0)
            while s < e and not (HAN.match(t[e - 1]) or t[e - 1].isalnum() or t[e - 1] in "”》)）"):
                e, changed = e - 1, True
            for pat in r.trailing_patterns:
                m = pat.search(t[s:e])
                if m and m.end() == e - s and m.start() < e - s:
                    e, changed = s + m.start(), True
            hit = r.trailing.ending_at(t, e, s)
            if hit:
                e, changed = e - len(hit[0]), True
        return s, max(s, e)

    def noun_after(self, pos: int, limit: int) -> tuple[int, int] | None:
        """The noun phrase right after a quantity: 5631户|群众|搬入 → 群众."""
        t = self.text
        m = ATTRIBUTIVE.match(t, pos, limit)
        if m:
            pos = m.end()  # after 的 the phrase runs on through verbs: 的生态修复再生水人工湿地
        window = t[pos : min(limit, pos + 20)]
        if not window or not (HAN.match(window[0]) or window[0].isalnum()):
            return None
        end = pos
        tokens = self.seg.cut(window)
        for i, tok in enumerate(tokens):
            nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
            is_verb = len(tok) > 1 and self.rules.verbs.fullmatch(tok)
            # after 的 a verb can modify the head (的生态修复再生水人工湿地); it ends the
            # phrase only when it is the clause's verb (的耕地变成了良田)
            if tok in self.rules.after_stops or (is_verb and (not m or tok in self.rules.clause_verbs or nxt[:1] in ("了", "着", "过", ""))):
                break
            if any(c.isdigit() for c in tok) or any(tok.startswith(w) for w, _ in self.rules.per):
                break
            joins = tok in "+·-－" and i + 1 < len(tokens) and HAN.match(tokens[i + 1][:1] or " ")
            if not (HAN.search(tok) or tok.isalnum() or joins):
                break
            end += len(tok)
        return (pos, end) if end > pos else None

    def last_verb(self, s: int, e: int):
        """The predicate: the last verb of [s, e); one-character verbs only at its end."""
        best = None
        for m in self.rules.verbs.finditer(self.text, s, e):
            if len(m.group(0)) == 1 and m.end() != e:
                continue
            if self.text[m.end() : m.end() + 1] in LIST_MARKS and m.end() < e:
                continue  # 低保、特困供养、临时救助等资金: a verb in a list of things is a noun
            best = m
        return best

    def verb_ending_at(self, pos: int, floor: int):
        """A verb of at least two characters that ends right at ``pos``, or None."""
        for n in (4, 3, 2):
            if pos - n >= floor:
                m = self.rules.verbs.fullmatch(self.text, pos - n, pos)
                if m:
                    return m
        return None

    def context(self, fact: Fact, sent_start: int, qstart: int, clause_start: int) -> None:
        t, r = self.text, self.rules
        sentence = t[sent_start:qstart]
        m = r.time.search(sentence)
        if m:
            fact.time = m.group(0)
        prefix = t[clause_start:qstart]
        for w in r.modality:
            if w in sentence:
                fact.modality = w
                break
        for w, per in r.per:
            if w in prefix:
                fact.per = per
                break
        lm = r.location.match(sentence)
        if lm and not lm.group(0).endswith(GENERIC_PLACES):
            fact.location = lm.group(0)

    def change_of(self, predicate: str | None, prefix: str) -> str | None:
        """up/down from the predicate, or from a change word in the clause (同比增长 …)."""
        r = self.rules
        if predicate in r.up or any(w in prefix for w in r.up_words):
            return "up"
        if predicate in r.down or any(w in prefix for w in r.down_words):
            return "down"
        return None

    # ---- the walk ------------------------------------------------------------------
    def read(self, quantities: list[Quantity]) -> list[Fact]:
        t = self.text
        facts: list[Fact] = []
        prev: Fact | None = None
        prev_q: Quantity | None = None
        pending: list[tuple[int, int]] = []  # 分别: subjects still to hand out
        # 新建22个750千伏和330千伏电网工程: numbers written back to back (or joined by
        # 和/、) share the noun after the last of them
        chain_end = list(range(len(quantities)))
        for i in range(len(quantities) - 2, -1, -1):
            if t[quantities[i].jend : quantities[i + 1].jstart] in CHAIN_JOINERS:
                chain_end[i] = chain_end[i + 1]
        for i, q in enumerate(quantities):
            fact = Fact.from_quantity(q)
            cs, ce = self.clause_bounds(q.jstart, q.jend)
            sent = self.sentence_start(q.jstart)
            same_clause = prev_q is not None and prev_q.jend > cs and prev_q.jend <= q.jstart
            seg_start = prev_q.jend if same_clause else cs
            qual_start = q.jstart - (len(self._qualifier_word(q.jstart)) if not same_clause else 0)
            joined_to_prev = same_clause and COORD_ONLY.match(t[seg_start:q.jstart]) is not None
            gap = t[prev_q.jend : q.jstart] if prev_q is not None and prev_q.jend <= q.jstart else ""
            # 新增并网618万千瓦、储能303万千瓦时: the next item of a list, in the same clause
            list_item = gap.lstrip()[:1] == "、" and not any(c in CLAUSE_END for c in gap)
            self.context(fact, sent, q.jstart, cs)
            copies: list[tuple[int, int]] = []
            if joined_to_prev and prev is not None:
                # 30%和26% / 20.0%、17.9%: the next number of the same statement
                fact.predicate, fact.change = prev.predicate, prev.change
                if pending:
                    subj = pending.pop(0)
                else:
                    subj = (prev.subject_start, prev.subject_end) if prev.subject_start is not None else None
                self._set_subject(fact, subj)
                facts.append(fact)
                prev, prev_q = fact, q
                continue
            pending = []
            self.last_location = None
            verb = self.last_verb(seg_start, q.jstart)  # 突破1000亿元: a qualifier can be the verb
            before = after_verb = None
            if verb and verb.end() >= qual_start - 1 and verb.group(0) in self.rules.flow_verbs:
                outer = self.verb_ending_at(verb.start(), seg_start)
                if outer is not None:
                    # 完成投资2400多亿元, 实现出口…: the verb right before the number names
                    # the flow measured; the verb before it is the predicate
                    fact.predicate = outer.group(0)
                    self._set_subject(fact, (verb.start(), verb.end()))
                    fact.change = self.change_of(fact.predicate, t[seg_start:q.jstart])
                    facts.append(fact)
                    prev, prev_q = fact, q
                    continue
            if verb:
                fact.predicate = verb.group(0)
                a = self.strip(verb.end(), qual_start)
                share_of = q.dimension == "share" and t[verb.end() : qual_start].rstrip().endswith("的")
                if a[1] > a[0] and not share_of:  # 达到耕地总面积的64%: a share of X, not X
                    after_verb = a
                b_raw = (seg_start, verb.start())
                before = self.strip(*b_raw)
                dist = self._distributive(*b_raw)
                if dist and not after_verb:
                    word, items = dist
                    if word == "分别":
                        before, pending = items[0], items[1:]
                    else:
                        before, copies = items[0], items[1:]
            else:
                b = self.strip(seg_start, qual_start)
                before = b if b[1] > b[0] else None
                if (same_clause or list_item) and prev is not None:
                    fact.predicate = prev.predicate
            noun = None
            noun_from = quantities[chain_end[i]].jend
            de_follows = ATTRIBUTIVE.match(t, q.jend, ce) is not None  # 257.2亩的人工湿地
            if q.dimension in NAMED_BY_NOUN or de_follows:
                noun = self.noun_after(noun_from, max(ce, noun_from))
                if noun and not de_follows and after_verb and q.dimension is None:
                    noun = None
            elif not verb and q.dimension != "duration":
                noun = self.noun_after(q.jend, ce)  # 75万千瓦光热+光伏试点项目: a size in a name
            attributive = noun is not None and de_follows
            own_item = list_item and before is not None and before[1] > before[0] and not verb
            if noun and own_item:
                noun = None  # 、塔筒2700套的能力: the list item names its own subject
            if noun and (attributive or q.dimension in NAMED_BY_NOUN or not (after_verb or before) or not verb):
                subj = noun
                if not fact.predicate:
                    vm = self.rules.verbs.match(t, noun[1], ce)
                    if vm:
                        fact.predicate = vm.group(0)
            elif after_verb:
                subj = after_verb
            elif before and before[1] > before[0]:
                subj = before
            elif noun:
                subj = noun
            elif prev is not None and prev.subject_start is not None and prev_q.jend > sent:
                subj = (prev.subject_start, prev.subject_end)  # omitted subject: carried on
            elif verb is not None and verb.end() == qual_start and verb.group(0) in self.rules.flow_verbs:
                subj = (verb.start(), verb.end())  # 其中，出口17103.48亿元: the verb names the flow
            else:
                subj = None
            self._set_subject(fact, subj)
            fact.change = self.change_of(fact.predicate, t[seg_start:q.jstart])
            facts.append(fact)
            for c in copies:
                dup = replace(fact)
                self._set_subject(dup, c)
                facts.append(dup)
            prev, prev_q = fact, q
        return facts

    def _qualifier_word(self, start: int) -> str:
        from .quantities import finder

        q, s = finder().qualifier_before(self.text, start)
        return self.text[s:start] if q else ""

    def _distributive(self, s: int, e: int):
        """接待游客、旅游花费分别 → ("分别", [接待游客, 旅游花费])."""
        t = self.text
        hit = self.rules.comparisons.ending_at(t, e, s)  # 分别同比增长
        if hit:
            e -= len(hit[0])
        for w in self.rules.distributive:
            if t.endswith(w, s, e):
                body_s, body_e = self.strip(s, e - len(w))
                # split at coordinators that are words of their own: 普及率 is one word
                items, pos, at = [], body_s, body_s
                for tok in self.seg.cut(t[body_s:body_e]):
                    if self.rules.coordinators.fullmatch(tok):
                        items.append((pos, at))
                        pos = at + len(tok)
                    at += len(tok)
                items.append((pos, body_e))
                items = [self.strip(a, b) for a, b in items]
                items = [i for i in items if i[1] > i[0]]
                if len(items) >= 2:
                    return w, items
        return None

    def _set_subject(self, fact: Fact, span: tuple[int, int] | None) -> None:
        if span is None or span[0] is None:
            return
        if fact.location is None and self.last_location:
            fact.location = self.last_location  # 酒泉市地区生产总值: the place stripped off
        s, e = span
        fact.subject_start, fact.subject_end = s, e
        fact.subject = self.original_span(s, e)


def attach_subjects(text: str, quantities: list[Quantity], segmenter: str | None = None,
                    view: TextView | None = None) -> list[Fact]:
    """Facts for ``quantities`` of ``text``, with subject, predicate and context."""
    reader = Reader(text, segmenter, view)
    facts = reader.read(quantities)
    for f in facts:  # subject offsets are reported in the original text
        if f.subject_start is not None:
            f.subject_start = reader.view.to_original(f.subject_start)
            f.subject_end = reader.view.to_original_end(f.subject_end)
    return facts
