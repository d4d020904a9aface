# %% [markdown]
# # 06 · Workshop: reading a UN resolution as data (90 minutes)
#
# A hands-on session for students of international law, Model UN delegates and NGO
# analysts. You do not need to know how reslens works inside: you will work with the
# tables it produces, using a little pandas.
#
# | time | section |
# | --- | --- |
# | 0–10 min | Setup: load and read the resolution |
# | 10–30 min | Part 1 · Structure: preamble and operative part |
# | 30–55 min | Part 2 · Who is asked to do what |
# | 55–70 min | Part 3 · How strongly |
# | 70–85 min | Part 4 · Concerns and responses |
# | 85–90 min | Wrap-up: try another resolution |
#
# **How the exercises work.** Each exercise has a cell with `answer = None`. Replace
# `None` with your answer (a number, a string or a list, as the question says) and run
# the cell: `check` says *Correct!* or *Not yet* with a hint. The answer is computed from
# the resolution you loaded, so the checks work for any resolution. A solution is
# hidden under each exercise; open it only after trying.
#
# **Whose answer is "correct"?** `check` compares your answer with what reslens
# computed from *its own tagging* of the text, not with a lawyer's reading. reslens can
# be wrong: it may miss a clause, take the wrong words for the addressee or read a
# UN body as "others". If `check` says *Not yet* and you believe reslens is wrong,
# argue it: show the paragraph and say what the tag should be. That argument is worth
# more than the tick. Part 2 shows where reslens and a hand annotation disagree.

# %%
# %matplotlib inline
import json
from pathlib import Path

import matplotlib.pyplot as plt
import pandas as pd

import reslens
from reslens import charts
from reslens.examples import pick_example_paragraph
from reslens.nlp import build_pipeline, display
from reslens.paths import DATA_DIR, RAW_DIR, check_inputs
from reslens.tables.themes import concern_response
from reslens.workshop import check, disagreements_with_gold, hint, question

pd.set_option("display.width", 140)
pd.set_option("display.max_colwidth", 80)

# %% tags=["parameters"]
RESOLUTION = RAW_DIR / "A_RES_66_164.txt"  # the class resolution; any resolution file works
GOLD_DIR = DATA_DIR / "gold"  # hand-checked annotations of the dev files (copies of tests/data/gold)

# %% [markdown]
# ## Setup (0–10 min)
#
# Run the next cell: it reads the resolution and tags it (a few seconds).

# %%
# NBVAL_CHECK_OUTPUT
check_inputs(RESOLUTION=RESOLUTION)  # names the parameter to set if the file is missing
nlp = build_pipeline()
tables = reslens.analyze(reslens.load(RESOLUTION), nlp)
tables

# %% [markdown]
# `tables` holds several pandas DataFrames: `tables.documents`, `tables.paragraphs`,
# `tables.obligations`, `tables.actors`, `tables.themes` … Look at the title and the
# first paragraphs:

# %%
# NBVAL_CHECK_OUTPUT
print(tables.documents["title"].iloc[0])
print(tables.paragraphs[["para_id", "section", "opening_phrase"]].head(5).to_string())

# %% [markdown]
# ## Part 1 · Structure (10–30 min)
#
# A resolution has a **preamble** (paragraphs `PP1`, `PP2` …, opening with phrases like
# "*Recalling*") and an **operative part** (`OP1`, `OP2` …, opening with verbs like
# "*Urges*"). Lettered sub-paragraphs are `OP5.a`, `OP5.b` …
#
# Useful pandas: `tables.paragraphs.query("section == 'operative'")`,
# `df["column"].value_counts()`, `len(df)`.
#
# ### Exercise 1.1

# %%
# NBVAL_CHECK_OUTPUT
print(question("count-operative"))

# %%
answer = None  # replace None with your answer
check("count-operative", answer, tables)

# %% [markdown]
# <details><summary>Solution</summary>
#
# ```python
# operative = tables.paragraphs.query("section == 'operative'")
# answer = operative["number"].nunique()   # sub-paragraphs share their parent's number
# ```
# </details>
#
# ### Exercise 1.2

# %%
# NBVAL_CHECK_OUTPUT
print(question("commonest-preambular-phrase"))

# %%
answer = None  # replace None with your answer
check("commonest-preambular-phrase", answer, tables)

# %% [markdown]
# <details><summary>Solution</summary>
#
# ```python
# preamble = tables.paragraphs.query("section == 'preambular'")
# answer = preamble["phrase"].value_counts().index[0]
# ```
# </details>
#
# **Discuss (5 min):** what does the mix of preambular phrases (recalling, concerned,
# welcoming) tell you about the purpose of the preamble?
#
# ## Part 2 · Who is asked to do what (30–55 min)
#
# `tables.obligations` has one row per operative clause: the `verb`, the `addressee`
# as written, `addressee_resolved` (who "*them*" or "*the Office*" refers to) and
# `addressee_kind`: `state`, `un`, `self` (the adopting body), `other` or `none`.

# %%
# NBVAL_CHECK_OUTPUT
print(tables.obligations[["para_id", "verb", "addressee_resolved", "addressee_kind"]].head(8).to_string())

# %% [markdown]
# ### Exercise 2.1 — find every obligation addressed to the Special Rapporteur

# %%
# NBVAL_CHECK_OUTPUT
print(question("special-rapporteur-obligations"))

# %%
answer = None  # replace None with a list such as ["OP1", "OP2"]
check("special-rapporteur-obligations", answer, tables)

# %% [markdown]
# <details><summary>Solution</summary>
#
# ```python
# to_sr = tables.obligations["addressee_resolved"].str.contains("special rapporteur", case=False)
# answer = tables.obligations.loc[to_sr, "para_id"].tolist()
# ```
# </details>
#
# ### Exercise 2.2

# %%
# NBVAL_CHECK_OUTPUT
print(question("state-share"))

# %%
answer = None  # replace None with a number between 0 and 1
check("state-share", answer, tables)

# %% [markdown]
# <details><summary>Solution</summary>
#
# ```python
# answer = (tables.obligations["addressee_kind"] == "state").mean()
# ```
# </details>
#
# ### Exercise 2.3
#
# `tables.actors` lists every actor *mentioned*, asked to act or not.

# %%
# NBVAL_CHECK_OUTPUT
print(question("top-actor-type"))

# %%
answer = None  # replace None with your answer
check("top-actor-type", answer, tables)

# %% [markdown]
# <details><summary>Solution</summary>
#
# ```python
# answer = tables.actors["actor_type"].value_counts().index[0]
# ```
# </details>
#
# The picture of Part 2: who is asked to do what.

# %%
fig, ax = plt.subplots(figsize=(13, 6.5), layout="constrained")
charts.plot_request_network(tables.obligations, body=tables.documents["body"].iloc[0], ax=ax);

# %% [markdown]
# **Discuss (5 min):** who is mentioned often but rarely asked to do anything?
#
# ### Is reslens right?
#
# The checks above graded you against reslens. Some of the bundled resolutions also
# have a hand-made annotation (`data/gold`). Where one exists with obligations,
# the cell below lists the clauses on which reslens and the annotator disagree: whom
# the clause addresses (`reslens` / `gold` kind, `-` when one side has no such
# clause) or what it asks them to do (`actions`). An empty table means they agree on
# every clause; the reference resolution 66/164 is the text reslens's rules were first
# written on, so expect more disagreements on the others (try `S_RES_1325_2000.txt`).

# %%
# NBVAL_CHECK_OUTPUT
gold_file = Path(GOLD_DIR) / f"{Path(RESOLUTION).stem}.json"
gold = json.loads(gold_file.read_text()) if gold_file.exists() else {}
if "obligations" in gold:
    print(disagreements_with_gold(tables, gold).to_string(max_colwidth=40))
else:
    print("no hand annotation of obligations for", Path(RESOLUTION).name, "- your own reading is the check")
#
# ## Part 3 · How strongly (55–70 min)
#
# Each verb has a `strength` level: 0 the body only states a view ("*welcomes*"),
# 1 "*encourages*", 2 "*calls upon*", "*requests*", 3 "*urges*", 4 "*decides*". The
# view below highlights the verbs and actors of one paragraph, the operative paragraph
# with the most clauses; set `example` to another `para_id` (such as `"OP2"`) to read
# others.

# %%
example = pick_example_paragraph(tables.paragraphs, obligations=tables.obligations)
print(example)
display(tables.paragraphs.set_index("para_id").loc[example, "text"], nlp, jupyter=True);

# %% [markdown]
# ### Exercise 3.1

# %%
# NBVAL_CHECK_OUTPUT
print(question("strongest-verb"))

# %%
answer = None  # replace None with a verb, e.g. "urge"
check("strongest-verb", answer, tables)

# %% [markdown]
# <details><summary>Solution</summary>
#
# ```python
# answer = tables.obligations.sort_values("strength", ascending=False)["verb"].iloc[0]
# ```
# </details>

# %%
fig, ax = plt.subplots(figsize=(12, 4.5), layout="constrained")
charts.plot_verb_strength(tables.obligations, ax=ax);

# %% [markdown]
# **Discuss (5 min):** the strongest verb in a General Assembly resolution is often
# "*decides*" — about what? Is a decision binding on States? (Compare the Security
# Council, notebook 03 and the `by_body` notes in `verb_strength.yml`.)
#
# ## Part 4 · Concerns and responses (70–85 min)
#
# `concern_response(tables.themes, tables.paragraphs)` lines up, per theme, the
# preambular paragraphs that mention it, those that raise it as a concern ("Gravely
# concerned …", not "Recalling …"), and the operative paragraphs that act on it.

# %%
# NBVAL_CHECK_OUTPUT
view = concern_response(tables.themes, tables.paragraphs)
print(view[["theme", "preambular", "concern", "operative"]].to_string())

# %% [markdown]
# ### Exercise 4.1

# %%
# NBVAL_CHECK_OUTPUT
print(question("unanswered-concerns"))

# %%
answer = None  # replace None with a list of theme ids
check("unanswered-concerns", answer, tables)

# %% [markdown]
# <details><summary>Solution</summary>
#
# ```python
# answer = view.loc[view["unanswered"], "theme"].tolist()
# ```
#
# Then read those paragraphs (`tables.themes` has the `evidence` words): is the
# concern really left unanswered, or did the tagger pick up a word used in passing?
# </details>
#
# Stuck on any exercise? `hint("exercise-name")` prints the hint without checking:

# %%
# NBVAL_CHECK_OUTPUT
print(hint("unanswered-concerns"))

# %% [markdown]
# ## Wrap-up (85–90 min)
#
# Change `RESOLUTION` in the parameters cell to `RAW_DIR / "S_RES_1325_2000.txt"` (Security
# Council, women, peace and security) and choose *Run All*. Do the checks still pass
# with your code? What changes in who is asked, and how strongly?
