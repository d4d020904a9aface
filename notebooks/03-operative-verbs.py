# %% [markdown]
# # 03 · Operative verbs: how strongly does the resolution ask?
#
# "*Decides*", "*urges*", "*calls upon*", "*encourages*", "*welcomes*": the verb that opens
# an operative clause says how strongly the body asks, and whether it asks anyone at
# all. Lawyers and diplomats read these verbs closely; reslens puts each on an ordinal
# **strength scale** (0 = the body states a view … 4 = it decides or demands), kept as
# data in `src/reslens/lexicons/verb_strength.yml`.
#
# **You will learn to**
# - count the operative verbs of a resolution and place them on the strength scale;
# - follow the strength of the verbs along the text;
# - read modifiers ("*strongly* encourages", "*also* urges") and hedges ("*as appropriate*");
# - see the verbs highlighted in a paragraph.

# %%
# %matplotlib inline
import matplotlib.pyplot as plt
import pandas as pd

import reslens
from reslens import charts
from reslens.examples import pick_example_paragraph
from reslens.lexicons import load_lexicon
from reslens.nlp import build_pipeline, display
from reslens.paths import RAW_DIR, check_inputs

pd.set_option("display.width", 140)

# %% tags=["parameters"]
RESOLUTION = RAW_DIR / "A_RES_66_164.txt"  # or the path to your own file: text, PDF, Word, HTML, XML

# %%
# NBVAL_CHECK_OUTPUT
check_inputs(RESOLUTION=RESOLUTION)  # names the parameter to set if the file is missing
nlp = build_pipeline()
tables = reslens.analyze(reslens.load(RESOLUTION), nlp)
obligations = tables.obligations
obligations.shape

# %% [markdown]
# ## Which verbs, how often?
#
# One row of `obligations` is one operative clause; `verb` is its lemma ("*calls upon*"
# → `call upon`).

# %%
# NBVAL_CHECK_OUTPUT
print(obligations["verb"].value_counts().to_string())

# %%
fig, ax = plt.subplots(figsize=(8, 4.5), layout="constrained")
charts.plot_verb_frequency(obligations, ax=ax);

# %% [markdown]
# ## The strength scale
#
# The scale is a lexicon, not code: researchers can read, question and edit it. Here
# are its levels for the verbs this resolution uses (`self` marks verbs by which the
# body acts on itself, like "*decides*").

# %%
# NBVAL_CHECK_OUTPUT
scale = pd.DataFrame(load_lexicon("verb_strength", required=["lemma", "level"]))
used = scale[scale["lemma"].isin(obligations["verb"])]
print(used[["lemma", "level"]].sort_values("level").to_string(index=False))

# %% [markdown]
# Following the strongest verb paragraph by paragraph shows the shape of the text.
# Many resolutions open softly (welcoming, condemning), rise to what States must do,
# then end with requests to the UN system and a decision about the body's own agenda.

# %%
fig, ax = plt.subplots(figsize=(12, 4.5), layout="constrained")
charts.plot_verb_strength(obligations, ax=ax);

# %%
# NBVAL_CHECK_OUTPUT
print(obligations.groupby("strength")["verb"].unique().to_string())

# %% [markdown]
# ## Modifiers and hedges
#
# An adverb can nudge a verb: "*strongly* encourages" is stronger than "encourages";
# "*also*" and "*further*" only add to an earlier paragraph. Hedges such as "*as
# appropriate*" or "*in accordance with national legislation*" soften what is asked.

# %%
# NBVAL_CHECK_OUTPUT
print(obligations["modifier"].replace("", "(none)").value_counts().to_string())

# %%
# NBVAL_CHECK_OUTPUT
print(obligations["conditions"].explode().dropna().value_counts().to_string())

# %% [markdown]
# ## Read the verbs in context
#
# The displaCy view highlights the operative verbs (`VERB:` + lemma) and the actors of
# a paragraph. A paragraph with several clauses shows each verb: below, the operative
# paragraph with the most clauses. Try other `para_id`s.

# %%
example = pick_example_paragraph(tables.paragraphs, obligations=obligations)
print(example)
display(tables.paragraphs.set_index("para_id").loc[example, "text"], nlp, jupyter=True);

# %% [markdown]
# Every tag names the rule that produced it, so a surprising strength can be traced:

# %%
# NBVAL_CHECK_OUTPUT
print(obligations[["para_id", "modifier", "verb", "strength", "rule"]].to_string())

# %% [markdown]
# **Next:** `04-concern-themes` asks what the resolution is concerned about, and whether
# its operative part answers those concerns.
