"""briefing: turn Chinese articles into print-ready PDF briefings.

The pipeline, one module (or package) per stage:

    importer  raw article  -> briefing folder (article.md, figures.yaml, report)
    loader    briefing folder -> model.Briefing (validated)
    fonts     fonts/ roles -> font files; glyph coverage of the model
    render    model.Briefing -> HTML (Jinja2 templates in briefing/templates/)
    export    HTML -> PDF (WeasyPrint, restricted fetcher, atomic write)
    build     runs loader -> fonts -> render -> export

The model is the only thing the stages share.
"""

__version__ = "0.1.0"
