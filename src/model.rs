//! The data that flows through the pipeline: articles in, quotations out of
//! the miner, entities out of the resolver.

use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;

/// One news article as read from a file, a folder or a JSON Lines record.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Article {
    /// Identifier: the file stem for `.txt` files, the `id` field for JSONL.
    pub id: String,
    /// The full text, exactly as read (offsets point into it).
    pub text: String,
    /// Optional headline.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Optional outlet name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// Optional URL.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// Optional publication date, as given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    /// Optional language code (`en`, `vi`); detected when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lang: Option<String>,
}

/// How a quotation is reported.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum QuoteKind {
    /// The words inside quotation marks.
    Direct,
    /// A reported clause that contains a quoted fragment.
    Mixed,
    /// A reported clause without quotation marks.
    Indirect,
}

impl QuoteKind {
    /// The lowercase name used in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            QuoteKind::Direct => "direct",
            QuoteKind::Mixed => "mixed",
            QuoteKind::Indirect => "indirect",
        }
    }
}

/// What kind of source a speaker is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SpeakerType {
    /// A named or resolvable person.
    Person,
    /// A named or resolvable organization.
    Organization,
    /// An unnamed source (`officials`, `people briefed on the letter`).
    Anonymous,
    /// No speaker could be found.
    Unknown,
}

impl SpeakerType {
    /// The lowercase name used in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            SpeakerType::Person => "person",
            SpeakerType::Organization => "organization",
            SpeakerType::Anonymous => "anonymous",
            SpeakerType::Unknown => "unknown",
        }
    }
}

/// One quotation occurrence: the `mine` schema (see `docs/format.md`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Quotation {
    /// Article id.
    pub doc: String,
    /// The exact text of `start..end` in the input.
    pub quote: String,
    /// Direct, mixed or indirect.
    pub kind: QuoteKind,
    /// Best full name of the speaker, or null.
    pub speaker: Option<String>,
    /// The speaker as written next to the quote (`he`, `Earnest`).
    pub speaker_mention: Option<String>,
    /// Person, organization, anonymous or unknown.
    pub speaker_type: SpeakerType,
    /// The reporting word or phrase (`said`, `according to`, `cho biết`).
    pub cue: Option<String>,
    /// Byte offset of the quote's first byte in the input text.
    pub start: usize,
    /// Byte offset one past the quote's last byte in the input text.
    pub end: usize,
    /// Language code of the article.
    pub lang: String,
    /// Confidence of the attribution, 0 to 1.
    pub confidence: f32,
    /// The rule that decided the attribution.
    pub rule: String,
    /// A source the speaker cites (`citing people briefed on the letter`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cited: Option<String>,
    /// The speaker's role as written beside the quote (`White House spokesman`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
}

/// The type of a resolved entity.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum EntityKind {
    /// A person.
    Person,
    /// An organization (also countries and governments speaking as one).
    Organization,
}

/// A person or organization across the whole corpus.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entity {
    /// Stable id derived from the canonical name (`person:josh-earnest`).
    pub id: String,
    /// Person or organization.
    pub kind: EntityKind,
    /// Canonical name: the most frequent full form.
    pub name: String,
    /// Every name form seen, sorted.
    pub aliases: BTreeSet<String>,
    /// Full-name forms that disagree with the canonical one (`John Earnest`).
    pub variant_names: BTreeSet<String>,
    /// Roles and titles seen (`White House spokesman`).
    pub roles: BTreeSet<String>,
    /// Organizations the entity is affiliated with.
    pub affiliations: BTreeSet<String>,
    /// Articles that mention the entity.
    pub articles: BTreeSet<String>,
}

/// A quotation with the corpus entity its speaker resolved to.
#[derive(Clone, Debug, PartialEq)]
pub struct Attributed {
    /// The mined quotation; `speaker` already holds the canonical name.
    pub quotation: Quotation,
    /// Index into the corpus entity list, when the speaker is a known entity.
    pub entity: Option<usize>,
}

/// A person or organization named in one article: what resolution needs of
/// the miner's local entity (see `docs/format.md`, "Records").
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LocalName {
    /// Person or organization.
    pub kind: EntityKind,
    /// Name forms as written, with counts, in order of first use.
    pub forms: Vec<(String, usize)>,
    /// Folded words of the fullest name.
    pub key: Vec<String>,
    /// Roles seen.
    #[serde(default, skip_serializing_if = "BTreeSet::is_empty")]
    pub roles: BTreeSet<String>,
    /// Affiliations seen.
    #[serde(default, skip_serializing_if = "BTreeSet::is_empty")]
    pub affiliations: BTreeSet<String>,
    /// Acronyms seen for it.
    #[serde(default, skip_serializing_if = "BTreeSet::is_empty")]
    pub acronyms: BTreeSet<String>,
    /// Name forms seen with their title.
    #[serde(default, skip_serializing_if = "BTreeSet::is_empty")]
    pub titled: BTreeSet<String>,
}

/// One mined article: its metadata, its quotations and the people and
/// organizations it names. `quotegraph mine --records` writes one per line;
/// `build --quotes` reads them back. It is everything the reduce (resolve,
/// graph, flags) needs, so building from records gives the same outputs as
/// building from the articles.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Record {
    /// Article id.
    pub doc: String,
    /// Headline.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Outlet.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// URL.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// Publication date as given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    /// Language: the article's own, else the detected one.
    pub lang: String,
    /// Quotations in text order; `speaker` is the article-local best name.
    pub quotes: Vec<Quotation>,
    /// For each quotation, the index in `entities` of its speaker, if any.
    pub speakers: Vec<Option<usize>>,
    /// People and organizations named in the article.
    pub entities: Vec<LocalName>,
}

impl Record {
    /// The article's metadata (its text empty).
    pub fn article(&self) -> Article {
        Article {
            id: self.doc.clone(),
            text: String::new(),
            title: self.title.clone(),
            source: self.source.clone(),
            url: self.url.clone(),
            date: self.date.clone(),
            lang: Some(self.lang.clone()),
        }
    }

    /// What is wrong with a record that did not come from the miner: a
    /// quotation of another article, a speaker index out of range.
    pub fn check(&self) -> Result<(), String> {
        if self.speakers.len() != self.quotes.len() {
            return Err(format!(
                "{} quotes but {} speakers",
                self.quotes.len(),
                self.speakers.len()
            ));
        }
        for (i, (q, s)) in self.quotes.iter().zip(&self.speakers).enumerate() {
            if q.doc != self.doc {
                return Err(format!(
                    "quotes[{i}] is of article {:?}, not {:?}",
                    q.doc, self.doc
                ));
            }
            if q.start > q.end {
                return Err(format!("quotes[{i}] starts after it ends"));
            }
            if let Some(e) = s
                && *e >= self.entities.len()
            {
                return Err(format!(
                    "speakers[{i}] is {e}, but there are {} entities",
                    self.entities.len()
                ));
            }
        }
        Ok(())
    }
}
