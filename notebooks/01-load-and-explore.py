# %% [markdown]
# # 01 · Load a resolution and explore its structure
#
# A UN resolution is a structured document: a **preamble** of paragraphs that open with a
# participle ("*Recalling* …", "*Gravely concerned* …") and an **operative part** of
# numbered paragraphs that open with a verb ("*Urges* …", "*Decides* …"). reslens reads
# the text and gives you that structure as tidy pandas tables.
#
# **You will learn to**
# - load one resolution into tables with `reslens.load`;
# - read its metadata, paragraphs, footnotes and citations;
# - spot text the parser could not place (`leftovers`);
# - load several resolutions at once with `reslens.load_corpus`.
#
# No language model is needed in this notebook: structure is read by rules only.

# %%
# %matplotlib inline
from pathlib import Path

import matplotlib.pyplot as plt
import pandas as pd

import reslens
from reslens import charts
from reslens.examples import pick_example_paragraph
from reslens.paths import RAW_DIR, check_inputs

pd.set_option("display.width", 140)
pd.set_option("display.max_colwidth", 70)

# %% tags=["parameters"]
RESOLUTION = RAW_DIR / "A_RES_66_164.txt"  # or the path to your own file: text, PDF, Word, HTML, XML
FOLDER = RAW_DIR  # a folder whose .txt resolutions are loaded together at the end

# %% [markdown]
# ## Load the resolution
#
# `reslens.load` reads the file (plain text, PDF, Word, HTML or the UN's XML) and
# returns a `Tables` object: one DataFrame per table. Its summary line says how many
# rows each table has. (`check_inputs` stops here, naming the parameter to set, if a
# file is missing, e.g. when the notebook runs outside the reslens folder.)

# %%
# NBVAL_CHECK_OUTPUT
check_inputs(RESOLUTION=RESOLUTION, FOLDER=FOLDER)
tables = reslens.load(RESOLUTION)
tables

# %% [markdown]
# ## What is this document?
#
# The `documents` table has one row per resolution: its symbol, the body that adopted
# it, dates, the committee that prepared it, and counts of what the parser found.
# (We leave out `source`, the file path on your computer.)

# %%
# NBVAL_CHECK_OUTPUT
document = tables.documents.iloc[0]
print(document["title"])
print(document.drop(["title", "source"]).to_string())

# %% [markdown]
# ## Paragraphs
#
# Every paragraph is one row, keyed by `para_id`: `PP1`, `PP2` … in the preamble,
# `OP1`, `OP2` … in the operative part (lettered sub-paragraphs get `OP5.a`).
# `opening_phrase` is the phrase as printed, `phrase` its canonical form and
# `modifier` the adverb that nuances it ("*also*", "*further*", "*strongly*").

# %%
# NBVAL_CHECK_OUTPUT
print(tables.paragraphs["section"].value_counts().to_string())
print(tables.paragraphs[["para_id", "opening_phrase", "phrase", "modifier"]].head(8).to_string())

# %% [markdown]
# Preambles repeat a small set of openings. Counting them shows what the text leans
# on: recalling earlier texts, expressing concern, welcoming progress.

# %%
# NBVAL_CHECK_OUTPUT
preamble = tables.paragraphs.query("section == 'preambular'")
print(preamble["phrase"].value_counts().to_string())

# %% [markdown]
# The `text` column holds each paragraph as published (operative number and footnote
# markers removed). Here is the first operative paragraph (`pick_example_paragraph` finds
# its id, which is `OP1` in most texts but `A:OP1` in a resolution adopted in parts):

# %%
# NBVAL_CHECK_OUTPUT
first_op = pick_example_paragraph(tables.paragraphs)
print(first_op, tables.paragraphs.set_index("para_id").loc[first_op, "text"])

# %% [markdown]
# ## Footnotes and citations
#
# Footnotes are kept with the paragraph where their marker sits. Citations of other
# UN documents (resolutions, reports, decisions) are found in paragraphs and footnotes
# alike, and normalised to a full UN symbol so they can be joined across documents.

# %%
# NBVAL_CHECK_OUTPUT
print(tables.footnotes[["number", "para_id", "text"]].to_string())

# %%
# NBVAL_CHECK_OUTPUT
print(tables.references["kind"].value_counts().to_string())
print(tables.references[["where", "text", "symbol", "kind"]].head(10).to_string())

# %% [markdown]
# The same citations as a picture: the resolution on the left, what it cites on the
# right, coloured by kind.

# %%
fig, ax = plt.subplots(figsize=(9, 5), layout="constrained")
charts.plot_citation_graph(tables.references, ax=ax);

# %% [markdown]
# ## What the parser could not place
#
# Lines that fit no rule are never dropped silently: they go to `leftovers` (with a
# warning when loading). An empty table means every line was accounted for.

# %%
# NBVAL_CHECK_OUTPUT
print(len(tables.leftovers), "leftover lines")
print(tables.leftovers.head().to_string())

# %% [markdown]
# ## Many resolutions at once
#
# `reslens.load_corpus` takes a folder or a list of files and returns one set of tables
# with the rows of all documents. Here: every plain-text export in `FOLDER`, by default
# the bundled `data/raw` (which also holds XML and PDF versions of some of them).

# %%
# NBVAL_CHECK_OUTPUT
corpus = reslens.load_corpus(sorted(Path(FOLDER).glob("*.txt")))
print(corpus.documents[["doc_id", "body", "adoption_date", "n_preambular", "n_operative"]].to_string())

# %% [markdown]
# **Next:** `02-actors-and-obligations` asks who is named in the text and who is asked
# to do what.
