//! Resolution: article-local entities -> corpus entities, and quotations ->
//! the entity that said them.
//!
//! Rules, in order:
//! 1. the same full name (folded: case, diacritics, a leading `the`) merges;
//! 2. a different given name with the same surname merges only with
//!    evidence: the given names are alike (same initial or at most two edits
//!    apart), the two never appear side by side in one article, and they
//!    share a role or their articles tell the same story (share named
//!    entities). The minority form is kept as a name variant;
//! 3. a surname alone merges with the one full name it fits, the one whose
//!    articles are closest when several fit;
//! 4. organizations merge by name and acronym.
//!
//! Blocking by surname key keeps this near-linear in corpus size.

use crate::mine::MinedArticle;
use crate::mine::mentions::{acronym_of, is_acronym};
use crate::model::{Attributed, Entity, EntityKind};
use crate::text::fold;
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

/// The corpus after resolution.
#[derive(Clone, Debug, Default)]
pub struct Resolved {
    /// Corpus entities, sorted by id.
    pub entities: Vec<Entity>,
    /// Every quotation, articles in input order, speakers canonical.
    pub quotes: Vec<Attributed>,
}

struct Local {
    art: usize,
    kind: EntityKind,
    forms: Vec<(String, usize)>,
    key: Vec<String>,
    roles: BTreeSet<String>,
    affiliations: BTreeSet<String>,
    acronyms: BTreeSet<String>,
    titled: BTreeSet<String>,
}

struct Dsu(Vec<usize>);

impl Dsu {
    fn find(&mut self, x: usize) -> usize {
        let mut r = x;
        while self.0[r] != r {
            r = self.0[r];
        }
        let mut x = x;
        while self.0[x] != r {
            let n = self.0[x];
            self.0[x] = r;
            x = n;
        }
        r
    }
    fn union(&mut self, a: usize, b: usize) {
        let (a, b) = (self.find(a), self.find(b));
        if a != b {
            let (lo, hi) = if a < b { (a, b) } else { (b, a) };
            self.0[hi] = lo;
        }
    }
}

/// Edit distance, for telling a misspelt given name from another name.
fn edits(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for i in 1..=a.len() {
        let mut cur = vec![i; b.len() + 1];
        for j in 1..=b.len() {
            let sub = prev[j - 1] + usize::from(a[i - 1] != b[j - 1]);
            cur[j] = sub.min(prev[j] + 1).min(cur[j - 1] + 1);
        }
        prev = cur;
    }
    prev[b.len()]
}

fn jaccard(a: &HashSet<String>, b: &HashSet<String>) -> f64 {
    let inter = a.intersection(b).count();
    let union = a.len() + b.len() - inter;
    if union == 0 {
        0.0
    } else {
        inter as f64 / union as f64
    }
}

/// Share of named entities two articles must have in common to be taken for
/// the same story.
const SAME_STORY: f64 = 0.25;

/// A lowercase id fragment: letters and digits, the rest as dashes.
pub fn slug(s: &str) -> String {
    let f = fold(s);
    let mut out = String::with_capacity(f.len());
    for c in f.chars() {
        if c.is_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_string()
}

fn role_key(r: &str) -> String {
    fold(r).split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Resolves the entities of every mined article into corpus entities.
pub fn resolve(articles: &[MinedArticle]) -> Resolved {
    let mut locals: Vec<Local> = Vec::new();
    // Entities are gathered in article-id order, so that the result does not
    // depend on the order the articles came in (shards, folders, streams).
    let mut order: Vec<usize> = (0..articles.len()).collect();
    order.sort_by(|&x, &y| articles[x].doc.cmp(&articles[y].doc).then(x.cmp(&y)));
    let mut base: Vec<usize> = vec![0; articles.len()];
    for &ai in &order {
        let a = &articles[ai];
        base[ai] = locals.len();
        for e in &a.entities {
            locals.push(Local {
                art: ai,
                kind: e.kind,
                forms: e.forms.clone(),
                key: e.key.clone(),
                roles: e.roles.clone(),
                affiliations: e.affiliations.clone(),
                acronyms: e.acronyms.clone(),
                titled: e.titled.clone(),
            });
        }
    }
    // What each article is about: the surnames and organizations it names.
    let mut story: Vec<HashSet<String>> = vec![HashSet::new(); articles.len()];
    for l in &locals {
        if let Some(last) = l.key.last() {
            story[l.art].insert(last.clone());
        }
    }
    let mut dsu = Dsu((0..locals.len()).collect());

    // 1. Same full name (and, for organizations, the same name key).
    let mut by_key: HashMap<(EntityKind, Vec<String>), usize> = HashMap::new();
    for (i, l) in locals.iter().enumerate() {
        if l.key.is_empty() || (l.kind == EntityKind::Person && l.key.len() < 2) {
            continue;
        }
        match by_key.get(&(l.kind, l.key.clone())) {
            Some(&j) => dsu.union(i, j),
            None => {
                by_key.insert((l.kind, l.key.clone()), i);
            }
        }
    }

    // Blocks of people by surname.
    let mut by_surname: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    for (i, l) in locals.iter().enumerate() {
        if l.kind == EntityKind::Person
            && let Some(last) = l.key.last()
        {
            by_surname.entry(last.clone()).or_default().push(i);
        }
    }
    for members in by_surname.values() {
        let full: Vec<usize> = members
            .iter()
            .copied()
            .filter(|&i| locals[i].key.len() >= 2)
            .collect();
        // 2. Different given names with evidence, compared group by group
        // (one group per distinct full name).
        let mut groups: BTreeMap<usize, Group> = BTreeMap::new();
        for &i in &full {
            let g = groups.entry(dsu.find(i)).or_insert_with(|| Group {
                key: locals[i].key.clone(),
                ..Group::default()
            });
            g.arts.insert(locals[i].art);
            g.roles.extend(locals[i].roles.iter().map(|r| role_key(r)));
        }
        let roots: Vec<usize> = groups.keys().copied().collect();
        for (x, &ri) in roots.iter().enumerate() {
            for &rj in &roots[x + 1..] {
                let (a, b) = (&groups[&ri], &groups[&rj]);
                let (ga, gb) = (&a.key[0], &b.key[0]);
                let alike = ga.chars().next() == gb.chars().next() || edits(ga, gb) <= 2;
                let together = a.arts.intersection(&b.arts).next().is_some();
                let same_role = a.roles.intersection(&b.roles).next().is_some();
                let same_story = a.arts.iter().take(STORY_SAMPLE).any(|&x| {
                    b.arts
                        .iter()
                        .take(STORY_SAMPLE)
                        .any(|&y| jaccard(&story[x], &story[y]) >= SAME_STORY)
                });
                if alike
                    && !together
                    && (same_role || same_story)
                    && a.key.len() == b.key.len()
                    && dsu.find(ri) != dsu.find(rj)
                {
                    dsu.union(ri, rj);
                    let b = groups[&rj].clone();
                    let a = groups.get_mut(&ri).expect("present");
                    a.arts.extend(b.arts);
                    a.roles.extend(b.roles);
                }
            }
        }
        // 3. A surname alone joins the closest full name.
        for &i in members.iter().filter(|&&i| locals[i].key.len() == 1) {
            let mut groups: BTreeMap<usize, f64> = BTreeMap::new();
            for &j in &full {
                let g = dsu.find(j);
                let sim = jaccard(&story[locals[i].art], &story[locals[j].art]);
                let e = groups.entry(g).or_insert(0.0);
                *e = e.max(sim);
            }
            let best = groups
                .iter()
                .max_by(|a, b| a.1.total_cmp(b.1).then(b.0.cmp(a.0)));
            if let Some((&g, _)) = best {
                dsu.union(i, g);
            }
        }
    }

    // 4. Organizations by acronym and by a shorter form of the name.
    let orgs: Vec<usize> = (0..locals.len())
        .filter(|&i| locals[i].kind == EntityKind::Organization)
        .collect();
    let mut org_by_first: HashMap<char, Vec<usize>> = HashMap::new();
    for &i in &orgs {
        if locals[i].key.len() >= 2 {
            let initials: String = locals[i]
                .key
                .iter()
                .filter_map(|w| w.chars().next())
                .collect();
            for c in initials.chars().collect::<BTreeSet<_>>() {
                org_by_first.entry(c).or_default().push(i);
            }
        }
    }
    for &i in &orgs {
        let l = &locals[i];
        if l.key.len() != 1 {
            continue;
        }
        let surface = l.forms.first().map(|f| f.0.clone()).unwrap_or_default();
        if !is_acronym(&surface) {
            continue;
        }
        let first = fold(&surface).chars().next().unwrap_or(' ');
        let cands: Vec<usize> = org_by_first
            .get(&first)
            .into_iter()
            .flatten()
            .copied()
            .filter(|&j| {
                acronym_of(&surface, &locals[j].key) || locals[j].acronyms.contains(&surface)
            })
            .collect();
        if let Some(&j) = cands.first() {
            dsu.union(i, j);
        }
    }

    // Build the entities.
    let mut groups: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for i in 0..locals.len() {
        groups.entry(dsu.find(i)).or_default().push(i);
    }
    let mut entities: Vec<Entity> = Vec::with_capacity(groups.len());
    let mut local_to: Vec<usize> = vec![0; locals.len()];
    for members in groups.values() {
        let mut counts: BTreeMap<String, usize> = BTreeMap::new();
        let mut e = Entity {
            id: String::new(),
            kind: locals[members[0]].kind,
            name: String::new(),
            aliases: BTreeSet::new(),
            variant_names: BTreeSet::new(),
            roles: BTreeSet::new(),
            affiliations: BTreeSet::new(),
            articles: BTreeSet::new(),
        };
        for &i in members {
            let l = &locals[i];
            for (f, n) in &l.forms {
                *counts.entry(f.clone()).or_default() += n;
                e.aliases.insert(f.clone());
            }
            e.aliases.extend(l.titled.iter().cloned());
            e.roles.extend(l.roles.iter().cloned());
            e.affiliations.extend(l.affiliations.iter().cloned());
            e.aliases.extend(l.acronyms.iter().cloned());
            e.articles.insert(articles[l.art].doc.clone());
        }
        let max_words = counts
            .keys()
            .map(|f| f.split_whitespace().count())
            .max()
            .unwrap_or(0);
        let mut best: Option<(&String, usize)> = None;
        for (f, &n) in &counts {
            let words = f.split_whitespace().count();
            if max_words >= 2 && words < 2 || is_acronym(f) && counts.len() > 1 {
                continue;
            }
            // People: the most frequent full form (a misspelling stays a
            // minority). Organizations: the fullest form (`Tarsanian
            // Interior Ministry` over the shorter `Interior Ministry`).
            let fuller = |b: &String| words.cmp(&b.split_whitespace().count());
            let better = match best {
                None => true,
                Some((b, bn)) => {
                    let org_first = if e.kind == EntityKind::Organization {
                        fuller(b)
                    } else {
                        std::cmp::Ordering::Equal
                    };
                    org_first
                        .then(n.cmp(&bn))
                        .then(f.len().cmp(&b.len()))
                        .then(b.cmp(f))
                        .is_gt()
                }
            };
            if better {
                best = Some((f, n));
            }
        }
        e.name = best
            .map(|b| b.0.clone())
            .or_else(|| counts.keys().next().cloned())
            .unwrap_or_default();
        let canon = crate::mine::mentions::name_key(&e.name);
        for f in counts.keys() {
            let k = crate::mine::mentions::name_key(f);
            if k.len() >= 2 && canon.len() >= 2 && k.last() == canon.last() && k != canon {
                e.variant_names.insert(f.clone());
            }
        }
        let idx = entities.len();
        for &i in members {
            local_to[i] = idx;
        }
        entities.push(e);
    }
    // Stable ids and order.
    let mut order: Vec<usize> = (0..entities.len()).collect();
    for e in &mut entities {
        let prefix = match e.kind {
            EntityKind::Person => "person",
            EntityKind::Organization => "org",
        };
        e.id = format!("{prefix}:{}", slug(&e.name));
    }
    order.sort_by(|&a, &b| {
        entities[a]
            .id
            .cmp(&entities[b].id)
            .then(entities[a].articles.cmp(&entities[b].articles))
    });
    let mut new_index = vec![0; entities.len()];
    let mut sorted = Vec::with_capacity(entities.len());
    let mut used: HashMap<String, usize> = HashMap::new();
    for (n, &o) in order.iter().enumerate() {
        new_index[o] = n;
        let mut e = entities[o].clone();
        let count = used.entry(e.id.clone()).or_insert(0);
        *count += 1;
        if *count > 1 {
            e.id = format!("{}-{}", e.id, count);
        }
        sorted.push(e);
    }
    let mut quotes = Vec::new();
    for (ai, a) in articles.iter().enumerate() {
        for (q, le) in a.quotes.iter().zip(&a.quote_entity) {
            let entity = le.map(|l| new_index[local_to[base[ai] + l]]);
            let mut quotation = q.clone();
            if let Some(g) = entity {
                quotation.speaker = Some(sorted[g].name.clone());
            }
            quotes.push(Attributed { quotation, entity });
        }
    }
    Resolved {
        entities: sorted,
        quotes,
    }
}

#[derive(Clone, Default)]
struct Group {
    key: Vec<String>,
    arts: BTreeSet<usize>,
    roles: BTreeSet<String>,
}

/// How many articles of each name group are compared for the same-story test.
const STORY_SAMPLE: usize = 16;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn edit_distance() {
        assert_eq!(edits("josh", "john"), 2);
        assert_eq!(edits("george", "jeb"), 5);
    }

    #[test]
    fn slugs() {
        assert_eq!(slug("The Wall Street Journal"), "the-wall-street-journal");
        assert_eq!(slug("Nguyễn Phương Nga"), "nguyen-phuong-nga");
    }
}
