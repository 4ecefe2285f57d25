"""The declared shape of every rule file in ``rules/``: one typed model per file.

Rule files are data a domain expert edits, so a misspelled key must not pass
silently (a ``not_befor`` would simply be ignored and change the output), a
missing one must not surface as a ``KeyError`` deep in the engine, and a wrong
type (``year_max = "x"``) must not wait for the first document to fail. Every
model forbids unknown keys and is strict about types (an integer is accepted
where a float is asked, nothing else is converted); :mod:`jqextract.rules`
turns a validation error into ``FILE:LINE: what is wrong``.

TOML has no null: in examples, ``""`` stands for "this field is null".
"""

from __future__ import annotations

from typing import Annotated, Literal

import regex
from pydantic import BaseModel, ConfigDict, Field

Finite = Annotated[float, Field(allow_inf_nan=False)]
Positive = Annotated[float, Field(allow_inf_nan=False, gt=0)]
Words = list[Annotated[str, Field(min_length=1)]]
Chars = Annotated[str, Field(min_length=1)]


class Strict(BaseModel):
    """Unknown keys are errors; types are not coerced."""

    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)


# ---- examples: every rule file proves its rules -----------------------------------

class ExpectedQuantity(Strict):
    """One quantity an example must yield; the fields not given are not checked."""

    text: str
    value: Finite | None = None
    unit: str | None = None
    norm_value: Finite | None = None
    norm_unit: str | None = None
    qualifier: str | None = None
    high: Finite | None = None
    dimension: str | None = None
    per: str | None = None


class ExpectedFact(ExpectedQuantity):
    subject: str | None = None
    predicate: str | None = None
    change: str | None = None
    modality: str | None = None
    time: str | None = None
    location: str | None = None
    owner: str | None = None


class QuantityExample(Strict):
    """``text`` gives exactly the quantities of ``expect``, in order (``[]``: none)."""

    text: str
    expect: list[ExpectedQuantity]


class FactExample(Strict):
    text: str
    expect: list[ExpectedFact]


# ---- units.toml --------------------------------------------------------------------

class UnitRule(Strict):
    forms: Annotated[Words, Field(min_length=1)]
    dimension: str
    factor: Positive = 1.0
    norm_unit: str | None = None
    unit: str | None = None  # reported instead of the form (成 is reported in %)
    value_factor: Positive = 1.0
    numerals: Literal["any", "arabic", "chinese"] = "any"
    cue: Literal["duration", "date"] | None = None
    not_before: Words = []
    not_before_pattern: str | None = None  # 3分|27秒: a pattern (regex) the form may not stand before
    not_after: Words = []  # 记|三分: words right before the number that make the form no unit there
    class_before: Words = []  # 10千伏|线路: the quantity names a class of what follows, no fact
    class_not_before: Words = []  # …except before these (3万斤|装车: a verb, no pack's size)
    context_before: Words = []
    context_after: Words = []
    context_after_pattern: str | None = None  # 20分|5板: a pattern (regex) right after the form that is its context
    context_before_pattern: str | None = None  # 麥基(JaVale McGee)|11分: a pattern (regex) ending right before the number that is its context
    context_in_clause: bool = False  # context_before only in the number's own clause (起)
    context_adjacent: bool = False  # context_before only right before the number (北纬|21.8度)
    context_listed: bool = False  # a reading of the unit joined after it or just before it lends its context (8-10级和10-12级大风)
    tally: bool = False
    tally_alone_after: Words = []  # 夺得三金: a tally mark that counts alone right after these…
    tally_alone_before: Words = []  # …and before one of these, or the text's end
    tenths: bool = False
    offset: Finite = 0.0
    before_number: bool = False
    local_currency: bool = False  # 元: the currency of the text's region (regions.toml)


class RateRule(Strict):
    slashes: Words  # 17.8元/斤
    each: Words  # 每吨800元
    each_price: Words = []  # 高铁票一张|100多块钱: words that make a price's unit right before it a 每
    each_not_after: Chars = ""  # 第一斤, 十一张, 统一: characters before such a word that make it no 每
    denominators: Words  # 元/股: words that may follow a slash or 每 besides the units
    exchange_base: str = ""  # a pattern ending right before a price: 1美元对人民币|7.1865元 (group base)


class CompoundRule(Strict):
    unit: Chars
    joiners: Words = []  # 两美元又三美分
    parts: dict[str, Positive] = {}  # 角 = 0.1: a number and this unit add number × factor to the value
    decimals: Annotated[int, Field(ge=0, le=3)] = 0  # 9秒83: this many Arabic digits right after are the fraction…
    more_decimals: Annotated[int, Field(ge=0, le=3)] = 0  # …or this many (33秒739: a time in thousandths)


class UnitsFile(Strict):
    canonical: dict[str, str]
    compound: list[CompoundRule] = []
    scale_names: Words = []  # 攝氏28度: part of the quantity's prefix (約攝氏28度 is approx)
    symbol_scales: dict[str, Positive] = {}  # USD$28.1B: a Latin scale after the number of a symbol written before it
    negative_before: dict[str, Words] = {}  # 零下5摄氏度: words that make a dimension's value negative
    race_time: str = ""  # a pattern: 2分08秒87, a time in hours, minutes and seconds, one quantity in seconds
    same_below: str = ""  # a pattern: 119.3元/百斤(下同), a unit declared once for the bare numbers after it
    same_below_cues: Words = []  # …for the bare numbers after a price's noun (出库价|121.3)…
    same_below_not: Words = []  # …but not these (猪粮比价|6.12)
    same_below_links: Chars = ""  # …or its copula (收购价为|129.7)
    rates: RateRule
    unit: list[UnitRule]
    example: list[QuantityExample] = []

    def currency_names(self) -> list[str]:
        """Money units named by two or more Han characters (人民币, 新台币, 港元): a currency's
        name, which may stand between a qualifier and the number or end a subject."""
        return [f for u in self.unit if u.dimension == "money" for f in u.forms if regex.fullmatch(r"\p{Han}{2,}", f)]


# ---- numerals.toml -----------------------------------------------------------------

class NumeralChars(Strict):
    digits: dict[str, Annotated[int, Field(ge=0, le=9)]]
    tens: dict[str, Annotated[int, Field(ge=10, le=90)]] = {}  # 廿 = 20, 卅 = 30: read as 二十, 三十
    multipliers: dict[str, Annotated[int, Field(ge=10)]]
    financial: dict[str, Chars]  # financial form → the plain character it stands for
    digit_run: Annotated[int, Field(ge=2)]
    decimal_points: Words
    fullwidth_points: str = ""  # 三．五％: decimal points of a Chinese numeral, except before a count
    fullwidth_points_not_before: str = ""  # 三．五项措施: a list marker's point before a classifier
    negative: Words  # 负3.5: words that make the number after them negative
    negative_not_after: Chars = ""  # 减负237亿元: characters that make 负 part of a word, no sign
    financial_not_after: Chars = ""  # 大陆, 登陆: characters after which a financial digit starts no numeral
    minus_signs: str  # -3.5: signs that do so right before Arabic digits
    fraction: Chars  # 三分之一
    whole_and_fraction: Chars  # 一又二分之一
    percent_marks: dict[str, Positive]  # 30%, 5‰, 三成: the factor to percent
    range_separators: Words
    inner_approx: Words  # 一百多辆, 100余家, 十几万
    inner_about: Words = []  # 十来块钱: an about-count (qualifier approx)


class NumeralLimits(Strict):
    max_length: Annotated[int, Field(ge=4, le=200)]


class HalfRule(Strict):
    word: Chars  # 一吨半: a half after the unit
    not_before: Words  # 半年, 半岛: words that start with it


class RangeRule(Strict):
    not_after: Words  # 从3万亿到4万亿: a change from one level to another, not a range…
    closers: Words = []  # …unless one of these closes it (从4.45元至4.65元不等: the spread of values)
    turn_closer: str | None = None  # …or a pattern (regex) of a turn to the next reading (由5至6級 轉6-7級: a forecast's wind)
    adjacent_mark: str = ""  # 1、2级: two neighbouring digits joined by this mark…
    adjacent_units: Words = []  # …before one of these units are a range, as 一二级 is
    adjacent_context: Words = []  # …where one of these words stands just before them (风: not 1、2级地震)
    change_before: Words  # 微跌1.5億元至1391億元: a change to a level, not a range…
    max_ratio: Positive  # …when the high end is more than this many times the low one
    max_ratio_unit_written: Positive  # …or this many, for an amount whose low end carries its unit (增加800宗至5,600宗)
    level_separators: Words  # 至, 到: the separators after which a change may be followed by its level (not 50%-200%)
    object_reach: Annotated[int, Field(ge=0)]  # characters back a change verb may stand before its object (上調|最優惠利率|0.125厘)
    change_noun_chars: Chars  # 增长率, 下降幅度: a change word followed by one of these is a noun, no verb


class BareRule(Strict):
    after: dict[str, Literal["approx", "more_than", "less_than"]]  # 逾千億元: a multiplier alone
    not_after: Words = []  # 以上亿元级: 上 ends another word
    qualifier_only: Words = []  # 上百家: words of ``after`` that qualify the amount and are never its verb


class ListRule(Strict):
    joiners: Words
    max_items: Annotated[int, Field(ge=2)]
    after_percent: str = ""  # a pattern ending right before a bare number: 百分之四點一及|二點六, a percent too


class AmountWord(Strict):
    text: Chars
    value: Finite
    unit: str
    qualifier: Literal["approx", "more_than", "less_than"] | None = None
    after: Words = []  # 打对折: counts only right after one of these (对折 alone folds paper)


class NumberExample(Strict):
    input: str
    value: Finite


class InvalidNumber(Strict):
    input: str


class NumeralsFile(Strict):
    chars: NumeralChars
    limits: NumeralLimits
    half: HalfRule
    range: RangeRule
    bare: BareRule
    lists: ListRule
    word: list[AmountWord] = []
    example: list[NumberExample] = []
    invalid: list[InvalidNumber] = []


# ---- qualifiers.toml ---------------------------------------------------------------

class QualifierWords(Strict):
    approx: Words = []
    more_than: Words = []
    less_than: Words = []


class BeforeQualifiers(QualifierWords):
    approx_short: Words = []  # 近: approximate before a number, "recent" elsewhere


class MoreAfterUnit(Strict):
    units: Words = []  # 一倍多, 6年多: units a 多 may follow as "more than"
    not_followed_by: Words = []  # 3年多次: 多 begins the next word


class QualifiersFile(Strict):
    before: BeforeQualifiers
    after: QualifierWords
    more_after_unit: MoreAfterUnit = MoreAfterUnit()
    after_not_followed_by: dict[str, Words] = {}
    not_qualifying: Words = []  # 英超|20家: names that end with a qualifier word, which then qualifies nothing
    word_ends: dict[str, Chars] = {}  # 签约|120亿元: a qualifier after one of these characters ends a word
    example: list[QuantityExample] = []


# ---- stoplist.toml -----------------------------------------------------------------

class WordsBefore(Strict):
    before: Words


class ClockRule(Strict):
    times_of_day: Words = []  # 早上|7点: words after which an hour's 点 is the clock
    max_hour: Positive = 24


class EventRule(WordsBefore):
    after: str = ""  # 50米、100米、200米|男子蛙泳: a pattern (regex) after a distance that names an event


class OrdinalRule(WordsBefore):
    list_marks: Words = []  # 第6、7、8位: the marks after which a list's numbers share the first one's 第


class StreakRule(Strict):
    before: Words
    record_window: str = ""  # a pattern after a count: 近四個|年度新低 (the window of a record)
    record_openers: Words = []  # 達到|近4個月高點|2280.7萬桶: words a record alone may open with, naming nothing measured


class RankRule(Strict):
    mark_cues: Words = []  # 10秒30|列第二: words of ranking right after a sprint mark's hundredths
    before: Words
    classifiers: Words


class DurationRule(Strict):
    cues: Words
    links: Words = []  # 期限为3年: words between a cue and the number
    noun_link: Chars = ""  # 无霜期有180天: a link after a cue that names a span…
    noun_link_cues: Words = []  # …one ending in these (期, 时间, 天数)…
    countdowns: Words = []  # …and none of these earlier in its clause (距离春节的时间有20天: a countdown)
    cues_after: Words = []
    end_cues: Words = []  # 持续3天，: cues that count only where the duration ends its clause
    cue_suffixes: Words = []  # 试用期3个月, 锁定期6个月: a noun of a period, by its last character…
    not_cues: Words = []  # …that is no time word (同期, 近期, 一期)
    attributive: str | None = None
    not_after: Words
    fraction_units: Words = []  # 平均領3.49個月: units of a duration measured wherever a fraction of one is written
    occasions: Words = []  # 成立50周年: units of a duration that names an occasion, never an amount
    windows: Words = []  # 未来12个月的, 过去24小时: a duration after one of these is a window, cue or not
    moments: Words = []  # 开场仅1分22秒: a duration from a game's start (after one of these) is a moment…
    moment_adverbs: Words = []  # …with one of these between at most (仅, 刚)
    play_cues: Words = []  # 拼了36分钟: cues of a player's minutes, only before one of play_units
    play_units: Words = []
    level_links: Words = []  # 回升至15.3小時: after a change word of triggers.toml and one of these, a duration is a level
    return_period: str = ""  # 二十年或五十年一遇: a pattern after a duration that makes it a flood standard's return period


class CalendarRule(Strict):
    year_min: int
    year_max: int
    weekday_before: Words = []  # 上周五|人民币: words that name the week before a day's numeral
    weekday_numerals: Chars = ""  # 一 … 六: the days' numerals
    weekday_counts: Words = []  # 每周五天, 一周三次: units that make such a numeral a count


class CodeRule(Strict):
    max_digits: Annotated[int, Field(ge=1, le=30)]


class UrlRule(Strict):
    before: str = ""
    after: str = ""
    percent_then: str = ""


class QuotedRule(Strict):
    open: Chars
    close: Chars
    title_open: Chars = ""  # 《…》: a number anywhere inside a title is part of its name
    title_close: Chars = ""
    title_reach: Annotated[int, Field(ge=1)] = 40  # the longest title looked for, in characters


class FormulaRule(Strict):
    before: Words
    after: Words


class RateBaseRule(Strict):
    after: str = ""  # a pattern after the amount: 1美元|对人民币7.1865元
    before: str = ""  # a pattern ending right before the amount: 109.64日圓兌|1美元


class ArticleRule(Strict):
    value: int
    chinese_only: bool
    each: str = ""  # 三人各进一球: a 一 this close after 各 (its verb between) counts one each
    counted_before: Words = []  # 一枚|铜牌: after the classifier, nouns whose one is counted (a medal)…
    counted_after: Words = []  # …after one of these verbs in the clause before (拿到了女子链球的|一枚铜牌)…
    not_counted_after: Words = []  # …but not right after these (又|一枚金牌, 其中|一枚)


class PhraseList(Strict):
    list: Words


class BareNumberRule(Strict):
    cues: Words
    ratio_marks: Words
    not_before: Words = []
    quote_decimals: int = 0  # 中间价6.8345: a bare decimal with this many places is a quote (0: never)
    value_cues: Words = []  # 收购价|126.5，: words a decimal right after names the value of, before a clause mark
    value_ends: str = ""  # ，；。: the marks such a decimal must stand before
    level_cues: Words = []  # 恒指收報|25630: words after which a bare whole number is an index's level
    level_digits: int = 4  # …of at least this many digits
    level_max_digits: int = 6  # …and at most this many (收于20240501期 is a code)
    quote_tuple: str = ""  # 特斯拉(653.16, -48.65, -6.93%): a bracket of numbers alone is a quote of the name before it
    compared_before: str = ""  # 低于上月的|50.1: what ends right before a decimal that is the value a measure is compared with


class ListedRule(Strict):
    marks: Words
    max_item: Annotated[int, Field(ge=1)]


class LabelRule(Strict):
    after_open_quote: bool = False
    before_open_quote: bool = False
    list_header_marks: Words = []
    list_openers: Words = []  # 突出抓好三个方面。一是…: what opens the list a counting sentence announces


class StoplistFile(Strict):
    ordinal: OrdinalRule
    rank: RankRule
    streak: StreakRule
    duration: DurationRule
    calendar: CalendarRule
    code: CodeRule
    url: UrlRule
    quoted: QuotedRule
    formula: FormulaRule
    article: ArticleRule
    rate_base: RateBaseRule = RateBaseRule()
    phrases: PhraseList
    bare: BareNumberRule
    label: LabelRule
    reference: WordsBefore
    vague: WordsBefore
    listed: ListedRule
    clock: ClockRule = ClockRule()
    event: EventRule = EventRule(before=[])  # 男子|200米比赛: a distance after these names an event
    example: list[QuantityExample] = []


# ---- triggers.toml -----------------------------------------------------------------

class ChangeRule(Strict):
    up: Words
    down: Words
    in_clause_up: Words
    in_clause_down: Words


class ModalityRule(Strict):
    words: Words


class PerRule(Strict):
    prefixes: dict[str, Chars]


class PredicateRule(Strict):
    verbs: Words
    suffixes: Words = []  # 上涨至: what follows a verb and belongs to the predicate
    base_verbs: Words = []  # 占世界三分之二: a share after these names its base
    de_base_verbs: Words = []  # 出口额为进口额的1.5倍: base verbs only before …的
    place_verbs: Words = []  # 中心距湛江约180公里: what follows names where from, not the subject
    pull_verbs: Words = []  # 出口拉动经济增长0.8个百分点: the contribution is the one of 出口
    point_pull_verbs: Words = []  # 影響恒指升18點: pull verbs whose index points are the puller's
    pull_prepositions: Words = []  # 对经济增长|贡献: what a contribution went to, no contributor
    measure_prepositions: Words = []  # 以|布兰特原油期货价格…计: a preposition opening a subject, stripped where its clause reckons or ranks
    measure_preposition_closers: Words = []  # 以…|计: a word later in the clause that the stripped 以 needs
    attributive_after: Words = []  # 调整后净利润: after a verb, it modifies the noun that follows
    share_nouns: Words = []  # 占…的比例: inside the subject, not the predicate
    copula_nouns: Words = []  # 主板成交|達: verbs that are nouns before one of copula_suffixes
    copula_suffixes: Words = []  # 为, 达: the suffixes that make a noun of a copula noun before them
    flow_verbs: Words = []
    verb_prefixes: Words = []  # 新开通: an adverb the segmenter glues to the verb
    whole_word_verbs: Words = []  # 出口|年增|5.3% (not 年减|产): predicates only as words of their own
    adjacent_verbs: Words = []  # 营收成长|两倍 (not 高成长|创新型企业): predicates only right before the quantity
    clause_verbs: Words = []
    modifiers: Words = []  # 光伏|新增|装机: verbs that, between two nouns, are part of the subject


class AdverbialRule(Strict):
    leading: Words
    leading_patterns: Words = []  # 五、, （一）: list markers
    object_markers: Words = []  # 把, 将: the subject follows the last one
    future_markers: Words = []  # 将 before a verb, an adverb or a preposition: no object marker
    tally_adverbs: Words = []  # 共, 累计: before a verb inside a subject, they make it the predicate
    existential_verbs: Words = []  # 全市有|卫生机构5862个: the predicate, not part of the subject
    people_units: Words = []  # 转移就业1.86万人, 航班起降650架次: counted people and events keep their verb
    cause_verbs: Words = []  # 干旱已造成|农作物受灾面积达742万亩: what the cause brought about is measured
    enumerations: Words = []  # 依次为河南、山东、黑龙江: a list a later 分别 hands out
    trailing: Words
    trailing_patterns: Words = []
    after_stops: Words
    ranks: Words = []  # 2.5万元|最高: after-stops too, that rank the quantity only where no noun follows
    complements: Words = []  # 大关, 新高: a noun after the quantity that ends in one is none
    result_nouns: Words = []  # 以10秒05的|成绩|宣告…: after 的, a result's noun is the whole phrase
    verb_stops: Words = []  # 8家企业|亮相…: predicates that end the noun after a count past its first word
    locatives: Words = []  # 832个脱贫村|中，: words of place that end the noun after a count before a clause end
    distributive: Words
    one_each: str = "分别"  # the distributive word that hands its list out one item per number
    in_turn: Words = []  # distributive words that hand their list out like one_each (依次)
    comparisons: Words
    exceed_words: Words = []  # 超过, 超出: comparisons only after a noun of their clause (超出部分的电量 opens a modifier)
    distributive_prepositions: Words = []  # 分别|以|3.9万人和3.6万人位列: between 分别 and its numbers
    distributive_adverbs: Words = []  # 分别|累计|上涨: adverbs between 分别 and its verb
    distributive_beneficiaries: Words = []  # 分别|为中国队|贡献了: "for" before whom a list's numbers were won
    list_prepositions: Words = []  # 对|欧元、日元分别升值: before a distributed list, of no item
    where_ends: Words = []  # 在纽约汇市, 在全球市场上: words of place that end a phrase of 在 saying where
    coordinators: Words


class PatternRule(Strict):
    patterns: Annotated[Words, Field(min_length=1)]


class TimeRule(PatternRule):
    bases: Words = []  # 比上周: a time right after one of these is a comparison base, not the fact's time
    span_measures: Words = []  # 单日|成交额: the span a measure is taken over, part of it before a noun (no time)
    measure_times: Words = []  # 地铁|单日|客流量: times that qualify the measure (a name before them stays)
    prepositions: Words = []  # 於|今早6時: a preposition that goes with the time it opens
    leading_durations: str = ""  # 8天|接待游客: a duration at a subject's front, before a verb, is its window
    window_cumulative: Words = []  # 累计: a duration before one is the window a figure was counted over (开业3年|累计营收)
    window_hours: Words = []  # 小时: a duration in these names the measure, no window (24小时降雨量)
    window_not_before: Words = []  # 期, 内: what a duration after a time or a verb is no window before (3年期, 七天内)
    window_not_after: str = ""  # 近, 第: what a duration ending a subject is no window after (近7天, 第5天)


class LocationRule(PatternRule):
    generic: Words = []  # 城市, 园区: words ending in a place suffix that name a kind of place
    generic_openers: Words = []  # 大城市: the dictionary's places that open with these are kinds too
    scopes: Words = []  # 全市, 全省: leading words that state the fact's place
    scope_parts: Words = []  # 监测点: where in the scope a figure was read (全市|监测点|猪肉均价)
    name_tags: Words = []  # parts of speech (jieba's tags) of place names with no suffix: 广东, 粤东
    names: Words = []  # place names the dictionary tags as something else (石家庄 nr, 合肥 n)
    provinces: Words = []  # 河北|张家口: names of provinces, which a place's name may open (a place inside one)
    subdivisions: Words = []  # 区, 镇, 乡: what ends a district, town or township's name after a city or county's
    subdivided: Words = []  # 市, 县: what ends the name of a place that such a name follows (高雄市|桃源區)
    division_not_before: Words = []  # 日本|市占率: characters after which 市 opens a word of the market, no city
    area_words: Words = []  # words that make a place of a list of places: 其余|市县, 珠三角|地区
    area_qualifiers: Words = []  # 其余, 部分: area words that are no place on their own
    area_ends: Words = []  # 最高温度|粤东及珠三角地区: area words that end the places a subject ends with
    observed: Words = []  # 气温, 雨量: measures observed at a place, which their name leaves out (佛冈县|雨量)
    station_units: Words = []  # 毫米: units of a list of stations' readings (…、贵门|178.5毫米)
    place_kinds: Words = []  # 开发区, 度假区: a kind of area whose name ends so, read as a station after placed readings
    observed_units: Words = []  # ℃, 毫米: units of a measure taken at a place; a place alone before one is where (杭州|38℃)
    place_readings: Words = []  # 平均气温…，正安和沿河|偏低0.5℃: weather measures a placed reading after them takes
    place_ends: Words = []  # 县, 一带, 观象台: words that end the place before an observed measure
    priced: Words = []  # 收购价, 价格: prices, quoted at a market or a place their name leaves out (山东潍坊|主流收购价)
    market_ends: Words = []  # 市场, 港口, 产区: words that end a market's name before a price (长江有色市场|均价)
    groups: Words = []  # 北京、上海等10个城市|房价: a list of places named as a group at a subject's front
    place_group_marks: Words = []  # 江淮、江汉等地: group words that make places of any list before them
    counted_groups: Words = []  # 舟山、宁波两市|转移人数分别为: places counted as a group before 分别
    group_word: str = ""  # a pattern: 宁波|两市, 上海|这两个城市: the group word after a list's last place


class SubjectRule(Strict):
    heads: Words  # 一产、二产、三产增加值: the head of a distributed list
    period_averages: Words = []  # 鲤鱼周均价: an average over a period stays with the head a list shares
    rank_groups: Words = []  # 最高 20% 家庭: a share after one of these before a noun picks out a group, no fact
    rank_after_noun: Words = []  # 收入最高的|20%家庭: rank words that may follow what ranks, with 的
    rank_before_de: Words = []  # 前10%|的企业: rank words whose share may take 的 before the group
    rank_scopes: Words = []  # 吉布森得到|全队|最高的|15分: a rank joining a noun to the amount with 的
    change_nouns: Words  # 跌幅1.2%: a change named alone is the change of the previous subject
    predicate_openers: Words = []  # 一百多块钱|不算贵: words after an amount that open a predicate, no noun
    owned_measures: Words = []  # 鸿海|10月|营收: a company's results; the name before the time owns them
    result_verbs: Words = []  # 归母净利润|亏损4328万元: a result's verb right after one of result_measures
    result_measures: Words = []
    subset_marks: Words = []  # 其中|85家企业销售额超过100亿元: a count of a subset, whose bound is a threshold
    change_from: Words = []  # 由|上周的每公斤2.29元、…, 至|24030架次…: where a change starts from or goes to, before a list handed again
    trend_nouns: Words = []  # 升势, 跌势: how a market went, naming no measure of its own (a level is the index's)
    pace_verbs: Words = []  # 加快, 放缓: how a rate moved (增速比上月分别加快0.5个百分点)
    former: Words = []  # 前者: the first of the two items 分别 handed out before in the sentence
    latter: Words = []  # 后者: the last of them
    both_pronouns: Words = []  # 两者|本周分别累计下跌: the things the sentence before named, one per number
    owner_not_ends: Words = []  # 度, 感: how the name of a measure ends, no owner's (满意度|得分, 幸福感|得分)
    rank_verbs: Words = []  # 以91.2分|名列第一: words of ranking after a game's tally, no noun it counts
    measure_openers: Words = []  # 338个城市|平均达标天数比例: words that open the measure a counted noun runs on to
    counted_measures: Words = []  # 3名球员|得分: whole words that measure the things counted, ending a counted noun
    actor_units: Words = []  # 攻下|36分5篮板: a game's tallies, which name nothing, are of the one their sentence opens with
    owned_stats: Words = []  # 战绩, 命中率: measures of a game, named without the team or player before them
    stat_modifiers: Words = []  # 场均, 全场: words before such a measure that are part of its name
    team_ends: Words = []  # 队, 联: how a team's name ends (滨江联|战绩)
    person_roles: Words = []  # 小将, 替补: a role before a person's name, no part of the subject (小将|李晨洋)
    subset_openers: Words = []  # 其中: a list of readings after it is a part of the count of stations before
    name_openers: Words = []  # 最终|葛曼棋: a word of when that a subject opens with before a person's name
    rank_mark: str = "以"  # 累计雨量以|某地的|136.5毫米最多: what comes before it is the ranking's measure
    rank_copula: str = "为"  # 198.6毫米|为|最大
    ranked_topics: Words = []  # patterns: 以光电类股表现最佳: the name (group ``name``) a clause ranks first or last
    timed_measures: Words = []  # 用时, 工时: words ending in an event's time word that name a measure
    paired_not: Words = []  # count, money: dimensions whose noun follows them (12所|学校|3所医院), never the next one's
    rank_ends: Words = []  # 最多, 最大: words right after the quantity that rank it first
    label_groups: str = ""  # 主要國家(地區)|最新失業率如次：a group a label names before its measure
    cause_words: Words = []  # 雜項類|因|煙稅調漲效應而|上升: words that open a cause inside a subject
    cause_close: Words = ["而"]  # …and the words that close it before the verb
    cause_ends: Words = []  # …except a cause that ends in one of these (因台风影响: a back pattern cuts it)
    rank_after: str = ""  # 以335.01亿元|暂列旅游总收入排行榜第一名: a rank after the quantity; group measure names what it ranks
    rank_tail: str = ""  # a pattern: a rank that ends the words after a quantity (23.2分|联盟第一: no noun it counts)
    manner_adverbs: Words = []  # 以3068.42点|小幅|低开: adverbs of how a level moved, never a noun
    station_opener: str = ""  # 平均风以|东山陈城镇|22.1米/秒为最大: the station of a ranked reading follows it
    station_lists: Words = []  # 雨量较大的有|温州市|132.7毫米: the stations of a list of readings follow one of these
    wind_units: Words = []  # 级: a wind's scale, a reading of the weather as observed_units are…
    wind_pers: Words = []  # …and a speed per 秒 (45米/秒)
    conversions: Words = []  # 折合: an amount after one of these restates the one before in another currency
    observed_kinds: Words = []  # 累计|雨量: words of a weather measure's kind kept with it where it is carried to a station
    seen_verbs: Words = []  # 最大降雨量|出现在|清水镇，为106毫米: where a measure was seen
    seen_copulas: Words = []  # …，|为|106毫米: the clause of the amount
    item_openers: Words = []  # 4萬2,815張|及|亞昕電子: words that open a list's next item after a count
    line_items: Words = []  # 资产总计: names whose last word is a trailing adverb elsewhere
    buyer_verbs: Words = []  # 南向資金|淨買入|港股: after these the buyer, not the object, is measured
    receiving_verbs: Words = []  # 宁川能源|获|北向资金净买入: what received the buying before one, not the buyer, is measured
    received_flows: Words = []  # 华泰科技|获|主力资金净流入: flows after which a verb of receiving does the same
    category_verbs: Words = []  # 采矿业|实现|利润总额: verbs after which a class of firms before them owns the measure
    category_heads: Words = []  # 国有控股企业, 制造业: what such a class ends with
    category_not: Words = []  # 就业, 营业: words ending in a category head that are no class of firms
    category_counters: Words = []  # 42家|商贸企业: classifiers of a count that names the class (then it owns nothing)
    nominal_prefixes: Chars  # 总投资, 净利润: a verb right after one of these is a noun
    nominal_suffixes: Chars = ""  # 安置点, 研究所: a verb right before one of these, a word there, is a noun
    not_a_name: Chars  # characters that cannot name what is measured on their own
    statement_end: Words  # 单位还帮我申请了期限3年: what comes before 了 is another statement
    event_ends: Words = []  # 台风登陆时|中心附近最大风力: a clause ending in one of these says when
    event_names: Words = []  # 季调后|成屋签约销售指数: an adjustment before the time word names the measure
    event_terms: Words = []  # 期间费用, 尖峰时段电价: terms that open with a time word, no event
    chain_joiners: Words  # 22个750千伏和330千伏电网工程: numbers joined so share the noun after the last
    list_marks: Chars  # 临时救助等资金: a verb followed by one of these is an item of a list of things
    coordination: Chars  # 30%和26%: what may stand between two numbers of one statement
    attributive: Chars  # 257.2亩的人工湿地, 100多米长的: a pattern, the 的 that makes a quantity modify a noun
    closers: Chars  # characters a subject may end with besides Han characters and letters
    openers: Chars = "“《(（"  # the marks that open a quoted or bracketed name, in the order of closers (pairs by position)
    name_quotes: Chars = ""  # “”「」: pairs of quotes whose name, quoted whole, is the subject without them
    readings_listed: str = ""  # 山东(402.7毫米|)和吉林(291.8毫米)|降水量: a pattern at a reading's bracket close, the list of readings after it
    stations_counted: str = ""  # …、陝西興平(43.1℃)|等56站|日最高氣溫: a pattern, the count that closes a list of stations' readings
    status_words: Words = []  # 台股|依舊|氣勢如虹: words of how a thing stays that end the noun a clause opens with
    joiners: Chars  # 光热+光伏: characters that join two words of one name
    sized_by_noun: Words = []  # 安排1000亿元专项奖补资金: dimensions whose quantity right after its verb sizes the noun after it
    named_by_noun: list[str]  # dimensions whose quantity is followed by the noun it counts ("" for none)
    verb_objects: Words = []  # 推进|环境综合治理项目2751个: dimensions whose subject may be the object of leading verbs
    demonstratives: Words = []  # 该指数: words before a short noun that names one named shortly before
    attribute_mark: str = "的"  # 编制的|中国稀土价格指数: where a noun phrase named before begins at the latest
    pair_marks: Words = []  # 欧元兑美元: words that join two currencies into a pair, what a rate measures
    label_marks: Chars = ""  # 目标股价：480美元: marks that end a label whose value the number after them is
    ordinal_mark: str = ""  # 第一、二、三产业: the mark of an ordinal whose numerals a list shares
    model_number: str = ""  # 1台iPad 2: a pattern, the number that ends a Latin model name after a count
    compound_heads: Words = []  # 农业转移人口, 建设示范区: heads that make a verb before them part of a name
    count_copulas: Words = []  # 其中39萬份為電子通知書: words between a count and what it counts
    count_becoming: Words = []  # 2人当选中国工程院院士: verbs of becoming after a person count
    count_heads: Words = []  # 16座城市|影院数量: heads of a count of other things, kept apart from a count's noun before
    size_classes: Words = []  # 46英寸|3D电视的价格: units whose bare size right before a fact's subject defines a class
    after_amount_ends: Words = []  # 0.92亿元|后|募资净额: words closing a clause of time right after an amount
    label_areas: Words = []  # 較大陣風|區域如下: words ending a label that name the areas its list gives
    front_tags: Words = []  # parts of speech (jieba's tags) stripped from a subject's front: 对于|常住人口城镇化率
    frame_ends: Words = []  # 从经济基本面看，: words that close a frame clause, which names no topic
    situation_frames: Words = []  # 在…的情况下: words that close a frame inside a clause
    situation_opener: str = "在"  # …and the word that opens it
    situation_close: str = ""  # 新台幣|在外資匯入下|翻升: the word that closes any frame a topic runs into
    time_frame_ends: Words = []  # 在封關日|這天: a clause of 在 ending in one of these says when, no topic
    group_units: Words = []  # 65岁以上老人: units whose bound before a noun defines a group
    group_label_links: str = ""  # a pattern: 45至64歲|則為|1.86%, an age group's link to its own figure
    group_bounds: Words = []  # 海拔1500米以上地区: bounds written after a number that define a group before a noun
    group_not_before: Words = []  # 1.7亿亩以上水平: nouns after such a bound that name the level, no group
    reading_openers: Words = []  # 37℃以上|局地39℃: words after such a bound that open a second reading, no group
    whole_nouns: Words = []  # 国家和地区: nouns whose 和 joins no list
    verb_terms: Words = []  # 新建商品房, 登记失业人员: names that open with a verb, whose verb is no predicate
    measure_adjectives: Words = []  # 卫星重约2.3吨: one-character adjectives that act as the predicate
    pair_words: dict[str, list[str]] = {}  # 城乡 → 城镇, 农村: words that name two things, before 分别
    back_tags: Words = []  # parts of speech a subject ends before: 营收|非常满意, 四线城市贡献票房|在
    predicate_tags: Words = []  # parts of speech of a last word that makes the back_tags cut apply (no noun)
    describing_tags: Words = []  # 34家|重点监测的|餐饮企业: tags of a last word before 的 that describes the head after it
    entity_classifiers: str = ""  # 5家|合作的|银行: classifiers of things, after which any lone describing word describes
    verb_follower_tags: Words = []  # tags (p, d, ad) before which a tagged verb ends a counted noun (3家企业|参与|了)
    degree_words: Words = []  # 100余间房屋|不同程度损坏: how badly, which ends the noun after a count
    head_verbs: Words = []  # 8个志愿服务|组织: words the dictionary tags a verb that head a counted noun
    verb_links: Words = []  # 价格|停留在|15元: words linking a dictionary verb to the level it reached
    activity_tags: Words = []  # 紧急|转移|0.9万人: tags of words that with the verb after them name what people did
    activity_units: Words = []  # …and the units of the people so counted
    equipping_verbs: Words = []  # 采用|容量为76.8kWh的电池包: verbs that take the thing a measure is of
    lone_describing_tags: Words = []  # 300余场|形式多样的|促消费活动: …and of a lone word that does (not 3项|研究的|成果)
    idiom_tags: Words = []  # 後繼無力: a four-character set phrase of these tags ends a clause in a predicate
    lone_word_tags: Words = []  # 还是: parts of speech of a one-word subject that names nothing
    adverbial_tags: Words = []  # 更|向上, 略|少於: a would-be subject of predicate-like words, one of these tags, names nothing
    manner_alone_tags: Words = []  # 显著|偏高: one common word of these tags alone…
    manner_next_tags: Words = []  # …before a word of these names nothing
    lone_words: Words = []  # 同样, 比较: words that alone name nothing (before a noun they modify it)
    manner_tags: Words = []  # 高效|砍下: parts of speech of a subject's last word that says how, not what
    manner_not: Words = []  # 最高, 平均: words (or their openings) of those parts of speech that name a measure
    owner_tags: Words = []  # nr, nt: parts of speech of a name that owns a game's measure (邵宇航|场均得分)
    surnames: str = ""  # 张, 赵: common surnames, which open a name the dictionary lacks (赵继伟|回应)
    pronoun_tags: Words = []  # 他|高1.8米: parts of speech of a character that owns no measure adjective (浪高)
    modals: Words = []  # modal verbs a subject ends before: 新一代iPhone发布时间|可能会提前 (jieba tags them as verbs)
    function_chars: Chars = ""  # one-character words a subject ends before: 博彩税收入|会轻微
    comment_adverbs: Chars = ""  # 楊尉廷|則|在另一組: one-character adverbs after which the rest is said of the words before
    name_words: Words = []  # words of those parts of speech that sit inside names: 以上 of 60岁以上人口
    counted_again: str = ""  # 以上7種|魚類產品交易量: things listed before, counted again, begin no subject
    anaphors: Words = []  # 这一数字: a subject that refers to the previous fact's
    attribute_heads: Words = []  # 商品房销售面积、金额: a list item that shares the first item's modifier
    reporting_verbs: Words = []  # 记者表示|天河区业绩: a subject follows the last verb of saying or thinking
    dated_names: Words = []  # 布伦特原油8月|期货价格: words a month before them names (a contract's), no time
    date_ends: Words = []  # 8月|期货价格, 2025年|合约: how a contract's date ends (期內|合約銷售 is no date)
    result_marks: Words = []  # 以210公斤|夺冠, 由388人|组成: prepositions before a quantity whose verb after it is no noun
    self_naming_units: Words = []  # 获得4金5银1铜的|成绩: units that name what they count…
    object_left_verbs: Words = []  # 南山|接待|2.45万人次: verbs whose object the count after them stands for
    verb_adverbs: Words = []  # 共|接待12522人次: adverbs after which a word the dictionary tags a verb is the predicate
    wind_described: str = ""  # 5~6级、阵风7级|的偏北风: after a wind force, 的 and the wind it describes (group "wind")
    margin_verbs: Words = []  # 落后|申花|1分: a lead or a gap over a rival named after the verb
    margin_units: Words = []  # …counted in one of these units (分, 秒, 杆, 个百分点)
    wind_nouns_after: Words = []  # 狂飆十七級|陣風: the winds a force right before them grades
    wind_turns: Words = []  # 东北风 3~4 级|转|西北风: a forecast's wind turning into the next; the noun after is the next reading's
    heading_marks: str = ""  # ●90号汽油: bullets before a heading line, no part of the subject it gives
    cause_phrases: Words = []  # 因灾死亡: a cause word's set phrases, parts of what is counted
    inner_copulas: Words = []  # 依序為|光電類: copulas of a listing inside a subject, after which it names what is measured
    role_copulas: Words = []  # 銀牌為|泰國: plain copulas that do so after a role…
    copula_roles: Words = []  # …a word ending in one of these (牌, 国, 名)
    place_count_units: Words = []  # 3省|29市|129个县: units that are the subject of their count, the places counted
    award_nouns: Words = []  # …unless the noun after is one of these (3金2银|奖项)
    coordinate_labels: Words = []  # 北纬: carried to no amount of another unit
    counted_chars: Chars = ""  # 279个|站: one character after a count that names what it counts
    moved_nouns: Words = []  # 貶幅: nouns of a market's move…
    level_verbs: Words = []  # 貶幅隨後收斂，終場|收在|31.648元: verbs of a level or a move no change noun is carried to
    position_name: str = ""  # 150公里|海域的海面上: a stretch of sea after a distance names no subject…
    position_dimensions: Words = []  # …of a quantity of one of these dimensions
    level_name: str = ""  # 跌破31.5元|重要关卡: a noun after a quantity that is only a level's kind names no subject
    aside_readings: str = ""  # 9-11级|(个别|12级)|阵风: a bracket's opening before a reading that shares the noun after it
    topic_openers: Words = []  # 至于|出口，则增长5%: what opens a clause that turns to a topic, named whole
    counted_heads: Words = []  # 转移|人数|203534人: heads of counting a verb right before names with them
    companion_measures: Words = []  # 西南风10-11级，|阵风|12级: read beside another measure, no subject of what it does next
    grade_words: str = ""  # 登陆(强台风级，42至45米/秒，14级): a typhoon's grade near a bracketed wind reading…
    strength_noun: str = ""  # …whose subject is the strength its clause names (强度)…
    strength_reach: str = ""  # …or the clause before names, where this opens the bracket's (最强可达)…
    graded_names: Words = []  # …else the wind's force (风力, 風力: simplified, traditional)
    landfall_words: Words = []  # a bracket right after one of these holds the landfall's strength (登陆(17级,58米/秒))
    forecast_nouns: Words = []  # a weather range right before one of these is a forecast's reading (10-12级|大风)
    reading_chars: Words = []  # one character that names a weather reading right after it (8級到12級|風)
    topicless_openers: Words = []  # a clause opened by one of these says why, and names no topic (随着…)
    causatives: Words = []  # …but one whose verb is one of these names the topic it moved (带动新台币走升)
    visit_units: Words = []  # 约43万人次|欣赏: units of visits, whose verb after them ending the clause is no noun
    acted_units: Words = []  # 30万人|紧急转移安置: units of people named by what befell them, at a clause's opening
    topic_comparisons: Words = []  # 機場客運量|較…的低基數，上升…: where a clause's topic ends before its base
    topic_labels: Words = []  # 累计雨量部分，新竹县为320毫米: words that close a clause naming the measure of the places after it


class TriggersFile(Strict):
    change: ChangeRule
    modality: ModalityRule
    per: PerRule
    predicates: PredicateRule
    adverbials: AdverbialRule
    subject: SubjectRule
    time: TimeRule
    location: LocationRule
    example: list[FactExample] = []


# ---- text.toml ---------------------------------------------------------------------

class Ends(Strict):
    sentence: Chars
    clause: Chars
    paragraph: Chars
    code_asides: str = ""  # 广义货币（M2）余额: a pattern; brackets around a code are no clause ends


class Layout(Strict):
    min_join_line: Annotated[int, Field(ge=1)]
    credit: str | None = None  # 圖／本報資料照片: a photo's credit after a line's last sentence, whose break stays
    byline: str | None = None  # 来源：…, 文／中央社: a pattern opening a line of credits, whose break before it stays


class Spaces(Strict):
    within: Chars  # characters between which a run of spaces is dropped from the view
    words: str = ""  # those of them that also begin words: a space after one ending a quantity stays (300點 成交額)
    units_at_break: Chars = ""  # units a space before is dropped where no Han character follows them (12.35 元，)
    plain_units: Chars = ""  # of those, units a plain amount joins before more words (1355 元創高)
    units_before: Chars = ""  # …or where one of these joiners does (1 萬 3,000 人或 0.17%)
    spaced_counters: Chars = ""  # 共接獲 1545 宗塌樹報告: classifiers that join a number spaced on both sides before more words
    spaced_counter_words: Words = []  # …unless they begin one of these words there (6 宗教領袖, 500 家長)
    closing: str = ""  # …or a pattern of words that close its phrase (升破 30 元大關, 12∼16 級陣風)
    long_units: Annotated[int, Field(ge=0)] = 0  # a space before a unit of the table this long in Han characters is dropped (16 毫米)
    latin_units: Annotated[int, Field(ge=0)] = 0  # …or this long in Latin letters, no letter after it (266.5 mm; 0: never)
    thousands: str = ""  # a pattern: a number grouped in threes by spaces (1 232.8毫米); the spaces inside are dropped
    phrase_break: str = ""  # a pattern: spaces that separate a headline's phrases (a clause end)
    dates: str = ""  # a pattern: a date spaced out (2022 年3 月末); every space run inside a match is dropped


class Table(Strict):
    row: str = ""  # a pattern: a line that is a table's row of numbers (美元/人民币 7.2680 7.2760), its label first
    quotes: Annotated[int, Field(ge=1)] = 2  # how many cells of it must be quotes
    quote: str = ""  # a pattern: a cell that is a quote (a number alone in its cell, or a word and a decimal)
    not_label: str = ""  # a pattern: labels of rows that hold no amounts (日期, 版本)
    max_row: Annotated[int, Field(ge=1)] = 120  # longer lines are running text, never a row


class TextFile(Strict):
    ends: Ends
    layout: Layout
    spaces: Spaces
    table: Table = Table()
    example: list[QuantityExample] = []


# ---- regions.toml ------------------------------------------------------------------

class RegionDetect(Strict):
    min_traditional: Annotated[float, Field(ge=0, le=1)]
    min_cues: Annotated[int, Field(ge=1)]
    own_weight: Annotated[int, Field(ge=1)] = 1  # what one of a region's own_cues counts for


class Region(Strict):
    name: Chars
    currency: Chars  # what 元 (and the other local-currency forms of units.toml) means there
    cues: Words
    own_cues: Words = []  # words of a text that speaks from the region (本港, 主计总处), not of it
    cue_pattern: str | None = None  # a pattern (regex) each match of which counts as a cue (Taiwan's 年增5.9%)


class RegionsFile(Strict):
    detect: RegionDetect
    region: list[Region]
    example: list[QuantityExample] = []


FILES: dict[str, type[Strict]] = {
    "units": UnitsFile,
    "numerals": NumeralsFile,
    "qualifiers": QualifiersFile,
    "stoplist": StoplistFile,
    "triggers": TriggersFile,
    "text": TextFile,
    "regions": RegionsFile,
}
