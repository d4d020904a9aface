# %% [markdown]
# # 07 · Corpus trends: how the language moves across sessions, votes and sponsors
#
# Notebooks 01–06 read one resolution at a time. Research questions are about many:
# has the General Assembly hardened its language on a country over seven sessions? Which
# States does it call upon by name, and how do those States vote? Do texts with more
# sponsors ask more strongly?
#
# The UN publishes its resolutions as AKN4UN XML, body by body, with `data_extract`
# files that record how each was adopted: the recorded vote State by State, the
# sponsors, the agenda item, SDGs and UNBIS subjects. reslens reads that layout as it
# is. This notebook runs on a **sample** bundled with reslens (`data/corpus-sample`,
# 43 resolutions: the GA, HRC and SC texts that name the Democratic People's Republic of
# Korea, Iran or Myanmar, 2019–2026, and a few ECOSOC texts; the rule that chose them is
# in its README). Point `CORPUS` at a clone of the UN's repositories to run it on
# everything.
#
# **You will learn to**
# - load a corpus as the UN publishes it, with its votes, sponsors and subjects;
# - chart verb strength and concerns by session and body;
# - join the States a text addresses by name with their votes on it;
# - set sponsorship against the strength of the language, and read such charts with care.

# %%
# %matplotlib inline
import matplotlib.pyplot as plt
import pandas as pd

import reslens
from reslens import charts
from reslens.charts.corpus_states import sponsorship_strength
from reslens.charts.corpus_trends import document_periods
from reslens.corpus import votes_for_addressees
from reslens.paths import DATA_DIR, check_inputs

pd.set_option("display.width", 140)

# %% tags=["parameters"]
CORPUS = DATA_DIR / "corpus-sample"  # or an unpacked clone of the UN's UNxml/*resolutions repositories
WORKERS = 1  # processes for parsing and spaCy; 2 or more on a whole corpus

# %% [markdown]
# ## Load the corpus
#
# `load_corpus` walks the folders, opens the zip file in which the UN publishes GA
# session 74, keeps the English files, and reads the `data_extract` records next to
# them. A file it cannot read is not lost: it is listed in the `refused` table.

# %%
# NBVAL_CHECK_OUTPUT
check_inputs(CORPUS=CORPUS)  # names the parameter to set if the folder is missing
corpus = reslens.load_corpus(CORPUS, workers=WORKERS)
print(corpus.documents.groupby("body").size().to_string())
print("refused:", len(corpus.refused))

# %% [markdown]
# The `documents` table now says how each resolution was adopted: `adoption_type`, the
# counts of a recorded vote, and for the Security Council whether the UN flags it as
# adopted under Chapter VII of the Charter (its decisions then bind all Member States).

# %%
# NBVAL_CHECK_OUTPUT
columns = ["doc_id", "session", "adoption_type", "yes", "no", "abstain", "chapter_vii"]
print(corpus.documents[columns].sort_values("doc_id").to_string(index=False))

# %% [markdown]
# ## Votes, sponsors and subjects
#
# `votes` has one row per State per recorded vote. Here is how the General Assembly
# voted on its Iran resolutions, session by session, and how Iran itself voted:

# %%
# NBVAL_CHECK_OUTPUT
iran = corpus.documents.loc[corpus.documents["title"].str.contains("Iran", na=False), "doc_id"]
on_iran = corpus.votes[corpus.votes["doc_id"].isin(iran)]
print(pd.crosstab(on_iran["doc_id"], on_iran["vote"]).to_string())
print(on_iran[on_iran["member_state"] == "iran"][["doc_id", "member_state_name", "vote"]].to_string(index=False))

# %% [markdown]
# `sponsors` lists the sponsors (`kind` `sponsor`, or `additional` for those who joined
# later; a text "submitted by" a chair or bureau has no State sponsor), and `subjects`
# the UN library's UNBIS terms, the SDGs and the agenda item.

# %%
# NBVAL_CHECK_OUTPUT
sponsors = corpus.sponsors.merge(corpus.documents[["doc_id", "body"]], on="doc_id")
print(sponsors.groupby(["body", "kind"]).size().unstack(fill_value=0).to_string())
unbis = corpus.subjects[corpus.subjects["scheme"] == "UNBIS"]
print(unbis["term"].value_counts().head(8).to_string())

# %% [markdown]
# ## Analyse the text
#
# The NLP step (actors, obligations, themes) is the slow one: about 20 seconds for the
# sample on one core. On a whole corpus, give it `workers` and a `cache=` folder so the
# second run reads the results back.

# %%
# NBVAL_IGNORE_OUTPUT
tables = reslens.analyze(corpus, workers=WORKERS)
tables

# %% [markdown]
# ## Verb strength by session and body
#
# Each operative clause opens with a verb on the scale of notebook 03, from 0 (a
# statement that asks no one to act: *notes*, *welcomes*, but also *condemns*) to 4
# (*decides*, *demands*). Each bar is one session of one body (a year for the Security
# Council, which has no sessions); the darkest part, on the baseline, is the share of
# clauses that decide or demand. The number above a bar counts its clauses.

# %%
fig, ax = plt.subplots(figsize=(13, 5), layout="constrained")
charts.plot_strength_by_session(tables.obligations, tables.documents, ax=ax);

# %% [markdown]
# The same numbers as a table: the clauses of each session, and the percentage that
# urge, demand or decide (level 3 or 4).

# %%
# NBVAL_CHECK_OUTPUT
clauses = tables.obligations.merge(document_periods(tables.documents), on="doc_id")
strong = clauses.assign(strong=clauses["strength"] >= 3).groupby(["body", "order", "period"])["strong"]
print(strong.agg(clauses="size", strong_pct=lambda s: round(100 * s.mean(), 1)).droplevel("order").to_string())

# %% [markdown]
# On this sample the General Assembly's share of strong clauses stays between about 12
# and 18 % from session 74 to 80: no steady hardening. The Security Council asks most
# strongly (a quarter to a third of its clauses), though each of its years here is one
# or two resolutions.

# %% [markdown]
# ## Concerns over time
#
# Themes raised in preambular paragraphs, as paragraphs per resolution, so that a
# session with more resolutions does not look more concerned. The number of resolutions
# of each column is under its label.

# %%
fig, ax = plt.subplots(figsize=(13, 6), layout="constrained")
charts.plot_theme_trend(tables.themes, tables.documents, ax=ax);

# %% [markdown]
# In the General Assembly, humanitarian concerns rise from about 5 paragraphs per
# resolution in session 74 to 9–14 in sessions 78–80. Part of that is composition: session 78 holds
# only the DPRK and Myanmar texts, and the Myanmar text on the Rohingya is long on
# refugees. ECOSOC's social-development texts speak of development and poverty, which
# the country texts hardly do. `section="operative"` shows what each body acts on.

# %% [markdown]
# ## States called upon by name, and their votes
#
# `votes_for_addressees` joins every operative clause addressed to a State by name with
# that State's vote on the resolution, and whether it sponsored it.

# %%
# NBVAL_CHECK_OUTPUT
addressed = votes_for_addressees(tables)
print(pd.crosstab(addressed["member_state"], addressed["vote"].fillna("no vote cast")).to_string())

# %%
fig, ax = plt.subplots(figsize=(10, 4), layout="constrained")
charts.plot_addressed_states(addressed, tables.documents, ax=ax);

# %% [markdown]
# Iran is called upon in General Assembly texts it voted against, every one of them; the
# Human Rights Council and Security Council texts that address it were voted on
# without it (it is a member of neither). The DPRK texts were all adopted without a
# vote. Myanmar voted against the 2019 and 2020 texts, and in favour of 75/287 (June
# 2021), when its seat was still held by the ambassador appointed before the
# military took power: a "State's vote" is its delegation's vote.

# %% [markdown]
# ## Sponsors and the strength of the language
#
# One dot per resolution: how many States sponsored it, against the share of its
# operative clauses that urge, demand or decide.

# %%
fig, ax = plt.subplots(figsize=(10, 5), layout="constrained")
charts.plot_sponsorship_strength(tables.obligations, tables.sponsors, tables.documents, ax=ax);

# %%
# NBVAL_CHECK_OUTPUT
per_text = sponsorship_strength(tables.obligations, tables.sponsors).merge(tables.documents[["doc_id", "body"]])
print(per_text.groupby("body")[["sponsors", "strong_share"]].median().round(1).to_string())

# %% [markdown]
# Within the General Assembly, texts with 45 or 60 sponsors ask about as strongly as
# each other; most Security Council texts have one or two sponsors (one has over 130)
# and ask more strongly. On this sample the body, not the number of sponsors, goes with the
# strength of the language.

# %% [markdown]
# ## Read with care
#
# - **The sample was chosen by a rule** (country series, see `data/corpus-sample/README.md`),
#   not drawn at random: it says nothing about all UN resolutions.
# - **Composition moves the bars.** A session's share can change because its set of
#   texts changed (GA 78 has no Iran text here: that resolution is kept aside as unseen
#   test data), not because the language did.
# - **Few clauses, big swings.** A Security Council year with one resolution of a dozen
#   clauses is a single text, not a trend.
# - **The scale is a reading**, from `verb_strength.yml`: "calls upon" is 2 and "urges"
#   3 by the UN's and scholars' usage, but nothing in the text measures that distance.
#
# To run this notebook on the whole corpus: `papermill 07-corpus-trends.ipynb out.ipynb
# -p CORPUS /path/to/corpus -p WORKERS 2`.
