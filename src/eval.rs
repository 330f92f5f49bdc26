//! Independent quote scorer: a faithful Rust port of `shared/tools/score.py`.
//!
//! The figures produced by [`score`] and printed by [`Score::to_json`] are meant to be
//! *exactly* the ones `score.py` prints for the same gold file, prediction file and
//! options, down to the last digit and the JSON formatting. In short:
//!
//! * Texts are folded like `score.py`'s `fold`: Unicode NFKD, combining characters
//!   (canonical combining class ≠ 0) dropped, `đ`/`Đ` mapped to `d`/`D`, then
//!   lower-cased (full Unicode lower-casing, as Python's `str.lower`).
//! * Tokens are maximal runs of letters and numbers (general categories `L*` and
//!   `N*`), which is what Python's `[^\W_]+` matches on `str` patterns.
//! * A prediction and a gold quote of the same document pair up when the
//!   [Dice coefficient](https://en.wikipedia.org/wiki/Dice-S%C3%B8rensen_coefficient)
//!   of their token *sets* is at least [`EvalOptions::overlap`]; pairs are taken
//!   greedily, best score first, ties broken by larger gold index, then larger
//!   prediction index (Python's `sorted(reverse=True)` on `(score, i, j)`).
//! * Gold quotes with `"scored": false` are ignored: if matched they count neither as
//!   a hit nor as a false alarm, if missed they are not a miss.
//! * Speakers are compared as described on [`score`].
//!
//! The only intended divergences from `score.py` concern inputs that make the Python
//! script crash or that a typed API cannot express: fields must have the JSON types
//! documented on [`Record`], and [`KindFilter`] only accepts `direct`, `indirect` and
//! `all`. Unicode tables come from the Rust crates in use (a newer Unicode version
//! than Python 3.11's 14.0), which only matters for characters assigned after 14.0.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::fmt;
use std::str::FromStr;
use std::sync::LazyLock;

use regex::Regex;
use serde::{Deserialize, Serialize};
use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::canonical_combining_class;

/// Which quotes are scored (`score.py --kind`).
///
/// A record's kind is its `kind` field; a missing, `null` or empty kind counts as
/// `direct`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum KindFilter {
    /// Only quotes whose kind is `direct` (the default, as in `score.py`).
    #[default]
    Direct,
    /// Only quotes whose kind is `indirect` or `mixed`.
    Indirect,
    /// Every quote, whatever its kind.
    All,
}

impl KindFilter {
    /// The name used on the command line and in the JSON summary
    /// (`"direct"`, `"indirect"` or `"all"`).
    pub fn as_str(self) -> &'static str {
        match self {
            KindFilter::Direct => "direct",
            KindFilter::Indirect => "indirect",
            KindFilter::All => "all",
        }
    }

    /// Whether `record` is considered under this filter (`keep` in `score.py`).
    pub fn keeps(self, record: &Record) -> bool {
        let kind = record
            .kind
            .as_deref()
            .filter(|k| !k.is_empty())
            .unwrap_or("direct");
        match self {
            KindFilter::All => true,
            KindFilter::Direct => kind == "direct",
            KindFilter::Indirect => kind == "indirect" || kind == "mixed",
        }
    }
}

impl fmt::Display for KindFilter {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Error returned when parsing a [`KindFilter`] from an unknown name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseKindFilterError(String);

impl fmt::Display for ParseKindFilterError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "unknown quote kind {:?} (expected direct, indirect or all)",
            self.0
        )
    }
}

impl std::error::Error for ParseKindFilterError {}

impl FromStr for KindFilter {
    type Err = ParseKindFilterError;

    /// Parses `"direct"`, `"indirect"` or `"all"` (exactly, case-sensitive, as
    /// `score.py` compares them).
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "direct" => Ok(KindFilter::Direct),
            "indirect" => Ok(KindFilter::Indirect),
            "all" => Ok(KindFilter::All),
            other => Err(ParseKindFilterError(other.to_owned())),
        }
    }
}

/// Options of a scoring run (the command-line options of `score.py`).
#[derive(Debug, Clone, PartialEq)]
pub struct EvalOptions {
    /// Which gold quotes and predictions are considered (`--kind`, default `direct`).
    pub kind: KindFilter,
    /// Minimum Dice overlap of token sets for a prediction to match a gold quote
    /// (`--overlap`, default `0.5`).
    pub overlap: f64,
    /// Strict speaker matching (`--strict`): with entities, only the canonical name
    /// counts; without, only the same name (after normalisation) counts.
    pub strict: bool,
}

impl Default for EvalOptions {
    fn default() -> Self {
        EvalOptions {
            kind: KindFilter::Direct,
            overlap: 0.5,
            strict: false,
        }
    }
}

/// One line of a gold or prediction JSONL file.
///
/// Only `doc` is required; unknown fields (`id`, `cue`, `note`, ...) are ignored. A
/// JSON `null` is the same as a missing field. Field types are checked: text fields
/// must be strings, `scored` a boolean and `also_accept` a list of strings (or
/// `null`s).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Record {
    /// Document id; quotes are only matched within the same document.
    pub doc: String,
    /// The quoted text. Predictions without a quote (missing or empty) are dropped;
    /// a gold record without one is treated as an empty quote.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quote: Option<String>,
    /// The speaker's name. For gold, `None` means an unnamed / anonymous source,
    /// scored with the mention rule (see [`score`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub speaker: Option<String>,
    /// `direct`, `indirect` or `mixed`; missing or empty means `direct`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// Gold only: `Some(false)` marks a quote to ignore (neither required nor
    /// penalised).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scored: Option<bool>,
    /// Gold only: other speaker names that are also accepted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub also_accept: Option<Vec<Option<String>>>,
    /// How the speaker is referred to in the text (e.g. `"giới chức Mỹ"`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mention: Option<String>,
    /// Alternative name for [`Record::mention`]; gold uses `mention` first, predictions
    /// are checked on `speaker_mention` first.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub speaker_mention: Option<String>,
}

/// Parses a JSONL text (one JSON object per line) into records, as `score.py`'s
/// `load` does.
///
/// Lines are split like Python's text files (`\n`, `\r\n` or a lone `\r`), and lines
/// holding only whitespace are skipped. On failure, returns the 1-based line number
/// and the JSON error.
pub fn load_jsonl(text: &str) -> Result<Vec<Record>, (usize, serde_json::Error)> {
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    let mut records = Vec::new();
    for (n, line) in text.split('\n').enumerate() {
        if line.chars().all(py_isspace) {
            continue;
        }
        records.push(serde_json::from_str(line).map_err(|e| (n + 1, e))?);
    }
    Ok(records)
}

/// Python's `str.isspace` for one character.
fn py_isspace(c: char) -> bool {
    c.is_whitespace() || ('\u{1c}'..='\u{1f}').contains(&c)
}

#[derive(Deserialize)]
struct EntitiesFile {
    entities: Vec<EntityEntry>,
}

#[derive(Deserialize)]
struct EntityEntry {
    name: String,
    aliases: Vec<Option<String>>,
}

/// Gold entities (`data/gold/entities.json`): for each entity name, its normalised
/// canonical name and the normalised forms of all its aliases.
///
/// A gold speaker that is an entity `name` is matched against these instead of the
/// name rules: any alias counts (lenient) or only the canonical name (strict).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct GoldEntities {
    /// Entity name -> its normalised name tokens joined by spaces.
    canon: HashMap<String, String>,
    /// Entity name -> normalised forms of its aliases and of the name itself.
    alias: HashMap<String, HashSet<String>>,
}

impl GoldEntities {
    /// Parses an entities file: `{"entities": [{"name": ..., "aliases": [...]}, ...]}`.
    ///
    /// Other fields are ignored. `aliases` is required (it may be empty); a `null`
    /// alias normalises to the empty name, as in `score.py`. When two entities share a
    /// name, the later one wins.
    pub fn from_json(text: &str) -> Result<Self, serde_json::Error> {
        let file: EntitiesFile = serde_json::from_str(text)?;
        let mut ents = GoldEntities::default();
        for e in file.entities {
            let canon = name_toks(&e.name).join(" ");
            let mut forms: HashSet<String> = e
                .aliases
                .iter()
                .map(|a| name_toks(a.as_deref().unwrap_or("")).join(" "))
                .collect();
            forms.insert(canon.clone());
            ents.canon.insert(e.name.clone(), canon);
            ents.alias.insert(e.name, forms);
        }
        Ok(ents)
    }

    /// Number of distinct entity names.
    pub fn len(&self) -> usize {
        self.canon.len()
    }

    /// Whether there are no entities.
    pub fn is_empty(&self) -> bool {
        self.canon.is_empty()
    }

    /// Whether `name` is (exactly) the name of an entity.
    pub fn contains(&self, name: &str) -> bool {
        self.canon.contains_key(name)
    }
}

/// Summary figures, in the order and under the names of `score.py`'s JSON output.
///
/// Ratios are already rounded to 4 decimals like Python's `round(x, 4)`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Score {
    /// The kind filter used (`"direct"`, `"indirect"` or `"all"`).
    pub kind: String,
    /// Gold quotes to find: matched plus missed (ignored gold excluded).
    pub gold: usize,
    /// Predictions counted: matched plus false alarms (those matching ignored gold
    /// excluded).
    pub pred: usize,
    /// Predictions matched to a scored gold quote (true positives).
    pub matched: usize,
    /// Predictions matched to an ignored (`"scored": false`) gold quote.
    pub ignored: usize,
    /// Quote precision: `matched / pred`.
    pub quote_p: f64,
    /// Quote recall: `matched / gold`.
    pub quote_r: f64,
    /// Harmonic mean of the unrounded quote precision and recall.
    pub quote_f1: f64,
    /// Share of matched quotes given an acceptable speaker (`0.0` when none matched).
    pub speaker_acc_on_matched: f64,
    /// Attribution precision: matched with the right speaker, over `pred`.
    pub attribution_p: f64,
    /// Attribution recall: matched with the right speaker, over `gold`.
    pub attribution_r: f64,
    /// Harmonic mean of the unrounded attribution precision and recall.
    pub attribution_f1: f64,
}

impl Score {
    /// The one-line JSON summary, byte for byte as `score.py` prints it with
    /// `json.dumps` (`", "`/`": "` separators, ASCII-only strings, floats written like
    /// Python's `repr`, e.g. `0.0`, `1.0`, `0.8571`).
    pub fn to_json(&self) -> String {
        let ints = [
            ("gold", self.gold),
            ("pred", self.pred),
            ("matched", self.matched),
            ("ignored", self.ignored),
        ];
        let floats = [
            ("quote_p", self.quote_p),
            ("quote_r", self.quote_r),
            ("quote_f1", self.quote_f1),
            ("speaker_acc_on_matched", self.speaker_acc_on_matched),
            ("attribution_p", self.attribution_p),
            ("attribution_r", self.attribution_r),
            ("attribution_f1", self.attribution_f1),
        ];
        let mut out = format!("{{\"kind\": {}", py_json_str(&self.kind));
        for (k, v) in ints {
            out.push_str(&format!(", \"{k}\": {v}"));
        }
        for (k, v) in floats {
            out.push_str(&format!(", \"{k}\": {}", py_float_repr(v)));
        }
        out.push('}');
        out
    }
}

/// What kind of error a [`Miss`] reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum MissKind {
    /// A scored gold quote no prediction matched.
    Miss,
    /// A prediction that matched no gold quote (false alarm).
    Extra,
    /// A matched quote whose predicted speaker is not acceptable.
    Wrong,
}

impl MissKind {
    /// The label `score.py --errors` prints: `"MISS"`, `"EXTRA"` or `"WRONG"`.
    pub fn as_str(self) -> &'static str {
        match self {
            MissKind::Miss => "MISS",
            MissKind::Extra => "EXTRA",
            MissKind::Wrong => "WRONG",
        }
    }
}

impl fmt::Display for MissKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One error found while scoring (what `score.py --errors` prints).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Miss {
    /// Miss, extra (false alarm) or wrong speaker.
    pub what: MissKind,
    /// The document.
    pub doc: String,
    /// The quote, cut to its first characters like `score.py`: the gold quote (90
    /// characters) for a miss, the predicted quote (90) for an extra, the gold quote
    /// (70) for a wrong speaker.
    pub quote: String,
    /// The gold speaker (`None` for extras and for unnamed gold speakers).
    pub gold_speaker: Option<String>,
    /// The predicted speaker (`None` for misses and for predictions without one).
    pub pred_speaker: Option<String>,
}

/// Scores predictions against gold quotes, exactly as `score.py` does.
///
/// Gold records are filtered by `opts.kind`; predictions too, and those without a
/// quote are dropped. Within each document, predictions are paired one-to-one with
/// gold quotes (see the [module docs](self)).
///
/// A matched prediction has the right speaker when:
/// * the gold speaker is `None` (unnamed source): the gold `mention` (else
///   `speaker_mention`) is non-empty and the Dice overlap of its name tokens with those
///   of the prediction's `speaker_mention`, `mention` or `speaker` is at least 0.5
///   (`also_accept` is not used);
/// * otherwise the prediction has a non-empty speaker and, for the gold speaker or any
///   of its `also_accept` names: if `entities` are given and list that exact name,
///   the predicted name (normalised, leading titles such as `Mr`, `President`, `ông`,
///   `the` removed) is one of the entity's aliases, or with `opts.strict` its
///   canonical name; else the name tokens are equal or, unless `opts.strict`, one
///   token set contains the other and the last tokens agree (`Earnest` ~
///   `Josh Earnest`).
///
/// Returns the summary and the errors: first the misses, then the extras, then the
/// wrong speakers, each in document-id order and, within a document, in the order
/// `score.py` finds them.
pub fn score(
    gold: &[Record],
    pred: &[Record],
    entities: Option<&GoldEntities>,
    opts: &EvalOptions,
) -> (Score, Vec<Miss>) {
    let mut by_doc: BTreeMap<&str, (Vec<&Record>, Vec<&Record>)> = BTreeMap::new();
    for g in gold.iter().filter(|g| opts.kind.keeps(g)) {
        by_doc.entry(g.doc.as_str()).or_default().0.push(g);
    }
    let has_quote = |p: &&Record| p.quote.as_deref().is_some_and(|q| !q.is_empty());
    for p in pred.iter().filter(|p| opts.kind.keeps(p)).filter(has_quote) {
        by_doc.entry(p.doc.as_str()).or_default().1.push(p);
    }

    let (mut tp, mut fp, mut fn_, mut spk_ok, mut ign) = (0usize, 0usize, 0usize, 0usize, 0usize);
    let (mut misses, mut alarms, mut wrong) = (Vec::new(), Vec::new(), Vec::new());
    for (doc, (gs, ps)) in &by_doc {
        let gtoks: Vec<Vec<String>> = gs.iter().map(|g| toks(quote_of(g))).collect();
        let ptoks: Vec<Vec<String>> = ps.iter().map(|p| toks(quote_of(p))).collect();
        let mut pairs = Vec::new();
        for (i, gt) in gtoks.iter().enumerate() {
            for (j, pt) in ptoks.iter().enumerate() {
                let s = dice(gt, pt);
                if s >= opts.overlap {
                    pairs.push((s, i, j));
                }
            }
        }
        // Python: pairs.sort(reverse=True) on (score, i, j).
        pairs.sort_by(|a, b| b.0.total_cmp(&a.0).then(b.1.cmp(&a.1)).then(b.2.cmp(&a.2)));
        let mut used_g = vec![false; gs.len()];
        let mut used_p = vec![false; ps.len()];
        for &(_, i, j) in &pairs {
            if used_g[i] || used_p[j] {
                continue;
            }
            used_g[i] = true;
            used_p[j] = true;
            let (g, p) = (gs[i], ps[j]);
            if g.scored == Some(false) {
                ign += 1;
                continue;
            }
            tp += 1;
            if speaker_ok(g, p, entities, opts.strict) {
                spk_ok += 1;
            } else {
                wrong.push(Miss {
                    what: MissKind::Wrong,
                    doc: (*doc).to_owned(),
                    quote: prefix(quote_of(g), 70),
                    gold_speaker: g.speaker.clone(),
                    pred_speaker: p.speaker.clone(),
                });
            }
        }
        for (g, _) in gs.iter().zip(&used_g).filter(|(_, used)| !**used) {
            if g.scored != Some(false) {
                fn_ += 1;
                misses.push(Miss {
                    what: MissKind::Miss,
                    doc: (*doc).to_owned(),
                    quote: prefix(quote_of(g), 90),
                    gold_speaker: g.speaker.clone(),
                    pred_speaker: None,
                });
            }
        }
        for (p, _) in ps.iter().zip(&used_p).filter(|(_, used)| !**used) {
            fp += 1;
            alarms.push(Miss {
                what: MissKind::Extra,
                doc: (*doc).to_owned(),
                quote: prefix(quote_of(p), 90),
                gold_speaker: None,
                pred_speaker: p.speaker.clone(),
            });
        }
    }

    let p = ratio(tp, tp + fp);
    let r = ratio(tp, tp + fn_);
    let ap = ratio(spk_ok, tp + fp);
    let ar = ratio(spk_ok, tp + fn_);
    let summary = Score {
        kind: opts.kind.as_str().to_owned(),
        gold: tp + fn_,
        pred: tp + fp,
        matched: tp,
        ignored: ign,
        quote_p: py_round4(p),
        quote_r: py_round4(r),
        quote_f1: py_round4(f1(p, r)),
        speaker_acc_on_matched: if tp > 0 {
            py_round4(spk_ok as f64 / tp as f64)
        } else {
            0.0
        },
        attribution_p: py_round4(ap),
        attribution_r: py_round4(ar),
        attribution_f1: py_round4(f1(ap, ar)),
    };
    misses.append(&mut alarms);
    misses.append(&mut wrong);
    (summary, misses)
}

/// `n / d`, or 0.0 when `d` is 0 (Python's `n / d if d else 0.0`).
fn ratio(n: usize, d: usize) -> f64 {
    if d == 0 { 0.0 } else { n as f64 / d as f64 }
}

/// `2 * p * r / (p + r) if p + r else 0.0`, with Python's evaluation order.
fn f1(p: f64, r: f64) -> f64 {
    if p + r != 0.0 {
        2.0 * p * r / (p + r)
    } else {
        0.0
    }
}

fn quote_of(r: &Record) -> &str {
    r.quote.as_deref().unwrap_or("")
}

/// Python's `s[:n]` (in characters).
fn prefix(s: &str, n: usize) -> String {
    s.chars().take(n).collect()
}

/// Whether the predicted speaker is acceptable for the gold record (`speaker_ok`).
fn speaker_ok(g: &Record, p: &Record, entities: Option<&GoldEntities>, strict: bool) -> bool {
    let Some(gold_speaker) = g.speaker.as_deref() else {
        // Unnamed gold speaker: the mentions must overlap.
        let Some(gm) = nonempty(&g.mention).or_else(|| nonempty(&g.speaker_mention)) else {
            return false;
        };
        let gt = name_toks(gm);
        return [&p.speaker_mention, &p.mention, &p.speaker]
            .into_iter()
            .filter_map(nonempty)
            .any(|pm| dice(&gt, &name_toks(pm)) >= 0.5);
    };
    let Some(ps) = nonempty(&p.speaker) else {
        return false;
    };
    let pt = name_toks(ps);
    let pn = pt.join(" ");
    let also = g.also_accept.iter().flatten().filter_map(|c| c.as_deref());
    for c in std::iter::once(gold_speaker).chain(also) {
        if let Some(ents) = entities
            && let Some(aliases) = ents.alias.get(c)
        {
            let ok = if strict {
                ents.canon.get(c).is_some_and(|canon| *canon == pn)
            } else {
                aliases.contains(&pn)
            };
            if ok {
                return true;
            }
            continue;
        }
        let cn = name_toks(c);
        if pt == cn {
            return true;
        }
        if !strict && !pt.is_empty() && !cn.is_empty() && pt.last() == cn.last() {
            let ps: HashSet<&str> = pt.iter().map(String::as_str).collect();
            let cs: HashSet<&str> = cn.iter().map(String::as_str).collect();
            if ps.is_subset(&cs) || cs.is_subset(&ps) {
                return true;
            }
        }
    }
    false
}

/// The text of an optional field if it is truthy in Python (present and non-empty).
fn nonempty(s: &Option<String>) -> Option<&str> {
    s.as_deref().filter(|s| !s.is_empty())
}

/// `fold` of `score.py`: NFKD, combining characters dropped, `đ`/`Đ` -> `d`/`D`,
/// lower-cased.
fn fold(s: &str) -> String {
    s.nfkd()
        .filter(|&c| canonical_combining_class(c) == 0)
        .map(|c| match c {
            'đ' => 'd',
            'Đ' => 'D',
            c => c,
        })
        .collect::<String>()
        .to_lowercase()
}

/// Python's `[^\W_]+` on `str`: runs of characters for which `str.isalnum()` holds,
/// i.e. general categories L* and N*.
static TOKEN: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"[\p{L}\p{N}]+").expect("token regex is valid"));

/// `toks` of `score.py`: the tokens of the folded text.
fn toks(s: &str) -> Vec<String> {
    TOKEN
        .find_iter(&fold(s))
        .map(|m| m.as_str().to_owned())
        .collect()
}

/// Leading tokens dropped from speaker names (`TITLES` in `score.py`).
const TITLES: [&str; 13] = [
    "mr",
    "mrs",
    "ms",
    "dr",
    "sir",
    "president",
    "prime",
    "minister",
    "spokesman",
    "spokeswoman",
    "ong",
    "ba",
    "the",
];

/// `name_toks` of `score.py`: tokens with leading titles removed.
fn name_toks(s: &str) -> Vec<String> {
    let t = toks(s);
    let start = t
        .iter()
        .position(|w| !TITLES.contains(&w.as_str()))
        .unwrap_or(t.len());
    t[start..].to_vec()
}

/// Dice coefficient of two token sets (0.0 if either is empty).
fn dice(a: &[String], b: &[String]) -> f64 {
    let a: HashSet<&str> = a.iter().map(String::as_str).collect();
    let b: HashSet<&str> = b.iter().map(String::as_str).collect();
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    let inter = a.intersection(&b).count();
    (2 * inter) as f64 / (a.len() + b.len()) as f64
}

/// Python's `round(x, 4)` for floats: round half to even on the exact binary value
/// (Rust's fixed-precision formatting is exact and rounds ties to even, too).
fn py_round4(x: f64) -> f64 {
    if !x.is_finite() {
        return x;
    }
    format!("{x:.4}").parse().unwrap_or(x)
}

/// A float as Python's `json.dumps` writes it (`float.__repr__`).
fn py_float_repr(x: f64) -> String {
    if x.is_nan() {
        return "NaN".to_owned();
    }
    if x.is_infinite() {
        return if x > 0.0 { "Infinity" } else { "-Infinity" }.to_owned();
    }
    if x == 0.0 {
        return if x.is_sign_negative() { "-0.0" } else { "0.0" }.to_owned();
    }
    // Shortest round-trip digit count, then those digits correctly rounded (ties to
    // even, as Python picks between two equally close shortest candidates).
    let shortest = format!("{x:e}");
    let ndigits = shortest
        .split('e')
        .next()
        .map_or(1, |m| m.chars().filter(char::is_ascii_digit).count());
    let sci = format!("{x:.prec$e}", prec = ndigits.saturating_sub(1));
    let (mantissa, exp) = sci.split_once('e').unwrap_or((&sci, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let sign = if mantissa.starts_with('-') { "-" } else { "" };
    let digits: String = mantissa.chars().filter(char::is_ascii_digit).collect();
    if (-4..16).contains(&exp) {
        if exp < 0 {
            let zeros = "0".repeat((-exp - 1) as usize);
            format!("{sign}0.{zeros}{digits}")
        } else {
            let int_len = exp as usize + 1;
            if digits.len() <= int_len {
                let zeros = "0".repeat(int_len - digits.len());
                format!("{sign}{digits}{zeros}.0")
            } else {
                format!("{sign}{}.{}", &digits[..int_len], &digits[int_len..])
            }
        }
    } else {
        let rest = if digits.len() > 1 {
            format!(".{}", &digits[1..])
        } else {
            String::new()
        };
        format!("{sign}{}{rest}e{exp:+03}", &digits[..1])
    }
}

/// A string as Python's `json.dumps` writes it (`ensure_ascii=True`).
fn py_json_str(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            ' '..='~' => out.push(c),
            _ => {
                let mut buf = [0u16; 2];
                for unit in c.encode_utf16(&mut buf) {
                    out.push_str(&format!("\\u{unit:04x}"));
                }
            }
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rec(doc: &str, quote: &str, speaker: Option<&str>) -> Record {
        Record {
            doc: doc.to_owned(),
            quote: Some(quote.to_owned()),
            speaker: speaker.map(str::to_owned),
            ..Record::default()
        }
    }

    fn v(words: &[&str]) -> Vec<String> {
        words.iter().map(|w| (*w).to_owned()).collect()
    }

    #[test]
    fn fold_vietnamese_and_compatibility_forms() {
        assert_eq!(fold("Tổng thống Đức"), "tong thong duc");
        assert_eq!(fold("ĐƯỜNG đi"), "duong di");
        // Decomposed input folds like precomposed input.
        assert_eq!(fold("To\u{302}\u{309}ng"), fold("Tổng"));
        // NFKD compatibility mappings: ligatures, superscripts, full-width letters.
        assert_eq!(fold("ﬁnal x² ＡＢ"), "final x2 ab");
        assert_eq!(fold("İstanbul"), "istanbul");
    }

    #[test]
    fn tokens_follow_python_word_rules() {
        assert_eq!(toks("Tổng thống Đức"), v(&["tong", "thong", "duc"]));
        // Apostrophes (straight or curly), hyphens and underscores split words.
        assert_eq!(toks("I'm"), v(&["i", "m"]));
        assert_eq!(toks("I’m here"), v(&["i", "m", "here"]));
        assert_eq!(toks("al-Jaafari"), v(&["al", "jaafari"]));
        assert_eq!(toks("snake_case"), v(&["snake", "case"]));
        // Digits are word characters; other numbers (Nl, No) too.
        assert_eq!(toks("P5+1, 2009"), v(&["p5", "1", "2009"]));
        assert_eq!(toks("Ⅻ ½"), v(&["xii", "1", "2"]));
        assert_eq!(toks("“seriously”…"), v(&["seriously"]));
        assert!(toks("  — !? ").is_empty());
        assert!(toks("").is_empty());
    }

    #[test]
    fn name_tokens_strip_leading_titles_only() {
        assert_eq!(
            name_toks("Mr. President Barack Obama"),
            v(&["barack", "obama"])
        );
        assert_eq!(name_toks("ông Obama"), v(&["obama"]));
        assert_eq!(name_toks("Bà Cathy Ashton"), v(&["cathy", "ashton"]));
        assert_eq!(
            name_toks("The Wall Street Journal"),
            v(&["wall", "street", "journal"])
        );
        assert_eq!(
            name_toks("Barack the Obama"),
            v(&["barack", "the", "obama"])
        );
        assert_eq!(
            name_toks("Tổng thống Obama"),
            v(&["tong", "thong", "obama"])
        );
        assert!(name_toks("the president").is_empty());
    }

    #[test]
    fn dice_on_token_sets() {
        assert_eq!(dice(&v(&["a", "b"]), &v(&["a", "b"])), 1.0);
        assert_eq!(dice(&v(&["a", "b"]), &v(&["b", "c"])), 0.5);
        // Duplicates count once.
        assert_eq!(dice(&v(&["a", "a", "b"]), &v(&["a"])), 2.0 / 3.0);
        assert_eq!(dice(&[], &v(&["a"])), 0.0);
        assert_eq!(dice(&[], &[]), 0.0);
    }

    #[test]
    fn python_rounding_and_repr() {
        // round(x, 4) is half-to-even on the exact binary value.
        assert_eq!(py_round4(0.03125), 0.0312);
        assert_eq!(py_round4(0.09375), 0.0938);
        assert_eq!(py_round4(6.0 / 7.0), 0.8571);
        assert_eq!(py_float_repr(0.0), "0.0");
        assert_eq!(py_float_repr(1.0), "1.0");
        assert_eq!(py_float_repr(0.8571), "0.8571");
        assert_eq!(py_float_repr(0.5), "0.5");
        assert_eq!(py_float_repr(0.0001), "0.0001");
        assert_eq!(py_float_repr(1.5e-5), "1.5e-05");
        assert_eq!(py_float_repr(123.0), "123.0");
        assert_eq!(py_float_repr(1e16), "1e+16");
        assert_eq!(
            py_float_repr(216_486_192_242_783.0 + 0.625),
            "216486192242783.62"
        );
        assert_eq!(py_json_str("a\"é\n"), "\"a\\\"\\u00e9\\n\"");
    }

    #[test]
    fn ties_prefer_larger_prediction_index() {
        // Two identical predictions for one gold quote: Python's reverse sort takes
        // (1.0, 0, 1) before (1.0, 0, 0), so the second prediction is matched.
        let gold = [rec(
            "d",
            "we will not share intelligence",
            Some("Josh Earnest"),
        )];
        let pred = [
            rec("d", "we will not share intelligence", Some("Barack Obama")),
            rec("d", "we will not share intelligence", Some("Josh Earnest")),
        ];
        let (s, misses) = score(&gold, &pred, None, &EvalOptions::default());
        assert_eq!((s.matched, s.pred, s.speaker_acc_on_matched), (1, 2, 1.0));
        assert_eq!(misses.len(), 1);
        assert_eq!(misses[0].what, MissKind::Extra);
        assert_eq!(misses[0].pred_speaker.as_deref(), Some("Barack Obama"));
    }

    #[test]
    fn ties_prefer_larger_gold_index() {
        // One prediction equally close to two gold quotes: the later gold wins.
        let gold = [
            rec("d", "alpha beta", Some("Barack Obama")),
            rec("d", "alpha gamma", Some("Josh Earnest")),
        ];
        let pred = [rec("d", "alpha", Some("Josh Earnest"))];
        let opts = EvalOptions {
            overlap: 0.6,
            ..EvalOptions::default()
        };
        let (s, misses) = score(&gold, &pred, None, &opts);
        assert_eq!((s.matched, s.gold, s.speaker_acc_on_matched), (1, 2, 1.0));
        assert_eq!(misses.len(), 1);
        assert_eq!(misses[0].what, MissKind::Miss);
        assert_eq!(misses[0].quote, "alpha beta");
        // The better score still wins over the tie rule.
        let pred = [rec("d", "alpha beta", Some("Barack Obama"))];
        let (s, _) = score(&gold, &pred, None, &opts);
        assert_eq!((s.matched, s.speaker_acc_on_matched), (1, 1.0));
    }

    #[test]
    fn overlap_threshold_is_inclusive() {
        let gold = [rec("d", "alpha beta", Some("A B"))];
        let pred = [rec("d", "beta gamma", Some("A B"))];
        let (s, _) = score(&gold, &pred, None, &EvalOptions::default());
        assert_eq!(s.matched, 1);
        let opts = EvalOptions {
            overlap: 0.51,
            ..EvalOptions::default()
        };
        let (s, misses) = score(&gold, &pred, None, &opts);
        assert_eq!((s.matched, misses.len()), (0, 2));
    }

    #[test]
    fn unscored_gold_is_neither_hit_nor_miss() {
        let mut ignored = rec("d", "headline scare quote", None);
        ignored.scored = Some(false);
        let mut ignored2 = rec("d", "another label", None);
        ignored2.scored = Some(false);
        let gold = [
            ignored,
            ignored2,
            rec("d", "a real quote here", Some("Josh Earnest")),
        ];
        let pred = [
            rec("d", "headline scare quote", Some("Someone")),
            rec("d", "a real quote here", Some("Earnest")),
        ];
        let (s, misses) = score(&gold, &pred, None, &EvalOptions::default());
        assert_eq!(
            s.to_json(),
            "{\"kind\": \"direct\", \"gold\": 1, \"pred\": 1, \"matched\": 1, \"ignored\": 1, \
             \"quote_p\": 1.0, \"quote_r\": 1.0, \"quote_f1\": 1.0, \
             \"speaker_acc_on_matched\": 1.0, \"attribution_p\": 1.0, \
             \"attribution_r\": 1.0, \"attribution_f1\": 1.0}"
        );
        assert!(misses.is_empty());
    }

    fn entities() -> GoldEntities {
        GoldEntities::from_json(
            r#"{"about": "x", "entities": [
                {"name": "Barack Obama", "type": "person",
                 "aliases": ["Obama", "President Obama", "Tổng thống Mỹ Barack Obama", "the president"]},
                {"name": "Josh Earnest", "aliases": ["Earnest", "John Earnest"]}
            ], "not_speakers": []}"#,
        )
        .unwrap()
    }

    fn speaker_hit(
        gold_speaker: &str,
        pred_speaker: &str,
        ents: Option<&GoldEntities>,
        strict: bool,
    ) -> bool {
        let g = rec("d", "q", Some(gold_speaker));
        let p = rec("d", "q", Some(pred_speaker));
        speaker_ok(&g, &p, ents, strict)
    }

    #[test]
    fn strict_and_lenient_speakers_with_entities() {
        let e = entities();
        assert_eq!(e.len(), 2);
        assert!(e.contains("Barack Obama") && !e.contains("Obama"));
        let e = Some(&e);
        assert!(speaker_hit("Barack Obama", "Obama", e, false));
        assert!(speaker_hit(
            "Barack Obama",
            "tổng thống mỹ BARACK OBAMA",
            e,
            false
        ));
        assert!(!speaker_hit("Barack Obama", "Obama", e, true));
        // Titles are stripped, so this is the canonical name.
        assert!(speaker_hit(
            "Barack Obama",
            "President Barack Obama",
            e,
            true
        ));
        // An alias made only of titles normalises to the empty name.
        assert!(speaker_hit("Barack Obama", "Mr.", e, false));
        assert!(speaker_hit("Josh Earnest", "John Earnest", e, false));
        assert!(!speaker_hit("Josh Earnest", "Josh", e, false));
        // Listed entities do not fall back to the name rules...
        assert!(!speaker_hit("Barack Obama", "Barack H. Obama", e, false));
        // ...but other gold speakers do.
        assert!(speaker_hit("Ibrahim al-Jaafari", "al-Jaafari", e, false));
        assert!(!speaker_hit("Ibrahim al-Jaafari", "al-Jaafari", e, true));
    }

    #[test]
    fn strict_and_lenient_speakers_without_entities() {
        assert!(speaker_hit("Josh Earnest", "Earnest", None, false));
        assert!(speaker_hit("Josh Earnest", "Mr. Earnest", None, false));
        assert!(!speaker_hit("Josh Earnest", "Earnest", None, true));
        assert!(speaker_hit("Josh Earnest", "Mr. Josh Earnest", None, true));
        assert!(speaker_hit("Barack Obama", "ông Obama", None, false));
        // Same last token but neither token set contains the other.
        assert!(!speaker_hit("Josh Earnest", "John Earnest", None, false));
        // Contained, but a different last token.
        assert!(!speaker_hit("Josh Earnest", "Josh", None, false));
        assert!(!speaker_hit("Josh Earnest", "", None, false));
        let mut g = rec("d", "q", Some("The Wall Street Journal"));
        g.also_accept = Some(vec![None, Some("Barack Obama".to_owned())]);
        assert!(speaker_ok(&g, &rec("d", "q", Some("Obama")), None, false));
        assert!(!speaker_ok(&g, &rec("d", "q", Some("Obama")), None, true));
    }

    #[test]
    fn unnamed_gold_speaker_uses_mentions() {
        let mut g = rec("d", "q", None);
        g.mention = Some("giới chức Mỹ".to_owned());
        let mut p = rec("d", "q", Some("các quan chức Mỹ"));
        // {chuc, my} shared: 2*2 / (3+4) >= 0.5.
        assert!(speaker_ok(&g, &p, None, true));
        p.speaker = Some("Josh Earnest".to_owned());
        assert!(!speaker_ok(&g, &p, None, false));
        p.speaker_mention = Some("Giới chức Mỹ".to_owned());
        assert!(speaker_ok(&g, &p, None, false));
        // The gold falls back on speaker_mention when mention is empty.
        g.mention = Some(String::new());
        g.speaker_mention = Some("giới chức".to_owned());
        assert!(speaker_ok(&g, &p, None, false));
        // Dice exactly 0.5 ({chuc} shared by two 2-token names) is enough.
        g.mention = Some("giới chức".to_owned());
        p.speaker_mention = Some("chức vụ".to_owned());
        assert!(speaker_ok(&g, &p, None, false));
        p.speaker_mention = Some("các chức vụ".to_owned());
        assert!(!speaker_ok(&g, &p, None, false));
        g.mention = None;
        // No gold mention at all: never right.
        g.speaker_mention = None;
        assert!(!speaker_ok(&g, &p, None, false));
    }

    #[test]
    fn kind_filter_and_dropped_predictions() {
        let mut mixed = rec("d", "mixed quote words", Some("A B"));
        mixed.kind = Some("mixed".to_owned());
        let mut indirect = rec("d", "indirect quote words", Some("A B"));
        indirect.kind = Some("indirect".to_owned());
        let mut empty_kind = rec("d", "direct quote words", Some("A B"));
        empty_kind.kind = Some(String::new());
        let gold = [mixed.clone(), indirect.clone(), empty_kind.clone()];
        let mut empty_quote = rec("d", "", Some("A B"));
        empty_quote.kind = Some("mixed".to_owned());
        let no_quote = Record {
            quote: None,
            ..empty_kind.clone()
        };
        let pred = [mixed, indirect, empty_kind, empty_quote, no_quote];
        let count = |kind: KindFilter| {
            let opts = EvalOptions {
                kind,
                ..EvalOptions::default()
            };
            let (s, _) = score(&gold, &pred, None, &opts);
            (s.kind, s.gold, s.pred, s.matched)
        };
        assert_eq!(count(KindFilter::Direct), ("direct".to_owned(), 1, 1, 1));
        assert_eq!(
            count(KindFilter::Indirect),
            ("indirect".to_owned(), 2, 2, 2)
        );
        assert_eq!(count(KindFilter::All), ("all".to_owned(), 3, 3, 3));
        assert_eq!("indirect".parse::<KindFilter>(), Ok(KindFilter::Indirect));
        assert_eq!("all".parse::<KindFilter>(), Ok(KindFilter::All));
        assert!("Direct".parse::<KindFilter>().is_err());
    }

    #[test]
    fn figures_and_error_list() {
        let gold = [
            rec("b", "one two three four", Some("Josh Earnest")),
            rec("b", "five six seven eight", Some("Josh Earnest")),
            rec("a", "nine ten eleven twelve", Some("Barack Obama")),
        ];
        let pred = [
            rec("a", "nine ten eleven", Some("Josh Earnest")),
            rec("b", "one two three four", Some("Earnest")),
            rec("c", "made up words", None),
        ];
        let (s, misses) = score(&gold, &pred, None, &EvalOptions::default());
        assert_eq!(
            s.to_json(),
            "{\"kind\": \"direct\", \"gold\": 3, \"pred\": 3, \"matched\": 2, \"ignored\": 0, \
             \"quote_p\": 0.6667, \"quote_r\": 0.6667, \"quote_f1\": 0.6667, \
             \"speaker_acc_on_matched\": 0.5, \"attribution_p\": 0.3333, \
             \"attribution_r\": 0.3333, \"attribution_f1\": 0.3333}"
        );
        let got: Vec<(MissKind, &str)> = misses.iter().map(|m| (m.what, m.doc.as_str())).collect();
        assert_eq!(
            got,
            [
                (MissKind::Miss, "b"),
                (MissKind::Extra, "c"),
                (MissKind::Wrong, "a")
            ]
        );
        assert_eq!(misses[2].gold_speaker.as_deref(), Some("Barack Obama"));
        assert_eq!(misses[2].pred_speaker.as_deref(), Some("Josh Earnest"));
        let (s, _) = score(&[], &[], None, &EvalOptions::default());
        assert_eq!(s.quote_f1, 0.0);
        assert_eq!(s.speaker_acc_on_matched, 0.0);
    }

    #[test]
    fn errors_quote_prefixes_count_characters() {
        let long = "ồ".repeat(100);
        let gold = [rec("d", &long, Some("A B"))];
        let (_, misses) = score(&gold, &[], None, &EvalOptions::default());
        assert_eq!(misses[0].quote.chars().count(), 90);
    }

    #[test]
    fn jsonl_loading() {
        let text = "{\"doc\": \"a\", \"quote\": \"x\", \"id\": 7, \"extra\": [1]}\r\n\n  \t\n\
                    {\"doc\": \"b\", \"speaker\": null, \"scored\": false, \"also_accept\": [\"X\", null]}\n";
        let recs = load_jsonl(text).unwrap();
        assert_eq!(recs.len(), 2);
        assert_eq!(recs[0].quote.as_deref(), Some("x"));
        assert_eq!(recs[1].scored, Some(false));
        assert_eq!(recs[1].also_accept, Some(vec![Some("X".to_owned()), None]));
        let err = load_jsonl("{\"doc\": \"a\"}\n\n{\"quote\": \"no doc\"}\n").unwrap_err();
        assert_eq!(err.0, 3);
        assert_eq!(load_jsonl("{\"doc\": \"a\"}\r{oops}").unwrap_err().0, 2);
    }
}
