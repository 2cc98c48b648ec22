"""Key figures: numbers with units found in the article's sentences, grouped by section.

Rules over sentences and clauses, no model: a clause such as 「优良天数281天」 gives a row
(label 优良天数, value 281, unit 天); a following 「同比下降18.2%」 is that row's change and
「名列全省第四」 its rank; 「社会消费品零售总额增长4.6%」 with no level is a rate row of its
own; a change goes only to a row in its own measure. Years, dates, durations, ordinals,
ranges, ratios, bounds (超过/逾 N, N余), sizes in names, plans and forecasts, references,
limits and standards, notes and numbers inside quotation marks or book titles (「十四五」
「13710」「1+4」) are not figures; a number that is none keeps its place in the sentence, so
the change said after it goes to no other row. A label that reads as a fragment of the
sentence, or a count that does not say what it counts, gives no row. So do requirements
(要求, 要确保, a standard's 应), a person's story, a series of years, and numbers inside a
clause about something else; when a text gives figures of several places, each row names
its place. Conditions and computed amounts (如果, 以此计算), tasks and the future (明年,
须完成, 要新建), a notice's terms (各奖励, 可申请), amounts per X (每人), differences from a
base (偏高, 高出) and units cut short at an unknown per (kW/kg) give no rows either, nor do
labels that run across an inline heading (（一）, 一、, 1.) or end in a year, hold a comparison
(与去年…保持一致) or a count closing examples (甲、乙等N个城市的…), and values each member of
a counted set has (7个市的…, 甲、乙、丙均为). A sentence opening with the usual base
(「与去年同期相比，」「同比，」) gives the changes of the rows before it that it names;
「从环比看，」 names the comparison of the growths after it; 同口径 and 可比 are comparisons
like 同比, and a note on the base (（下同）) or the base's level (较去年同期的94%) stands before
the verb; figures of two periods (3月, 1-3月) name their period, and a paragraph goes on about
the place and period it named; 分别 with one value names nothing; 个千分点 is the change of a ‰
rate; the same figure in another unit in brackets (「3.2万公顷（48万亩）」) is no row; a count
before 共/累计 + verb is who did it; an item of a list in 元 among 亿元 has lost its magnitude,
as has a value added in 元, and gives no row; a method (按…价格计算) or a note naming an
abbreviation does not part a level from its change; an amount (支出, 投资) is never a
percentage; 完成/实现 between a thing and its measure is left off the label; a copy in
Traditional characters is read through its Simplified form (OpenCC) and its rows keep the text's
characters (and radical glyphs of a PDF, ⽐ ⻓, through the characters they look like). Seventh
round, for text nobody tuned on: a level whose sentence gives a change the rules could not
place (or read: 增长-8.7%) is left out rather than printed without it; a growth straight after
a level with none stands on its own only when its subject names a measure; how a comparison
was made (按新口径, 扣除…后) is said with the level's change; a % growth after a share is the
thing's; examples (例如, 以…为例), the base period's level (去年同期为), a figure of an earlier
year than the text's, a guide's recommendations (为宜, 一般 N), a target completed (…的目标),
a quorum (应到), a procurement notice's terms, a profile (成立于, 注册资金), an amount labelled
by firms, a size or output with no owner, thresholds crossed (跨越) and labels holding 同比 or
a bracket closed before it opens give no rows. Eighth round: 「N个X中」 is a scope unless a
part of X is counted after it; a gloss in brackets (（AQI）, （优、良）) does not hide what a label
measures; a change in a count keeps the noun the text gives it (增加1个断面); 「X N个、占P%」
and, after 其中, 「X占P%」 are X's share; 「城乡居民…分别 a、b」 is the urban then the rural
figure; 「X从a提高到b」 gives X's level b (a is the base; after 把/使/要 a task, no row);
与上年同比 is a base like 同比; a ? opening a label is a character lost in copying. Ninth
round: the cells of a table row left as a paragraph (set apart by bars, tabs or runs of
spaces) are no sentence; a label opening with a pronoun (其, 上述, 两者, 它) names its thing
in another clause; a label ending in a trend (逐年, 日益) gives one point of a series, and a
sentence opening with a span of years (2018年-2020年) is its last year's; a change from a base
the rules do not know by name (较“十三五”末, 比改革前) or a difference from another place or a
target (高于全省平均水平 N个百分点, 比全省平均低 N) is the figure's change — unless a change
from the last period follows — and a figure whose such change cannot be placed is left out; a
label that is only a region (东部地区, 农村: whose), a word for any level (平均水平, 数据) or a
time (最高的一天: when) names no measured thing, nor does a place alone (「…，天津市为68%」) or a
label with a time inside (村里的合作社去年分红); an average growth before a level (年均增长
7.5%，达到1200亿元) is no change of it; 凡 (whoever) opens a condition; 较上周, 比昨日 in a
label are comparisons like 比上月; 对X贡献率 is the share of the thing before, not a measure
of X; 能耗, 强度, 排放, 成本 name measures of their own (no measure shared into them); what a
share of people said or chose (45%表示…, 38%选择…) is no name; a zero (0天, 0%) is no
proposal; a photo's caption left as a paragraph (▲…, 资料图：, …（记者 张三 摄）) and a 来源：
line give no rows, and a label opening with a bracket (（本报记者 李四）…) is a byline or a
note; in 「分别增加12天、减少2天」 each value is said with its own verb; a growth of 人均X
(亩均, 单位) is no change of X's level, and GDP, CPI, PMI name measures; 当中 opens a part like
其中; Hong Kong's 按年/按季 (实质增长) is a comparison like 同比. Fifteenth round: an
amount in magnitudes and digits at once (2萬400元) and a frequency (1次/月) are no figures; a
base may hold a number (较38线) and a rank its field (全市20个区县排名第4); a label naming no
owner (浓度, 项目), a sum in passing (加起来) and people under a place alone give no rows;
0.4个、1.1个百分点 are points; a section headed by targets or plans (主要预期目标, 工作安排)
gives none; a rate row keeps 环比 in its label, and a paragraph opening with 从环比看 goes on
in that view; Taiwan's 成長, 衰退, 較上年同月, 增加率, 年增/月增 (「，年增4.9%」) and 兆 are read;
a % said above a % level is the other rate, not a change; 超过了 is a bound, 控制值 a limit,
的临时估计 no part of a name; a Traditional copy's rows are written back in its characters
once all are found (the next paragraph reads them, and places are put before labels, in
Simplified). A comparison run on with 、 (增长6.9%、快于全国0.6个百分点) is a clause like
one after a comma; a difference that is one of a list (快于全国0.5和0.1个百分点) is no row's
change; a count of things whose quality is then judged (275个河流断面总体水质为优) no figure.
Every row cites its whole sentence (and the next, when that one gives its change), exactly as it
stands in article.md without inline tags.
The groups are written as proposals (`status: proposed`): printed nowhere until accepted.

The package's modules, along the pipeline: `numbers` (a sentence read: topics, the rows'
data, sentences and clauses, quantities and units, labels), `rows` (a sentence's rows and the
checks that leave one out), `groups` (the article's rows grouped by section, contradictions
and the writer of figures.yaml).
"""

from briefing.importer.figures.groups import (
    contradiction_doubts,
    extract_figures,
    figures_yaml,
    label_clash_doubts,
)
from briefing.importer.figures.numbers import Group, Passage, Row
from briefing.importer.figures.rows import rows_in_sentence

__all__ = [
    "Group",
    "Passage",
    "Row",
    "contradiction_doubts",
    "label_clash_doubts",
    "extract_figures",
    "figures_yaml",
    "rows_in_sentence",
]
