//! Unit tests of the queries on a small hand-built graph.

use super::*;
use crate::flags::testutil::{Corpus, Q};
use crate::model::EntityKind;

fn graph() -> QuoteGraph {
    let mut c = Corpus::default();
    let earnest = c.entity(
        EntityKind::Person,
        "Josh Earnest",
        &["Earnest", "John Earnest"],
    );
    c.entities[earnest]
        .variant_names
        .insert("John Earnest".into());
    let wsj = c.entity(
        EntityKind::Organization,
        "The Wall Street Journal",
        &["WSJ", "the Journal"],
    );
    let khamenei = c.entity(EntityKind::Person, "Ali Khamenei", &["Khamenei"]);
    let mention = |m| Q {
        mention: Some(m),
        ..Q::default()
    };
    c.quote(
        "a1",
        Some(earnest),
        "We won't share intelligence with them.",
        mention("Earnest"),
    );
    c.quote(
        "a2",
        Some(earnest),
        "We won't share intelligence with them.",
        mention("John Earnest"),
    );
    c.quote(
        "a2",
        Some(wsj),
        "the letter was sent in the middle of last month",
        mention("WSJ"),
    );
    c.quote(
        "a3",
        Some(wsj),
        "we will share intelligence",
        mention("the Journal"),
    );
    c.quote(
        "a3",
        Some(khamenei),
        "Nhà Trắng không chia sẻ tin tình báo",
        mention("lãnh tụ Khamenei"),
    );
    c.graph()
}

#[test]
fn said_by_any_name_form() {
    let g = graph();
    let a = said_by(&g, "John Earnest");
    assert_eq!(a.entity.as_ref().unwrap().name, "Josh Earnest");
    assert!(
        a.note
            .as_deref()
            .unwrap()
            .starts_with("John Earnest is a name form of Josh Earnest")
    );
    assert_eq!(a.statements.len(), 1);
    assert_eq!(a.statements[0].reports.len(), 2);
    assert!(said_by(&g, "Josh Earnest").note.is_none());
    assert_eq!(
        said_by(&g, "wsj").entity.unwrap().name,
        "The Wall Street Journal"
    );
}

#[test]
fn unknown_name_suggests() {
    let g = graph();
    let a = said_by(&g, "Josh Earnst");
    assert!(a.entity.is_none());
    assert_eq!(a.suggestions, ["Josh Earnest"]);
    let text = Answer::SaidBy(a).to_text();
    assert!(
        text.contains("no entity named \"Josh Earnst\"; did you mean Josh Earnest?"),
        "{text}"
    );
}

#[test]
fn who_said_ranks_and_reports_differing_credit() {
    let g = graph();
    let a = who_said(&g, "share intelligence");
    assert_eq!(a.matches.len(), 2);
    assert_eq!(
        a.matches[0].statement.speaker.as_deref(),
        Some("Josh Earnest")
    );
    assert!(a.credit_differs);
    let a = who_said(&g, "won't share intelligence with them");
    assert_eq!(
        a.matches[0].statement.speaker.as_deref(),
        Some("Josh Earnest")
    );
    assert_eq!(a.matches[0].containment, 1.0);
    assert!(who_said(&g, "nothing like this at all").matches.is_empty());
}

#[test]
fn about_folds_case_and_diacritics() {
    let g = graph();
    let a = about(&g, "nha trang");
    assert_eq!(a.statements.len(), 1);
    assert_eq!(a.statements[0].speaker.as_deref(), Some("Ali Khamenei"));
    assert_eq!(about(&g, "INTELLIGENCE").statements.len(), 2);
    assert!(about(&g, "intel").statements.is_empty());
}

#[test]
fn entity_record_and_counts() {
    let g = graph();
    let a = entity(&g, "Earnest");
    let e = a.entity.unwrap();
    assert_eq!(e.name, "Josh Earnest");
    assert_eq!(e.variant_names, ["John Earnest"]);
    assert_eq!((e.statements, e.quotes, e.direct_quotes), (1, 2, 2));
    assert_eq!(e.articles, ["a1", "a2"]);
}

#[test]
fn articles_list_quotes_and_speakers() {
    let g = graph();
    let a = articles(&g);
    assert_eq!(a.articles.len(), 3);
    assert_eq!(
        a.articles[1].speakers,
        ["Josh Earnest", "The Wall Street Journal"]
    );
    let json: serde_json::Value = serde_json::from_str(&Answer::Articles(a).to_json()).unwrap();
    assert_eq!(json["query"], "articles");
}
