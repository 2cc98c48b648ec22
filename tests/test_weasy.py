"""The WeasyPrint seam (briefing/weasy/): one table of patches drives the check made
before installing, the install and the uninstall."""

from __future__ import annotations

import sys
import types

import pytest

from briefing import weasy
from briefing.weasy import seam
from briefing.weasy.seam import MISSING, Patch, Signature, value_at
from briefing.weasy.table import CONCERNS, PATCHES


@pytest.fixture(scope="module", autouse=True)
def loaded():
    weasy.load()


def places(patch: Patch) -> list[str]:
    return [patch.target, *patch.also]


def test_the_package_docstring_lists_every_patch_of_the_table():
    names = [patch.name for patch in PATCHES]
    assert len(set(names)) == len(names)
    lines = weasy.__doc__.splitlines()
    for patch in PATCHES:
        short = patch.target.removeprefix("weasyprint.")
        assert any(patch.name in line and short in line for line in lines), patch.name
        # The concern is the module holding the replacement, and the docstring names it.
        replacement = getattr(patch.replacement, "fget", patch.replacement)
        assert replacement.__module__ == f"briefing.weasy.{patch.concern}", patch.name
    assert all(f"{concern}.py" in weasy.__doc__ for concern in CONCERNS)


def test_the_installed_weasyprint_passes_and_every_patch_is_in_place():
    assert weasy.problems() == []
    for patch in PATCHES:
        if patch.when is None or patch.when():
            assert patch.installed, patch.name
            assert all(value_at(place) is patch.replacement for place in places(patch))


def changed(*arguments, new_argument=None):
    """A WeasyPrint function whose parameters are not those the patches expect."""


@pytest.mark.parametrize("patch", PATCHES, ids=lambda patch: patch.name)
def test_a_changed_target_is_reported_by_its_patchs_name(patch, monkeypatch):
    owner, name = seam.resolve(patch.target)
    monkeypatch.setattr(owner, name, changed)
    found = weasy.problems()
    assert found, patch.name
    # Every problem is this patch's, and names the target that changed.
    assert {problem.split(":")[0] for problem in found} == {patch.name}
    assert any(patch.target in problem for problem in found)
    with pytest.raises(weasy.WeasyPrintIncompatible, match=patch.name):
        weasy.check(patch.concern)
    monkeypatch.undo()
    assert weasy.problems() == []


def test_a_changed_need_is_reported_by_its_patchs_name(monkeypatch):
    # Not a target, but what a replacement calls: leader_index(box).
    from weasyprint.layout import leader

    monkeypatch.setattr(leader, "leader_index", changed)
    assert weasy.problems() == [
        "leader-run: weasyprint.layout.leader:leader_index(box) changed"]
    # A WeasyPrint whose functions no longer import each other's: also named.
    from weasyprint.layout import block

    monkeypatch.undo()
    monkeypatch.setattr(block, "iter_line_boxes", changed)
    assert weasy.problems() == ["neighbour-gaps: weasyprint.layout.block:iter_line_boxes "
                                "is no longer weasyprint.layout.inline:iter_line_boxes"]


def test_another_weasyprint_version_is_refused(monkeypatch):
    import weasyprint

    monkeypatch.setattr(weasyprint, "__version__", "71.0")
    with pytest.raises(weasy.WeasyPrintIncompatible, match=r"WeasyPrint 71\.0"):
        weasy.check()


def test_uninstall_gives_weasyprint_its_own_functions_back_and_install_again():
    before = {patch.name: [value_at(place) for place in places(patch)] for patch in PATCHES}
    try:
        weasy.uninstall()
        for patch in PATCHES:
            assert not patch.installed
            for place in places(patch):
                own = value_at(place)
                assert own is not patch.replacement, (patch.name, place)
                if patch.signature is None:
                    assert own is MISSING  # an attribute the patch added is gone
                elif patch.defined_in is not None:
                    assert own is value_at(patch.defined_in)
                else:
                    assert own.__module__.startswith("weasyprint"), (patch.name, place)
        originals = {patch.name: [value_at(place) for place in places(patch)]
                     for patch in PATCHES}
        weasy.install()
        weasy.install()  # idempotent: the originals kept are still WeasyPrint's
        assert {patch.name: [value_at(place) for place in places(patch)]
                for patch in PATCHES} == before
        weasy.uninstall("subset")  # one concern at a time
        for patch in PATCHES:
            expected = originals if patch.concern == "subset" else before
            assert [value_at(place) for place in places(patch)] == expected[patch.name]
        weasy.uninstall()
        assert {patch.name: [value_at(place) for place in places(patch)]
                for patch in PATCHES} == originals
    finally:
        weasy.install()
    with pytest.raises(ValueError, match="no such concern"):
        weasy.uninstall("layout")


@pytest.fixture
def fake_module(monkeypatch):
    """A module standing in for a WeasyPrint module, with a function and a class."""
    module = types.ModuleType("fake_weasyprint_module")
    other = types.ModuleType("fake_weasyprint_importer")

    def lay_out(context, box):
        return ("theirs", box)

    class Layout:
        def set_text(self, text):
            return ("theirs", text)

    module.lay_out, module.Layout = lay_out, Layout
    other.lay_out = lay_out  # `from module import lay_out`
    monkeypatch.setitem(sys.modules, module.__name__, module)
    monkeypatch.setitem(sys.modules, other.__name__, other)
    return module, other


def test_a_table_of_fake_targets_is_checked_installed_and_removed(fake_module):
    module, other = fake_module
    theirs_lay_out, theirs_set_text = module.lay_out, module.Layout.set_text

    def lay_out(context, box):
        return ("ours", seam.original("fake-lay-out")(context, box))

    def set_text(self, text):
        return ("ours", seam.original("fake-set-text")(self, text))

    table = [
        Patch(name="fake-lay-out", concern="fake", target="fake_weasyprint_module:lay_out",
              signature=("context", "box"), replacement=lay_out, why="a test",
              also=("fake_weasyprint_importer:lay_out",),
              needs=(Signature("fake_weasyprint_module:Layout.set_text", ("self", "text")),)),
        Patch(name="fake-set-text", concern="fake",
              target="fake_weasyprint_module:Layout.set_text", signature=("self", "text"),
              replacement=set_text, why="a test"),
        Patch(name="fake-added", concern="fake", target="fake_weasyprint_module:Layout.extra",
              signature=None, replacement=property(lambda self: "ours"), why="a test"),
    ]
    assert seam.problems(table) == []
    seam.install(table)
    try:
        assert module.lay_out(1, 2) == other.lay_out(1, 2) == ("ours", ("theirs", 2))
        assert module.Layout().set_text("字") == ("ours", ("theirs", "字"))
        assert module.Layout().extra == "ours"
        assert seam.problems(table) == []  # checked against WeasyPrint's, not ours
        seam.install(table)  # idempotent
    finally:
        seam.uninstall(table)
    assert module.lay_out is other.lay_out is theirs_lay_out
    assert module.Layout.set_text is theirs_set_text
    assert not hasattr(module.Layout, "extra")

    # A new parameter, a function another module no longer imports, an attribute that
    # WeasyPrint now has itself: each reported with its patch's name; nothing installed.
    def set_text_changed(self, text, justify):
        return None

    module.Layout.set_text = set_text_changed
    other.lay_out = lambda context, box: None
    module.Layout.extra = 1
    assert seam.problems(table) == [
        "fake-lay-out: fake_weasyprint_module:Layout.set_text(self, text) changed",
        "fake-lay-out: fake_weasyprint_importer:lay_out is no longer "
        "fake_weasyprint_module:lay_out",
        "fake-set-text: fake_weasyprint_module:Layout.set_text(self, text) changed",
        "fake-added: fake_weasyprint_module:Layout.extra exists (this patch adds it)",
    ]
    with pytest.raises(seam.WeasyPrintIncompatible, match="fake-set-text"):
        seam.install(table)
    assert module.lay_out is theirs_lay_out and not any(p.installed for p in table)
