//! Indirect speech found by the blind set's error classes: a reported
//! clause before an inverted cue (`…, said X, an analyst at Y.`), and a
//! clause that opens with a negative word (`No shots were fired, she
//! said.`), which is no denial by the speaker. The snippets were written
//! for these tests; the people and organizations are fictional.

mod common;

use common::{assert_absent, assert_type, clause, direct, dump, find, run_with_lang};
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

#[test]
fn a_document_speaks_for_whoever_issued_it() {
    let m = en(
        "The Harlow Valley Water Board said in a statement on Monday that the boil-water \
         advisory would stay in place.\n\n\
         Crews had replaced two valves overnight, the statement said.\n\n\
         \"We know this is frustrating,\" the statement said.",
    );
    clause(
        &m,
        QuoteKind::Indirect,
        "Crews had replaced two valves overnight",
        Some("Harlow Valley Water Board"),
    );
    direct(
        &m,
        "We know this is frustrating,",
        Some("Harlow Valley Water Board"),
    );
}

#[test]
fn a_statement_the_speaker_just_quoted_issued() {
    let m = en(
        "Northgate Health said Monday that emergency wait times had doubled since June.\n\n\
         The statement said patients with minor injuries should visit a clinic instead.",
    );
    clause(
        &m,
        QuoteKind::Indirect,
        "patients with minor injuries should visit a clinic instead",
        Some("Northgate Health"),
    );
}

#[test]
fn a_document_with_no_author_named_is_an_unnamed_source() {
    let m = en("Mayor Ines Carrow opened the new arena on Saturday.\n\n\
         The accused had lived in the house since March, according to court documents.\n\n\
         A report said the arena's roof would need repairs within five years.\n\n\
         The ruling said the province had overstepped its authority.");
    for text in [
        "The accused had lived in the house since March",
        "the arena's roof would need repairs within five years",
        "the province had overstepped its authority",
    ] {
        let q = clause(&m, QuoteKind::Indirect, text, None);
        assert_type(&m, &q, SpeakerType::Anonymous);
    }
}

#[test]
fn an_organization_word_before_a_document_names_its_author() {
    let m = en(
        "Staff from the Westbrook Museum of History returned the drum on Thursday.\n\n\
         The drum was bought by a collector in 1911, according to museum records.\n\n\
         Ferrant Exchange has about two million users, according to its website.",
    );
    clause(
        &m,
        QuoteKind::Indirect,
        "The drum was bought by a collector in 1911",
        Some("Westbrook Museum of History"),
    );
    clause(
        &m,
        QuoteKind::Indirect,
        "Ferrant Exchange has about two million users",
        Some("Ferrant Exchange"),
    );
}

#[test]
fn a_collective_noun_after_told_is_whom_it_was_told_to() {
    let m = en("The driver, Omar Haddad, told police he swerved to avoid a deer.");
    clause(
        &m,
        QuoteKind::Indirect,
        "he swerved to avoid a deer",
        Some("Omar Haddad"),
    );
}

#[test]
fn a_possessive_inside_the_place_after_told() {
    let m = en(
        "Campaign manager Kofi Asante told reporters at the Republican's party that the \
         campaign would not concede.",
    );
    clause(
        &m,
        QuoteKind::Indirect,
        "the campaign would not concede",
        Some("Kofi Asante"),
    );
}

#[test]
fn a_clause_after_the_verbs_phrases_needs_no_that() {
    let m = en(
        "Kestrel Mining said in a statement on Tuesday it would appeal the ruling.\n\n\
         Lorna Vasquez, the union's president, said at a news conference the layoffs were unfair.\n\n\
         Harwick Town Council said Tuesday it had approved the budget.\n\n\
         A father has told of the moment a tree crashed through his roof.",
    );
    clause(
        &m,
        QuoteKind::Indirect,
        "it would appeal the ruling",
        Some("Kestrel Mining"),
    );
    clause(
        &m,
        QuoteKind::Indirect,
        "the layoffs were unfair",
        Some("Lorna Vasquez"),
    );
    clause(
        &m,
        QuoteKind::Indirect,
        "it had approved the budget",
        Some("Harwick Town Council"),
    );
    // `told of` opens a topic, not a reported clause.
    assert_absent(&m, "a tree crashed through his roof");
}

#[test]
fn an_aside_between_the_subject_and_the_verb() {
    let m = en(
        "Kestrel Mining, however, said it would appeal the ruling.\n\n\
         Niamh Brennan SC, defending, said her client had repaid most of the money.\n\n\
         Harwick Town Council, in its response, said it would co-operate fully.\n\n\
         Jane Doe, speaking to reporters, said the water rose quickly overnight.",
    );
    clause(
        &m,
        QuoteKind::Indirect,
        "it would appeal the ruling",
        Some("Kestrel Mining"),
    );
    clause(
        &m,
        QuoteKind::Indirect,
        "her client had repaid most of the money",
        Some("Niamh Brennan SC"),
    );
    clause(
        &m,
        QuoteKind::Indirect,
        "it would co-operate fully",
        Some("Harwick Town Council"),
    );
    clause(
        &m,
        QuoteKind::Indirect,
        "the water rose quickly overnight",
        Some("Jane Doe"),
    );
}

#[test]
fn bare_police_stands_for_the_police_service_named_with_it() {
    let m = en(
        "Police say a driver who hit a cyclist on Route 40 may have damaged the front of the car.\n\n\
         The Harlan Ridge Police Department said in a release that the cyclist was in stable condition.",
    );
    clause(
        &m,
        QuoteKind::Indirect,
        "a driver who hit a cyclist on Route 40 may have damaged the front of the car",
        Some("Harlan Ridge Police Department"),
    );
}

#[test]
fn a_reported_clause_may_open_with_a_quantity() {
    let m = en(
        "Village chief Rosalind Ocampo said at least 32 houses had been washed away.\n\n\
         Ms Farida Nasser, a volunteer, said about 50 families were sleeping in the school.\n\n\
         Dunmore said more than half the flock had been sold.\n\n\
         The ferry operator said at noon the crossing would close.",
    );
    clause(
        &m,
        QuoteKind::Indirect,
        "at least 32 houses had been washed away",
        Some("Rosalind Ocampo"),
    );
    clause(
        &m,
        QuoteKind::Indirect,
        "about 50 families were sleeping in the school",
        Some("Farida Nasser"),
    );
    clause(
        &m,
        QuoteKind::Indirect,
        "more than half the flock had been sold",
        Some("Dunmore"),
    );
    // `at noon` is a time, not a quantity: the clause follows it.
    clause(&m, QuoteKind::Indirect, "the crossing would close", None);
}

#[test]
fn an_apposition_may_name_the_speaker_with_an_organization() {
    let m = en(
        "The builder, Mr Kofi Ansah-Boateng of Adinkra Works Ltd, said the hall was finished a month early.",
    );
    clause(
        &m,
        QuoteKind::Indirect,
        "the hall was finished a month early",
        Some("Kofi Ansah-Boateng"),
    );
}

#[test]
fn an_apposition_may_put_a_few_lower_case_words_before_the_name() {
    let m = en(
        "The walkout was called by the Student Union, whose president, senior Maya Okonjo, said the fees had been raised without notice.\n\n\
         The club's captain, veteran midfielder Ola Brandvik, said the squad was exhausted.",
    );
    clause(
        &m,
        QuoteKind::Indirect,
        "the fees had been raised without notice",
        Some("Maya Okonjo"),
    );
    clause(
        &m,
        QuoteKind::Indirect,
        "the squad was exhausted",
        Some("Ola Brandvik"),
    );
}
