//! The data that flows through the pipeline: articles in, quotations out of
//! the miner, entities out of the resolver.

use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;

pub use crate::graph::NameSet;

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

/// A person or organization across the whole corpus. Its sets are
/// [`NameSet`]s (sorted boxed slices) from resolution on: most hold one to
/// three names, where a `BTreeSet` took a B-tree leaf of about 280 bytes.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entity {
    /// Stable id derived from the canonical name (`person:josh-earnest`).
    pub id: String,
    /// Person or organization.
    pub kind: EntityKind,
    /// Canonical name: the most frequent full form.
    pub name: String,
    /// Every name form seen, sorted.
    pub aliases: NameSet,
    /// Full-name forms that disagree with the canonical one (`John Earnest`).
    pub variant_names: NameSet,
    /// Roles and titles seen (`White House spokesman`).
    pub roles: NameSet,
    /// Organizations the entity is affiliated with.
    pub affiliations: NameSet,
    /// Articles that mention the entity.
    pub articles: NameSet,
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

/// The decimal digits of `n`, as `write!` (and `serde_json`) print it,
/// without the formatting machinery.
#[inline]
fn write_usize(out: &mut Vec<u8>, mut n: usize) {
    let mut buf = [0u8; 20];
    let mut i = buf.len();
    loop {
        i -= 1;
        buf[i] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    out.extend_from_slice(&buf[i..]);
}

/// Appends a JSON string (quotes included) to `out`, escaped exactly as
/// `serde_json` escapes it: `"`, `\\` and control characters below U+0020
/// (`\b`, `\t`, `\n`, `\f`, `\r` by name, the others as `\u00xx`);
/// everything else as it is. Eight bytes are checked at a time.
pub fn write_json_str(out: &mut Vec<u8>, s: &str) {
    const LO: u64 = 0x0101_0101_0101_0101;
    const HI: u64 = 0x8080_8080_8080_8080;
    // Whether any byte of `x` is below 0x20, `"` or `\\`.
    #[inline]
    fn special(x: u64) -> bool {
        let zero = |v: u64| v.wrapping_sub(LO) & !v & HI;
        (x.wrapping_sub(LO * 0x20) & !x & HI) | zero(x ^ (LO * 0x22)) | zero(x ^ (LO * 0x5c)) != 0
    }
    let b = s.as_bytes();
    out.reserve(b.len() + 2);
    out.push(b'"');
    let mut start = 0;
    let mut i = 0;
    while i < b.len() {
        if i + 8 <= b.len() {
            let x = u64::from_le_bytes(b[i..i + 8].try_into().unwrap_or_default());
            if !special(x) {
                i += 8;
                continue;
            }
        }
        let c = b[i];
        let esc: &[u8] = match c {
            b'"' => b"\\\"",
            b'\\' => b"\\\\",
            0x08 => b"\\b",
            0x0c => b"\\f",
            b'\n' => b"\\n",
            b'\r' => b"\\r",
            b'\t' => b"\\t",
            0..=0x1f => b"",
            _ => {
                i += 1;
                continue;
            }
        };
        out.extend_from_slice(&b[start..i]);
        if esc.is_empty() {
            const HEX: &[u8; 16] = b"0123456789abcdef";
            out.extend_from_slice(b"\\u00");
            out.push(HEX[(c >> 4) as usize]);
            out.push(HEX[(c & 0xf) as usize]);
        } else {
            out.extend_from_slice(esc);
        }
        i += 1;
        start = i;
    }
    out.extend_from_slice(&b[start..]);
    out.push(b'"');
}

impl Quotation {
    /// Appends the quotation as one line of JSON without the line break:
    /// the bytes `serde_json::to_writer` writes, faster (the `mine`
    /// command's output; a test compares the two).
    pub fn write_json(&self, out: &mut Vec<u8>) -> serde_json::Result<()> {
        let opt = |out: &mut Vec<u8>, v: &Option<String>| match v {
            Some(s) => write_json_str(out, s),
            None => out.extend_from_slice(b"null"),
        };
        out.extend_from_slice(b"{\"doc\":");
        write_json_str(out, &self.doc);
        out.extend_from_slice(b",\"quote\":");
        write_json_str(out, &self.quote);
        out.extend_from_slice(b",\"kind\":\"");
        out.extend_from_slice(self.kind.as_str().as_bytes());
        out.extend_from_slice(b"\",\"speaker\":");
        opt(out, &self.speaker);
        out.extend_from_slice(b",\"speaker_mention\":");
        opt(out, &self.speaker_mention);
        out.extend_from_slice(b",\"speaker_type\":\"");
        out.extend_from_slice(self.speaker_type.as_str().as_bytes());
        out.extend_from_slice(b"\",\"cue\":");
        opt(out, &self.cue);
        out.extend_from_slice(b",\"start\":");
        write_usize(out, self.start);
        out.extend_from_slice(b",\"end\":");
        write_usize(out, self.end);
        out.extend_from_slice(b",\"lang\":");
        write_json_str(out, &self.lang);
        out.extend_from_slice(b",\"confidence\":");
        serde_json::to_writer(&mut *out, &self.confidence)?;
        out.extend_from_slice(b",\"rule\":");
        write_json_str(out, &self.rule);
        if let Some(c) = &self.cited {
            out.extend_from_slice(b",\"cited\":");
            write_json_str(out, c);
        }
        if let Some(r) = &self.role {
            out.extend_from_slice(b",\"role\":");
            write_json_str(out, r);
        }
        out.push(b'}');
        Ok(())
    }
}

#[cfg(test)]
mod fast_json_tests {
    use super::*;

    #[test]
    fn strings_escape_like_serde_json() {
        let mut all = String::new();
        for c in (0u32..0x80).chain([0xe9, 0x2028, 0x201c, 0x1f600]) {
            all.push(char::from_u32(c).unwrap_or('?'));
        }
        let samples = [
            "",
            "plain text that is long enough for eight-byte steps",
            "a\"b\\c\nd\re\tf\u{8}g\u{c}h\u{1}i\u{1f}j\u{7f}k",
            "“Nguyễn” said \"x\" \\ \u{0}",
            "12345678\"2345678\\",
            &all,
        ];
        for s in samples {
            let mut out = Vec::new();
            write_json_str(&mut out, s);
            assert_eq!(out, serde_json::to_vec(s).unwrap(), "{s:?}");
        }
    }

    #[test]
    fn numbers_write_like_format() {
        let mut ns: Vec<usize> = (0..2000).collect();
        for p in 0..20 {
            let t = 10usize.pow(p);
            ns.extend([t - 1, t, t + 1, t / 7 * 9]);
        }
        ns.extend([usize::MAX, usize::MAX - 1, u32::MAX as usize]);
        for n in ns {
            let mut out = Vec::new();
            write_usize(&mut out, n);
            assert_eq!(String::from_utf8(out).unwrap(), format!("{n}"));
        }
    }

    #[test]
    fn quotations_write_like_serde_json() {
        let q = Quotation {
            doc: "d\"1".into(),
            quote: "“We\nwill,” he said \\ \u{1}".into(),
            kind: QuoteKind::Mixed,
            speaker: Some("Nguyễn Văn An".into()),
            speaker_mention: None,
            speaker_type: SpeakerType::Organization,
            cue: Some("said".into()),
            start: 0,
            end: 123_456_789,
            lang: "vi".into(),
            confidence: 0.95,
            rule: "cue-after".into(),
            cited: None,
            role: Some("Chief \"Executive\"".into()),
        };
        let mut variants = vec![q.clone()];
        for conf in [0.0f32, 1.0, 0.5, 0.33, 0.07, 0.1, 0.85, 0.9, 0.6] {
            let mut v = q.clone();
            v.confidence = conf;
            v.cited = Some("AP".into());
            v.role = None;
            v.speaker = None;
            v.speaker_mention = Some("x".into());
            v.kind = QuoteKind::Indirect;
            v.speaker_type = SpeakerType::Unknown;
            variants.push(v);
        }
        for v in variants {
            let mut out = Vec::new();
            v.write_json(&mut out).unwrap();
            assert_eq!(
                String::from_utf8(out).unwrap(),
                serde_json::to_string(&v).unwrap()
            );
        }
    }
}
