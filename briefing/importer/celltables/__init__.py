"""Tables a text copy gives as cells → pipe tables: cells a paragraph each, rows or a stream
of cells set apart by '|', cells set apart by spaces, header words and rows of values, a
schedule, rows of figures; merged header cells and ragged rows mended, and a table broken
over pages joined back.

Tables rebuilt here from paragraphs, spaces or counted header places are guesses, held for
the editor (heldtables.py); rows split by 「|」 are the source's grid unless a row is short
of the header or holds a run of bare bars (merged cells: `table-short-rows`).

The package's modules, along the pipeline (structure.build_draft runs the passes on a plain
text's lines, then on blocks, in this order; pipeline.py joins continued tables on nodes):
`cells` (what the readers share: what a cell holds, a pipe table's row read and written, a
run of lines made a table), `barstreams` (`bar_stream_tables`: a stream of '|'-separated
cells), `barrows` (`bar_row_tables`: rows of '|'-separated cells, groups and split headers),
`paragraphs` (`cell_paragraph_tables`: a cell a paragraph), `pipegrids` (`merged_headers`,
`ragged_tables`: a pipe table's grid mended), `spaces` (`spaced_tables`: cells set apart by
runs of spaces), `words` (`word_tables`, `schedule_tables`: single spaces), `figurerows`
(`figure_row_tables`: a label, then the figures closing its line), `continued`
(`continued_tables`, `page_continued_tables`, `headless_continued_tables`: a table
broken over pages)."""
