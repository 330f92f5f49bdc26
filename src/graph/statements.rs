//! Statement clustering for one speaker: distinct normalized wordings ->
//! clusters (equal or contained wording), stitched quotes, near variants.
//!
//! Nothing here compares all pairs: containment candidates come from an
//! index of word trigrams, variant candidates from a prefix-filtered index
//! of words (the All-Pairs similarity join of Bayardo et al., WWW 2007).

use std::collections::BTreeMap;

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

/// A quote shorter than this many words only merges with equal wording;
/// `the deal` must not swallow every sentence that mentions the deal.
pub const MIN_CONTAINED_WORDS: usize = 3;

/// Dice coefficient of word sets from which two statements are variants.
pub const VARIANT_MIN_DICE: f64 = 0.6;

/// The most `variant_of` links a statement keeps: a pair is kept when each
/// side is among the other's closest wordings. A speaker quoted thousands
/// of times says many things alike; linking them all would make the graph
/// grow with the square of their quotes.
pub const MAX_VARIANTS: usize = 3;

/// Share of a stitched quote that its parts must cover.
const STITCH_MIN_COVERAGE: f64 = 0.8;

/// How the distinct wordings of one speaker group into statements.
#[derive(Debug, Default, PartialEq)]
pub(crate) struct Plan {
    /// Each cluster lists indices into the input, ascending; clusters are
    /// ordered by their smallest member.
    pub clusters: Vec<Vec<usize>>,
    /// `(stitched, part)` cluster pairs, sorted, distinct.
    pub stitched: Vec<(usize, usize)>,
    /// `(a, b, dice)` cluster pairs with `a < b`, sorted, distinct.
    pub variants: Vec<(usize, usize, f64)>,
}

/// Groups the distinct normalized wordings of one speaker, given as word
/// lists. The result depends only on the input order, which the caller
/// sorts.
pub(crate) fn plan(texts: &[Vec<&str>]) -> Plan {
    let n = texts.len();
    let contained = containments(texts);

    // Parts of each container: only the maximal ones (not inside another
    // part), so that `A` inside `A+B` inside `A+B+C` chains through `A+B`.
    let contained_set: HashSet<(usize, usize)> =
        contained.iter().map(|&(s, l, _)| (s, l)).collect();
    let mut parts: BTreeMap<usize, Vec<(usize, usize)>> = BTreeMap::new();
    for &(s, l, pos) in &contained {
        parts.entry(l).or_default().push((s, pos));
    }
    let mut uf = UnionFind::new(n);
    let mut stitch_links: Vec<(usize, usize)> = Vec::new();
    for (&l, ps) in &parts {
        let maximal: Vec<(usize, usize)> = ps
            .iter()
            .copied()
            .filter(|&(s, _)| {
                !ps.iter()
                    .any(|&(o, _)| o != s && contained_set.contains(&(s, o)))
            })
            .collect();
        match stitch_parts(texts, l, &maximal) {
            Some(picked) => stitch_links.extend(picked.into_iter().map(|s| (l, s))),
            None => maximal.iter().for_each(|&(s, _)| uf.union(s, l)),
        }
    }

    let (clusters, cluster_of) = uf.clusters();
    let mut stitched: Vec<(usize, usize)> = stitch_links
        .iter()
        .map(|&(l, s)| (cluster_of[l], cluster_of[s]))
        .filter(|(a, b)| a != b)
        .collect();
    stitched.sort_unstable();
    stitched.dedup();

    let linked: HashSet<(usize, usize)> = stitched
        .iter()
        .flat_map(|&(a, b)| [(a, b), (b, a)])
        .collect();
    let best = variant_candidates(texts, &cluster_of, &linked, MAX_VARIANTS);
    let variants = nearest(best, MAX_VARIANTS);
    Plan {
        clusters,
        stitched,
        variants,
    }
}

/// The best Dice of each pair of clusters (`a < b`) whose wordings are
/// similar, leaving out pairs within a cluster, `linked` pairs, and pairs
/// that cannot be among the `k` closest of either cluster; [`nearest`] of
/// the result equals [`nearest`] of every similar pair.
///
/// While the similarity join runs, each cluster keeps its `k` closest
/// clusters found so far; the `k`-th of their similarities only grows. A
/// wording pair below that value for both its clusters is below their
/// final `k`-th closest too, so it is not among either's `k` closest, and
/// it cannot push another pair out of them either (every pair with at least
/// the `k`-th value, ties included, is kept). Such pairs are not stored,
/// and not even compared when their sizes alone bound their Dice below both
/// values: inside a big speaker's templated wordings the stored pairs stay
/// about `k` per cluster instead of growing with the square of the
/// wordings. Pairs within one cluster are not compared at all.
fn variant_candidates(
    texts: &[Vec<&str>],
    cluster_of: &[usize],
    linked: &HashSet<(usize, usize)>,
    k: usize,
) -> BTreeMap<(usize, usize), f64> {
    let clusters = cluster_of.iter().max().map_or(0, |&m| m + 1);
    // `top[c]`: up to `k` (best Dice so far, cluster) of cluster `c`.
    let mut top: Vec<Vec<(f64, usize)>> = vec![Vec::new(); clusters];
    let kth = |top: &[Vec<(f64, usize)>], c: usize| -> f64 {
        if top[c].len() < k {
            f64::NEG_INFINITY
        } else {
            top[c].iter().map(|x| x.0).fold(f64::INFINITY, f64::min)
        }
    };
    let offer = |list: &mut Vec<(f64, usize)>, d: f64, other: usize| {
        if let Some(x) = list.iter_mut().find(|x| x.1 == other) {
            x.0 = x.0.max(d);
        } else if list.len() < k {
            list.push((d, other));
        } else if let Some(min) = list.iter_mut().min_by(|x, y| x.0.total_cmp(&y.0))
            && d > min.0
        {
            *min = (d, other);
        }
    };
    let mut best: BTreeMap<(usize, usize), f64> = BTreeMap::new();
    similar_pairs_by(texts, VARIANT_MIN_DICE, |i, j, x, y, most| {
        let (a, b) = (cluster_of[i], cluster_of[j]);
        if a == b || linked.contains(&(a, b)) {
            return;
        }
        let floor = kth(&top, a).min(kth(&top, b));
        // Dice is at most 2 most / (|x| + |y|), `most` bounding the words
        // the two share.
        let bound = 2.0 * most as f64 / (x.len() + y.len()) as f64;
        if bound < floor {
            return;
        }
        let d = dice(x, y);
        if d < VARIANT_MIN_DICE - 1e-12 {
            return;
        }
        offer(&mut top[a], d, b);
        offer(&mut top[b], d, a);
        if d >= floor {
            let e = best.entry((a.min(b), a.max(b))).or_insert(d);
            if d > *e {
                *e = d;
            }
        }
    });
    best
}

/// The pairs of `pairs` that are among the `k` closest (highest Dice, then
/// lowest index) of both their members, sorted.
fn nearest(pairs: BTreeMap<(usize, usize), f64>, k: usize) -> Vec<(usize, usize, f64)> {
    let mut by_node: HashMap<usize, Vec<(f64, usize)>> = HashMap::default();
    for (&(a, b), &d) in &pairs {
        by_node.entry(a).or_default().push((d, b));
        by_node.entry(b).or_default().push((d, a));
    }
    let mut top: HashSet<(usize, usize)> = HashSet::default();
    for (&n, near) in &mut by_node {
        near.sort_unstable_by(|x, y| y.0.total_cmp(&x.0).then(x.1.cmp(&y.1)));
        top.extend(near.iter().take(k).map(|&(_, m)| (n, m)));
    }
    pairs
        .into_iter()
        .filter(|&((a, b), _)| top.contains(&(a, b)) && top.contains(&(b, a)))
        .map(|((a, b), d)| (a, b, d))
        .collect()
}

/// Every `(short, long, position)` where the words of `short` (at least
/// [`MIN_CONTAINED_WORDS`]) occur contiguously in the longer `long`.
fn containments(texts: &[Vec<&str>]) -> Vec<(usize, usize, usize)> {
    let mut by_trigram: HashMap<[&str; 3], Vec<usize>> = HashMap::default();
    for (i, t) in texts.iter().enumerate() {
        let mut seen = HashSet::default();
        for w in t.windows(3) {
            let key = [w[0], w[1], w[2]];
            if seen.insert(key) {
                by_trigram.entry(key).or_default().push(i);
            }
        }
    }
    let mut out = Vec::new();
    for (s, short) in texts.iter().enumerate() {
        if short.len() < MIN_CONTAINED_WORDS {
            continue;
        }
        let key = [short[0], short[1], short[2]];
        for &l in by_trigram.get(&key).into_iter().flatten() {
            if texts[l].len() > short.len()
                && let Some(pos) = find(&texts[l], short)
            {
                out.push((s, l, pos));
            }
        }
    }
    out.sort_unstable();
    out
}

/// The first position of `needle` as a contiguous run in `hay`.
fn find(hay: &[&str], needle: &[&str]) -> Option<usize> {
    if needle.is_empty() || needle.len() > hay.len() {
        return None;
    }
    hay.windows(needle.len()).position(|w| w == needle)
}

/// The parts `long` is stitched from, if it is: two or more contained
/// wordings that do not overlap and together cover most of it.
fn stitch_parts(
    texts: &[Vec<&str>],
    long: usize,
    maximal: &[(usize, usize)],
) -> Option<Vec<usize>> {
    if maximal.len() < 2 {
        return None;
    }
    let mut spans: Vec<(usize, std::cmp::Reverse<usize>, usize)> = maximal
        .iter()
        .map(|&(s, pos)| (pos, std::cmp::Reverse(texts[s].len()), s))
        .collect();
    spans.sort_unstable();
    let mut picked = Vec::new();
    let (mut end, mut covered) = (0, 0);
    for (pos, std::cmp::Reverse(len), s) in spans {
        if pos >= end {
            picked.push(s);
            end = pos + len;
            covered += len;
        }
    }
    let coverage = covered as f64 / texts[long].len() as f64;
    (picked.len() >= 2 && coverage >= STITCH_MIN_COVERAGE).then_some(picked)
}

/// Pairs `(i, j, dice)`, `i < j`, whose word sets have a Dice coefficient
/// of at least `min_dice`.
///
/// The All-Pairs join: sets are visited smallest first, and with words
/// ordered rarest first two sets with Jaccard `>= j` must share a word among
/// the first `|x| - ceil(j |x|) + 1` of each, so only those words are
/// indexed and probed; indexed sets smaller than `j |x|` are skipped for
/// good. Dice `t` is Jaccard `t / (2 - t)`.
#[cfg(test)]
pub(crate) fn similar_pairs(texts: &[Vec<&str>], min_dice: f64) -> Vec<(usize, usize, f64)> {
    let mut out = Vec::new();
    similar_pairs_by(texts, min_dice, |i, j, x, y, _| {
        let d = dice(x, y);
        if d >= min_dice - 1e-12 {
            out.push((i.min(j), i.max(j), d));
        }
    });
    out.sort_unstable_by_key(|a| (a.0, a.1));
    out
}

/// The candidate pairs of [`similar_pairs`]' join, each met once: `visit(i,
/// j, set_i, set_j, most)` gets the two texts' word sets (sorted ranks) and
/// a bound on the number of words they share, and does what it wants with
/// them. Pairs whose bound keeps their Dice below `min_dice` are not
/// visited.
///
/// The bound is the positional filter of PPJoin (Xiao et al., WWW 2008):
/// a pair is met first at its rarest common word (every rarer word of
/// either set lies in its indexed prefix, so an earlier common word would
/// have met it earlier), at positions `p` and `q` of the two sets, so they
/// share at most `1 + min(|x| - p - 1, |y| - q - 1)` words.
fn similar_pairs_by(
    texts: &[Vec<&str>],
    min_dice: f64,
    mut visit: impl FnMut(usize, usize, &[u32], &[u32], usize),
) {
    // Words become ranks, rarest first (ties by spelling), so that a sorted
    // set starts with its prefix and compares integers, not strings.
    let mut freq: HashMap<&str, usize> = HashMap::default();
    for t in texts {
        let distinct: HashSet<&str> = t.iter().copied().collect();
        for w in distinct {
            *freq.entry(w).or_default() += 1;
        }
    }
    let mut vocab: Vec<(&str, usize)> = freq.into_iter().collect();
    vocab.sort_unstable_by(|a, b| a.1.cmp(&b.1).then(a.0.cmp(b.0)));
    let rank: HashMap<&str, u32> = vocab
        .iter()
        .enumerate()
        .map(|(r, &(w, _))| (w, r as u32))
        .collect();
    let sets: Vec<Vec<u32>> = texts
        .iter()
        .map(|t| {
            let mut s: Vec<u32> = t.iter().map(|w| rank[w]).collect();
            s.sort_unstable();
            s.dedup();
            s
        })
        .collect();

    let jaccard = min_dice / (2.0 - min_dice);
    let mut order: Vec<usize> = (0..sets.len()).filter(|&i| !sets[i].is_empty()).collect();
    order.sort_unstable_by_key(|&i| (sets[i].len(), i));

    // Posting lists hold sets in visiting (size) order, each with the
    // word's position in it, with a start that moves past sets too small
    // for every later probe.
    let mut index: HashMap<u32, (usize, Vec<(usize, usize)>)> = HashMap::default();
    let mut stamp = vec![usize::MAX; sets.len()];
    for &i in &order {
        let s = &sets[i];
        let min_len = jaccard * s.len() as f64 - 1e-9;
        let need = min_len.ceil().max(1.0) as usize;
        let prefix = &s[..s.len() + 1 - need.min(s.len())];
        for (p, w) in prefix.iter().enumerate() {
            let Some((start, list)) = index.get_mut(w) else {
                continue;
            };
            while *start < list.len() && (sets[list[*start].0].len() as f64) < min_len {
                *start += 1;
            }
            for &(j, q) in &list[*start..] {
                if stamp[j] == i {
                    continue;
                }
                stamp[j] = i;
                let most = 1 + (s.len() - p - 1).min(sets[j].len() - q - 1);
                // As `dice` computes it, so that a pair it would keep is
                // never left out.
                let bound = 2.0 * most as f64 / (s.len() + sets[j].len()) as f64;
                if bound < min_dice - 1e-12 {
                    continue;
                }
                visit(i, j, &sets[i], &sets[j], most);
            }
        }
        for (p, &w) in prefix.iter().enumerate() {
            index.entry(w).or_default().1.push((i, p));
        }
    }
}

/// Dice coefficient of two sorted, distinct lists (of words or ranks).
pub(crate) fn dice<T: Ord>(a: &[T], b: &[T]) -> f64 {
    if a.is_empty() && b.is_empty() {
        return 1.0;
    }
    let (mut i, mut j, mut common) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                common += 1;
                i += 1;
                j += 1;
            }
        }
    }
    2.0 * common as f64 / (a.len() + b.len()) as f64
}

/// Union-find with path halving; roots are the smallest member so the
/// result does not depend on union order.
struct UnionFind(Vec<usize>);

impl UnionFind {
    fn new(n: usize) -> Self {
        UnionFind((0..n).collect())
    }

    fn find(&mut self, mut x: usize) -> usize {
        while self.0[x] != x {
            self.0[x] = self.0[self.0[x]];
            x = self.0[x];
        }
        x
    }

    fn union(&mut self, a: usize, b: usize) {
        let (ra, rb) = (self.find(a), self.find(b));
        let (lo, hi) = (ra.min(rb), ra.max(rb));
        self.0[hi] = lo;
    }

    /// Clusters ordered by smallest member, and each item's cluster number.
    fn clusters(mut self) -> (Vec<Vec<usize>>, Vec<usize>) {
        let n = self.0.len();
        let mut number: HashMap<usize, usize> = HashMap::default();
        let mut clusters: Vec<Vec<usize>> = Vec::new();
        let mut cluster_of = vec![0; n];
        for (i, slot) in cluster_of.iter_mut().enumerate() {
            let root = self.find(i);
            let c = *number.entry(root).or_insert_with(|| {
                clusters.push(Vec::new());
                clusters.len() - 1
            });
            clusters[c].push(i);
            *slot = c;
        }
        (clusters, cluster_of)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::graph::text::{normalize_text, words};

    fn run(raw: &[&str]) -> Plan {
        let norm: Vec<String> = raw.iter().map(|s| normalize_text(s)).collect();
        let texts: Vec<Vec<&str>> = norm.iter().map(|s| words(s)).collect();
        plan(&texts)
    }

    #[test]
    fn containment_merges() {
        let p = run(&[
            "any cooperation on Islamic State was largely contingent",
            "cooperation on Islamic State",
            "unrelated words here entirely",
        ]);
        assert_eq!(p.clusters, vec![vec![0, 1], vec![2]]);
        assert!(p.stitched.is_empty());
    }

    #[test]
    fn short_fragments_do_not_merge() {
        let p = run(&["the deal", "we want the deal now"]);
        assert_eq!(p.clusters, vec![vec![0], vec![1]]);
    }

    #[test]
    fn stitched_quote_links_to_both_parts() {
        let p = run(&[
            "The United States will not cooperate militarily with Iran in that effort,",
            "We won't share intelligence with them.",
            "the United States will not cooperate militarily with Iran in that effort, we won't share intelligence with them.",
        ]);
        assert_eq!(p.clusters, vec![vec![0], vec![1], vec![2]]);
        assert_eq!(p.stitched, vec![(2, 0), (2, 1)]);
        assert!(p.variants.is_empty(), "{:?}", p.variants);
    }

    #[test]
    fn overlapping_fragments_merge_instead_of_stitching() {
        let p = run(&[
            "one two three four five six",
            "four five six seven eight nine",
            "one two three four five six seven eight nine",
        ]);
        assert_eq!(p.clusters, vec![vec![0, 1, 2]]);
        assert!(p.stitched.is_empty());
    }

    #[test]
    fn near_variants_found() {
        let p = run(&[
            "any cooperation would depend on reaching a comprehensive nuclear deal",
            "any cooperation would be dependent on reaching a comprehensive deal",
            "something else altogether different",
        ]);
        assert_eq!(p.clusters.len(), 3);
        assert_eq!(p.variants.len(), 1);
        let (a, b, d) = p.variants[0];
        assert_eq!((a, b), (0, 1));
        assert!((0.6..1.0).contains(&d), "{d}");
    }

    #[test]
    fn variants_per_statement_are_capped() {
        // Ten wordings that all look alike: every pair passes the Dice
        // threshold, but each keeps only its closest few.
        let raw: Vec<String> = (0..10)
            .map(|i| format!("we will keep working with our partners on the plan number {i}"))
            .collect();
        let refs: Vec<&str> = raw.iter().map(String::as_str).collect();
        let p = run(&refs);
        assert_eq!(p.clusters.len(), 10);
        assert!(!p.variants.is_empty());
        let mut degree = [0usize; 10];
        for &(a, b, _) in &p.variants {
            degree[a] += 1;
            degree[b] += 1;
        }
        assert!(degree.iter().all(|&d| d <= MAX_VARIANTS), "{degree:?}");
        assert!(p.variants.len() < 45, "{}", p.variants.len());
    }

    /// [`plan`]'s variants computed the plain way: every similar pair,
    /// then [`nearest`].
    fn variants_unpruned(texts: &[Vec<&str>]) -> Vec<(usize, usize, f64)> {
        let p = plan(texts);
        let mut cluster_of = vec![0; texts.len()];
        for (c, members) in p.clusters.iter().enumerate() {
            for &m in members {
                cluster_of[m] = c;
            }
        }
        let linked: HashSet<(usize, usize)> = p
            .stitched
            .iter()
            .flat_map(|&(a, b)| [(a, b), (b, a)])
            .collect();
        let mut best: BTreeMap<(usize, usize), f64> = BTreeMap::new();
        for (i, j, d) in similar_pairs(texts, VARIANT_MIN_DICE) {
            let (a, b) = (cluster_of[i], cluster_of[j]);
            if a == b || linked.contains(&(a, b)) {
                continue;
            }
            let e = best.entry((a.min(b), a.max(b))).or_insert(d);
            if d > *e {
                *e = d;
            }
        }
        nearest(best, MAX_VARIANTS)
    }

    proptest::proptest! {
        /// The pruned join gives the variants of the exhaustive one, and
        /// no statement has more than `MAX_VARIANTS` of them.
        #[test]
        fn variant_cap_holds_and_pruning_changes_nothing(
            raw in proptest::collection::vec(
                proptest::collection::vec(0usize..9, 1..9), 1..40)
        ) {
            let vocab = ["we", "will", "work", "with", "our", "partners", "on", "the", "plan"];
            let texts: Vec<Vec<&str>> = raw
                .iter()
                .map(|t| t.iter().map(|&w| vocab[w]).collect())
                .collect();
            let p = plan(&texts);
            proptest::prop_assert_eq!(&p.variants, &variants_unpruned(&texts));
            let mut degree = vec![0usize; p.clusters.len()];
            for &(a, b, _) in &p.variants {
                degree[a] += 1;
                degree[b] += 1;
            }
            proptest::prop_assert!(degree.iter().all(|&d| d <= MAX_VARIANTS), "{:?}", degree);
        }
    }

    #[test]
    fn dice_values() {
        assert_eq!(dice(&["a", "b"], &["a", "b"]), 1.0);
        assert_eq!(dice(&["a", "b"], &["a", "c"]), 0.5);
        assert_eq!(dice(&[], &["a"]), 0.0);
    }

    #[test]
    fn prefix_filter_finds_what_all_pairs_finds() {
        // A deterministic pseudo-random corpus over a small vocabulary.
        let vocab = ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j"];
        let mut state = 7u64;
        let mut next = || {
            state = state.wrapping_mul(6364136223846793005).wrapping_add(1);
            (state >> 33) as usize
        };
        let texts: Vec<Vec<&str>> = (0..60)
            .map(|_| {
                let len = 1 + next() % 6;
                (0..len).map(|_| vocab[next() % vocab.len()]).collect()
            })
            .collect();
        for t in [0.5, 0.6, 0.8] {
            let fast: Vec<(usize, usize)> = similar_pairs(&texts, t)
                .into_iter()
                .map(|(i, j, _)| (i, j))
                .collect();
            let mut slow = Vec::new();
            for i in 0..texts.len() {
                for j in i + 1..texts.len() {
                    let mut a = texts[i].clone();
                    a.sort_unstable();
                    a.dedup();
                    let mut b = texts[j].clone();
                    b.sort_unstable();
                    b.dedup();
                    if dice(&a, &b) >= t - 1e-12 {
                        slow.push((i, j));
                    }
                }
            }
            assert_eq!(fast, slow, "threshold {t}");
        }
    }
}
