//! `QuoteGraph::build`: sorted entities, articles and clustered statements
//! -> nodes and edges inserted in content order.

use std::cmp::Ordering;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::rc::Rc;

use unicode_normalization::UnicodeNormalization;

use rayon::prelude::*;

use super::occurrence::{NONE, OccurrenceRef, Occurrences, Strings, Sym};
use super::statements::{Plan, dice, plan};
use super::text::{fnv1a64, normalize_text, slug, words};
use super::{
    ArticleInfo, CiteVia, CiteVias, DocSet, EdgeData, EdgeKind, EntityInfo, NameSet, Node,
    NodeData, OccurrenceId, QuoteGraph, Role, StatementData, Variant, VariantRelation,
};
use crate::model::{Article, Attributed, Entity, EntityKind};

/// An edge before insertion: endpoints (shared: a statement or article
/// has many edges) and its data (its id is derived from those when it is
/// inserted); 48 bytes. Edges of one kind with equal endpoints keep the
/// order in which they were made (the `reported_in` edges, which have
/// offsets to order them by, are never pending).
struct PendingEdge {
    source: Rc<str>,
    target: Rc<str>,
    edge: EdgeData,
}

/// The storage rank of an edge's kind.
fn edge_rank(data: &EdgeData) -> usize {
    data.kind().rank()
}

/// Statements prepared at a time (see [`QuoteGraph::build_owned`]).
const STATEMENT_BLOCK: usize = 4096;

/// A statement cluster before it becomes a node.
struct Cluster<'a> {
    speaker: Option<&'a str>,
    /// Numbers of its quotations, in [`Quotes::cmp`] order.
    quotes: Vec<u32>,
}

impl QuoteGraph {
    /// Builds the graph of a corpus.
    ///
    /// * every entity becomes a person or organization node (entities that
    ///   share an id are merged);
    /// * every article, and every doc a quote points to, an article node
    ///   (metadata only);
    /// * quotes are grouped by speaker entity (unattributed quotes share
    ///   one null speaker) and clustered into statements: equal normalized
    ///   wording, or one containing the other with at least
    ///   [`MIN_CONTAINED_WORDS`](super::MIN_CONTAINED_WORDS) words. A quote
    ///   that is two or more other quotes of the speaker put together is not
    ///   merged but linked `variant_of` (stitched) to each part; statements
    ///   whose word sets have a Dice coefficient of at least
    ///   [`VARIANT_MIN_DICE`](super::VARIANT_MIN_DICE) are linked
    ///   `variant_of` (similar);
    /// * `affiliations` become `affiliated_with` edges to the organization
    ///   with that id, name or alias (created when there is none);
    /// * each article `cites` the organizations that speak in it or that a
    ///   quote's `cited` names.
    ///
    /// The result depends only on the content of the inputs, not on their
    /// order: nodes are inserted by kind, then id; edges by kind, then
    /// endpoints and offsets.
    ///
    /// # Complexity
    ///
    /// About `O(q log q)` for `q` quotes, plus candidate checks found
    /// through word indexes; no all-pairs comparison.
    ///
    /// # Panics
    ///
    /// When an [`Attributed::entity`] index is out of range of `entities`,
    /// or an entity id starts with `article:` or `stmt:`.
    pub fn build(articles: &[Article], quotes: &[Attributed], entities: &[Entity]) -> QuoteGraph {
        QuoteGraph::build_owned(articles, quotes.to_vec(), entities.to_vec())
    }

    /// [`QuoteGraph::build`] consuming the quotes and entities: each
    /// occurrence and entity node takes the strings of its quotation or
    /// entity instead of a copy, so a big corpus is not held twice. The
    /// quotes may come one at a time (a list, or a stream read from a
    /// file): each is made compact as it comes, so the whole list of them
    /// need never exist.
    ///
    /// # Panics
    ///
    /// As [`QuoteGraph::build`].
    pub fn build_owned(
        articles: &[Article],
        quotes: impl IntoIterator<Item = Attributed>,
        mut entities: Vec<Entity>,
    ) -> QuoteGraph {
        // Each quotation becomes its occurrence at once (a record of
        // numbers in what will be the graph's table, each distinct string
        // stored once) plus what the build reads besides; the quotations
        // are freed before anything else is built.
        let mut quotes: Quotes = {
            let quotes = quotes.into_iter();
            let (lo, hi) = quotes.size_hint();
            let mut compact = Quotes::with_capacity(hi.unwrap_or(lo));
            for a in quotes {
                compact.push(a);
            }
            compact
        };
        let mut nodes: BTreeMap<String, Node> = BTreeMap::new();
        let mut edges: Vec<PendingEdge> = Vec::new();

        // Entities, merged by id; sorted first so that which name wins a
        // merge does not depend on input order. Each keeps its id (quotes
        // refer to it by index) and gives up the rest.
        let mut sorted: Vec<usize> = (0..entities.len()).collect();
        sorted.sort_by(|&a, &b| {
            let (a, b) = (&entities[a], &entities[b]);
            (&a.id, &a.name, a.kind, &a.aliases, &a.roles)
                .cmp(&(&b.id, &b.name, b.kind, &b.aliases, &b.roles))
        });
        for i in sorted {
            let e = &mut entities[i];
            assert!(
                !e.id.starts_with("article:") && !e.id.starts_with("stmt:"),
                "entity id {:?} uses a prefix reserved for articles and statements",
                e.id
            );
            let info = EntityInfo {
                name: std::mem::take(&mut e.name),
                aliases: std::mem::take(&mut e.aliases),
                variant_names: std::mem::take(&mut e.variant_names),
                roles: std::mem::take(&mut e.roles),
                affiliations: std::mem::take(&mut e.affiliations),
                // The ids into what will be the graph's store, which has
                // them from the quotations (the strings are freed).
                articles: DocSet::store(&mut quotes.occs.strings, &std::mem::take(&mut e.articles)),
            };
            match nodes.get_mut(&e.id).map(|n| &mut n.data) {
                Some(NodeData::Person(have) | NodeData::Organization(have)) => {
                    merge_entity(have, info, &mut quotes.occs.strings)
                }
                _ => {
                    let data = match e.kind {
                        EntityKind::Person => NodeData::Person(Box::new(info)),
                        EntityKind::Organization => NodeData::Organization(Box::new(info)),
                    };
                    nodes.insert(
                        e.id.clone(),
                        Node {
                            id: e.id.clone(),
                            data,
                        },
                    );
                }
            }
        }
        let speaker_of = |q: usize| -> Option<&str> {
            let i = quotes.entity[q];
            (i != NONE).then(|| {
                entities
                    .get(i as usize)
                    .unwrap_or_else(|| {
                        panic!(
                            "quote in {:?} refers to entity {i}, but there are {} entities",
                            quotes.occ(q).doc(),
                            entities.len()
                        )
                    })
                    .id
                    .as_str()
            })
        };

        crate::probe::at("graph: entities");
        // Affiliations, resolved against organization names and aliases.
        let orgs = OrgLookup::new(&nodes);
        let mut affiliations: BTreeSet<(String, String)> = BTreeSet::new();
        let mut created: BTreeMap<String, Node> = BTreeMap::new();
        for node in nodes.values() {
            let Some(info) = node.as_entity() else {
                continue;
            };
            for aff in &info.affiliations {
                let org_id = match orgs.find(aff) {
                    Some(id) => id.to_owned(),
                    None => {
                        let id = created_org_id(aff, &nodes, &created);
                        created.entry(id.clone()).or_insert_with(|| Node {
                            id: id.clone(),
                            data: NodeData::Organization(Box::new(EntityInfo {
                                name: aff.clone(),
                                aliases: NameSet::from_iter([aff.clone()]),
                                ..EntityInfo::default()
                            })),
                        });
                        id
                    }
                };
                if org_id != node.id {
                    affiliations.insert((node.id.clone(), org_id));
                }
            }
        }
        nodes.append(&mut created);
        for (person, org) in affiliations {
            let role = affiliation_role(&nodes[&person], &nodes[&org]);
            edges.push(PendingEdge {
                edge: EdgeData::AffiliatedWith {
                    role: role.map(Role::from),
                },
                source: person.into(),
                target: org.into(),
            });
        }

        crate::probe::at("graph: affiliations");
        // Articles: given metadata, else a bare node for each doc quoted.
        let mut docs: BTreeMap<&str, ArticleInfo> = BTreeMap::new();
        let mut sorted: Vec<&Article> = articles.iter().collect();
        sorted.sort_by(|a, b| {
            (&a.id, &a.title, &a.source, &a.url, &a.date, &a.lang)
                .cmp(&(&b.id, &b.title, &b.source, &b.url, &b.date, &b.lang))
        });
        for a in sorted {
            let info = docs.entry(a.id.as_str()).or_insert_with(|| ArticleInfo {
                doc: a.id.clone(),
                ..ArticleInfo::default()
            });
            fill(&mut info.title, &a.title);
            fill(&mut info.source, &a.source);
            fill(&mut info.url, &a.url);
            fill(&mut info.date, &a.date);
            fill(&mut info.lang, &a.lang);
        }
        let mut quote_langs: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
        for q in 0..quotes.len() {
            let doc = quotes.occ(q).doc();
            docs.entry(doc).or_insert_with(|| ArticleInfo {
                doc: doc.to_owned(),
                ..ArticleInfo::default()
            });
            let lang = quotes.lang(q);
            if !lang.is_empty() {
                quote_langs.entry(doc).or_default().push(lang);
            }
        }
        for (doc, info) in &mut docs {
            if info.lang.is_none() {
                info.lang = quote_langs
                    .get(doc)
                    .and_then(|langs| most_frequent(langs.iter().copied()))
                    .map(str::to_owned);
            }
        }
        // Locals live to the end of the function unless dropped: what the
        // build no longer needs is dropped as it goes (this list held a
        // reference per quotation).
        drop(quote_langs);
        // In doc order, which is id order (one prefix); kept apart from the
        // entities (their ids cannot start with `article:`).
        let article_nodes: Vec<Node> = docs
            .into_values()
            .map(|info| Node {
                id: QuoteGraph::article_id(&info.doc),
                data: NodeData::Article(Box::new(info)),
            })
            .collect();

        // Cites: organizations speaking in, or cited by, an article's quotes.
        let mut cites: BTreeMap<(String, String), CiteVias> = BTreeMap::new();
        for q in 0..quotes.len() {
            let article = QuoteGraph::article_id(quotes.occ(q).doc());
            if let Some(id) = speaker_of(q)
                && matches!(nodes[id].data, NodeData::Organization(_))
            {
                cites
                    .entry((article.clone(), id.to_owned()))
                    .or_default()
                    .insert(CiteVia::Speaker);
            }
            if let Some(org) = quotes.occ(q).cited().and_then(|c| orgs.find(c)) {
                cites
                    .entry((article, org.to_owned()))
                    .or_default()
                    .insert(CiteVia::Cited);
            }
        }
        for ((article, org), via) in cites {
            edges.push(PendingEdge {
                edge: EdgeData::Cites { via },
                source: article.into(),
                target: org.into(),
            });
        }
        drop(orgs);

        // Statements: nodes and `said` edges first, while the quotes are
        // whole.
        crate::probe::at("graph: articles, cites");
        let clusters = cluster_quotes(&quotes, speaker_of);
        crate::probe::at("graph: clusters");
        let mut stmt_ids: Vec<Rc<str>> = Vec::with_capacity(clusters.len());
        // Statement nodes, apart from the others (no other id starts with
        // `stmt:`).
        let mut stmt_nodes: BTreeMap<Rc<str>, Node> = BTreeMap::new();
        // The edges still to come, so that the list is not grown by doubling.
        let links: usize = clusters.iter().map(|(_, l)| l.len()).sum();
        edges.reserve_exact(clusters.len() + links);
        // The speaker's id shared by its `said` edges (clusters come by
        // speaker).
        let mut said_by: Option<Rc<str>> = None;
        // Each statement's text, id hash and speaker name, in parallel a
        // block at a time (so that only one block's texts are ever held
        // apart from the string store); the ids (which depend on the
        // statements before) in order.
        for block in clusters.chunks(STATEMENT_BLOCK) {
            let prepared: Vec<(String, u64, Option<String>)> = block
                .par_iter()
                .map(|(cluster, _)| {
                    let members = &cluster.quotes;
                    let wordings: Vec<&str> = members
                        .iter()
                        .map(|&q| quotes.occ(q as usize).quote())
                        .collect();
                    let text = representative(&wordings);
                    let speaker = cluster.speaker.unwrap_or("");
                    let key = format!("{speaker}\u{1f}{}", normalize_text(&text));
                    let hash = fnv1a64(key.as_bytes());
                    let speaker_name = match cluster.speaker {
                        Some(s) => nodes[s].as_entity().map(|e| e.name.clone()),
                        None => most_frequent(
                            members
                                .iter()
                                .filter_map(|&q| quotes.speaker(q as usize))
                                .filter(|s| !s.trim().is_empty()),
                        )
                        .map(str::to_owned),
                    };
                    (text, hash, speaker_name)
                })
                .collect();
            for ((cluster, _), (text, hash, speaker_name)) in block.iter().zip(prepared) {
                let stem = format!("stmt:{hash:016x}");
                let mut id = stem[..17].to_owned();
                let mut n = 1;
                while stmt_nodes.contains_key(id.as_str()) {
                    n += 1;
                    id = format!("{}-{n}", &stem[..17]);
                }
                // One copy of the id shared by the list, the map and the edges
                // (and the node's own).
                let shared: Rc<str> = id.as_str().into();
                if let Some(s) = cluster.speaker {
                    let source = match &said_by {
                        Some(have) if **have == *s => have.clone(),
                        _ => said_by.insert(s.into()).clone(),
                    };
                    edges.push(PendingEdge {
                        edge: EdgeData::Said,
                        source,
                        target: shared.clone(),
                    });
                }
                // The strings go into what will be the graph's store: the text
                // is most often a quotation's wording, the name a quotation's
                // speaker string, stored already.
                let st = &mut quotes.occs.strings;
                let data = StatementData {
                    text: st.intern(&text),
                    speaker: st.intern_opt(cluster.speaker),
                    speaker_name: st.intern_opt(speaker_name.as_deref()),
                };
                stmt_nodes.insert(
                    shared.clone(),
                    Node {
                        id,
                        data: NodeData::Statement(data),
                    },
                );
                stmt_ids.push(shared);
            }
        }
        drop(said_by);
        for (i, (_, links)) in clusters.iter().enumerate() {
            for link in links {
                let j = link.other;
                let (mut src, mut dst) = (i, j);
                if link.relation == VariantRelation::Similar {
                    // Point from the less reported wording to the more
                    // reported one; ties by id.
                    let weight =
                        |k: usize| (std::cmp::Reverse(clusters[k].0.quotes.len()), &stmt_ids[k]);
                    if weight(i) < weight(j) {
                        (src, dst) = (j, i);
                    }
                }
                let similarity = match link.relation {
                    VariantRelation::Similar => link.best,
                    // Read from the nodes (few links are stitched), not
                    // from a second copy of every statement's text.
                    VariantRelation::Stitched => similarity(
                        stmt_text(&stmt_nodes, &quotes.occs.strings, &stmt_ids[i]),
                        stmt_text(&stmt_nodes, &quotes.occs.strings, &stmt_ids[j]),
                    ),
                };
                edges.push(PendingEdge {
                    edge: EdgeData::VariantOf(Variant {
                        similarity: round3(similarity),
                        relation: link.relation,
                    }),
                    source: stmt_ids[src].clone(),
                    target: stmt_ids[dst].clone(),
                });
            }
        }
        crate::probe::at("graph: statements, variants");
        // Then one `reported_in` edge per occurrence, which takes the
        // quotation's strings. These edges (most of the graph's) are not
        // held as pending edges: statement by statement in id order, each
        // statement's occurrences in cluster order, is their sorted order
        // (the source decides first, and a cluster's quotes are sorted by
        // doc, which orders the article ids, then offsets, then the rest
        // of the quotation, the order in which they were made before), so
        // they are inserted straight from the occurrences.
        // Each statement's quotations in one flat list (a list per
        // statement took a header and an allocation each).
        let mut members = Members {
            start: Vec::with_capacity(clusters.len() + 1),
            quotes: Vec::with_capacity(quote_count(&clusters)),
        };
        for (c, _) in clusters {
            members.start.push(members.quotes.len() as u32);
            members.quotes.extend_from_slice(&c.quotes);
        }
        members.start.push(members.quotes.len() as u32);
        // The occurrences become the graph's table as they are (edge `i`
        // of a statement holds the number of its quotation).
        let occs = quotes.into_occurrences();
        let mut by_id: Vec<u32> = (0..stmt_ids.len() as u32).collect();
        by_id.sort_unstable_by(|&a, &b| stmt_ids[a as usize].cmp(&stmt_ids[b as usize]));
        // The entities gave their data to their nodes; their ids were read
        // through the clusters, which are gone.
        drop(entities);

        crate::probe::at("graph: reported_in");
        // Insert in content order: by kind (articles, people, organizations,
        // statements: `NodeKind::ALL`), then id. Each kind's nodes are in
        // id order already, in a list or map of their own (the entities'
        // map holds people and organizations: the few organizations wait in
        // a list), so no node is copied into a sorted list beside the graph.
        let node_count = article_nodes.len() + nodes.len() + stmt_nodes.len();
        let mut graph = QuoteGraph::with_capacity(node_count, edges.len() + occs.records.len());
        graph.occs = occs;
        let mut later: Vec<Node> = Vec::new();
        let people = nodes.into_values().filter_map(|node| match node.data {
            NodeData::Person(_) => Some(node),
            _ => {
                later.push(node);
                None
            }
        });
        let all = article_nodes.into_iter().chain(people);
        for node in all {
            graph.add_node(node).expect("node ids are unique");
        }
        for node in later.into_iter().chain(stmt_nodes.into_values()) {
            graph.add_node(node).expect("node ids are unique");
        }
        crate::probe::at("graph: nodes inserted");
        // A stable sort of edge numbers (4 bytes each) instead of the edges:
        // the same order without a merge buffer of half the edges. Edges
        // with equal kinds, endpoints and offsets have equal ids (the id is
        // derived from those), so the ids need no comparing.
        let mut order: Vec<u32> = (0..edges.len() as u32).collect();
        order.sort_by(|&a, &b| {
            let (a, b) = (&edges[a as usize], &edges[b as usize]);
            (edge_rank(&a.edge), &a.source, &a.target).cmp(&(
                edge_rank(&b.edge),
                &b.source,
                &b.target,
            ))
        });
        crate::probe::at("graph: edges sorted");
        let reported_rank = EdgeKind::ReportedIn.rank();
        let mut reported = Some(Reported {
            members,
            by_id,
            stmt_ids,
        });
        let mut edges: Vec<Option<PendingEdge>> = edges.into_iter().map(Some).collect();
        for i in order {
            let pending = edges[i as usize].take().expect("each edge once");
            if edge_rank(&pending.edge) > reported_rank
                && let Some(r) = reported.take()
            {
                add_reported_in(&mut graph, r);
            }
            graph.add_derived_edge(&pending.source, &pending.target, pending.edge);
        }
        if let Some(r) = reported.take() {
            add_reported_in(&mut graph, r);
        }
        graph.occs.seal();
        graph
    }
}

/// What the `reported_in` edges are made of (see [`add_reported_in`]).
struct Reported {
    /// Each statement's quotations (numbers of their occurrences in the
    /// graph's table), in order.
    members: Members,
    /// Statement numbers in id order.
    by_id: Vec<u32>,
    /// Each statement's node id.
    stmt_ids: Vec<Rc<str>>,
}

/// Adds the `reported_in` edges, statement by statement in id order, each
/// statement's occurrences in order.
fn add_reported_in(graph: &mut QuoteGraph, r: Reported) {
    let Reported {
        members,
        by_id,
        stmt_ids,
    } = r;
    for s in by_id {
        let source = &stmt_ids[s as usize];
        for &i in members.of(s as usize) {
            let o = OccurrenceId(i);
            let Some(occ) = graph.occs.get(o) else {
                unreachable!("each quotation has its occurrence");
            };
            let target = QuoteGraph::article_id(occ.doc());
            graph.add_derived_edge(source, &target, EdgeData::ReportedIn(o));
        }
    }
}

/// Each statement's quotations, statement after statement.
struct Members {
    /// Statement `s`'s quotations are `quotes[start[s]..start[s + 1]]`.
    start: Vec<u32>,
    quotes: Vec<u32>,
}

impl Members {
    fn of(&self, s: usize) -> &[u32] {
        &self.quotes[self.start[s] as usize..self.start[s + 1] as usize]
    }
}

/// The number of quotations in the clusters.
fn quote_count(clusters: &[(Cluster<'_>, Vec<Link>)]) -> usize {
    clusters.iter().map(|(c, _)| c.quotes.len()).sum()
}

/// A `variant_of` link from one cluster to another.
struct Link {
    other: usize,
    relation: VariantRelation,
    /// The best similarity of any two wordings of the clusters.
    best: f64,
}

/// Groups quotes into statement clusters, each with its outgoing links
/// (indices into the returned list). Sorted by speaker, then wording.
fn cluster_quotes<'a>(
    quotes: &Quotes,
    speaker_of: impl Fn(usize) -> Option<&'a str>,
) -> Vec<(Cluster<'a>, Vec<Link>)> {
    // Each distinct quote text normalized once (on a big corpus a text
    // recurs about three times: stories and templated quotes), and each
    // quotation pointing at its text's form.
    let mut distinct: rustc_hash::FxHashMap<&str, u32> = rustc_hash::FxHashMap::default();
    let mut texts: Vec<&str> = Vec::new();
    let form: Vec<u32> = (0..quotes.len())
        .map(|q| {
            let quote = quotes.occ(q).quote();
            *distinct.entry(quote).or_insert_with(|| {
                texts.push(quote);
                texts.len() as u32 - 1
            })
        })
        .collect();
    drop(distinct);
    let norms: Vec<String> = texts.par_iter().map(|t| normalize_text(t)).collect();
    drop(texts);
    let wordings = Wordings::group((0..quotes.len()).map(speaker_of), &form, &norms);
    drop(form);
    // Each speaker's plan is independent of the others': planned in
    // parallel, put together in speaker order.
    let planned: Vec<(Vec<Vec<u32>>, Plan)> = wordings
        .speakers
        .par_iter()
        .map(|(_, groups)| {
            let keys = &wordings.keys[groups.start as usize..groups.end as usize];
            let texts: Vec<Vec<&str>> = keys.iter().map(|k| words(k)).collect();
            let p = plan(&texts);
            let members: Vec<Vec<u32>> = p
                .clusters
                .iter()
                .map(|members| {
                    let mut qs: Vec<u32> = members
                        .iter()
                        .flat_map(|&m| wordings.quotes_of(groups.start as usize + m))
                        .copied()
                        .collect();
                    qs.sort_by(|&a, &b| quotes.cmp(a as usize, b as usize));
                    qs.shrink_to_fit();
                    qs
                })
                .collect();
            (members, p)
        })
        .collect();
    let speakers: Vec<Option<&'a str>> = wordings.speakers.iter().map(|&(s, _)| s).collect();
    drop(wordings);
    drop(norms);
    let mut out: Vec<(Cluster<'a>, Vec<Link>)> = Vec::new();
    for (speaker, (members, p)) in speakers.into_iter().zip(planned) {
        let base = out.len();
        for qs in members {
            out.push((
                Cluster {
                    speaker,
                    quotes: qs,
                },
                Vec::new(),
            ));
        }
        // Cluster numbers in a plan follow their smallest member, which is
        // sorted wording order, so `base + c` is stable.
        for &(l, s) in &p.stitched {
            out[base + l].1.push(Link {
                other: base + s,
                relation: VariantRelation::Stitched,
                best: 0.0,
            });
        }
        for &(a, b, d) in &p.variants {
            out[base + a].1.push(Link {
                other: base + b,
                relation: VariantRelation::Similar,
                best: d,
            });
        }
    }
    out
}

/// Quotations grouped by speaker, then by normalized wording, both
/// ascending, each group's quotation numbers ascending: what a map of
/// speakers to maps of wordings to lists gave, in flat arrays (a sort of
/// 12 bytes per quotation instead of a tree entry and a list per wording:
/// on a big corpus there are about as many wordings as quotations).
#[derive(Debug, PartialEq)]
struct Wordings<'a, 'n> {
    /// Each speaker and the range of its groups.
    speakers: Vec<(Option<&'a str>, std::ops::Range<u32>)>,
    /// Each group's normalized wording.
    keys: Vec<&'n str>,
    /// Group `g`'s quotations are `quotes[start[g]..start[g + 1]]`.
    start: Vec<u32>,
    /// Quotation numbers, group after group.
    quotes: Vec<u32>,
}

impl<'a, 'n> Wordings<'a, 'n> {
    /// Groups quotation `i` (speaker `speakers[i]`, normalized wording
    /// `norms[form[i]]`).
    fn group(
        speakers: impl Iterator<Item = Option<&'a str>>,
        form: &[u32],
        norms: &'n [String],
    ) -> Self {
        // Wordings ranked by spelling (equal ones share a rank), speakers
        // likewise; then one sort of (speaker, wording, quotation).
        let mut by_text: Vec<u32> = (0..norms.len() as u32).collect();
        by_text.sort_unstable_by(|&a, &b| norms[a as usize].cmp(&norms[b as usize]));
        let mut norm_rank: Vec<u32> = vec![0; norms.len()];
        let mut rank_text: Vec<u32> = Vec::new();
        for (k, &t) in by_text.iter().enumerate() {
            if k == 0 || norms[t as usize] != norms[by_text[k - 1] as usize] {
                rank_text.push(t);
            }
            norm_rank[t as usize] = rank_text.len() as u32 - 1;
        }
        drop(by_text);
        let mut speaker_no: rustc_hash::FxHashMap<Option<&'a str>, u32> =
            rustc_hash::FxHashMap::default();
        let quote_speaker: Vec<u32> = speakers
            .map(|s| {
                let next = speaker_no.len() as u32;
                *speaker_no.entry(s).or_insert(next)
            })
            .collect();
        let mut names: Vec<(Option<&'a str>, u32)> = speaker_no.into_iter().collect();
        names.sort_unstable();
        let mut speaker_rank: Vec<u32> = vec![0; names.len()];
        for (r, &(_, no)) in names.iter().enumerate() {
            speaker_rank[no as usize] = r as u32;
        }
        let mut keyed: Vec<(u32, u32, u32)> = quote_speaker
            .iter()
            .zip(form)
            .enumerate()
            .map(|(i, (&s, &f))| (speaker_rank[s as usize], norm_rank[f as usize], i as u32))
            .collect();
        drop(quote_speaker);
        keyed.sort_unstable();
        let mut w = Wordings {
            speakers: Vec::with_capacity(names.len()),
            keys: Vec::new(),
            start: Vec::new(),
            quotes: Vec::with_capacity(keyed.len()),
        };
        let mut last: Option<(u32, u32)> = None;
        for &(s, n, i) in &keyed {
            if last.map(|(ls, _)| ls) != Some(s) {
                let g = w.keys.len() as u32;
                w.speakers.push((names[s as usize].0, g..g));
            }
            if last != Some((s, n)) {
                w.keys.push(&norms[rank_text[n as usize] as usize]);
                w.start.push(w.quotes.len() as u32);
                w.speakers.last_mut().expect("pushed above").1.end += 1;
            }
            w.quotes.push(i);
            last = Some((s, n));
        }
        w.start.push(w.quotes.len() as u32);
        w
    }

    /// The quotations of group `g`, ascending.
    fn quotes_of(&self, g: usize) -> &[u32] {
        &self.quotes[self.start[g] as usize..self.start[g + 1] as usize]
    }
}

/// The text of the statement node `id` among `nodes`, whose strings are
/// numbers of `strings`.
fn stmt_text<'a>(nodes: &BTreeMap<Rc<str>, Node>, strings: &'a Strings, id: &str) -> &'a str {
    match &nodes[id].data {
        NodeData::Statement(s) => strings.get(s.text),
        _ => unreachable!("statement ids name statement nodes"),
    }
}

/// The Dice similarity of the representative wordings of two statements.
fn similarity(a: &str, b: &str) -> f64 {
    let (na, nb) = (normalize_text(a), normalize_text(b));
    let set = |norm| {
        let mut w = words(norm);
        w.sort_unstable();
        w.dedup();
        w
    };
    dice(&set(&na), &set(&nb))
}

fn round3(x: f64) -> f64 {
    (x * 1000.0).round() / 1000.0
}

/// The statement text: the most frequent wording (trimmed, NFC), ties by
/// longest, then smallest.
fn representative(quotes: &[&str]) -> String {
    let mut counts: BTreeMap<String, usize> = BTreeMap::new();
    for q in quotes {
        *counts.entry(display_text(q)).or_default() += 1;
    }
    counts
        .into_iter()
        .max_by(|(a, ca), (b, cb)| {
            ca.cmp(cb)
                .then(a.chars().count().cmp(&b.chars().count()))
                .then(b.cmp(a))
        })
        .map(|(t, _)| t)
        .unwrap_or_default()
}

/// A quote as shown: NFC, whitespace collapsed, without the trailing comma
/// English puts inside closing quotation marks.
fn display_text(quote: &str) -> String {
    // Most quotes are already NFC (all ASCII ones are): no copy through the
    // normalizer then.
    let nfc;
    let s: &str = if unicode_normalization::is_nfc_quick(quote.chars())
        == unicode_normalization::IsNormalized::Yes
    {
        quote
    } else {
        nfc = quote.nfc().collect::<String>();
        &nfc
    };
    let s = s.split_whitespace().collect::<Vec<_>>().join(" ");
    s.trim_end_matches([',', ';', ':']).trim_end().to_owned()
}

/// The quotations in the build: their occurrences (in quotation order,
/// what becomes the graph's table) and what else the build reads of them,
/// one array each.
struct Quotes {
    occs: Occurrences,
    /// The speaker entity's index, [`NONE`] for none.
    entity: Vec<u32>,
    /// The speaker string (canonical name, or as mined when unresolved).
    speaker: Vec<Sym>,
    lang: Vec<Sym>,
    /// The confidence as mined (the occurrence's is clamped to 0..=1).
    confidence: Vec<f32>,
}

impl Quotes {
    fn with_capacity(n: usize) -> Self {
        Quotes {
            occs: Occurrences::with_capacity(n),
            entity: Vec::with_capacity(n),
            speaker: Vec::with_capacity(n),
            lang: Vec::with_capacity(n),
            confidence: Vec::with_capacity(n),
        }
    }

    /// Takes in a quotation (each distinct string stored once).
    fn push(&mut self, a: Attributed) {
        let q = a.quotation;
        let confidence = if q.confidence.is_nan() {
            0.0
        } else {
            q.confidence.clamp(0.0, 1.0)
        };
        self.occs
            .push_strs((&q).into(), (q.start, q.end), q.kind, confidence);
        let st = &mut self.occs.strings;
        let speaker = st.intern_opt(q.speaker.as_deref());
        let lang = st.intern(&q.lang);
        // An index past `u32` is out of range of any list of entities (the
        // build says so when it reads it).
        self.entity.push(
            a.entity
                .map_or(NONE, |i| u32::try_from(i).unwrap_or(NONE - 1)),
        );
        self.speaker.push(speaker);
        self.lang.push(lang);
        self.confidence.push(q.confidence);
    }

    fn len(&self) -> usize {
        self.entity.len()
    }

    /// The occurrence of quotation `q`.
    fn occ(&self, q: usize) -> OccurrenceRef<'_> {
        let Some(o) = self.occs.get(OccurrenceId(q as u32)) else {
            unreachable!("quotation {q} has its occurrence");
        };
        o
    }

    fn speaker(&self, q: usize) -> Option<&str> {
        self.occs.strings.opt(self.speaker[q])
    }

    fn lang(&self, q: usize) -> &str {
        self.occs.strings.get(self.lang[q])
    }

    /// A total order on quotations by content, for stable occurrence order
    /// (the raw confidence last, as mined).
    fn cmp(&self, a: usize, b: usize) -> Ordering {
        let (x, y) = (self.occ(a), self.occ(b));
        (x.doc(), x.start(), x.end(), x.quote(), x.cue(), x.kind())
            .cmp(&(y.doc(), y.start(), y.end(), y.quote(), y.cue(), y.kind()))
            .then_with(|| {
                (
                    x.rule(),
                    x.speaker_mention(),
                    x.cited(),
                    x.role(),
                    self.speaker(a),
                )
                    .cmp(&(
                        y.rule(),
                        y.speaker_mention(),
                        y.cited(),
                        y.role(),
                        self.speaker(b),
                    ))
            })
            .then(self.confidence[a].total_cmp(&self.confidence[b]))
    }

    /// The occurrences, the rest dropped.
    fn into_occurrences(self) -> Occurrences {
        self.occs
    }
}

/// The most frequent item; ties go to the smallest.
fn most_frequent<'a>(items: impl Iterator<Item = &'a str>) -> Option<&'a str> {
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for s in items {
        *counts.entry(s).or_default() += 1;
    }
    counts
        .into_iter()
        .max_by(|(a, ca), (b, cb)| ca.cmp(cb).then(b.cmp(a)))
        .map(|(s, _)| s)
}

fn fill(slot: &mut Option<String>, value: &Option<String>) {
    if slot.is_none() {
        slot.clone_from(value);
    }
}

/// Merges `more` into `have`; their article ids are numbers of `strings`.
fn merge_entity(have: &mut EntityInfo, more: EntityInfo, strings: &mut Strings) {
    if have.name.is_empty() {
        have.name = more.name.clone();
    }
    have.aliases.extend(more.aliases);
    have.aliases.insert(more.name);
    have.variant_names.extend(more.variant_names);
    have.roles.extend(more.roles);
    have.affiliations.extend(more.affiliations);
    let docs: NameSet = (have.articles.0.iter())
        .chain(more.articles.0.iter())
        .map(|&sym| strings.get(sym).to_owned())
        .collect();
    have.articles = DocSet::store(strings, &docs);
}

/// Organization names, aliases and ids -> organization id. A canonical
/// name beats an alias; ties go to the smallest id.
struct OrgLookup(HashMap<String, (u8, String)>);

impl OrgLookup {
    fn new(nodes: &BTreeMap<String, Node>) -> Self {
        let mut map: HashMap<String, (u8, String)> = HashMap::new();
        let mut put = |key: String, rank: u8, id: &str| {
            if key.is_empty() {
                return;
            }
            let cand = (rank, id.to_owned());
            match map.get(&key) {
                Some(have) if *have <= cand => {}
                _ => {
                    map.insert(key, cand);
                }
            }
        };
        for node in nodes.values() {
            if let NodeData::Organization(info) = &node.data {
                put(node.id.clone(), 0, &node.id);
                put(normalize_text(&info.name), 1, &node.id);
                for alias in &info.aliases {
                    put(normalize_text(alias), 2, &node.id);
                }
            }
        }
        OrgLookup(map)
    }

    fn find(&self, name: &str) -> Option<&str> {
        self.0
            .get(name)
            .or_else(|| self.0.get(&normalize_text(name)))
            .map(|(_, id)| id.as_str())
    }
}

/// `org:<slug>` for an affiliation that names no known organization.
fn created_org_id(
    name: &str,
    nodes: &BTreeMap<String, Node>,
    created: &BTreeMap<String, Node>,
) -> String {
    let s = slug(name);
    let stem = if s.is_empty() {
        format!("org:{:012x}", fnv1a64(name.as_bytes()) >> 16)
    } else {
        format!("org:{s}")
    };
    let mut id = stem.clone();
    let mut n = 1;
    loop {
        let clash = match created.get(&id) {
            Some(node) => node.as_entity().is_none_or(|e| e.name != name),
            None => nodes.contains_key(&id),
        };
        if !clash {
            return id;
        }
        n += 1;
        id = format!("{stem}-{n}");
    }
}

/// The entity's roles that name the organization (by name or alias, as
/// whole words), `; `-joined.
fn affiliation_role(person: &Node, org: &Node) -> Option<String> {
    let (Some(p), Some(o)) = (person.as_entity(), org.as_entity()) else {
        return None;
    };
    let names: BTreeSet<String> = std::iter::once(&o.name)
        .chain(&o.aliases)
        .map(|n| normalize_text(n))
        .filter(|n| !n.is_empty())
        .collect();
    let roles: Vec<&str> = p
        .roles
        .iter()
        .filter(|role| {
            let r = format!(" {} ", normalize_text(role));
            names.iter().any(|n| r.contains(&format!(" {n} ")))
        })
        .map(String::as_str)
        .collect();
    (!roles.is_empty()).then(|| roles.join("; "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn representative_prefers_frequent_then_long_then_small() {
        assert_eq!(
            representative(&["short one", "a longer wording", "short one,"]),
            "short one"
        );
        assert_eq!(representative(&["bbb", "aaa"]), "aaa");
        assert_eq!(representative(&["bbbb", "aaa"]), "bbbb");
    }

    #[test]
    fn display_text_trims_trailing_comma_and_space() {
        assert_eq!(display_text("  in that effort,\n "), "in that effort");
        assert_eq!(display_text("a\n b"), "a b");
    }

    #[test]
    fn wordings_group_by_speaker_then_wording() {
        let norms: Vec<String> = ["b c", "a", "b c", "d"].map(String::from).into();
        let speakers = [Some("y"), None, Some("x"), Some("y"), Some("x")];
        let form = [0, 1, 1, 2, 3];
        let w = Wordings::group(speakers.into_iter(), &form, &norms);
        assert_eq!(
            w.speakers,
            vec![(None, 0..1), (Some("x"), 1..3), (Some("y"), 3..4)]
        );
        assert_eq!(w.keys, vec!["a", "a", "d", "b c"]);
        let groups: Vec<&[u32]> = (0..w.keys.len()).map(|g| w.quotes_of(g)).collect();
        assert_eq!(groups, vec![&[1][..], &[2], &[4], &[0, 3]]);
    }

    proptest::proptest! {
        /// The flat grouping holds what the map of speakers to maps of
        /// wordings to quotation lists held (the structure it replaces).
        #[test]
        fn wordings_match_nested_maps(
            norms in proptest::collection::vec("[ab ]{0,3}", 1..8),
            quotes in proptest::collection::vec(
                (proptest::option::of("[xyz]{0,2}"), 0usize..8), 0..40),
        ) {
            let form: Vec<u32> = quotes.iter().map(|(_, f)| (f % norms.len()) as u32).collect();
            let mut want: BTreeMap<Option<&str>, BTreeMap<&str, Vec<u32>>> = BTreeMap::new();
            for (i, ((s, _), &f)) in quotes.iter().zip(&form).enumerate() {
                want.entry(s.as_deref())
                    .or_default()
                    .entry(norms[f as usize].as_str())
                    .or_default()
                    .push(i as u32);
            }
            let w = Wordings::group(quotes.iter().map(|(s, _)| s.as_deref()), &form, &norms);
            // Compared as lists: the order is part of what is kept.
            type Flat<'s> = Vec<(Option<&'s str>, Vec<(&'s str, Vec<u32>)>)>;
            let got: Flat<'_> = w
                .speakers
                .iter()
                .map(|(s, groups)| {
                    let g = groups.start as usize..groups.end as usize;
                    (*s, g.map(|g| (w.keys[g], w.quotes_of(g).to_vec())).collect())
                })
                .collect();
            let want: Flat<'_> = want
                .into_iter()
                .map(|(s, inner)| (s, inner.into_iter().collect()))
                .collect();
            proptest::prop_assert_eq!(got, want);
        }
    }

    #[test]
    fn most_frequent_ties_to_smallest() {
        assert_eq!(most_frequent(["b", "a", "b", "a"].into_iter()), Some("a"));
        assert_eq!(most_frequent(["b", "a", "b"].into_iter()), Some("b"));
        assert_eq!(most_frequent(std::iter::empty()), None);
    }
}
