"""Fonts by role: configuration, resolution, coverage, the coverage cache.

Test fonts are built here with fontTools' FontBuilder; no font file is committed.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from conftest import PROJECT
from fontTools.fontBuilder import FontBuilder
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTCollection, TTFont
from pdfread import glyphs

from briefing.errors import EnvironmentProblem, InputError
from briefing.fonts import (
    DEFAULT_ROLES,
    ROLES,
    LayoutCheck,
    TextItem,
    check_coverage,
    describe_fonts,
    face_coverage,
    font_faces_for_css,
    harfbuzz_subset_available,
    load_font_config,
    resolve_fonts,
)
from briefing.fonts import coverage as coverage_module
from briefing.fonts.system import fc_match
from briefing.resources import DEFAULT_FONT_CONFIG

PROJECT_FONTS = PROJECT / "fonts"  # the user's folder: no fonts.yaml
NOTO_DIR = Path("/usr/share/fonts/opentype/noto")
TEST_FAMILY = "Briefing Test Sans"
TEST_CHARS = "中文简报测试，。ABC"


def build_font(
    path: Path,
    chars: str = TEST_CHARS,
    *,
    family: str = TEST_FAMILY,
    style: str = "Regular",
    weight: int = 400,
    typographic_family: str | None = None,
) -> Path:
    """A tiny TrueType font: one square glyph per character."""
    glyphs = [".notdef"] + [f"g{i}" for i in range(len(chars))]
    fb = FontBuilder(1000, isTTF=True)
    fb.setupGlyphOrder(glyphs)
    fb.setupCharacterMap({ord(c): f"g{i}" for i, c in enumerate(chars)})
    outlines = {}
    for name in glyphs:
        pen = TTGlyphPen(None)
        pen.moveTo((100, 0))
        pen.lineTo((100, 700))
        pen.lineTo((900, 700))
        pen.lineTo((900, 0))
        pen.closePath()
        outlines[name] = pen.glyph()
    fb.setupGlyf(outlines)
    fb.setupHorizontalMetrics({name: (1000, 100) for name in glyphs})
    fb.setupHorizontalHeader(ascent=880, descent=-120)
    names = {"familyName": family, "styleName": style}
    if typographic_family:
        names.update(typographicFamily=typographic_family, typographicSubfamily=style)
    fb.setupNameTable(names)
    fb.setupOS2(usWeightClass=weight, fsSelection=0x20 if weight >= 700 else 0x40)
    fb.font["head"].macStyle = 1 if weight >= 700 else 0
    fb.setupPost()
    path.parent.mkdir(parents=True, exist_ok=True)
    fb.save(str(path))
    return path


@pytest.fixture(autouse=True)
def _cache_home(tmp_path_factory, monkeypatch):
    """Keep the coverage cache out of the user's ~/.cache (shared by the tests)."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path_factory.getbasetemp() / "cache"))


@pytest.fixture
def fonts_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "fonts"
    build_font(folder / "BriefingTestSans-Regular.ttf")
    build_font(folder / "bold" / "BriefingTestSans-Bold.ttf", style="Bold", weight=700)
    build_font(
        folder / "BriefingTestSans-Black.ttf",
        family=f"{TEST_FAMILY} Black",
        typographic_family=TEST_FAMILY,
        style="Black",
        weight=900,
    )
    return folder


def write_config(folder: Path, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "fonts.yaml"
    path.write_text(text, encoding="utf-8")
    return path


# --- configuration -----------------------------------------------------------------------


def test_project_config_is_the_default_and_resolves_to_noto_cjk_sc():
    config = load_font_config(PROJECT_FONTS)
    assert not (PROJECT_FONTS / "fonts.yaml").exists()
    assert config.source == DEFAULT_FONT_CONFIG  # the package's, read when the folder has none
    assert config.roles == DEFAULT_ROLES
    assert set(config.roles) == set(ROLES) | {"latin", "latin_sans", "symbols"}
    resolved = resolve_fonts(config)
    expected = {"title": "Serif", "heading": "Sans", "body": "Serif", "caption": "Sans"}
    for role, kind in expected.items():
        # (pictographs: the emoji face; then Latin letters the CJK faces lack; symbols)
        face, emoji, latin, arrows, math = resolved[role]
        assert emoji.family == "Noto Color Emoji" and emoji.origin == "system"
        assert latin.family == latin.face_family == f"Noto {kind}"
        assert latin.fallback == ("latin" if kind == "Serif" else "latin_sans")
        assert (arrows.family, arrows.fallback) == ("Noto Sans Symbols2", "symbols")
        assert (math.family, math.fallback) == ("Noto Sans Math", "symbols")
        assert not face.fallback and not emoji.fallback
        assert face.origin == "system"
        assert face.family == face.face_family == f"Noto {kind} CJK SC"
        assert face.path.parent == NOTO_DIR
        assert face.path.name == f"Noto{kind}CJK-Regular.ttc"
        with TTFont(face.path, fontNumber=face.index, lazy=True) as font:
            assert font["name"].getDebugName(1) == f"Noto {kind} CJK SC"


def test_missing_file_and_missing_roles_take_defaults(tmp_path: Path):
    assert load_font_config(tmp_path / "nowhere").roles == DEFAULT_ROLES
    write_config(tmp_path, "roles:\n  body: Noto Sans CJK SC   # a single string\n")
    config = load_font_config(tmp_path)
    assert config.roles["body"] == ("Noto Sans CJK SC",)
    assert config.roles["title"] == DEFAULT_ROLES["title"]
    assert config.where("body") == (tmp_path / "fonts.yaml", 2)
    assert config.where("title") == (None, None)


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        ("roles:\n  title: [Noto Serif CJK SC]\n  titel: [Noto Serif CJK SC]\n", 3,
         ["unknown role 'titel'", "did you mean 'title'"]),
        ("# fonts\nroles:\n  body: Noto Serif CJK SC\ncolour: red\n", 4, ["unknown key 'colour'"]),
        ("roles:\n  body: [Noto Serif CJK SC\n  title: x\n", 3, ["malformed YAML"]),
        ("roles:\n  body: Noto Serif CJK SC\n title: x\n", 3, ["malformed YAML"]),
        ("roles:\n  body:\n    - Noto Serif CJK SC\n    - 12\n", 4, ["must list font family"]),
        ("roles:\n  caption: []\n", 2, ["names no font family"]),
        ("roles:\n  caption:\n", 2, ["names no font family"]),
        ("- roles\n", 1, ["must be a mapping"]),
        ("roles: [Noto Serif CJK SC]\n", 1, ["'roles' must be a mapping"]),
        ("roles:\n  body: !!python/object:os.system x\n", 2, ["tag", "not allowed"]),
        ("scripts:\n  Hant:\n    bodi: [Noto Serif CJK TC]\n", 3,
         ["unknown role 'bodi'", "did you mean 'body'"]),
        ("scripts:\n  Hant:\n    body: []\n", 3, ["'scripts.Hant.body'", "names no font"]),
    ],
)
def test_bad_config_names_file_and_line(tmp_path: Path, text: str, line: int, words: list[str]):
    path = write_config(tmp_path, text)
    with pytest.raises(InputError) as info:
        load_font_config(tmp_path)
    problem = info.value.problems[0]
    assert (problem.file, problem.line) == (path, line)
    assert problem.fix
    for word in words:
        assert word in problem.message


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ("roles:\n  body: A\n  title: T\n  body: B\n", 4),
        # The copy of the role loop for `scripts:` lacked the check of `roles:`.
        ("scripts:\n  Hant:\n    body: [A]\n    body: [B]\n", 4),
    ],
)
def test_a_role_given_twice_in_fonts_yaml_is_refused_in_roles_and_in_scripts(
        tmp_path: Path, text: str, line: int):
    path = write_config(tmp_path, text)
    with pytest.raises(InputError) as info:
        load_font_config(tmp_path)
    [problem] = info.value.problems
    assert (problem.file, problem.line) == (path, line)
    assert "'body' is given twice" in problem.message and problem.fix


def test_fonts_yaml_is_composed_once_and_never_parsed_again(tmp_path: Path, yaml_calls):
    calls = yaml_calls
    write_config(tmp_path, "roles:\n  body: [Noto Sans CJK SC]\n"
                           "scripts:\n  Hant:\n    body: [Noto Sans CJK TC]\n")
    config = load_font_config(tmp_path)
    assert calls == {"compose": 1, "load": 0}
    assert config.roles["body"] == ("Noto Sans CJK SC",)
    assert config.for_script("Hant").where("body") == (tmp_path / "fonts.yaml", 5)


# --- resolution --------------------------------------------------------------------------


def test_unknown_family_is_an_environment_problem_not_a_substitute(tmp_path: Path):
    family = "Briefing Nonexistent Song"
    # fontconfig always answers with *something*; that answer must not be accepted.
    substitute = fc_match(family)
    assert substitute.path.is_file()
    assert family.casefold() not in [name.casefold() for name in substitute.families]

    path = write_config(tmp_path, f"roles:\n  heading: [Noto Sans CJK SC, {family}]\n")
    with pytest.raises(EnvironmentProblem) as info:
        resolve_fonts(load_font_config(tmp_path))
    assert info.value.exit_code == 3
    (problem,) = info.value.problems
    assert family in problem.message and "heading" in problem.message
    assert substitute.families[0] in problem.message
    assert (problem.file, problem.line) == (path, 2)
    assert "fonts-noto-cjk" in problem.fix and "fonts/" in problem.fix


def test_project_font_resolves_first_and_feeds_font_face_rules(fonts_dir: Path):
    write_config(fonts_dir, "roles:\n  body: [briefing test sans, Noto Serif CJK SC]\n")
    config = load_font_config(fonts_dir)
    assert {face.family for face in config.project_faces} == {TEST_FAMILY}  # nameID 16 wins
    resolved = resolve_fonts(config)
    # (latin: the fallback role's Noto Serif; then the symbols role's two faces)
    first, fallback, latin, _arrows, _math = resolved["body"]
    assert first.origin == "project" and latin.fallback == "latin"
    assert first.path == fonts_dir / "BriefingTestSans-Regular.ttf"  # upright, closest to 400
    assert (first.family, first.face_family, first.index) == ("briefing test sans", TEST_FAMILY, 0)
    assert fallback.origin == "system"
    assert resolved["title"][0].origin == "system"

    faces = font_faces_for_css(config, fonts_dir)
    assert sorted((f["url"], f["weight"], f["style"]) for f in faces) == [
        ("BriefingTestSans-Black.ttf", 900, "normal"),
        ("BriefingTestSans-Regular.ttf", 400, "normal"),
        ("bold/BriefingTestSans-Bold.ttf", 700, "normal"),
    ]
    assert {f["family"] for f in faces} == {"briefing test sans"}

    rows = describe_fonts(config, resolved)
    body = [row for row in rows if row["role"] == "body"]
    assert [row["origin"] for row in body] == ["project"] + ["system"] * 4
    assert body[0]["glyphs"] == len(TEST_CHARS) + 1
    assert body[0]["codepoints"] == len(TEST_CHARS)


def test_unnamed_project_fonts_get_no_font_face(fonts_dir: Path):
    config = load_font_config(fonts_dir)  # no fonts.yaml: defaults name only Noto
    assert font_faces_for_css(config, fonts_dir) == []
    rows = describe_fonts(config, resolve_fonts(config))
    assert sorted(row["path"] for row in rows if row["role"] == "") == sorted(
        str(face.path) for face in config.project_faces
    )


def test_collection_faces_are_read_one_by_one(tmp_path: Path):
    folder = tmp_path / "fonts"
    sans = TTFont(build_font(tmp_path / "a.ttf", "甲乙", family="Briefing Test JP"))
    song = TTFont(build_font(tmp_path / "b.ttf", "丙丁", family="Briefing Test Song"))
    collection = TTCollection()
    collection.fonts = [sans, song]
    folder.mkdir()
    collection.save(str(folder / "pair.ttc"))
    write_config(folder, "roles:\n  caption: Briefing Test Song\n")
    face, *_ = resolve_fonts(load_font_config(folder))["caption"]  # (and the fallbacks)
    assert (face.path.name, face.index, face.origin) == ("pair.ttc", 1, "project")
    assert 0x4E19 in face_coverage(face.path, face.index)  # 丙
    assert 0x7532 not in face_coverage(face.path, face.index)  # 甲 is in face 0 only


def test_unreadable_font_file_is_an_input_error(tmp_path: Path):
    (tmp_path / "broken.otf").write_bytes(b"not a font")
    with pytest.raises(InputError) as info:
        load_font_config(tmp_path)
    assert info.value.problems[0].file == tmp_path / "broken.otf"


# --- coverage ----------------------------------------------------------------------------


def test_covered_text_has_no_problems():
    resolved = resolve_fonts(load_font_config(PROJECT_FONTS))
    texts = [
        TextItem("title", "2021年吕梁市生态环境质量持续改善", "article.md", 1),
        TextItem("body", "PM2.5平均浓度为27μg/m³，同比下降18.2%。\u3000\u00a0\t\n", "a.md", 3),
        TextItem("caption", "图1　如意湖畔（摄影：柴芳芳）", "figures.yaml", 7),
    ]
    assert check_coverage(resolved, texts) == []


def test_uncovered_characters_are_located_by_role():
    resolved = resolve_fonts(load_font_config(PROJECT_FONTS))
    # Noto Serif CJK SC on this machine covers 𠮷 (U+20BB7, CJK Ext-B); nothing covers the PUA.
    assert 0x20BB7 in face_coverage(resolved["body"][0].path, resolved["body"][0].index)
    texts = [
        TextItem("body", "吉𠮷\n第二行\ue000。", "article.md", 12),
        TextItem("body", "又\ue000", "article.md", 20),
        TextItem("body", "再\ue000，\ue000", "article.md", 21),
        TextItem("body", "还\ue000", "article.md", 30),
        TextItem("caption", "图\ue000", "figures.yaml", 4),
        TextItem("body", "a\u2061b", "article.md", 40),
    ]
    problems = check_coverage(resolved, texts)
    assert [(p.file, p.line) for p in problems] == [
        ("article.md", 13),
        ("figures.yaml", 4),
        ("article.md", 40),
    ]
    assert problems[0].message == (
        "U+E000 private use character is in no font of role body (Noto Serif CJK SC, "
        "Noto Color Emoji, Noto Serif for Latin letters, Noto Sans Symbols2 for symbols, "
        "Noto Sans Math for symbols); first at article.md:13, also at 3 other places"
    )
    assert ("role caption (Noto Sans CJK SC, Noto Color Emoji, Noto Sans for Latin letters, "
            "Noto Sans Symbols2 for symbols" in problems[1].message)
    assert "U+2061 FUNCTION APPLICATION" in problems[2].message
    assert all("fonts/fonts.yaml" in p.fix for p in problems)


def test_coverage_is_the_union_of_the_role_families_only(fonts_dir: Path):
    write_config(fonts_dir, "roles:\n  body: [Briefing Test Sans, Noto Serif CJK SC]\n"
                            "  heading: Briefing Test Sans\n")
    resolved = resolve_fonts(load_font_config(fonts_dir))
    texts = [
        TextItem("body", "中文简报：吕梁", "a.md", 1),  # 吕梁： only in the fallback
        TextItem("heading", "中文简报：吕梁", "a.md", 2),  # no fallback for heading
    ]
    problems = check_coverage(resolved, texts)
    assert [p.message.split(" is in")[0] for p in problems] == [
        "U+FF1A '：'", "U+5415 '吕'", "U+6881 '梁'",
    ]
    assert all("role heading (Briefing Test Sans, Noto Sans for Latin letters," in p.message
               for p in problems)


def test_coverage_cache_on_disk_and_invalidation(tmp_path: Path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    font = build_font(tmp_path / "fonts" / "t.ttf", "中文")
    stats = coverage_module.STATS

    def lookup() -> tuple[set[int], str]:
        before = (stats.memory, stats.disk, stats.font)
        cov = face_coverage(font)
        after = (stats.memory, stats.disk, stats.font)
        changed = [a - b for a, b in zip(after, before, strict=True)]
        source = ["memory", "disk", "font"][changed.index(1)]
        return {cp for cp in range(0x4E00, 0x9FFF) if cp in cov}, source

    coverage_module.clear_memory_cache()
    assert lookup() == ({0x4E2D, 0x6587}, "font")
    assert list((tmp_path / "cache" / "briefing").glob("cmap-*.json"))
    assert lookup()[1] == "memory"
    coverage_module.clear_memory_cache()  # as in a fresh process
    assert lookup() == ({0x4E2D, 0x6587}, "disk")

    # Replace the font (new content, new mtime): the cached ranges must not be used.
    build_font(font, "中文报")
    stat = font.stat()
    os.utime(font, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
    assert lookup() == ({0x4E2D, 0x6587, 0x62A5}, "font")
    coverage_module.clear_memory_cache()
    assert lookup() == ({0x4E2D, 0x6587, 0x62A5}, "disk")


def test_harfbuzz_subset_is_available():
    assert harfbuzz_subset_available() is True


# --- what the templates set, checked as laid out ------------------------------------------


def subset_font(path: Path, chars: str, family: str) -> Path:
    """The system's Noto Sans CJK SC (OFL) cut down to `chars` and renamed `family`: a font
    a user might drop into fonts/ as fonts/README.md describes, made here, not committed."""
    from fontTools import subset

    noto = fc_match("Noto Sans CJK SC")
    font = TTFont(noto.path, fontNumber=noto.index)
    options = subset.Options()
    options.name_IDs = ["*"]
    subsetter = subset.Subsetter(options)
    subsetter.populate(text="".join(sorted(set(chars))))
    subsetter.subset(font)
    for record in font["name"].names:
        if record.nameID in (1, 16):
            record.string = family
        elif record.nameID in (4, 6):
            record.string = family.replace(" ", "") + "-Regular"
    path.parent.mkdir(parents=True, exist_ok=True)
    font.save(path)
    return path


def test_a_dropped_in_font_lacking_the_templates_diamond_stops_the_build(
        tmp_path: Path, make_briefing):
    """fonts/README.md's way: a font in a fonts folder, its family named for a role. The
    reprint template puts ◆ before the byline (CSS generated content, not the article's
    text): without the fix it came silently from a font of no role; now the build stops
    naming the character, the role and the template line — or, once the role has a
    family that has it, every glyph is in a role's font. (The ▲ it once put before a
    caption without its photo is gone: such a caption now reads 「（图略）」.)"""
    import pdfplumber

    from briefing.build import build
    from briefing.render import TEMPLATES_DIR

    folder = make_briefing("导语。\n\n::: figure\n图片说明文字。\n:::\n")
    text = (folder / "article.md").read_text("utf-8")
    own = tmp_path / "fonts"
    subset_font(own / "Lacking.otf", text + "0123456789年月日—/目录（图略） ",
                "Briefing Lacking Sans")
    roles = ("roles:\n  title: [Noto Serif CJK SC]\n  heading: [Noto Serif CJK SC]\n"
             "  body: [Noto Serif CJK SC]\n  kai: [AR PL UKai CN]\n")
    # (the symbols role, whose faces have ◆, set to the lacking face too)
    roles += "  symbols: [Briefing Lacking Sans]\n"
    (own / "fonts.yaml").write_text(roles + "  caption: [Briefing Lacking Sans]\n", "utf-8")
    target = tmp_path / "lacking.pdf"
    with pytest.raises(InputError) as caught:
        build(folder, target, fonts_dir=own)
    css = TEMPLATES_DIR / "reprint" / "style.css"
    lines = css.read_text("utf-8").split("\n")
    expected = {char: next(number for number, line in enumerate(lines, start=1)
                           if f'content: "{char} "' in line) for char in "◆"}
    found = {}
    for problem in caught.value.problems:
        char = problem.message.split("'")[1]
        assert "role caption (Briefing Lacking Sans, Noto Sans)" in problem.message
        assert problem.fix
        found[char] = (Path(problem.file), problem.line)
    assert found == {char: (css, line) for char, line in expected.items()}
    assert not target.exists()

    # A fallback family in the role: every glyph of the PDF is in a font of a role.
    (own / "fonts.yaml").write_text(
        roles + "  caption: [Briefing Lacking Sans, Noto Sans CJK SC]\n", "utf-8")
    build(folder, target, fonts_dir=own)
    configured = ["Briefing-Lacking-Sans", "Noto-Sans-CJK-SC", "Noto-Serif-CJK-SC", "AR-PL-UKai"]
    with pdfplumber.open(target) as pdf:
        chars = [char for page in pdf.pages for char in glyphs(page)]
    fonts_of = {}
    for char in chars:
        name = char["fontname"].split("+", 1)[-1]
        assert any(name.startswith(family) for family in configured), (char["text"], name)
        fonts_of.setdefault(char["text"], set()).add(name)
    assert fonts_of["◆"] == {"Noto-Sans-CJK-SC"}
    assert fonts_of["图"] == {"Briefing-Lacking-Sans"}  # the caption, in its first family


def test_text_laid_out_in_fonts_of_no_role_is_refused(fonts_dir: Path):
    from briefing.fonts import LayoutCheck

    resolved = resolve_fonts(load_font_config(fonts_dir))
    check = LayoutCheck.for_build(resolved)
    assert check.problems([(1, dict(check.stacks)["body"], "中文")]) == []
    [problem] = check.problems([(2, ("DejaVu Sans",), "中中")])
    assert "no role's" in problem.message and "page 2" in problem.message


# --- pictographs -------------------------------------------------------------------------


@pytest.mark.pdf
def test_pictographs_are_set_in_the_emoji_face_and_nothing_else(tmp_path, monkeypatch):
    """A WeChat article's or README's emoji (🎈 ✅ ❌) build, in the emoji face every
    default role ends with; its digits and spaces stay in the CJK faces (Pango would take
    the emoji face's forms of 0–9 when it is simply listed: _fonts.css.j2 limits it)."""
    import pdfplumber
    from conftest import write_briefing

    from briefing.build import build

    body = "🎈本项目于2021年启动，已完成✅ 12项，未完成❌ 3项。\n"
    folder = write_briefing(tmp_path / "brief", body)
    pdf = build(folder, tmp_path / "emoji.pdf").output
    with pdfplumber.open(pdf) as document:
        chars = [c for page in document.pages for c in page.chars if not c["text"].isspace()]
    faces = {c["text"]: c["fontname"].split("+")[-1] for c in chars}
    assert {faces[e] for e in "🎈✅❌"} == {"Noto-Color-Emoji"}, faces
    digits = {c["fontname"].split("+")[-1] for c in chars if c["text"].isdigit()}
    assert digits and not any("Emoji" in face for face in digits), digits
    # The same bytes an hour later (WeasyPrint saves the emoji face anew, and fontTools
    # stamps it with the clock unless told otherwise: briefing/weasy/ids.py).
    import time
    from types import SimpleNamespace

    from fontTools.misc import timeTools

    monkeypatch.setattr(timeTools, "time", SimpleNamespace(time=lambda: time.time() + 3600))
    again = build(folder, tmp_path / "again.pdf").output
    assert again.read_bytes() == pdf.read_bytes()


@pytest.mark.pdf
def test_the_emoji_of_other_blocks_are_set_in_the_emoji_face(tmp_path):
    """⏰ and ⌨ (Miscellaneous Technical) in a README's or a blog's heading and ◼ (Geometric
    Shapes) as a report's bullet: emoji the CJK faces lack outside the pictograph blocks — the build
    refused both texts of the corpus before (no font of the role)."""
    import pdfplumber
    from conftest import write_briefing

    from briefing.build import build

    folder = write_briefing(tmp_path / "brief",
                            "## 学习方案⏰\n\n隐私计算顺势而为◼底层价值。\n\n## ⌨️ 刷题\n\n每天一题。\n")
    pdf = build(folder, tmp_path / "emoji.pdf").output
    with pdfplumber.open(pdf) as document:
        faces = {c["text"]: c["fontname"].split("+")[-1]
                 for page in document.pages for c in page.chars}
    assert "Color-Emoji" in faces["⏰"] and "Color-Emoji" in faces["◼"], faces
    # (a blog's 「⌨️ LeetCode」 heading: the picture and its emoji form read as one)
    assert "Color-Emoji" in next(face for text, face in faces.items() if text[:1] == "⌨")
    assert "Emoji" not in faces["学"]


@pytest.mark.pdf
def test_an_emoji_sequence_joined_by_zwj_builds_as_one_picture(tmp_path):
    """「👨‍👩‍👧」「🏳️‍🌈」 (pictographs joined by U+200D ZERO WIDTH JOINER, as a blog post
    writes them): the build refused the joiner (no role's text face has it); the emoji
    face sets it with the pictographs it joins, so the sequence is shaped as one picture
    (one glyph where three would stand apart)."""
    import pdfplumber
    from conftest import write_briefing

    from briefing.build import build

    family = "\U0001F468\u200d\U0001F469\u200d\U0001F467"
    folder = write_briefing(tmp_path / "brief", f"周末一家人{family}去了海边，天气很好。\n")
    pdf = build(folder, tmp_path / "zwj.pdf").output
    with pdfplumber.open(pdf) as document:
        chars = [c for page in document.pages for c in page.chars]
    emoji = [c for c in chars if "Emoji" in c["fontname"]]
    assert emoji and len(emoji) < 3  # one shaped picture, not man, woman, girl apart
    assert not any("Emoji" in c["fontname"] for c in chars if c["text"] in "周末一家人海边")


@pytest.mark.pdf
def test_a_document_without_pictographs_declares_no_emoji_face(tmp_path, monkeypatch):
    """The emoji face is declared (_fonts.css.j2) only when the document can set a
    pictograph — in its texts and labels or its template's own files: WeasyPrint copies
    the face's file into the font configuration of every build that declares it. Without
    one, the PDF is the same bytes as with the face declared; with one (the tests above),
    it is declared and sets it."""
    from conftest import write_briefing
    from weasyprint.text.fonts import FontConfiguration

    import briefing.build as build_module
    from briefing.build import build, check_glyphs, sets_pictographs

    added: list[str] = []
    real_add = FontConfiguration.add_font_face

    def add_font_face(self, rule, fetcher):
        added.append(rule["font_family"])
        return real_add(self, rule, fetcher)

    monkeypatch.setattr(FontConfiguration, "add_font_face", add_font_face)
    body = "## 一、总体情况\n\n2021年，全市优良天数281天，同比增加12天。★\n"
    folder = write_briefing(tmp_path / "brief", body.replace("★", ""))
    plain = build(folder, tmp_path / "plain.pdf", force=True).output
    assert added == []
    monkeypatch.setattr(build_module, "sets_pictographs", lambda *args: True)
    declared = build(folder, tmp_path / "declared.pdf", force=True).output
    assert added == ["Noto Color Emoji pictographs"]
    assert plain.read_bytes() == declared.read_bytes()
    # What decides: a pictograph (★ U+2605) in the text, or in a template's own files.
    from briefing.fonts import load_font_config, resolve_fonts
    from briefing.loader import load_briefing
    from briefing.render import FONTS_DIR

    resolved = resolve_fonts(load_font_config(FONTS_DIR))
    texts = check_glyphs(load_briefing(folder), resolved)
    assert not sets_pictographs(texts, "reprint", ())
    starred = write_briefing(tmp_path / "starred", body)
    assert sets_pictographs(check_glyphs(load_briefing(starred), resolved), "reprint", ())
    mine = tmp_path / "templates" / "reprint"
    mine.mkdir(parents=True)
    (mine / "style.css").write_text('h2::before { content: "★"; }\n', "utf-8")
    assert sets_pictographs(texts, "reprint", (tmp_path / "templates",))


# --- Latin letters the CJK faces lack ----------------------------------------------------

# Names in articles: Polish, Czech and Turkish letters that Noto Serif/Sans CJK SC lack
# (ł ę ř ğ), set in the fallback roles' faces; the Vietnamese ễ and ậ they have.
NAMES = "瓦文萨（Lech Wałęsa）、德沃夏克（Dvořák）、埃尔多安（Erdoğan）、阮文日（Nguyễn Văn Nhật）"


def test_the_fallback_roles_follow_each_role_in_its_stack(tmp_path: Path):
    config = load_font_config(PROJECT_FONTS)
    symbols = ("Noto Sans Symbols2", "Noto Sans Math")
    assert config.families("body")[-3:] == ("Noto Serif",) + symbols
    assert config.families("kai")[-3:] == config.families("fang")[-3:] == ("Noto Serif",) + symbols
    assert config.families("heading")[-3:] == config.families("caption")[-3:] == (
        ("Noto Sans",) + symbols)
    # configured in fonts.yaml: where each family of a stack was named
    write_config(tmp_path, "roles:\n  body: [Noto Serif CJK SC, Noto Serif]\n"
                           "  latin:\n    - DejaVu Serif\n    - Noto Serif\n")
    config = load_font_config(tmp_path)
    # (a family the role names itself is not repeated from its fallback role)
    assert config.families("body") == ("Noto Serif CJK SC", "Noto Serif", "DejaVu Serif",
                                       *symbols)
    assert config.where("body", 2) == (tmp_path / "fonts.yaml", 4)
    assert config.families("heading") == DEFAULT_ROLES["heading"] + ("Noto Sans",) + symbols
    assert config.where("heading", 2) == (None, None)  # the default
    assert config.where("heading", 4) == (None, None)
    resolved = resolve_fonts(config)
    assert [face.fallback for face in resolved["body"]] == ["", "", "latin", "symbols",
                                                           "symbols"]
    # a fallback family nowhere: named by its role and line
    write_config(tmp_path, "roles:\n  latin_sans: [Briefing No Such Sans]\n")
    with pytest.raises(EnvironmentProblem) as caught:
        resolve_fonts(load_font_config(tmp_path))
    [problem] = caught.value.problems
    assert "role latin_sans" in problem.message and problem.line == 2 and problem.fix


def test_latin_letters_count_from_the_fallback_and_nothing_else():
    resolved = resolve_fonts(load_font_config(PROJECT_FONTS))
    body = resolved["body"]
    assert ord("ł") not in face_coverage(body[0].path, body[0].index)  # the CJK face lacks it
    texts = [TextItem("body", NAMES, "article.md", 3), TextItem("heading", NAMES, "a.md", 1),
             TextItem("kai", NAMES, "a.md", 2), TextItem("fang", NAMES, "a.md", 4)]
    assert check_coverage(resolved, texts) == []
    # Noto Serif has the Greek ἀ and the Devanagari क is in no configured face: both stop
    # the build (the Latin face counts for Latin letters only), named with file and line.
    assert ord("ἀ") in face_coverage(body[2].path, body[2].index)  # Noto Serif
    problems = check_coverage(resolved, [TextItem("body", "柏拉图（Πλἀτων）说", "article.md", 7),
                                         TextItem("caption", "图：क", "figures.yaml", 9)])
    assert [(p.message.split(" is in")[0], p.file, p.line) for p in problems] == [
        ("U+1F00 'ἀ'", "article.md", 7), ("U+0915 'क'", "figures.yaml", 9)]
    assert "Noto Serif for Latin letters" in problems[0].message
    assert all(p.fix for p in problems)
    # … and as laid out: a ◆ a role's faces lack is not taken from its Latin face
    check = LayoutCheck.for_build(resolved)
    stack = dict(check.stacks)["body"]
    assert check.problems([(1, stack, NAMES)]) == []
    [problem] = check.problems([(2, stack, "中ἀ")])
    assert "U+1F00" in problem.message and "page 2" in problem.message


def faces_of_characters(pdf: Path) -> dict[str, set[str]]:
    """Each character of the PDF → the faces it is drawn in (their names without the
    subset's prefix)."""
    import pdfplumber

    with pdfplumber.open(pdf) as document:
        chars = [c for page in document.pages for c in glyphs(page)]
    faces: dict[str, set[str]] = {}
    for char in chars:
        faces.setdefault(char["text"], set()).add(char["fontname"].split("+")[-1])
    return faces


# Symbols a report or a post sets that no CJK face has: an arrow and a pointer of a WeChat
# list (➜ ➢), a formula's subscript (CO₂), a paper's asterisk operator and math italic.
SYMBOLS_TEXT = "➜ 二氧化碳（CO₂）排放 ➢ 收益 𝐴 ∗ 𝑥"


def test_symbols_count_from_the_symbols_faces_and_nothing_else():
    resolved = resolve_fonts(load_font_config(PROJECT_FONTS))
    body = resolved["body"]
    for char in "➜➢₂∗𝐴":
        assert ord(char) not in face_coverage(body[0].path, body[0].index), char
    texts = [TextItem(role, SYMBOLS_TEXT, "article.md", 3) for role in ROLES]
    assert check_coverage(resolved, texts) == []
    # Noto Sans Symbols2 has Braille, outside the symbols' blocks: it does not count from
    # it — a character the other faces lack still stops the build, naming the fallbacks.
    arrows = body[-2]
    assert arrows.family == "Noto Sans Symbols2"
    assert ord("⠁") in face_coverage(arrows.path, arrows.index)
    [problem] = check_coverage(resolved, [TextItem("body", "盲文⠁", "article.md", 5)])
    assert problem.message.startswith("U+2801") and problem.line == 5
    assert "Noto Sans Symbols2 for symbols, Noto Sans Math for symbols" in problem.message
    assert "Noto Serif for Latin letters" in problem.message


@pytest.mark.pdf
def test_symbols_the_cjk_faces_lack_are_set_in_the_symbols_faces(tmp_path):
    """➜ ➢ from Noto Sans Symbols2, ∗ 𝐴 𝑥 from Noto Sans Math, ₂ from Noto Serif; the Han
    and the digits around them from the CJK face."""
    from conftest import write_briefing

    from briefing.build import build

    folder = write_briefing(tmp_path / "brief", f"## 要点\n\n{SYMBOLS_TEXT}。\n")
    pdf = build(folder, tmp_path / "symbols.pdf").output
    faces = faces_of_characters(pdf)
    assert faces["➜"] == faces["➢"] == {"Noto-Sans-Symbols2"}, faces
    assert faces["∗"] == faces["𝐴"] == faces["𝑥"] == {"Noto-Sans-Math"}, faces
    assert faces["₂"] == {"Noto-Serif"}, faces
    assert faces["碳"] == faces["O"] == {"Noto-Serif-CJK-SC"}, faces


@pytest.mark.pdf
def test_a_name_in_latin_letters_the_cjk_faces_lack_is_set_in_the_latin_face(tmp_path):
    """Wałęsa in the body: ł and ę drawn in Noto Serif, the Latin letters the CJK face has
    and the Han around them in Noto Serif CJK SC; Erdoğan in a (bold) heading: ğ in Noto
    Sans Bold. A letter no configured face has still stops the build, with its line."""
    from conftest import write_briefing

    from briefing.build import build

    body = f"## 土耳其总统埃尔多安（Erdoğan）\n\n波兰前总统{NAMES}。\n"
    folder = write_briefing(tmp_path / "brief", body)
    pdf = build(folder, tmp_path / "latin.pdf").output
    faces = faces_of_characters(pdf)
    for letter in "łęř":
        assert faces[letter] == {"Noto-Serif"}, (letter, faces[letter])
    assert faces["ễ"] == faces["ậ"] == {"Noto-Serif-CJK-SC"}  # the CJK face has them
    assert "Noto-Sans-Bold" in faces["ğ"] and "Noto-Serif" in faces["ğ"]  # heading, body
    for char in "瓦文萨WaDvor":
        assert faces[char] <= {"Noto-Serif-CJK-SC", "Noto-Sans-CJK-SC-Bold"}, (char, faces[char])
    assert faces["萨"] == {"Noto-Serif-CJK-SC"}
    text = (folder / "article.md").read_text("utf-8")
    (folder / "article.md").write_text(text.replace("德沃夏克", "德沃夏克क"), "utf-8")
    target = tmp_path / "refused.pdf"
    with pytest.raises(InputError) as caught:
        build(folder, target)
    [problem] = caught.value.problems
    line = text.split("\n").index(next(line for line in text.split("\n") if "德沃夏克" in line))
    assert "U+0915" in problem.message and problem.fix
    assert Path(problem.file).name == "article.md" and problem.line == line + 1
    assert not target.exists()
