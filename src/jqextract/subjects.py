"""Stage 3: quantities → facts with subject, predicate and context (facts.md §6).

Reads the clause around each quantity in the layout-joined view. Each quantity
is given to a fixed sequence of strategies; the first that applies decides:

1. :meth:`DocumentReader.next_of_statement` — 30%和26%: the next number of the
   same statement shares its predicate, and takes the next subject that 分别
   handed out, or the previous one;
2. :meth:`DocumentReader.flow_noun` — 完成投资2400多亿元: a flow verb right
   before the number names what is measured, the verb before it is the predicate;
3. :meth:`DocumentReader.by_clause` — the last predicate verb of the clause
   splits it into what comes before the verb (新能源装机|达到) and after it
   (新增|并网); a count followed by a noun (5631户群众) or a quantity followed by
   的 (257.2亩的人工湿地) takes the noun after it; 分别/均 distribute a list; a
   clause with no subject of its own carries the previous one of its sentence.

Only short windows around quantities are segmented, never whole documents.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

import regex

from .facts import Fact
from .rules import WordSet, compile_patterns, compile_regex, compile_words

if TYPE_CHECKING:
    from .quantities import Quantity
    from .rules import Rules
    from .text import TextView

MAX_CLAUSE = 120  # characters: longer "clauses" are layout debris, not prose
MAX_SENTENCE = 300
HAN = regex.compile(r"\p{Han}")  # every CJK block, extensions included
Span = tuple[int, int]


class SubjectRules:
    """The trigger data of ``rules/triggers.toml`` (and the ends of ``text.toml``), compiled once."""

    def __init__(self, rules: Rules):
        data, source = rules.triggers, rules.sources["triggers"]
        self.verbs = compile_words(data.predicates.verbs)
        self.up, self.down = set(data.change.up), set(data.change.down)
        self.up_words, self.down_words = data.change.in_clause_up, data.change.in_clause_down
        self.comparisons = WordSet(data.adverbials.comparisons)
        self.modality = sorted(data.modality.words, key=len, reverse=True)
        self.modality_words = WordSet(self.modality)  # stripped from a subject's front (力争…)
        self.per = sorted(data.per.prefixes.items(), key=lambda kv: -len(kv[0]))
        adv = data.adverbials
        self.leading, self.trailing = WordSet(adv.leading), WordSet(adv.trailing)
        self.trailing_patterns = [compile_regex(p, source.at(("adverbials", "trailing_patterns", i), p))
                                  for i, p in enumerate(adv.trailing_patterns)]
        self.clause_verbs, self.flow_verbs = set(data.predicates.clause_verbs), set(data.predicates.flow_verbs)
        self.after_stops = set(adv.after_stops)
        self.distributive = sorted(adv.distributive, key=len, reverse=True)
        self.coordinators = compile_words(adv.coordinators)
        self.time = compile_patterns(data.time.patterns, source, ("time", "patterns"))
        self.location = compile_patterns(data.location.patterns, source, ("location", "patterns"))
        self.generic_places = tuple(data.location.generic)
        self._subject_words(data.subject, source)
        ends = rules.text.ends
        self.clause_end = frozenset(ends.sentence + ends.clause + "\n")
        self.sentence_end = frozenset(ends.sentence + "\n")  # ； joins clauses of one statement
        self.clause_end_re = re.compile("[" + re.escape("".join(sorted(self.clause_end))) + "]")
        self.sentence_end_re = re.compile("[" + re.escape("".join(sorted(self.sentence_end))) + "]")

    def _subject_words(self, sub, source) -> None:
        self.not_a_name = frozenset(sub.not_a_name)
        self.statement_end = sub.statement_end
        self.chain_joiners = frozenset(["", *sub.chain_joiners])
        self.list_marks = frozenset(sub.list_marks)
        self.coord_only = re.compile(f"^[{re.escape(sub.coordination)}]*$")
        self.attributive = compile_regex(sub.attributive, source.at(("subject", "attributive")))
        self.closers = sub.closers
        self.joiners = sub.joiners
        self.named_by_noun = frozenset(d or None for d in sub.named_by_noun)


@dataclass(slots=True)
class Walk:
    """What the walk over one document's quantities remembers from one to the next."""

    prev: Fact | None = None
    prev_q: Quantity | None = None
    pending: list[Span] = field(default_factory=list)  # 分别: subjects still to hand out


@dataclass(slots=True)
class Around:
    """One quantity and the clause around it (joined-view offsets)."""

    q: Quantity
    fact: Fact
    clause_start: int
    clause_end: int
    sentence_start: int
    same_clause: bool  # the previous quantity ends inside this clause, before this one
    seg_start: int  # where this quantity's own part of the clause starts
    qual_start: int  # where its qualifier word (约, 超过) starts
    list_item: bool  # 、储能303万千瓦时: the next item of a list, in the same clause
    noun_from: int  # where the noun after a chain of numbers starts
    de_follows: bool  # 257.2亩的人工湿地: the quantity modifies the noun after it


@dataclass(slots=True)
class Split:
    """The clause split at its predicate verb."""

    verb: re.Match | None = None
    before: Span | None = None
    after_verb: Span | None = None
    copies: list[Span] = field(default_factory=list)  # 均: one more fact per subject


class SubjectFinder:
    """Stage 3 for one :class:`~jqextract.Extractor`: its rules and its segmenter."""

    def __init__(self, rules: Rules, segmenter):
        self.rules = SubjectRules(rules)
        self.segmenter = segmenter  # a callable that gives the segmenter when first needed

    def attach(self, view: TextView, quantities: list[Quantity]) -> list[Fact]:
        """Facts for the quantities of one document, with subject, predicate and context."""
        reader = DocumentReader(view, self.rules, self.segmenter)
        facts = reader.read(quantities)
        for f in facts:  # subject offsets are reported in the original text
            if f.subject_start is not None:
                f.subject_start = view.to_original(f.subject_start)
                f.subject_end = view.to_original_end(f.subject_end)
        return facts


class DocumentReader:
    """Attaches subjects to the quantities of one document."""

    def __init__(self, view: TextView, rules: SubjectRules, segmenter):
        self.view = view
        self.text = view.text
        self.rules = rules
        self._segmenter = segmenter
        self._seg = None
        self.last_location: str | None = None  # set by strip() when it removes a place
        # positions of clause and sentence ends, for bisection
        self.clause_marks = [m.start() for m in rules.clause_end_re.finditer(self.text)]
        self.sentence_marks = [m.start() for m in rules.sentence_end_re.finditer(self.text)]

    @property
    def seg(self):
        if self._seg is None:
            self._seg = self._segmenter()
        return self._seg

    # ---- the walk ------------------------------------------------------------------
    def read(self, quantities: list[Quantity]) -> list[Fact]:
        facts: list[Fact] = []
        walk = Walk()
        chain_end = self.chain_ends(quantities)
        for i, q in enumerate(quantities):
            at = self.around(q, walk, quantities[chain_end[i]].jend)
            new = self.next_of_statement(at, walk)
            if new is None:
                walk.pending = []
                self.last_location = None
                split = Split(self.last_verb(at.seg_start, q.jstart))  # 突破1000亿元: a qualifier can be the verb
                new = self.flow_noun(at, split) or self.by_clause(at, split, walk)
            facts += new
            walk.prev, walk.prev_q = new[0], q
        return facts

    def chain_ends(self, quantities: list[Quantity]) -> list[int]:
        """新建22个750千伏和330千伏电网工程: for each quantity, the last of the numbers
        written back to back (or joined by 和/、) with it; they share the noun after it."""
        chain_end = list(range(len(quantities)))
        for i in range(len(quantities) - 2, -1, -1):
            if self.text[quantities[i].jend : quantities[i + 1].jstart] in self.rules.chain_joiners:
                chain_end[i] = chain_end[i + 1]
        return chain_end

    def around(self, q: Quantity, walk: Walk, noun_from: int) -> Around:
        """The clause of ``q`` and how it relates to the previous quantity; sets the context fields."""
        cs, ce = self.clause_bounds(q.jstart, q.jend)
        prev_q = walk.prev_q
        same_clause = prev_q is not None and cs < prev_q.jend <= q.jstart
        gap = self.text[prev_q.jend : q.jstart] if prev_q is not None and prev_q.jend <= q.jstart else ""
        at = Around(q, Fact.from_quantity(q), cs, ce, self.sentence_start(q.jstart), same_clause,
                    prev_q.jend if same_clause else cs, q.jstart if same_clause else q.qualifier_start,
                    gap.lstrip()[:1] == "、" and not any(c in self.rules.clause_end for c in gap), noun_from,
                    self.rules.attributive.match(self.text[q.jend : ce]) is not None)
        self.context(at.fact, at.sentence_start, q.jstart, cs)
        return at

    def next_of_statement(self, at: Around, walk: Walk) -> list[Fact] | None:
        """30%和26%, 20.0%、17.9%: the next number of the same statement shares the
        predicate, and takes the next subject 分别 handed out, or the previous subject."""
        if not (at.same_clause and walk.prev is not None and self.rules.coord_only.match(self.text[at.seg_start : at.q.jstart])):
            return None
        fact, prev = at.fact, walk.prev
        fact.predicate, fact.change = prev.predicate, prev.change
        if walk.pending:
            self.set_subject(fact, walk.pending.pop(0))
        elif prev.subject_start is not None:
            self.set_subject(fact, (prev.subject_start, prev.subject_end))
        return [fact]

    def flow_noun(self, at: Around, split: Split) -> list[Fact] | None:
        """完成投资2400多亿元, 实现出口…: the flow verb right before the number is the
        subject, the verb right before it the predicate."""
        verb = split.verb
        if not (verb and verb.end() >= at.qual_start - 1 and verb.group(0) in self.rules.flow_verbs):
            return None
        outer = self.verb_ending_at(verb.start(), at.seg_start)
        if outer is None:
            return None
        fact = at.fact
        fact.predicate = outer.group(0)
        self.set_subject(fact, (verb.start(), verb.end()))
        fact.change = self.change_of(fact.predicate, self.text[at.seg_start : at.q.jstart])
        return [fact]

    def by_clause(self, at: Around, split: Split, walk: Walk) -> list[Fact]:
        """The general case: the clause split at its verb, the noun after, carried subjects."""
        fact = at.fact
        if split.verb:
            self.split_at_verb(at, split, walk)
        else:
            b = self.strip(at.seg_start, at.qual_start)
            split.before = b if b[1] > b[0] else None
            if (at.same_clause or at.list_item) and walk.prev is not None:
                fact.predicate = walk.prev.predicate
        noun = self.noun_for(at, split)
        self.set_subject(fact, self.choose(at, split, noun, walk))
        fact.change = self.change_of(fact.predicate, self.text[at.seg_start : at.q.jstart])
        facts = [fact]
        for c in split.copies:
            dup = replace(fact)
            self.set_subject(dup, c)
            facts.append(dup)
        return facts

    def split_at_verb(self, at: Around, split: Split, walk: Walk) -> None:
        """新能源装机|达到|3351万千瓦: the parts before and after the predicate verb, and
        the lists 分别 and 均 distribute (接待游客、旅游花费分别增长30%和26%)."""
        verb, q = split.verb, at.q
        at.fact.predicate = verb.group(0)
        a = self.strip(verb.end(), at.qual_start)
        share_of = q.dimension == "share" and self.text[verb.end() : at.qual_start].rstrip().endswith("的")
        if a[1] > a[0] and not share_of:  # 达到耕地总面积的64%: a share of X, not X
            split.after_verb = a
        split.before = self.strip(at.seg_start, verb.start())
        dist = self.distributive(at.seg_start, verb.start())
        if dist and not split.after_verb:
            word, items = dist
            if word == "分别":
                split.before, walk.pending = items[0], items[1:]
            else:
                split.before, split.copies = items[0], items[1:]

    def noun_for(self, at: Around, split: Split) -> Span | None:
        """The noun after the quantity, where it may be the subject: what a count counts
        (5631户群众), what 的 attaches to (257.2亩的人工湿地), a size in a name (75万千瓦光热…)."""
        q = at.q
        noun = None
        if q.dimension in self.rules.named_by_noun or at.de_follows:
            noun = self.noun_after(at.noun_from, max(at.clause_end, at.noun_from))
            if noun and not at.de_follows and split.after_verb and q.dimension is None:
                noun = None
        elif not split.verb and q.dimension != "duration":
            noun = self.noun_after(q.jend, at.clause_end)
        own_item = at.list_item and split.before is not None and split.before[1] > split.before[0] and not split.verb
        return None if noun and own_item else noun  # 、塔筒2700套的能力: the list item names its own subject

    def choose(self, at: Around, split: Split, noun: Span | None, walk: Walk) -> Span | None:
        """The subject, in order of preference: the noun after (for counts and 的), the
        part after the verb, the part before it, the noun after, the subject carried
        from earlier in the sentence, a flow verb that names the measure."""
        q, fact = at.q, at.fact
        attributive = noun is not None and at.de_follows
        if noun and (attributive or q.dimension in self.rules.named_by_noun or not (split.after_verb or split.before) or not split.verb):
            if not fact.predicate:
                vm = self.rules.verbs.match(self.text, noun[1], at.clause_end)
                if vm:
                    fact.predicate = vm.group(0)
            return noun
        if split.after_verb:
            return split.after_verb
        if split.before and split.before[1] > split.before[0]:
            return split.before
        if noun:
            return noun
        prev = walk.prev
        if prev is not None and prev.subject_start is not None and walk.prev_q.jend > at.sentence_start:
            return prev.subject_start, prev.subject_end  # omitted subject: carried on
        verb = split.verb
        if verb is not None and verb.end() == at.qual_start and verb.group(0) in self.rules.flow_verbs:
            return verb.start(), verb.end()  # 其中，出口17103.48亿元: the verb names the flow
        return None

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

    def strip(self, s: int, e: int) -> Span:
        """Trim adverbials, time, place and punctuation from both edges of [s, e).

        What is left of numerals, units and conjunctions alone (提高到二十年或|五十年一遇)
        names nothing: the span comes back empty.
        """
        s, e = self._strip(s, e)
        if not any(HAN.match(c) and c not in self.rules.not_a_name for c in self.text[s:e]):
            return s, s
        return s, e

    def _strip(self, s: int, e: int) -> Span:
        for word in self.rules.statement_end:  # 单位还帮我申请了期限: before 了 is its own statement
            cut = self.text.rfind(word, s, e - 1)
            if cut >= 0:
                s = cut + len(word)
        changed = True
        while changed and s < e:
            s2, time_phrase = self._strip_front(s, e)
            e2 = e if time_phrase else self._strip_back(s2, e)  # after a time phrase: the front again
            changed = (s2, e2) != (s, e)
            s, e = s2, e2
        return s, max(s, e)

    def _strip_front(self, s: int, e: int) -> tuple[int, bool]:
        """One round of trimming the front: (new start, whether it ended on a time phrase)."""
        t, r = self.text, self.rules
        while s < e and not (HAN.match(t[s]) or t[s].isalnum()):
            s += 1
        m = r.time.match(t[s:e])  # (the regex module is called on slices: on the
        if m and m.end() > 0:       # whole text each call would cost its length)
            return s + m.end(), True
        hit = r.leading.starting_at(t, s, e) or r.modality_words.starting_at(t, s, e)
        if hit:
            s += len(hit[0])
        m = r.location.match(t[s:e])
        if m and e - (s + m.end()) >= 2 and not m.group(0).endswith(r.generic_places):
            s += m.end()
            self.last_location = m.group(0)
        return s, False

    def _strip_back(self, s: int, e: int) -> int:
        t, r = self.text, self.rules
        while s < e and not (HAN.match(t[e - 1]) or t[e - 1].isalnum() or t[e - 1] in r.closers):
            e -= 1
        for pat in r.trailing_patterns:
            m = pat.search(t[s:e])
            if m and m.end() == e - s and m.start() < e - s:
                e = s + m.start()
        hit = r.trailing.ending_at(t, e, s)
        if hit:
            e -= len(hit[0])
        return e

    def noun_after(self, pos: int, limit: int) -> Span | None:
        """The noun phrase right after a quantity: 5631户|群众|搬入 → 群众."""
        t, r = self.text, self.rules
        m = r.attributive.match(t[pos:limit])
        if m:
            pos += m.end()  # after 的 the phrase runs on through verbs: 的生态修复再生水人工湿地
        window = t[pos : min(limit, pos + 20)]
        if not window or not (HAN.match(window[0]) or window[0].isalnum()):
            return None
        end = pos
        tokens = self.seg.cut(window)
        for i, tok in enumerate(tokens):
            nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
            if self._ends_noun(tok, nxt, after_de=m is not None):
                break
            joins = tok in r.joiners and nxt and HAN.match(nxt[:1])
            if not (HAN.search(tok) or tok.isalnum() or joins):
                break
            end += len(tok)
        return (pos, end) if end > pos else None

    def _ends_noun(self, tok: str, nxt: str, after_de: bool) -> bool:
        """Whether ``tok`` ends the noun phrase after a quantity: a stop word, a number,
        a rate prefix, or a verb (after 的 only the clause's verb: 的生态修复再生水人工湿地)."""
        r = self.rules
        is_verb = len(tok) > 1 and r.verbs.fullmatch(tok)
        if tok in r.after_stops or (is_verb and (not after_de or tok in r.clause_verbs or nxt[:1] in ("了", "着", "过", ""))):
            return True
        return any(c.isdigit() for c in tok) or any(tok.startswith(w) for w, _ in r.per)

    def last_verb(self, s: int, e: int):
        """The predicate: the last verb of [s, e); one-character verbs only at its end."""
        best = None
        for m in self.rules.verbs.finditer(self.text, s, e):
            if len(m.group(0)) == 1 and m.end() != e:
                continue
            if self.text[m.end() : m.end() + 1] in self.rules.list_marks and m.end() < e:
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
        """time, modality, per and location from the sentence and clause before the quantity."""
        t, r = self.text, self.rules
        sentence = t[sent_start:qstart]
        m = r.time.search(sentence)
        if m:
            fact.time = m.group(0)
        prefix = t[clause_start:qstart]
        fact.modality = next((w for w in r.modality if w in sentence), None)
        if fact.per is None:  # (元/斤 and 每吨 were read with the quantity)
            fact.per = next((per for w, per in r.per if w in prefix), None)
        lm = r.location.match(sentence)
        if lm and not lm.group(0).endswith(r.generic_places):
            fact.location = lm.group(0)

    def change_of(self, predicate: str | None, prefix: str) -> str | None:
        """up/down from the predicate, or from a change word in the clause (同比增长 …)."""
        r = self.rules
        if predicate in r.up or any(w in prefix for w in r.up_words):
            return "up"
        if predicate in r.down or any(w in prefix for w in r.down_words):
            return "down"
        return None

    def distributive(self, s: int, e: int):
        """接待游客、旅游花费分别 → ("分别", [接待游客, 旅游花费])."""
        t = self.text
        hit = self.rules.comparisons.ending_at(t, e, s)  # 分别同比增长
        if hit:
            e -= len(hit[0])
        for w in self.rules.distributive:
            if t.endswith(w, s, e):
                items = [i for i in map(lambda ab: self.strip(*ab), self.list_items(s, e - len(w))) if i[1] > i[0]]
                if len(items) >= 2:
                    return w, items
        return None

    def list_items(self, s: int, e: int) -> list[Span]:
        """The items of a coordinated list, split at coordinators that are words of their
        own (普及率 is one word, not 普 + 及 + 率)."""
        body_s, body_e = self.strip(s, e)
        items, pos, at = [], body_s, body_s
        for tok in self.seg.cut(self.text[body_s:body_e]):
            if self.rules.coordinators.fullmatch(tok):
                items.append((pos, at))
                pos = at + len(tok)
            at += len(tok)
        items.append((pos, body_e))
        return items

    def set_subject(self, fact: Fact, span: Span | None) -> None:
        if span is None or span[0] is None:
            return
        if fact.location is None and self.last_location:
            fact.location = self.last_location  # 酒泉市地区生产总值: the place stripped off
        s, e = span
        fact.subject_start, fact.subject_end = s, e
        fact.subject = self.view.original_span(s, e)
