# %% [markdown]
# # 02 · Actors and obligations: who is named, who is asked to do what
#
# A resolution names many actors — States, UN bodies, the Special Rapporteur, civil
# society — and asks some of them to act. reslens finds the **actors** mentioned in
# every paragraph and, in each operative clause, the **obligation**: the verb
# ("*urges*"), its addressee ("*States*") and the actions asked for ("*to take all
# measures*").
#
# **You will learn to**
# - run the spaCy pipeline over a resolution with `reslens.analyze`;
# - read the `actors` and `obligations` tables;
# - chart who is mentioned where and who is asked to do what;
# - check the tags against a hand-made annotation, where one exists.

# %%
# %matplotlib inline
import json
from pathlib import Path

import matplotlib.pyplot as plt
import pandas as pd

import reslens
from reslens import charts
from reslens.evaluate import evaluate
from reslens.examples import pick_example_paragraph
from reslens.nlp import build_pipeline, display
from reslens.paths import DATA_DIR, RAW_DIR, check_inputs

pd.set_option("display.width", 140)
pd.set_option("display.max_colwidth", 60)

# %% tags=["parameters"]
RESOLUTION = RAW_DIR / "A_RES_66_164.txt"  # or the path to your own file: text, PDF, Word, HTML, XML
GOLD_DIR = DATA_DIR / "gold"  # hand-checked annotations of the dev files (copies of tests/data/gold)

# %% [markdown]
# ## Analyse the resolution
#
# `build_pipeline()` loads the English spaCy model with the reslens components (build it
# once and reuse it). `reslens.analyze` adds three tables: `actors`, `obligations` and
# `themes` (themes are the subject of notebook 04).

# %%
# NBVAL_CHECK_OUTPUT
check_inputs(RESOLUTION=RESOLUTION)  # names the parameter to set if the file is missing
nlp = build_pipeline()
tables = reslens.analyze(reslens.load(RESOLUTION), nlp)
tables

# %% [markdown]
# ## Actors
#
# One row per mention: the words as written (`text`), where they are (`para_id`,
# `start`, `end`), the canonical actor and its type. `rule` says which lexicon entry
# or rule produced the tag, so every tag can be traced.

# %%
# NBVAL_CHECK_OUTPUT
print(tables.actors["actor_type"].value_counts().to_string())

# %%
# NBVAL_CHECK_OUTPUT
print(tables.actors["actor"].value_counts().head(10).to_string())
print(tables.actors[["para_id", "text", "actor", "actor_type"]].head(8).to_string(max_colwidth=50))

# %% [markdown]
# To see the tags in context, `display` highlights actors (by type) and the operative
# verbs of one paragraph: here the operative paragraph with the most clauses (put any
# other `para_id` in its place).

# %%
example = pick_example_paragraph(tables.paragraphs, obligations=tables.obligations)
print(example)
display(tables.paragraphs.set_index("para_id").loc[example, "text"], nlp, jupyter=True);

# %% [markdown]
# Where in the text does each kind of actor appear? Rows are actor types, columns the
# paragraphs in reading order; the dashed line separates preamble from operative part.

# %%
fig, ax = plt.subplots(figsize=(13, 4.5), layout="constrained")
charts.plot_actor_matrix(tables.actors, paragraphs=tables.paragraphs, ax=ax);

# %% [markdown]
# ## Obligations
#
# One row per operative clause (a paragraph may hold several: "*Condemns …, and urges
# States to …*"). `verb` is the lemma, `strength` its level on the scale of notebook 03,
# `addressee_kind` says whether it addresses States, UN bodies, the adopting body
# itself (`self`), others, or no one (`none`: the body states a view).

# %%
# NBVAL_CHECK_OUTPUT
print(tables.obligations.shape)
columns = ["para_id", "verb", "addressee", "addressee_kind", "actions"]
print(tables.obligations[columns].to_string(max_colwidth=45))

# %%
# NBVAL_CHECK_OUTPUT
print(tables.obligations["addressee_kind"].value_counts().to_string())

# %%
fig, ax = plt.subplots(figsize=(8, 4.5), layout="constrained")
charts.plot_addressee_kinds(tables.obligations, ax=ax);

# %% [markdown]
# The same clauses as a network: the adopting body on the left, the addressees in the
# middle, the actions asked of them on the right. Edge width counts clauses.

# %%
body = tables.documents["body"].iloc[0]
fig, ax = plt.subplots(figsize=(13, 6.5), layout="constrained")
charts.plot_request_network(tables.obligations, body=body, ax=ax);

# %% [markdown]
# A question a researcher might ask: what exactly is asked of UN bodies?

# %%
# NBVAL_CHECK_OUTPUT
to_un = tables.obligations.query("addressee_kind == 'un'")
print(to_un[["para_id", "verb", "addressee_resolved", "actions"]].to_string(max_colwidth=60))

# %% [markdown]
# ## How far can you trust these tags?
#
# The dev files come with hand-checked annotations (`data/gold`). `evaluate`
# scores the tables against one: precision, recall and F1 of obligations and actors,
# and accuracy of addressees. For your own resolution there is no gold file, and this
# cell says so.

# %%
# NBVAL_CHECK_OUTPUT
gold_file = Path(GOLD_DIR) / f"{Path(RESOLUTION).stem}.json"
if gold_file.exists():
    print(evaluate(dict(tables.items()), json.loads(gold_file.read_text())).to_string())
else:
    print("no gold annotation for", Path(RESOLUTION).name)

# %% [markdown]
# **Next:** `03-operative-verbs` looks at *how strongly* each clause asks.
