//! Small hand-built graphs for the rules' unit tests.

use std::collections::BTreeSet;

use crate::graph::QuoteGraph;
use crate::model::{Article, Attributed, Entity, EntityKind, Quotation, QuoteKind, SpeakerType};

/// A corpus under construction: articles with real text, so evidence spans
/// can be checked against it.
#[derive(Default)]
pub(crate) struct Corpus {
    pub articles: Vec<Article>,
    pub quotes: Vec<Attributed>,
    pub entities: Vec<Entity>,
}

/// What a quote looks like beside its words.
#[derive(Clone, Default)]
pub(crate) struct Q<'a> {
    pub mention: Option<&'a str>,
    pub role: Option<&'a str>,
    pub kind: Option<QuoteKind>,
    /// The article's language, when it is created by this quote (`en`).
    pub lang: Option<&'a str>,
}

impl Corpus {
    /// Adds an entity and returns its index.
    pub fn entity(&mut self, kind: EntityKind, name: &str, aliases: &[&str]) -> usize {
        let prefix = match kind {
            EntityKind::Person => "person",
            EntityKind::Organization => "org",
        };
        let mut all: BTreeSet<String> = aliases.iter().map(|s| s.to_string()).collect();
        all.insert(name.to_owned());
        self.entities.push(Entity {
            id: format!("{prefix}:{}", crate::graph::slug(name)),
            kind,
            name: name.into(),
            aliases: all.into(),
            variant_names: Default::default(),
            roles: Default::default(),
            affiliations: Default::default(),
            articles: Default::default(),
        });
        self.entities.len() - 1
    }

    /// Appends `text` as a quote to article `doc` (created on first use),
    /// credited to entity `who`.
    pub fn quote(&mut self, doc: &str, who: Option<usize>, text: &str, q: Q<'_>) {
        let ix = match self.articles.iter().position(|a| a.id == doc) {
            Some(i) => i,
            None => {
                self.articles.push(Article {
                    id: doc.into(),
                    lang: Some(q.lang.unwrap_or("en").into()),
                    ..Article::default()
                });
                self.articles.len() - 1
            }
        };
        let article = &mut self.articles[ix];
        article.text.push_str("He said \"");
        let start = article.text.len();
        article.text.push_str(text);
        let end = article.text.len();
        article.text.push_str("\". ");
        if let Some(e) = who {
            self.entities[e].articles.insert(doc.into());
            if let Some(r) = q.role {
                self.entities[e].roles.insert(r.into());
            }
        }
        self.quotes.push(Attributed {
            quotation: Quotation {
                doc: doc.into(),
                quote: text.into(),
                kind: q.kind.unwrap_or(QuoteKind::Direct),
                speaker: who.map(|e| self.entities[e].name.clone()),
                speaker_mention: q.mention.map(str::to_owned),
                speaker_type: match who.map(|e| self.entities[e].kind) {
                    Some(EntityKind::Person) => SpeakerType::Person,
                    Some(EntityKind::Organization) => SpeakerType::Organization,
                    None if q.mention.is_some() => SpeakerType::Anonymous,
                    None => SpeakerType::Unknown,
                },
                cue: Some("said".into()),
                start,
                end,
                lang: q.lang.unwrap_or("en").into(),
                confidence: 0.9,
                rule: "test".into(),
                cited: None,
                role: q.role.map(str::to_owned),
            },
            entity: who,
        });
    }

    /// The graph of the corpus.
    pub fn graph(&self) -> QuoteGraph {
        QuoteGraph::build(&self.articles, &self.quotes, &self.entities)
    }

    /// Checks that every evidence span slices its article to its text.
    pub fn check_evidence(&self, flags: &[super::Flag]) {
        for f in flags {
            assert!(!f.evidence.is_empty(), "{f:?}");
            for e in &f.evidence {
                let a = self.articles.iter().find(|a| a.id == e.doc).expect("doc");
                assert_eq!(&a.text[e.start..e.end], e.text, "{f:?}");
            }
        }
    }
}
