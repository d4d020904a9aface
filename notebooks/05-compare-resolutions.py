# %% [markdown]
# # 05 · Compare resolutions: what changed between versions?
#
# Resolutions on one subject come back every year or two, renegotiated. The resolution
# on human rights defenders, 66/164 (2011), was followed by 74/146 (2019) and 76/174
# (2021). reslens aligns the paragraphs of each text with those of the next one and
# says whether each was **kept**, **reworded**, **strengthened** or **weakened** (its
# opening verb moved up or down the strength scale of notebook 03), **added** or
# **dropped**.
#
# **You will learn to**
# - load a series of resolutions and align each with its successor;
# - count and chart what changed;
# - read aligned paragraphs side by side, with the changed words marked;
# - compare the verbs of the whole texts.

# %%
# %matplotlib inline
import matplotlib.pyplot as plt
import pandas as pd

import reslens
from reslens import charts
from reslens.compare import align_series
from reslens.nlp import build_pipeline
from reslens.paths import RAW_DIR, check_inputs
from reslens.sidebyside import format_pairs

pd.set_option("display.width", 140)

# %% tags=["parameters"]
# the series to compare, oldest first: files of one resolution renegotiated over the years
SERIES = [RAW_DIR / "A_RES_66_164.txt", RAW_DIR / "A_RES_74_146.txt", RAW_DIR / "A_RES_76_174.txt"]
THRESHOLD = 0.45  # minimum word-sequence similarity for two paragraphs to count as one (package default 0.5; see below)

# %% [markdown]
# ## Load the series

# %%
# NBVAL_CHECK_OUTPUT
check_inputs(SERIES=SERIES)  # names the parameter to set if a file is missing
corpus = reslens.load_corpus(SERIES)
doc_ids = corpus.documents["doc_id"].tolist()
print(corpus.documents[["doc_id", "adoption_date", "n_preambular", "n_operative"]].to_string())

# %% [markdown]
# ## Align each resolution with the next
#
# Paragraphs are matched one to one within the same part (preamble with preamble),
# most similar first. `THRESHOLD` decides how similar two paragraphs must be to count
# as one: lower it and more pairs are found, some of them spurious; raise it and real
# counterparts show as a dropped plus an added paragraph.
#
# The package default is 0.5, the cautious choice for texts nobody has read: a missed
# pair still shows (as dropped + added), while a false pair invents a link between
# paragraphs. This notebook uses 0.45 because we read every pair the lower threshold
# adds on this series. The cell below lists the pairs found between 0.40 and 0.5, so
# you can judge them too.

# %%
# NBVAL_CHECK_OUTPUT
changes = align_series(corpus.paragraphs, doc_ids, threshold=THRESHOLD)
print(pd.crosstab([changes["old_doc_id"], changes["new_doc_id"]], changes["status"]).to_string())

# %%
# NBVAL_CHECK_OUTPUT
looser = align_series(corpus.paragraphs, doc_ids, threshold=0.4)
band = looser[looser["similarity"].between(0.4, 0.5, inclusive="left")].sort_values("similarity")
print(band[["old_doc_id", "old_para_id", "new_para_id", "similarity", "old_phrase", "new_phrase"]].round(3).to_string(index=False))

# %% [markdown]
# Read against the texts, the three pairs from 0.45 up are genuine: "*Recalling*" the
# earlier resolutions (PP2 → PP5); a 2011 paragraph on the role of defenders in peace
# and development, merged into a longer 2019 one (PP9 → PP8); and the 2019 paragraph
# split in 2021 (OP24 → OP30, below). The two below 0.45 are not: a "*Gravely
# concerned*" paragraph of 2011 pairs with an unrelated "*Guided also by*" of 2019 on
# shared small words, and two paragraphs recognising defenders' role on different
# subjects pair up. Lower still (0.395) a genuine pair returns (66/164 OP4 → 74/146
# OP10, both "*Calls upon all States to take all measures necessary*"): no threshold
# separates every true pair from every false one. One series of three texts is too
# little to move the package default, so 0.45 stays a choice of this notebook, made
# by reading.

# %% [markdown]
# The 2019 text was largely rewritten: few of its paragraphs match 2011's. The 2021
# text builds on 2019's: most paragraphs are kept or reworded, and new ones are added.

# %%
first = changes[changes["new_doc_id"] == doc_ids[1]]
fig, ax = plt.subplots(figsize=(7, 11), layout="constrained")
charts.plot_alignment(first, ax=ax);

# %%
second = changes[changes["new_doc_id"] == doc_ids[-1]]
fig, ax = plt.subplots(figsize=(7, 11), layout="constrained")
charts.plot_alignment(second, ax=ax);

# %% [markdown]
# ## Read the changes side by side
#
# Older text on the left, newer on the right. Words only in the older text are marked
# `[-like this-]`, words only in the newer one `{+like this+}`.
#
# **Reworded** paragraphs: the same paragraph, edited.

# %%
# NBVAL_CHECK_OUTPUT
print(format_pairs(changes.query("status == 'reworded'").head(2)))

# %% [markdown]
# **Strengthened or weakened**: the opening verb moved on the strength scale. Check
# each one against the texts: the verdict reads only the *opening* verb. Below, a long
# 2019 paragraph that "*takes note*" of a report and, further on, "*requests*" UN
# entities to support the Special Rapporteur was split in 2021: the request became a
# paragraph of its own. The request itself did not get stronger.

# %%
# NBVAL_CHECK_OUTPUT
print(format_pairs(changes.query("status in ['strengthened', 'weakened']")))

# %% [markdown]
# Verb changes that stay on the same level, such as dropping "*also*", are listed too:

# %%
# NBVAL_CHECK_OUTPUT
moved = changes.query("verb_change != ''")
print(moved[["old_doc_id", "old_para_id", "new_para_id", "status", "verb_change"]].to_string(index=False))

# %% [markdown]
# **Added** and **dropped** paragraphs show on one side only:

# %%
# NBVAL_CHECK_OUTPUT
print(format_pairs(changes.query("status == 'added'").tail(1)))
print()
print(format_pairs(changes.query("status == 'dropped'").tail(1)))

# %% [markdown]
# ## The verbs of the whole texts
#
# Paragraph alignment follows single paragraphs; counting the operative verbs of each
# resolution shows how the overall tone moved. (This runs the spaCy pipeline over all
# three texts.)

# %%
# NBVAL_CHECK_OUTPUT
obligations = reslens.analyze(corpus, build_pipeline()).obligations
print(pd.crosstab(obligations["verb"], obligations["doc_id"]).to_string())

# %%
# NBVAL_CHECK_OUTPUT
levels = obligations.groupby("doc_id")["strength"].describe()
print(levels[["count", "mean", "50%", "max"]].round(2).to_string())

# %% [markdown]
# **Try it:** set `SERIES` to two other versions of one resolution in `data/raw`
# (e.g. `RAW_DIR / "S_RES_1325_2000.txt"` and `RAW_DIR / "S_RES_1325_2000.xml"`: everything
# should show as kept).
