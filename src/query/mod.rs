//! Queries: a [`QuoteGraph`] and a [`Query`] -> an [`Answer`], a plain
//! serializable value with a text rendering ([`Answer::to_text`]) and a
//! JSON one ([`Answer::to_json`]); only the CLI prints them.
//!
//! | query             | answers                                                   |
//! |-------------------|-----------------------------------------------------------|
//! | `said-by NAME`    | what an entity said, by statement, with the articles      |
//! | `who-said TEXT`   | who is credited with words like these, and whether credits differ |
//! | `about TERM`      | statements that mention a term, with their speakers       |
//! | `entity NAME`     | name forms, variant names, roles, affiliations, articles, counts |
//! | `articles`        | per article, its quotes and speakers                      |
//!
//! Any name form finds its entity: the id, canonical name, an alias or a
//! variant name, compared without case or diacritics (`said-by "John
//! Earnest"` answers for Josh Earnest and says so in [`SaidBy::note`]). An
//! unknown name is an answer too, with suggestions, not an error.
//!
//! # Examples
//!
//! ```
//! use quotegraph::graph::QuoteGraph;
//! use quotegraph::query::{self, Query};
//! let answer = query::run(&QuoteGraph::new(), &Query::SaidBy("Nobody".into()));
//! assert!(!answer.found());
//! assert!(answer.to_text().contains("no entity named \"Nobody\""));
//! ```

mod text;

use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;

use crate::flags::content;
use crate::graph::{Node, NodeKind, OccurrenceRef, QuoteGraph, normalize_text};
use crate::model::QuoteKind;

/// A question to ask the graph.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Query {
    /// Everything a person or organization said.
    SaidBy(String),
    /// Who is credited with words like these.
    WhoSaid(String),
    /// Statements that mention a term.
    About(String),
    /// One entity's record.
    Entity(String),
    /// Every article with its quotes.
    Articles,
}

/// The answer to a [`Query`]; as JSON, `query` names the variant.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "query", rename_all = "kebab-case")]
pub enum Answer {
    /// See [`said_by`].
    SaidBy(SaidBy),
    /// See [`who_said`].
    WhoSaid(WhoSaid),
    /// See [`about`].
    About(About),
    /// See [`entity`].
    Entity(EntityAnswer),
    /// See [`articles`].
    Articles(Articles),
}

/// Runs a query.
pub fn run(graph: &QuoteGraph, query: &Query) -> Answer {
    match query {
        Query::SaidBy(name) => Answer::SaidBy(said_by(graph, name)),
        Query::WhoSaid(words) => Answer::WhoSaid(who_said(graph, words)),
        Query::About(term) => Answer::About(about(graph, term)),
        Query::Entity(name) => Answer::Entity(entity(graph, name)),
        Query::Articles => Answer::Articles(articles(graph)),
    }
}

impl Answer {
    /// Whether the answer found something: the entity exists, or at least
    /// one statement or article matched.
    pub fn found(&self) -> bool {
        match self {
            Answer::SaidBy(a) => a.entity.is_some(),
            Answer::WhoSaid(a) => !a.matches.is_empty(),
            Answer::About(a) => !a.statements.is_empty(),
            Answer::Entity(a) => a.entity.is_some(),
            Answer::Articles(a) => !a.articles.is_empty(),
        }
    }

    /// Pretty JSON with a trailing newline.
    pub fn to_json(&self) -> String {
        let mut s = serde_json::to_string_pretty(self).expect("answers serialize");
        s.push('\n');
        s
    }

    /// Text for a terminal, ending with a newline.
    pub fn to_text(&self) -> String {
        text::render(self)
    }
}

/// A person or organization, briefly.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct EntityRef {
    /// Node id (`person:josh-earnest`).
    pub id: String,
    /// Canonical name.
    pub name: String,
    /// `person` or `organization`.
    pub kind: String,
}

/// One report of a statement: where and how an article quotes it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Report {
    /// Article id.
    pub doc: String,
    /// Byte offset of the quote in the article.
    pub start: usize,
    /// Byte offset one past the quote.
    pub end: usize,
    /// The quote as written.
    pub quote: String,
    /// Direct, mixed or indirect.
    pub kind: QuoteKind,
    /// The reporting verb or phrase.
    pub cue: Option<String>,
    /// The speaker as written beside the quote.
    pub speaker_mention: Option<String>,
    /// The speaker's role as written beside the quote.
    pub role: Option<String>,
}

impl Report {
    fn of(o: OccurrenceRef<'_>) -> Report {
        Report {
            doc: o.doc().to_string(),
            start: o.start(),
            end: o.end(),
            quote: o.quote().to_string(),
            kind: o.kind(),
            cue: o.cue().map(str::to_owned),
            speaker_mention: o.speaker_mention().map(str::to_owned),
            role: o.role().map(str::to_owned),
        }
    }
}

/// A statement linked to another by `variant_of`.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct VariantRef {
    /// The other statement's id.
    pub id: String,
    /// Its wording.
    pub text: String,
    /// `similar` or `stitched`.
    pub relation: String,
    /// Dice coefficient of the two wordings.
    pub similarity: f64,
}

/// A statement with its speaker, reports and variants.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Statement {
    /// Node id (`stmt:…`).
    pub id: String,
    /// The most frequent wording.
    pub text: String,
    /// The speaker's canonical name; for unattributed quotes the speaker
    /// string of the quotes (`officials`), if any.
    pub speaker: Option<String>,
    /// The speaker's node id, `None` when unattributed.
    pub speaker_id: Option<String>,
    /// Every report, by article then position.
    pub reports: Vec<Report>,
    /// Near-identical or stitched wordings of the same speaker.
    pub variants: Vec<VariantRef>,
}

fn statement(graph: &QuoteGraph, node: &Node) -> Option<Statement> {
    let s = graph.statement(node)?;
    Some(Statement {
        id: node.id.clone(),
        text: s.text().to_owned(),
        speaker: s.speaker_name().map(str::to_owned),
        speaker_id: s.speaker().map(str::to_owned),
        reports: graph
            .occurrences(&node.id)
            .into_iter()
            .map(|(_, o)| Report::of(o))
            .collect(),
        variants: graph
            .variants_of(&node.id)
            .into_iter()
            .filter_map(|(n, v)| {
                Some(VariantRef {
                    id: n.id.clone(),
                    text: graph.statement(n)?.text().to_owned(),
                    relation: v.relation.as_str().to_owned(),
                    similarity: v.similarity,
                })
            })
            .collect(),
    })
}

/// The first report's (article, position), for ordering statements.
fn first_report(s: &Statement) -> (String, usize) {
    s.reports
        .first()
        .map(|r| (r.doc.clone(), r.start))
        .unwrap_or_default()
}

/// How a name was resolved to an entity.
struct Resolved<'g> {
    node: Option<&'g Node>,
    note: Option<String>,
    suggestions: Vec<String>,
}

/// Finds the entity a name form stands for: [`QuoteGraph::find_entity`],
/// then the same comparison without diacritics. Unknown names get up to
/// five suggestions: entities sharing a word of the name, or whose name is
/// within two edits.
fn resolve<'g>(graph: &'g QuoteGraph, name: &str) -> Resolved<'g> {
    let folded = crate::text::fold(&normalize_text(name));
    let node = graph.find_entity(name).or_else(|| {
        (!folded.is_empty())
            .then(|| {
                graph.nodes().find(|n| {
                    n.as_entity().is_some_and(|e| {
                        [&e.name]
                            .into_iter()
                            .chain(&e.aliases)
                            .chain(&e.variant_names)
                            .any(|a| crate::text::fold(&normalize_text(a)) == folded)
                    })
                })
            })
            .flatten()
    });
    let Some(node) = node else {
        return Resolved {
            node: None,
            note: None,
            suggestions: suggestions(graph, &folded),
        };
    };
    let e = node.as_entity().expect("find_entity returns entities");
    let is = |form: &str| crate::text::fold(&normalize_text(form)) == folded;
    let note = if is(&e.name) || node.id == name {
        None
    } else if let Some(v) = e.variant_names.iter().find(|v| is(v)) {
        Some(format!(
            "{v} is a name form of {}, and a variant name: most articles say {}.",
            e.name, e.name
        ))
    } else {
        Some(format!("{} is a name form of {}.", name.trim(), e.name))
    };
    Resolved {
        node: Some(node),
        note,
        suggestions: Vec::new(),
    }
}

fn suggestions(graph: &QuoteGraph, folded: &str) -> Vec<String> {
    let query: BTreeSet<&str> = folded.split(' ').filter(|w| w.len() > 2).collect();
    let mut out: BTreeSet<String> = BTreeSet::new();
    for n in graph.nodes() {
        let Some(e) = n.as_entity() else { continue };
        let close = [&e.name].into_iter().chain(&e.aliases).any(|a| {
            let a = crate::text::fold(&normalize_text(a));
            a.split(' ').any(|w| query.contains(w)) || crate::text::edit_distance(&a, folded) <= 2
        });
        if close {
            out.insert(e.name.clone());
        }
    }
    out.into_iter().take(5).collect()
}

fn entity_ref(graph: &QuoteGraph, node: &Node) -> EntityRef {
    EntityRef {
        id: node.id.clone(),
        name: graph.label(node).to_owned(),
        kind: node.kind().as_str().to_owned(),
    }
}

/// The answer to `said-by NAME`.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct SaidBy {
    /// The name asked for.
    pub name: String,
    /// The entity it stands for, if any.
    pub entity: Option<EntityRef>,
    /// How the name relates to the entity (`John Earnest is a name form of
    /// Josh Earnest.`), when it is not the canonical name.
    pub note: Option<String>,
    /// Close names, when no entity has this name.
    pub suggestions: Vec<String>,
    /// What the entity said, ordered by first report.
    pub statements: Vec<Statement>,
}

/// Everything a person or organization said, grouped by statement.
pub fn said_by(graph: &QuoteGraph, name: &str) -> SaidBy {
    let r = resolve(graph, name);
    let mut statements: Vec<Statement> = r
        .node
        .map(|n| {
            graph
                .statements_of(&n.id)
                .into_iter()
                .filter_map(|s| statement(graph, s))
                .collect()
        })
        .unwrap_or_default();
    statements.sort_by_key(first_report);
    SaidBy {
        name: name.to_owned(),
        entity: r.node.map(|n| entity_ref(graph, n)),
        note: r.note,
        suggestions: r.suggestions,
        statements,
    }
}

/// A statement matching `who-said` words.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Match {
    /// Share of the query's content words found in the statement, 0 to 1.
    pub containment: f64,
    /// Dice coefficient of the two sets of content words.
    pub dice: f64,
    /// The statement.
    pub statement: Statement,
}

/// Who is credited in which articles.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Credit {
    /// The speaker, or `None` when the quotes have none.
    pub speaker: Option<String>,
    /// The articles that credit them.
    pub docs: Vec<String>,
}

/// The answer to `who-said TEXT`.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct WhoSaid {
    /// The words asked for.
    pub text: String,
    /// Matching statements, best first.
    pub matches: Vec<Match>,
    /// Who the close matches (containment >= [`WHO_SAID_CLOSE`]) are
    /// credited to, by speaker.
    pub credited: Vec<Credit>,
    /// Whether the close matches credit more than one speaker.
    pub credit_differs: bool,
}

/// Share of the query's content words a statement must contain to match.
pub const WHO_SAID_MIN: f64 = 0.5;

/// Share of the query's content words from which a match counts as the
/// same words, for [`WhoSaid::credited`].
pub const WHO_SAID_CLOSE: f64 = 0.8;

/// Statements whose words match `text`, ranked by how much of `text` they
/// contain, then by Dice coefficient, on content stems (stopwords dropped,
/// light stemming; all words when `text` has no content word).
pub fn who_said(graph: &QuoteGraph, text: &str) -> WhoSaid {
    let mut query = content::stem_set(text);
    let all_words = query.is_empty();
    if all_words {
        query = content::folded_words(text).into_iter().collect();
    }
    let mut matches = Vec::new();
    if !query.is_empty() {
        for n in graph.nodes_of(NodeKind::Statement) {
            let Some(s) = graph.statement(n) else {
                continue;
            };
            let words = if all_words {
                content::folded_words(s.text()).into_iter().collect()
            } else {
                content::stem_set(s.text())
            };
            let shared = query.intersection(&words).count();
            let containment = shared as f64 / query.len() as f64;
            if containment + 1e-9 < WHO_SAID_MIN {
                continue;
            }
            if let Some(statement) = statement(graph, n) {
                matches.push(Match {
                    containment: round3(containment),
                    dice: round3(content::dice(&query, &words)),
                    statement,
                });
            }
        }
    }
    matches.sort_by(|a, b| {
        b.containment
            .total_cmp(&a.containment)
            .then(b.dice.total_cmp(&a.dice))
            .then_with(|| a.statement.id.cmp(&b.statement.id))
    });
    let mut by_speaker: BTreeMap<Option<String>, BTreeSet<String>> = BTreeMap::new();
    for m in matches
        .iter()
        .filter(|m| m.containment + 1e-9 >= WHO_SAID_CLOSE)
    {
        by_speaker
            .entry(m.statement.speaker.clone())
            .or_default()
            .extend(m.statement.reports.iter().map(|r| r.doc.clone()));
    }
    let named = by_speaker.keys().filter(|k| k.is_some()).count();
    WhoSaid {
        text: text.to_owned(),
        matches,
        credited: by_speaker
            .into_iter()
            .map(|(speaker, docs)| Credit {
                speaker,
                docs: docs.into_iter().collect(),
            })
            .collect(),
        credit_differs: named > 1,
    }
}

fn round3(x: f64) -> f64 {
    (x * 1000.0).round() / 1000.0
}

/// The answer to `about TERM`.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct About {
    /// The term asked for.
    pub term: String,
    /// Statements that mention it, by first report.
    pub statements: Vec<Statement>,
}

/// Statements that mention `term`: its words appear in a row in the
/// statement's wording or one of its quotes, compared without case or
/// diacritics, a word also matching its stem (`fight` finds `fighting`).
pub fn about(graph: &QuoteGraph, term: &str) -> About {
    let key: Vec<String> = content::folded_words(term);
    let key_stems: Vec<String> = key.iter().map(|w| content::stem(w)).collect();
    let mentions = |text: &str| {
        let words = content::folded_words(text);
        !key.is_empty()
            && words.windows(key.len()).any(|w| {
                w.iter()
                    .zip(key.iter().zip(&key_stems))
                    .all(|(w, (k, ks))| w == k || content::stem(w) == *ks)
            })
    };
    let mut statements: Vec<Statement> = graph
        .nodes_of(NodeKind::Statement)
        .filter(|n| {
            graph.statement(n).is_some_and(|s| mentions(s.text()))
                || graph
                    .occurrences(&n.id)
                    .iter()
                    .any(|(_, o)| mentions(o.quote()))
        })
        .filter_map(|n| statement(graph, n))
        .collect();
    statements.sort_by_key(first_report);
    About {
        term: term.to_owned(),
        statements,
    }
}

/// An entity's record, for `entity NAME`.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct EntityDetails {
    /// Node id.
    pub id: String,
    /// `person` or `organization`.
    pub kind: String,
    /// Canonical name.
    pub name: String,
    /// Every name form seen.
    pub aliases: Vec<String>,
    /// Full-name forms that disagree with the canonical one.
    pub variant_names: Vec<String>,
    /// Roles and titles, spacing normalized, without repeats.
    pub roles: Vec<String>,
    /// Organizations it is affiliated with.
    pub affiliations: Vec<String>,
    /// Its members, for an organization.
    pub members: Vec<String>,
    /// Articles that mention it.
    pub articles: Vec<String>,
    /// Number of statements it made.
    pub statements: usize,
    /// Number of quotes (reports of those statements).
    pub quotes: usize,
    /// Number of direct quotes among them.
    pub direct_quotes: usize,
}

/// The answer to `entity NAME`.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct EntityAnswer {
    /// The name asked for.
    pub name: String,
    /// The record, if an entity has this name.
    pub entity: Option<EntityDetails>,
    /// How the name relates to the entity, when not its canonical name.
    pub note: Option<String>,
    /// Close names, when no entity has this name.
    pub suggestions: Vec<String>,
}

/// An entity's name forms, roles, affiliations, articles and counts.
pub fn entity(graph: &QuoteGraph, name: &str) -> EntityAnswer {
    let r = resolve(graph, name);
    let details = r.node.and_then(|n| {
        let e = n.as_entity()?;
        let stmts = graph.statements_of(&n.id);
        let occ: Vec<OccurrenceRef<'_>> = stmts
            .iter()
            .flat_map(|s| graph.occurrences(&s.id))
            .map(|(_, o)| o)
            .collect();
        let tidy = |s: &String| s.split_whitespace().collect::<Vec<_>>().join(" ");
        let mut affiliations: BTreeSet<String> = e.affiliations.iter().cloned().collect();
        affiliations.extend(
            graph
                .affiliations_of(&n.id)
                .into_iter()
                .map(|(o, _)| graph.label(o).to_owned()),
        );
        Some(EntityDetails {
            id: n.id.clone(),
            kind: n.kind().as_str().to_owned(),
            name: e.name.clone(),
            aliases: e
                .aliases
                .iter()
                .map(tidy)
                .collect::<BTreeSet<_>>()
                .into_iter()
                .collect(),
            variant_names: e.variant_names.iter().cloned().collect(),
            roles: e
                .roles
                .iter()
                .map(tidy)
                .collect::<BTreeSet<_>>()
                .into_iter()
                .collect(),
            affiliations: affiliations.into_iter().collect(),
            members: graph
                .members_of(&n.id)
                .into_iter()
                .map(|(m, _)| graph.label(m).to_owned())
                .collect(),
            articles: graph.docs(&e.articles).map(str::to_owned).collect(),
            statements: stmts.len(),
            quotes: occ.len(),
            direct_quotes: occ.iter().filter(|o| o.kind() == QuoteKind::Direct).count(),
        })
    });
    EntityAnswer {
        name: name.to_owned(),
        entity: details,
        note: r.note,
        suggestions: r.suggestions,
    }
}

/// One quote of an article.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ArticleQuote {
    /// Byte offset in the article.
    pub start: usize,
    /// Byte offset one past the quote.
    pub end: usize,
    /// Direct, mixed or indirect.
    pub kind: QuoteKind,
    /// The quote as written.
    pub text: String,
    /// Who is credited: the speaker's name, else the mention as written.
    pub speaker: Option<String>,
    /// The statement it belongs to.
    pub statement: String,
}

/// One article with its quotes.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ArticleEntry {
    /// Article id.
    pub doc: String,
    /// Headline.
    pub title: Option<String>,
    /// Outlet.
    pub source: Option<String>,
    /// Publication date.
    pub date: Option<String>,
    /// Language code.
    pub lang: Option<String>,
    /// The speakers credited, in order of first quote.
    pub speakers: Vec<String>,
    /// The quotes, by position.
    pub quotes: Vec<ArticleQuote>,
}

/// The answer to `articles`.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Articles {
    /// Every article, by id.
    pub articles: Vec<ArticleEntry>,
}

/// Per article, its quotes and speakers.
pub fn articles(graph: &QuoteGraph) -> Articles {
    let mut out = Vec::new();
    for n in graph.nodes_of(NodeKind::Article) {
        let Some(a) = n.as_article() else { continue };
        let mut speakers: Vec<String> = Vec::new();
        let quotes: Vec<ArticleQuote> = graph
            .statements_in(&n.id)
            .into_iter()
            .map(|(s, o)| {
                let info = graph.statement(s);
                let speaker = info
                    .and_then(|i| i.speaker_name().map(str::to_owned))
                    .or_else(|| o.speaker_mention().map(str::to_owned));
                if let Some(sp) = info.and_then(|i| i.speaker_name().map(str::to_owned))
                    && !speakers.contains(&sp)
                {
                    speakers.push(sp);
                }
                ArticleQuote {
                    start: o.start(),
                    end: o.end(),
                    kind: o.kind(),
                    text: o.quote().to_string(),
                    speaker,
                    statement: s.id.clone(),
                }
            })
            .collect();
        out.push(ArticleEntry {
            doc: a.doc.clone(),
            title: a.title.clone(),
            source: a.source.clone(),
            date: a.date.clone(),
            lang: a.lang.clone(),
            speakers,
            quotes,
        });
    }
    Articles { articles: out }
}

#[cfg(test)]
mod tests;
