//! Unit tests of `QuoteGraph::build` on a small corpus shaped like the seed
//! articles, plus the `sample()` graph other modules' tests use.

use std::collections::BTreeSet;

use super::*;
use crate::model::{Article, Attributed, Entity, EntityKind, Quotation, QuoteKind, SpeakerType};

fn set(items: &[&str]) -> NameSet {
    items.iter().map(|s| s.to_string()).collect()
}

fn entity(id: &str, kind: EntityKind, name: &str) -> Entity {
    Entity {
        id: id.into(),
        kind,
        name: name.into(),
        aliases: set(&[name]),
        variant_names: NameSet::default(),
        roles: NameSet::default(),
        affiliations: NameSet::default(),
        articles: NameSet::default(),
    }
}

/// A quotation at `start` in `doc`, attributed to entity `entity`.
pub(crate) fn quote(doc: &str, start: usize, text: &str, entity: Option<usize>) -> Attributed {
    Attributed {
        quotation: Quotation {
            doc: doc.into(),
            quote: text.into(),
            kind: QuoteKind::Direct,
            speaker: None,
            speaker_mention: None,
            speaker_type: if entity.is_some() {
                SpeakerType::Person
            } else {
                SpeakerType::Unknown
            },
            cue: Some("said".into()),
            start,
            end: start + text.len(),
            lang: "en".into(),
            confidence: 0.9,
            rule: "test".into(),
            cited: None,
            role: None,
        },
        entity,
    }
}

pub(crate) fn corpus() -> (Vec<Article>, Vec<Attributed>, Vec<Entity>) {
    let articles = vec![
        Article {
            id: "a1".into(),
            title: Some("Obama wrote to Khamenei".into()),
            source: Some("AP".into()),
            ..Article::default()
        },
        Article {
            id: "a2".into(),
            ..Article::default()
        },
    ];
    let mut earnest = entity("person:josh-earnest", EntityKind::Person, "Josh Earnest");
    earnest.aliases = set(&["Josh Earnest", "Earnest", "John Earnest"]);
    earnest.variant_names = set(&["John Earnest"]);
    earnest.roles = set(&["White House spokesman", "spokesman"]);
    earnest.affiliations = set(&["White House", "Democratic Party"]);
    earnest.articles = set(&["a1", "a2"]);
    let mut wsj = entity(
        "org:the-wall-street-journal",
        EntityKind::Organization,
        "The Wall Street Journal",
    );
    wsj.aliases = set(&["The Wall Street Journal", "WSJ", "the newspaper"]);
    let wh = entity("org:white-house", EntityKind::Organization, "White House");
    let obama = entity("person:barack-obama", EntityKind::Person, "Barack Obama");
    let entities = vec![earnest, wsj, wh, obama];

    let a = "The United States will not cooperate militarily with Iran in that effort,";
    let b = "We won't share intelligence with them.";
    let stitched = "the United States will not cooperate militarily with Iran in that effort, we won't share intelligence with them.";
    let mut wsj_quote = quote(
        "a2",
        500,
        "any cooperation would depend on reaching a comprehensive nuclear deal",
        Some(1),
    );
    wsj_quote.quotation.kind = QuoteKind::Indirect;
    let mut cited = quote("a2", 700, "this is the fourth letter", Some(3));
    cited.quotation.cited = Some("WSJ".into());
    let quotes = vec![
        quote("a1", 100, a, Some(0)),
        quote("a1", 200, b, Some(0)),
        quote("a2", 10, stitched, Some(0)),
        quote("a2", 300, a, Some(0)),
        wsj_quote,
        quote(
            "a1",
            900,
            "any cooperation would be dependent on reaching a comprehensive deal",
            Some(1),
        ),
        cited,
        quote("a1", 0, "secret letter", None),
        quote("a2", 0, "Secret letter!", None),
    ];
    (articles, quotes, entities)
}

pub(crate) fn sample() -> QuoteGraph {
    let (a, q, e) = corpus();
    QuoteGraph::build(&a, &q, &e)
}

fn statement_with(g: &QuoteGraph, text: &str) -> String {
    g.nodes_of(NodeKind::Statement)
        .find(|n| g.label(n) == text)
        .unwrap_or_else(|| {
            let all: Vec<_> = g
                .nodes_of(NodeKind::Statement)
                .map(|n| g.label(n))
                .collect();
            panic!("no statement {text:?} in {all:#?}")
        })
        .id
        .clone()
}

#[test]
fn nodes_of_each_kind() {
    let g = sample();
    let ids = |k| g.nodes_of(k).map(|n| n.id.as_str()).collect::<Vec<_>>();
    assert_eq!(ids(NodeKind::Article), ["article:a1", "article:a2"]);
    assert_eq!(
        ids(NodeKind::Person),
        ["person:barack-obama", "person:josh-earnest"]
    );
    // "Democratic Party" is no entity, so the affiliation creates it.
    assert_eq!(
        ids(NodeKind::Organization),
        [
            "org:democratic-party",
            "org:the-wall-street-journal",
            "org:white-house"
        ]
    );
    // Earnest: A (x2), B, stitched; WSJ: two variants; Obama: one; null: one.
    assert_eq!(ids(NodeKind::Statement).len(), 7);
    for id in ids(NodeKind::Statement) {
        assert!(id.starts_with("stmt:") && id.len() == 17, "{id}");
    }
}

#[test]
fn equal_wording_is_one_statement_with_two_occurrences() {
    let g = sample();
    let a = statement_with(
        &g,
        "The United States will not cooperate militarily with Iran in that effort",
    );
    let occ = g.occurrences(&a);
    let places: Vec<_> = occ
        .iter()
        .map(|(n, o)| (n.id.as_str(), o.start()))
        .collect();
    assert_eq!(places, [("article:a1", 100), ("article:a2", 300)]);
    assert_eq!(
        occ[0].1.quote(),
        "The United States will not cooperate militarily with Iran in that effort,"
    );
    let speakers: Vec<_> = g.speakers_of(&a).iter().map(|n| n.id.clone()).collect();
    assert_eq!(speakers, ["person:josh-earnest"]);
}

#[test]
fn stitched_quote_is_variant_of_both_parts() {
    let g = sample();
    let a = statement_with(
        &g,
        "The United States will not cooperate militarily with Iran in that effort",
    );
    let b = statement_with(&g, "We won't share intelligence with them.");
    let s = statement_with(
        &g,
        "the United States will not cooperate militarily with Iran in that effort, we won't share intelligence with them.",
    );
    let mut targets: Vec<_> = g
        .variants_of(&s)
        .into_iter()
        .map(|(n, v)| {
            assert_eq!(v.relation, VariantRelation::Stitched);
            n.id.clone()
        })
        .collect();
    targets.sort();
    let mut expected = vec![a.clone(), b];
    expected.sort();
    assert_eq!(targets, expected);
    assert!(g.edge(&format!("variant_of:{s}->{a}")).is_some());
}

#[test]
fn near_identical_wording_is_a_similar_variant() {
    let g = sample();
    let x = statement_with(
        &g,
        "any cooperation would depend on reaching a comprehensive nuclear deal",
    );
    let v = g.variants_of(&x);
    assert_eq!(v.len(), 1);
    assert_eq!(v[0].1.relation, VariantRelation::Similar);
    assert!(v[0].1.similarity >= 0.6 && v[0].1.similarity < 1.0);
}

#[test]
fn unattributed_quotes_cluster_under_the_null_speaker() {
    let g = sample();
    let s = statement_with(&g, "Secret letter!");
    assert!(g.speakers_of(&s).is_empty());
    assert_eq!(g.occurrences(&s).len(), 2);
    let info = g.statement(g.node(&s).unwrap()).unwrap();
    assert_eq!(info.speaker(), None);
}

#[test]
fn affiliations_and_cites() {
    let g = sample();
    let aff: Vec<_> = g
        .affiliations_of("person:josh-earnest")
        .into_iter()
        .map(|(n, r)| (n.id.as_str(), r))
        .collect();
    assert_eq!(
        aff,
        [
            ("org:democratic-party", None),
            ("org:white-house", Some("White House spokesman"))
        ]
    );
    let cited = |a: &str| {
        g.cited_in(a)
            .iter()
            .map(|n| n.id.clone())
            .collect::<Vec<_>>()
    };
    // a1: WSJ speaks; a2: WSJ speaks and is cited.
    assert_eq!(cited("article:a1"), ["org:the-wall-street-journal"]);
    assert_eq!(cited("article:a2"), ["org:the-wall-street-journal"]);
    let e = g
        .edge("cites:article:a2->org:the-wall-street-journal")
        .unwrap();
    assert_eq!(
        e.edge.data,
        EdgeData::Cites {
            via: CiteVias::from([CiteVia::Cited, CiteVia::Speaker])
        }
    );
}

#[test]
fn statements_of_and_in() {
    let g = sample();
    assert_eq!(g.statements_of("person:josh-earnest").len(), 3);
    assert_eq!(g.statements_of("person:nobody").len(), 0);
    let starts: Vec<usize> = g
        .statements_in("article:a2")
        .iter()
        .map(|(_, o)| o.start())
        .collect();
    assert_eq!(starts, [0, 10, 300, 500, 700]);
    let art = g.node("article:a1").unwrap().as_article().unwrap();
    assert_eq!(
        art.lang.as_deref(),
        Some("en"),
        "lang falls back to the quotes'"
    );
    assert_eq!(art.title.as_deref(), Some("Obama wrote to Khamenei"));
}

#[test]
fn ids_are_stable_and_order_independent() {
    let (a, mut q, mut e) = corpus();
    let g1 = QuoteGraph::build(&a, &q, &e);
    // Reverse entities (fixing up indices) and quotes.
    let n = e.len();
    e.reverse();
    for x in &mut q {
        x.entity = x.entity.map(|i| n - 1 - i);
    }
    q.reverse();
    let g2 = QuoteGraph::build(&a, &q, &e);
    let ids = |g: &QuoteGraph| {
        (
            g.nodes().map(|n| n.id.clone()).collect::<Vec<_>>(),
            g.edges().map(|e| e.id().into_owned()).collect::<Vec<_>>(),
        )
    };
    assert_eq!(ids(&g1), ids(&g2));
    assert_eq!(g1.to_json(), g2.to_json());
}

#[test]
fn statement_id_is_hash_of_speaker_and_text() {
    let g = sample();
    let s = statement_with(&g, "Secret letter!");
    let h = fnv1a64("\u{1f}secret letter".as_bytes());
    assert_eq!(s, format!("stmt:{}", &format!("{h:016x}")[..12]));
}

#[test]
fn duplicate_offsets_get_distinct_edge_ids() {
    let q = vec![
        quote("d", 5, "same words here", None),
        quote("d", 5, "same words here", None),
    ];
    let g = QuoteGraph::build(&[], &q, &[]);
    let ids: Vec<_> = g.edges().map(|e| e.id().into_owned()).collect();
    assert_eq!(ids.len(), 2);
    assert_ne!(ids[0], ids[1]);
    assert!(ids[1].ends_with("~2"), "{ids:?}");
}

#[test]
fn entities_sharing_an_id_merge() {
    let mut a = entity("person:x", EntityKind::Person, "X");
    a.roles = set(&["r1"]);
    a.articles = set(&["d3", "d1"]);
    let mut b = entity("person:x", EntityKind::Person, "X Y");
    b.roles = set(&["r2"]);
    b.articles = set(&["d2", "d3"]);
    let g = QuoteGraph::build(&[], &[], &[a, b]);
    assert_eq!(g.node_count(), 1);
    let e = g.node("person:x").unwrap().as_entity().unwrap();
    assert_eq!(e.name, "X");
    assert_eq!(e.roles, set(&["r1", "r2"]));
    assert!(e.aliases.contains("X Y"));
    let docs: Vec<&str> = g.docs(&e.articles).collect();
    assert_eq!(docs, ["d1", "d2", "d3"]);
}

/// An entity's article ids read back in order, each stored once in the
/// graph however many entities name it.
#[test]
fn doc_sets_read_back_ascending_and_share_ids() {
    let mut g = QuoteGraph::new();
    let (a, b) = (g.doc_set(&set(&["b", "a", "c"])), g.doc_set(&set(&["c"])));
    assert_eq!(g.docs(&a).collect::<Vec<_>>(), ["a", "b", "c"]);
    assert_eq!(g.docs(&b).len(), 1);
    assert_eq!(a.0[2], b.0[0]);
    assert!(g.doc_set(&NameSet::default()).is_empty());
}

#[test]
#[should_panic(expected = "refers to entity 3")]
fn out_of_range_entity_panics() {
    QuoteGraph::build(&[], &[quote("d", 0, "x", Some(3))], &[]);
}

#[test]
fn add_edge_checks_endpoints() {
    let mut g = QuoteGraph::new();
    g.add_node(Node {
        id: "article:a".into(),
        data: NodeData::Article(Box::new(ArticleInfo {
            doc: "a".into(),
            ..ArticleInfo::default()
        })),
    })
    .unwrap();
    let err = g
        .add_edge(
            "article:a",
            "article:a",
            Edge::new("said:x", EdgeData::Said),
        )
        .unwrap_err();
    assert!(matches!(err, GraphError::WrongEndpoints { .. }), "{err}");
    let err = g
        .add_edge(
            "article:a",
            "org:none",
            Edge::new(
                "cites:x",
                EdgeData::Cites {
                    via: CiteVias::new(),
                },
            ),
        )
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        "edge \"cites:x\" refers to unknown node \"org:none\""
    );
}

#[test]
fn find_entity_by_any_name_form() {
    let g = sample();
    let id = |name: &str| g.find_entity(name).map(|n| n.id.clone());
    assert_eq!(id("John Earnest").as_deref(), Some("person:josh-earnest"));
    assert_eq!(id("josh earnest").as_deref(), Some("person:josh-earnest"));
    assert_eq!(
        id("person:barack-obama").as_deref(),
        Some("person:barack-obama")
    );
    assert_eq!(id("WSJ").as_deref(), Some("org:the-wall-street-journal"));
    assert_eq!(id("nobody"), None);
    assert_eq!(id("..."), None);
}

#[test]
fn around_a_person_and_subgraph() {
    let g = sample();
    let sub = g.around(&["person:josh-earnest"]);
    let kinds = |k| sub.nodes_of(k).count();
    assert_eq!(kinds(NodeKind::Statement), 3);
    assert_eq!(kinds(NodeKind::Article), 2);
    assert_eq!(kinds(NodeKind::Person), 1);
    assert_eq!(kinds(NodeKind::Organization), 2, "affiliations");
    // Same ids and relative order as the full graph.
    let order: Vec<_> = g
        .nodes()
        .filter(|n| sub.node(&n.id).is_some())
        .map(|n| n.id.clone())
        .collect();
    let got: Vec<_> = sub.nodes().map(|n| n.id.clone()).collect();
    assert_eq!(got, order);
    assert!(sub.edges().all(|e| g.edge(&e.id()).is_some()));
    let round = QuoteGraph::from_json(&sub.to_json()).unwrap();
    assert_eq!(round.to_json(), sub.to_json());

    let none = g.subgraph(|n| n.kind() == NodeKind::Article);
    assert_eq!(none.node_count(), 2);
    assert_eq!(none.edge_count(), 0);
    assert_eq!(g.around(&["no:such"]).node_count(), 0);
}

#[test]
#[should_panic(expected = "reserved for articles")]
fn entity_ids_must_not_look_like_articles() {
    QuoteGraph::build(&[], &[], &[entity("article:x", EntityKind::Person, "X")]);
}

#[test]
fn id_index_finds_ids_whose_hash_is_taken() {
    use super::IdIndex;
    let ids = ["a", "b", "c"];
    let id_of = |ix: usize| ids[ix];
    let mut index: IdIndex<usize> = IdIndex::default();
    index.insert("a", 0);
    // Make "b" clash with "a": its hash already points at index 0.
    index.by_hash.insert(IdIndex::<usize>::hash("b"), 0);
    index.insert("b", 1);
    assert_eq!(index.get("a", |ix| id_of(ix) == "a"), Some(0));
    assert_eq!(index.get("b", |ix| id_of(ix) == "b"), Some(1));
    assert_eq!(index.get("c", |ix| id_of(ix) == "c"), None);
}

#[test]
fn built_edges_are_found_by_their_derived_ids() {
    let q = vec![
        quote("d", 5, "same words here", None),
        quote("d", 5, "same words here", None),
    ];
    let g = QuoteGraph::build(&[], &q, &[]);
    for e in g.edges() {
        let id = e.id();
        let found = g.edge(&id).expect("found by id");
        assert_eq!(found.id(), id);
        assert!(std::ptr::eq(found.edge, e.edge));
    }
    assert!(g.edge("reported_in:nope").is_none());
}

#[test]
fn given_edge_ids_are_kept_and_derived_ones_compacted() {
    let mut g = QuoteGraph::new();
    for (id, data) in [
        ("person:x", NodeData::Person(Box::default())),
        ("org:y", NodeData::Organization(Box::default())),
    ] {
        g.add_node(Node {
            id: id.into(),
            data,
        })
        .unwrap();
    }
    let aff = || EdgeData::AffiliatedWith { role: None };
    g.add_edge("person:x", "org:y", Edge::new("custom id", aff()))
        .unwrap();
    g.add_edge(
        "person:x",
        "org:y",
        Edge::new("affiliated_with:person:x->org:y", aff()),
    )
    .unwrap();
    g.add_edge(
        "person:x",
        "org:y",
        Edge::new("affiliated_with:person:x->org:y~3", aff()),
    )
    .unwrap();
    // Not of the derived form: `~1`, `~02` and a suffix after the number.
    for odd in ["~1", "~02", "~3x", "~"] {
        g.add_edge(
            "person:x",
            "org:y",
            Edge::new(format!("affiliated_with:person:x->org:y{odd}"), aff()),
        )
        .unwrap();
    }
    let ids: Vec<String> = g.edges().map(|e| e.id().into_owned()).collect();
    assert_eq!(
        ids,
        [
            "custom id",
            "affiliated_with:person:x->org:y",
            "affiliated_with:person:x->org:y~3",
            "affiliated_with:person:x->org:y~1",
            "affiliated_with:person:x->org:y~02",
            "affiliated_with:person:x->org:y~3x",
            "affiliated_with:person:x->org:y~",
        ]
    );
    let stored: Vec<bool> = g
        .edges()
        .map(|e| matches!(e.edge.id, super::EdgeId::Given(_)))
        .collect();
    assert_eq!(stored, [true, false, false, true, true, true, true]);
    for id in &ids {
        assert_eq!(g.edge(id).expect("found").id(), id.as_str());
    }
    assert!(matches!(
        g.add_edge(
            "person:x",
            "org:y",
            Edge::new("affiliated_with:person:x->org:y~3", aff())
        ),
        Err(GraphError::DuplicateEdge(_))
    ));
    // A copy keeps the ids.
    let sub = g.subgraph(|_| true);
    let again: Vec<String> = sub.edges().map(|e| e.id().into_owned()).collect();
    assert_eq!(again, ids);
}

proptest::proptest! {
    /// The string store gives each distinct string one number and gives
    /// it back whole, across chunks; once sealed it appends.
    #[test]
    fn strings_store_each_distinct_string_once(
        items in proptest::collection::vec("\\PC{0,6}", 0..40),
    ) {
        use super::occurrence::Strings;
        let mut st = Strings::default();
        let mut seen: std::collections::HashMap<&str, u32> = Default::default();
        for s in &items {
            let sym = st.intern(s);
            proptest::prop_assert_eq!(*seen.entry(s).or_insert(sym), sym);
            proptest::prop_assert_eq!(st.get(sym), s.as_str());
        }
        // A string longer than a chunk, and one after it.
        let long = "x".repeat((1 << 20) + 3);
        let l = st.intern(&long);
        let after = st.intern("after the long one");
        proptest::prop_assert_eq!(st.get(l), long.as_str());
        proptest::prop_assert_eq!(st.get(after), "after the long one");
        for (s, &sym) in &seen {
            proptest::prop_assert_eq!(st.get(sym), *s);
        }
        proptest::prop_assert_eq!(st.opt(super::occurrence::NONE), None);
    }
}

#[test]
fn occurrences_read_back_as_added() {
    let mut g = QuoteGraph::new();
    let o = Occurrence {
        doc: "a1".into(),
        // Offsets past 32 bits are kept aside, not cut.
        start: u32::MAX as usize,
        end: (u32::MAX as usize) + 7,
        quote: "We will.".into(),
        cue: Some("said".into()),
        kind: crate::model::QuoteKind::Direct,
        confidence: 0.5,
        rule: "r".into(),
        speaker_mention: None,
        cited: Some("Reuters".into()),
        role: None,
    };
    let small = Occurrence {
        start: 3,
        end: 9,
        ..o.clone()
    };
    let (a, b) = (g.add_occurrence(&o), g.add_occurrence(&small));
    assert_eq!(g.occurrence(a).unwrap().to_owned(), o);
    assert_eq!(g.occurrence(b).unwrap().to_owned(), small);
    assert_eq!(g.occurrence(b).unwrap().quote(), "We will.");
    assert_eq!(g.occurrence(b).unwrap(), small);
    assert!(g.occurrence(super::OccurrenceId(7)).is_none());
    assert_eq!(std::mem::size_of::<super::occurrence::Record>(), 44);
}

#[test]
fn id_index_finds_every_one_of_many_ids() {
    use super::IdIndex;
    // Enough ids that some 32-bit hashes clash (about ten pairs among
    // 300,000 ids).
    let ids: Vec<String> = (0..300_000).map(|i| format!("stmt:{i:x}")).collect();
    let mut index: IdIndex<usize> = IdIndex::default();
    for (i, id) in ids.iter().enumerate() {
        assert_eq!(index.get(id, |ix| ids[ix] == *id), None);
        index.insert(id, i);
    }
    for (i, id) in ids.iter().enumerate() {
        assert_eq!(index.get(id, |ix| ids[ix] == *id), Some(i), "{id}");
    }
    assert_eq!(index.get("stmt:none", |ix| ids[ix] == "stmt:none"), None);
    assert!(!index.clashes.is_empty());
}

proptest::proptest! {
    /// A `NameSet` holds, iterates, finds, counts, prints and serializes
    /// what the `BTreeSet<String>` it replaces did, however it is made.
    #[test]
    fn name_set_behaves_as_a_btree_set(
        items in proptest::collection::vec("[a-c]{0,3}", 0..12),
        more in proptest::collection::vec("[a-c]{0,3}", 0..4),
        probe in "[a-c]{0,3}",
    ) {
        let mut want: BTreeSet<String> = items.iter().cloned().collect();
        let mut got = NameSet::from(want.clone());
        let collected: NameSet = items.iter().cloned().collect();
        proptest::prop_assert_eq!(&collected, &got);
        proptest::prop_assert!(got.iter().eq(want.iter()));
        proptest::prop_assert_eq!(got.len(), want.len());
        proptest::prop_assert_eq!(got.is_empty(), want.is_empty());
        proptest::prop_assert_eq!(got.first(), want.first());
        proptest::prop_assert_eq!(got.contains(&probe), want.contains(&probe));
        proptest::prop_assert_eq!(format!("{got:?}"), format!("{want:?}"));
        proptest::prop_assert_eq!(
            serde_json::to_string(&got).unwrap(),
            serde_json::to_string(&want).unwrap()
        );
        let back: NameSet = serde_json::from_str(&serde_json::to_string(&items).unwrap()).unwrap();
        proptest::prop_assert_eq!(&back, &got);
        let mut extended = got.clone();
        extended.extend(more.iter().cloned());
        for m in &more {
            proptest::prop_assert_eq!(got.insert(m.clone()), want.insert(m.clone()));
        }
        proptest::prop_assert!(got.iter().eq(want.iter()));
        proptest::prop_assert_eq!(extended, got);
    }
}

/// An edge's data is 16 bytes (the role behind a thin pointer, the cite
/// reasons as bits) and an edge 32: petgraph adds 16 more per edge.
#[test]
fn edges_are_small() {
    assert_eq!(std::mem::size_of::<EdgeData>(), 16);
    assert_eq!(std::mem::size_of::<Edge>(), 32);
}

#[test]
fn cite_vias_are_a_set() {
    let mut v = CiteVias::new();
    assert!(v.is_empty());
    assert!(v.insert(CiteVia::Speaker));
    assert!(!v.insert(CiteVia::Speaker));
    assert!(v.insert(CiteVia::Cited));
    assert_eq!(v.len(), 2);
    assert_eq!(
        v.iter().collect::<Vec<_>>(),
        [CiteVia::Cited, CiteVia::Speaker]
    );
    let from: CiteVias = [CiteVia::Speaker].into();
    assert!(from.contains(CiteVia::Speaker) && !from.contains(CiteVia::Cited));
    let role = Role::from("spokesman");
    assert_eq!(Some(role).as_deref(), Some("spokesman"));
}

/// An edge with the derived id is found by that id without an index, even
/// when a node id holds `->`, `#` or `~`; a made-up id is not found.
#[test]
fn derived_edge_ids_are_found_from_their_endpoints() {
    let mut g = QuoteGraph::new();
    let org = |id: &str| Node {
        id: id.into(),
        data: NodeData::Organization(Box::new(EntityInfo {
            name: id.into(),
            ..EntityInfo::default()
        })),
    };
    let article = |id: &str| Node {
        id: id.into(),
        data: NodeData::Article(Box::default()),
    };
    g.add_node(article("article:a->b#1~2")).unwrap();
    g.add_node(article("article:a")).unwrap();
    g.add_node(org("organization:x->y")).unwrap();
    g.add_node(org("organization:x")).unwrap();
    let cites = || EdgeData::Cites {
        via: CiteVias::from([CiteVia::Cited]),
    };
    for (s, t) in [
        ("article:a->b#1~2", "organization:x->y"),
        ("article:a", "organization:x"),
        ("article:a->b#1~2", "organization:x"),
    ] {
        g.add_derived_edge(s, t, cites());
        g.add_derived_edge(s, t, cites());
    }
    for (s, t) in [
        ("article:a->b#1~2", "organization:x->y"),
        ("article:a", "organization:x"),
        ("article:a->b#1~2", "organization:x"),
    ] {
        for id in [format!("cites:{s}->{t}"), format!("cites:{s}->{t}~2")] {
            let e = g.edge(&id).unwrap_or_else(|| panic!("{id}"));
            assert_eq!(e.id(), id);
            assert_eq!((e.source.id.as_str(), e.target.id.as_str()), (s, t));
        }
        assert!(g.edge(&format!("cites:{s}->{t}~3")).is_none());
        assert!(g.edge(&format!("said:{s}->{t}")).is_none());
    }
    assert!(g.edge("cites:article:a->organization:x->y").is_none());
    assert!(g.edge("nonsense").is_none());
    // A given id that is not the derived one is indexed.
    g.add_edge(
        "article:a",
        "organization:x->y",
        Edge::new("my-edge", cites()),
    )
    .unwrap();
    assert_eq!(g.edge("my-edge").unwrap().target.id, "organization:x->y");
    assert!(matches!(
        g.add_edge(
            "article:a",
            "organization:x",
            Edge::new("cites:article:a->organization:x~2", cites())
        ),
        Err(GraphError::DuplicateEdge(_))
    ));
}

/// A statement node's data is three numbers of the graph's strings, and a
/// node 40 bytes (it was 96 with the statement's three `String`s inline).
#[test]
fn statement_nodes_are_small() {
    assert_eq!(std::mem::size_of::<StatementData>(), 12);
    assert_eq!(std::mem::size_of::<NodeData>(), 16);
    assert_eq!(std::mem::size_of::<Node>(), 40);
}

#[test]
fn statements_read_back_as_added() {
    let mut g = QuoteGraph::new();
    let info = StatementInfo {
        text: "We will.".into(),
        speaker: Some("person:ann-lee".into()),
        speaker_name: Some("Ann Lee".into()),
    };
    let bare = StatementInfo {
        speaker: None,
        speaker_name: None,
        ..info.clone()
    };
    let (a, b) = (g.statement_data(&info), g.statement_data(&bare));
    // Equal strings are stored once: the text of both is one number.
    assert_eq!(a.text, b.text);
    for (id, data) in [("stmt:a", a), ("stmt:b", b)] {
        g.add_node(Node {
            id: id.into(),
            data: NodeData::Statement(data),
        })
        .unwrap();
    }
    let read = |id: &str| g.statement(g.node(id).unwrap()).unwrap();
    assert_eq!(read("stmt:a").to_owned(), info);
    assert_eq!(read("stmt:a"), info);
    assert_eq!(read("stmt:b"), bare);
    assert_eq!(read("stmt:a").speaker(), Some("person:ann-lee"));
    assert_eq!(read("stmt:b").speaker_name(), None);
    assert_eq!(g.label(g.node("stmt:a").unwrap()), "We will.");
    assert_ne!(read("stmt:a"), read("stmt:b"));
}

/// A built statement's text is its quotation's wording, stored once: the
/// graph's strings hold no second copy, and a subgraph (a store of its
/// own) reads the same statements.
#[test]
fn built_statements_share_their_quotations_strings() {
    let g = sample();
    let mut shared = 0;
    for n in g.nodes_of(NodeKind::Statement) {
        let text = n.as_statement().unwrap().text;
        for (_, o) in g.occurrences(&n.id) {
            if o.quote() == g.label(n) {
                assert_eq!(g.occs.records[o.id().index()].quote, text);
                shared += 1;
            }
        }
    }
    assert!(shared > 0);
    let sub = g.subgraph(|_| true);
    for n in g.nodes_of(NodeKind::Statement) {
        let copy = sub.node(&n.id).unwrap();
        assert_eq!(sub.statement(copy).unwrap(), g.statement(n).unwrap());
    }
}
