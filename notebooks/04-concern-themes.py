# %% [markdown]
# # 04 · Concern themes: what worries the resolution, and does it respond?
#
# A preamble states concerns ("*Gravely concerned* by threats and reprisals …"); the
# operative part should act on them. reslens tags **themes** — threats and reprisals,
# civic space, counter-terrorism laws, gender … — with a phrase lexicon
# (`src/reslens/lexicons/themes.yml`), in both parts, so you can line up concern and
# response.
#
# **You will learn to**
# - read the `themes` table and the evidence behind each tag;
# - map themes across the paragraphs of the resolution;
# - find concerns the operative part never takes up, with `concern_response`;
# - use the function of each preambular paragraph (concern, reference, welcome …).

# %%
# %matplotlib inline
import matplotlib.pyplot as plt
import pandas as pd

import reslens
from reslens import charts
from reslens.nlp import build_pipeline
from reslens.paths import RAW_DIR, check_inputs
from reslens.tables.themes import concern_response

pd.set_option("display.width", 140)

# %% tags=["parameters"]
RESOLUTION = RAW_DIR / "A_RES_66_164.txt"  # or the path to your own file: text, PDF, Word, HTML, XML

# %%
# NBVAL_CHECK_OUTPUT
check_inputs(RESOLUTION=RESOLUTION)  # names the parameter to set if the file is missing
tables = reslens.analyze(reslens.load(RESOLUTION), build_pipeline())
themes = tables.themes
themes.shape

# %% [markdown]
# ## Theme hits
#
# One row per hit: the theme (`theme` id, readable `label`), the words that triggered
# it (`evidence`) and where they are. Several hits in one paragraph are several rows.

# %%
# NBVAL_CHECK_OUTPUT
print(themes.groupby("label")["para_id"].nunique().sort_values(ascending=False).rename("paragraphs").to_string())

# %%
# NBVAL_CHECK_OUTPUT
print(themes[["para_id", "section", "theme", "evidence"]].head(10).to_string())

# %% [markdown]
# ## Where each theme appears
#
# Orange squares are preambular paragraphs, blue ones operative paragraphs. A row with
# orange on the left but no blue on the right is a concern without a response.

# %%
fig, ax = plt.subplots(figsize=(13, 6), layout="constrained")
charts.plot_theme_matrix(themes, paragraphs=tables.paragraphs, ax=ax);

# %% [markdown]
# ## Concern → response
#
# `concern_response` lines up, per theme, the preambular paragraphs that mention it and
# the operative ones that act on it. Given the paragraphs table, it also lists in
# `concern` the preambular paragraphs that raise the theme *as a concern* ("Gravely
# concerned", "Noting with deep concern"), not those that recall or welcome.
# `unanswered` is true when such a concern gets no operative paragraph on the theme.

# %%
# NBVAL_CHECK_OUTPUT
view = concern_response(themes, tables.paragraphs)
print(view[["label", "preambular", "concern", "operative", "unanswered"]].to_string(max_colwidth=40))

# %%
# NBVAL_CHECK_OUTPUT
print(view.loc[view["unanswered"], ["theme", "concern"]].to_string(index=False))

# %% [markdown]
# A theme tag is a lead, not a verdict: read the paragraphs before concluding that a
# concern went unanswered. A concern paragraph may mention a theme in passing, and a
# response may use words the lexicon does not list. Check the `evidence` of a
# surprising tag:

# %%
# NBVAL_CHECK_OUTPUT
unanswered = view.loc[view["unanswered"], "theme"]
print(themes[themes["theme"].isin(unanswered)][["para_id", "theme", "evidence"]].to_string(index=False))

# %% [markdown]
# ## What each preambular paragraph does
#
# After `analyze`, every preambular paragraph has a `phrase_function` derived from its
# opening phrase: `concern`, `reference` (recalling earlier texts), `welcome`,
# `recognition`, `emphasis` … The concerns are where themes matter most.

# %%
# NBVAL_CHECK_OUTPUT
preamble = tables.paragraphs.query("section == 'preambular'")
print(preamble["phrase_function"].value_counts().to_string())

# %%
# NBVAL_CHECK_OUTPUT
concerns = preamble.query("phrase_function == 'concern'")["para_id"]
in_concerns = themes[themes["para_id"].isin(concerns)].drop_duplicates(["para_id", "label"])
print(in_concerns.groupby("para_id")["label"].agg("; ".join).to_string())

# %% [markdown]
# **Next:** `05-compare-resolutions` follows the same subject across later resolutions.
