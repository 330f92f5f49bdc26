//! Indirect speech found by the blind set's error classes: a reported
//! clause before an inverted cue (`…, said X, an analyst at Y.`), and a
//! clause that opens with a negative word (`No shots were fired, she
//! said.`), which is no denial by the speaker. The snippets were written
//! for these tests; the people and organizations are fictional.

mod common;

use common::{assert_absent, clause, dump, find, run_with_lang};
use quotegraph::model::{QuoteKind, SpeakerType};

fn en(text: &str) -> quotegraph::mine::MinedArticle {
    run_with_lang(text, Some("en"))
}

#[test]
fn clause_before_an_inverted_cue() {
    let m = en(
        "Shares of Fenwick Bank fell on Monday after the quarterly figures.\n\n\
         The next test would be the jobs report on Friday, said Greta Lindholm, an analyst at \
         Harrow Securities.\n\n\
         The sell-off was overdone, said Lindholm.",
    );
    clause(
        &m,
        QuoteKind::Indirect,
        "The next test would be the jobs report on Friday",
        Some("Greta Lindholm"),
    );
    clause(
        &m,
        QuoteKind::Indirect,
        "The sell-off was overdone",
        Some("Greta Lindholm"),
    );
}

#[test]
fn an_inverted_cue_followed_by_more_text_is_no_speaker_of_the_clause() {
    let m = en("Markets fell in Oslo after the figures.\n\n\
         Prices rose sharply, said Lindholm, because fuel was dear.");
    assert_absent(&m, "Prices rose sharply");
}

#[test]
fn a_negative_word_opening_the_clause_is_no_denial() {
    let m = en(
        "Chief Ana Morel spoke to reporters on Tuesday about the standoff in the village.\n\n\
         No shots were fired at any point, she said.\n\n\
         Morel did not say how long the road would stay closed.",
    );
    clause(
        &m,
        QuoteKind::Indirect,
        "No shots were fired at any point",
        Some("Ana Morel"),
    );
    // The denial itself still reports nothing.
    assert_absent(&m, "how long the road would stay closed");
}

#[test]
fn a_group_named_by_a_plural_is_an_unnamed_source() {
    let m = en(
        "The lapped driver had \"made every effort\" to let the leaders through, the stewards said in their decision.\n\n\
         The gates will open an hour early, according to the organisers.\n\n\
         The maker of Crisp Hollow chips and Tundra frozen meals said profit fell.",
    );
    let q = find(
        &m,
        "The lapped driver had \"made every effort\" to let the leaders through",
    );
    assert_eq!(q.speaker_type, SpeakerType::Anonymous, "{}", dump(&m));
    let q = find(&m, "The gates will open an hour early");
    assert_eq!(q.speaker_type, SpeakerType::Anonymous, "{}", dump(&m));
    // `Tundra frozen meals` is the object of `maker of`, not a group.
    assert!(
        !m.quotes
            .iter()
            .any(|q| q.quote.contains("profit fell") && q.speaker_type == SpeakerType::Anonymous),
        "{}",
        dump(&m)
    );
}

#[test]
fn two_appositions_before_the_cue() {
    let m = en(
        "Dana Whitmore, a fund manager at Greyholt Capital, which owns two million shares, said she had sold half the stake.\n\n\
         Inez Carrasco, a researcher at the Open Lens Workshop, an advocacy group, said the light was a fig leaf.",
    );
    let q = find(&m, "she had sold half the stake");
    assert_eq!(q.speaker.as_deref(), Some("Dana Whitmore"), "{}", dump(&m));
    let q = find(&m, "the light was a fig leaf");
    assert_eq!(q.speaker.as_deref(), Some("Inez Carrasco"), "{}", dump(&m));
}

#[test]
fn a_three_word_clause_opened_by_a_subject_pronoun() {
    let m = en("His landlord, Emeka Drummond-Oyelaran, said she was relieved.");
    clause(
        &m,
        QuoteKind::Indirect,
        "she was relieved",
        Some("Emeka Drummond-Oyelaran"),
    );
    // Three words with no pronoun opening them stay no clause.
    let m = en("Emeka Drummond-Oyelaran said Tuesday evening arrangements.");
    assert!(
        m.quotes.iter().all(|q| q.kind == QuoteKind::Direct),
        "{}",
        dump(&m)
    );
}

#[test]
fn the_clause_after_told_starts_after_whom_it_was_told_to() {
    let m = en(
        "Prosecutor Dana Whitlow told the court Orchard had been on parole for three weeks.\n\n\
         Whitlow told reporters on Monday the appeal would fail.\n\n\
         Mayor Ines Carrow told CBC News the bridge would reopen in May.\n\n\
         Carrow warned the repairs could take longer.",
    );
    let texts: Vec<&str> = m.quotes.iter().map(|q| q.quote.as_str()).collect();
    for want in [
        "Orchard had been on parole for three weeks",
        "the appeal would fail",
        "the bridge would reopen in May",
        "the repairs could take longer",
    ] {
        assert!(texts.contains(&want), "{want:?} not in {texts:?}");
    }
}
