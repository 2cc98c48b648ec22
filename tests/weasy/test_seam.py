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
                    # (WeasyPrint's own, or cssselect2's, whose Matcher it uses, or
                    # pydyf's, whose Stream.data is a property)
                    package = patch.target.split(":")[0].split(".")[0]
                    assert getattr(own, "fget", own).__module__.startswith(package), \
                        (patch.name, place)
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


# ------------------------------------------------------------------ per-build state


def test_two_builds_breaking_boxes_at_once_each_see_their_own(monkeypatch):
    # set_text reads which box split_text_box is breaking (state.laying_out). Two
    # builds in two threads, both inside split_text_box at once: each sees its own box
    # (a module global would show both the box set last).
    import threading

    from briefing.weasy import layout_patches, state

    both_inside = threading.Barrier(2, timeout=60)
    seen: dict[str, object] = {}

    def weasyprints_split(context, box, available_width, skip, is_line_start):
        both_inside.wait()
        seen[box.text] = state.laying_out.get()
        both_inside.wait()
        return None, box.text  # as WeasyPrint's: (the box laid out, or None; …)

    monkeypatch.setitem(seam._originals, "gap-reservation", weasyprints_split)

    def build(text):
        box = types.SimpleNamespace(text=text, briefing_lead=False, briefing_trail=True)
        layout_patches.split_text_box(None, box, 100.0, None)

    threads = [threading.Thread(target=build, args=(text,)) for text in ("PM2.5", "μg/m")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert seen == {"PM2.5": ("PM2.5", 0, False, True), "μg/m": ("μg/m", 0, False, True)}
    assert state.laying_out.get() is None


def test_contexts_of_one_thread_do_not_see_each_others_box(monkeypatch):
    # The same with two contexts in one thread: a build run inside another's
    # (copy_context().run) leaves the outer build's box as it was.
    import contextvars

    from briefing.weasy import layout_patches, state

    other = contextvars.copy_context()  # another build's context, made before
    seen: list[tuple[str, object]] = []

    def weasyprints_split(context, box, available_width, skip, is_line_start):
        if box.text == "outer":
            seen.append(("other before", other.run(state.laying_out.get)))
            other.run(layout_patches.split_text_box, None, inner, 100.0, 3)
        seen.append((box.text, state.laying_out.get()))
        return None, box.text  # as WeasyPrint's: (the box laid out, or None; …)

    monkeypatch.setitem(seam._originals, "gap-reservation", weasyprints_split)
    outer = types.SimpleNamespace(text="outer", briefing_lead=True, briefing_trail=False)
    inner = types.SimpleNamespace(text="inner", briefing_lead=False, briefing_trail=True)
    assert layout_patches.split_text_box(None, outer, 100.0, None) == (None, "outer")
    assert seen == [("other before", None), ("inner", ("inner", 3, False, True)),
                    ("outer", ("outer", 0, True, False))]
    assert state.laying_out.get() is None and other.run(state.laying_out.get) is None


def test_an_anchor_resolved_in_one_build_is_not_answered_in_another(monkeypatch):
    # lookup_target remembers the anchor an attr() token resolved to, for
    # anchor_name_from_token (targets.py); another build's context does not get it.
    import contextvars

    from briefing.weasy import targets

    def weasyprints_name(token):
        return token[1].lstrip("#") if token[0] == "string" else None

    monkeypatch.setitem(seam._originals, "contents-anchor-name", weasyprints_name)
    monkeypatch.setitem(seam._originals, "contents-anchor", lambda *arguments: None)
    def attr_token():  # a token as WeasyPrint parses one: a new object each time
        return tuple(["attr()", ("href", "string", "")])

    token = attr_token()
    box = types.SimpleNamespace(element={"href": "#s2"})
    other = contextvars.copy_context()
    targets.lookup_target(None, token, box, "content", None)
    assert targets.anchor_name_from_token(token) == "s2"
    assert other.run(targets.anchor_name_from_token, token) is None
    assert targets.anchor_name_from_token(attr_token()) is None  # only for that token


def test_two_pdfs_written_at_once_get_their_own_document_ids():
    # The PDF/X document id comes from the PDF identifier of the build writing it.
    import threading
    import uuid

    from briefing.weasy import ids

    both_inside = threading.Barrier(2, timeout=60)
    drawn: dict[bytes, uuid.UUID] = {}

    def write(seed: bytes):
        with ids.stable_ids(seed):
            both_inside.wait()
            drawn[seed] = value_at("weasyprint.pdf.metadata:uuid4")()

    threads = [threading.Thread(target=write, args=(seed,)) for seed in (b"one", b"two")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert drawn == {seed: uuid.uuid5(uuid.NAMESPACE_URL, "briefing:" + seed.hex())
                     for seed in (b"one", b"two")}
    assert value_at("weasyprint.pdf.metadata:uuid4")() != drawn[b"one"]  # random outside
