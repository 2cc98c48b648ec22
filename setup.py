"""The build step pyproject.toml cannot declare: the label catalogs (briefing/locale/*.po)
are compiled into .mo files inside the wheel, so an installed briefing reads them without
compiling (the source tree keeps only the .po; `make` compiles them for a checkout)."""

from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py


class BuildPyWithCatalogs(build_py):
    def run(self):
        super().run()
        from babel.messages.mofile import write_mo
        from babel.messages.pofile import read_po

        for po in sorted(Path(self.build_lib, "briefing", "locale").glob("*/LC_MESSAGES/*.po")):
            with po.open("rb") as handle:
                catalog = read_po(handle)
            with po.with_suffix(".mo").open("wb") as out:
                write_mo(out, catalog)

    def get_outputs(self, include_bytecode=True):
        outputs = super().get_outputs(include_bytecode)
        return outputs + [str(Path(o).with_suffix(".mo")) for o in outputs
                          if o.endswith(".po") and "LC_MESSAGES" in o]


setup(cmdclass={"build_py": BuildPyWithCatalogs})
