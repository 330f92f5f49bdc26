//! Answers -> text for a terminal: a header line, then one block per
//! statement or article, long quotes shortened.

use std::fmt::Write as _;

use super::{About, Answer, Articles, EntityAnswer, SaidBy, Statement, WhoSaid};
use crate::graph::shorten;

/// Width of shortened quotes.
const QUOTE: usize = 100;

pub(super) fn render(answer: &Answer) -> String {
    let mut out = String::new();
    match answer {
        Answer::SaidBy(a) => said_by(&mut out, a),
        Answer::WhoSaid(a) => who_said(&mut out, a),
        Answer::About(a) => about(&mut out, a),
        Answer::Entity(a) => entity(&mut out, a),
        Answer::Articles(a) => articles(&mut out, a),
    }
    out
}

fn not_found(out: &mut String, name: &str, suggestions: &[String]) {
    let _ = write!(out, "no entity named \"{name}\"");
    if suggestions.is_empty() {
        out.push_str(".\n");
    } else {
        let _ = writeln!(
            out,
            "; did you mean {}?",
            crate::flags::join_and(suggestions).replace(" and ", " or ")
        );
    }
}

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

fn statement(out: &mut String, i: usize, s: &Statement, with_speaker: bool) {
    let _ = write!(out, "{i:>3}. \"{}\"", shorten(&s.text, QUOTE));
    if with_speaker {
        let _ = write!(out, " — {}", s.speaker.as_deref().unwrap_or("(no speaker)"));
    }
    out.push('\n');
    for r in &s.reports {
        let _ = write!(out, "       {} {:<8}", r.doc, r.kind.as_str());
        if let Some(c) = &r.cue {
            let _ = write!(out, " {c:?}");
        }
        if let Some(m) = &r.speaker_mention {
            let m = m.split_whitespace().collect::<Vec<_>>().join(" ");
            let _ = write!(out, " as \"{m}\"");
        }
        out.push('\n');
    }
    for v in &s.variants {
        let _ = writeln!(
            out,
            "       {} ({:.2}): \"{}\"",
            v.relation,
            v.similarity,
            shorten(&v.text, 70)
        );
    }
}

fn said_by(out: &mut String, a: &SaidBy) {
    let Some(e) = &a.entity else {
        return not_found(out, &a.name, &a.suggestions);
    };
    if let Some(n) = &a.note {
        let _ = writeln!(out, "{n}");
    }
    let docs: std::collections::BTreeSet<&str> = a
        .statements
        .iter()
        .flat_map(|s| s.reports.iter().map(|r| r.doc.as_str()))
        .collect();
    let _ = writeln!(
        out,
        "{} ({}): {} in {}",
        e.name,
        e.kind,
        plural(a.statements.len(), "statement", "statements"),
        plural(docs.len(), "article", "articles")
    );
    for (i, s) in a.statements.iter().enumerate() {
        statement(out, i + 1, s, false);
    }
}

fn who_said(out: &mut String, a: &WhoSaid) {
    if a.matches.is_empty() {
        let _ = writeln!(out, "no statement matches \"{}\".", a.text);
        return;
    }
    let credits: Vec<String> = a
        .credited
        .iter()
        .map(|c| {
            format!(
                "{} ({})",
                c.speaker.as_deref().unwrap_or("no speaker"),
                c.docs.join(", ")
            )
        })
        .collect();
    let _ = writeln!(
        out,
        "\"{}\": {}",
        a.text,
        plural(a.matches.len(), "matching statement", "matching statements")
    );
    if !credits.is_empty() {
        let _ = writeln!(out, "credited to: {}", credits.join("; "));
    }
    if a.credit_differs {
        let _ = writeln!(out, "the credit differs across articles.");
    }
    for (i, m) in a.matches.iter().enumerate() {
        let _ = writeln!(
            out,
            "  [{:.0}% of the words, dice {:.2}]",
            m.containment * 100.0,
            m.dice
        );
        statement(out, i + 1, &m.statement, true);
    }
}

fn about(out: &mut String, a: &About) {
    if a.statements.is_empty() {
        let _ = writeln!(out, "no statement mentions \"{}\".", a.term);
        return;
    }
    let _ = writeln!(
        out,
        "\"{}\": {}",
        a.term,
        plural(a.statements.len(), "statement", "statements")
    );
    for (i, s) in a.statements.iter().enumerate() {
        statement(out, i + 1, s, true);
    }
}

fn entity(out: &mut String, a: &EntityAnswer) {
    let Some(e) = &a.entity else {
        return not_found(out, &a.name, &a.suggestions);
    };
    if let Some(n) = &a.note {
        let _ = writeln!(out, "{n}");
    }
    let _ = writeln!(out, "{} ({}, {})", e.name, e.kind, e.id);
    let list = |out: &mut String, label: &str, items: &[String]| {
        if !items.is_empty() {
            let _ = writeln!(out, "  {label:<14} {}", items.join("; "));
        }
    };
    list(out, "name forms", &e.aliases);
    list(out, "variant names", &e.variant_names);
    list(out, "roles", &e.roles);
    list(out, "affiliations", &e.affiliations);
    list(out, "members", &e.members);
    list(out, "articles", &e.articles);
    let _ = writeln!(
        out,
        "  {:<14} {}, {} ({} direct)",
        "said",
        plural(e.statements, "statement", "statements"),
        plural(e.quotes, "quote", "quotes"),
        e.direct_quotes
    );
}

fn articles(out: &mut String, a: &Articles) {
    if a.articles.is_empty() {
        out.push_str("no articles.\n");
        return;
    }
    for (i, art) in a.articles.iter().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        let mut head = art.doc.clone();
        for extra in [&art.title, &art.source, &art.date, &art.lang]
            .into_iter()
            .flatten()
        {
            let _ = write!(head, " · {extra}");
        }
        let _ = writeln!(
            out,
            "{head}: {}, speakers: {}",
            plural(art.quotes.len(), "quote", "quotes"),
            if art.speakers.is_empty() {
                "none".to_owned()
            } else {
                art.speakers.join(", ")
            }
        );
        for q in &art.quotes {
            let _ = writeln!(
                out,
                "  {:<8} \"{}\" — {}",
                q.kind.as_str(),
                shorten(&q.text, 80),
                q.speaker
                    .as_deref()
                    .map(|s| s.split_whitespace().collect::<Vec<_>>().join(" "))
                    .unwrap_or_else(|| "(no speaker)".into())
            );
        }
    }
}
