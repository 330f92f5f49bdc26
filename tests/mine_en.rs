//! Rule-by-rule tests of the English quote miner on short news-style snippets
//! written for these tests (all people and organizations are fictional).
//!
//! Expectations follow `docs/format.md` and issue 3: what a careful human
//! reader expects, not what the miner happens to output. A `direct` quote is
//! exactly the text inside the marks; a reported clause (`mixed`, `indirect`)
//! is compared without trailing punctuation, which the spec leaves open.

mod common;

use common::{
    assert_absent, assert_rule, assert_speaker, assert_type, clause, direct, dump, find, find_kind,
    run_with_lang,
};
use quotegraph::mine::MinedArticle;
use quotegraph::model::{QuoteKind, SpeakerType};

// ---------------------------------------------------------------- helpers

/// Mine `text` as an English article and check the offsets invariant
/// (`text[start..end] == quote`) for every quotation.
fn run(text: &str) -> MinedArticle {
    run_with_lang(text, Some("en"))
}

// ------------------------------------------------------- cues beside quotes

#[test]
fn cue_after_name_said() {
    let m = run(
        r#"Midfielder Marta Kowalczyk was named player of the match. "We played our best football of the season," Marta Kowalczyk said after the 3-1 win."#,
    );
    let q = direct(
        &m,
        "We played our best football of the season,",
        Some("Marta Kowalczyk"),
    );
    assert_rule(&m, &q, "cue-after");
    assert_eq!(q.cue.as_deref(), Some("said"));
    assert_type(&m, &q, SpeakerType::Person);
}

#[test]
fn cue_after_inverted_said_x() {
    let m = run(
        r#""The verdict sends a clear message to every landlord in this city," said prosecutor Daniel Okafor."#,
    );
    let q = direct(
        &m,
        "The verdict sends a clear message to every landlord in this city,",
        Some("Daniel Okafor"),
    );
    assert_rule(&m, &q, "cue-after");
}

#[test]
fn cue_before_said_colon() {
    let m = run(r#"Mayor Linda Trask said: "The bridge will reopen to traffic in March.""#);
    let q = direct(
        &m,
        "The bridge will reopen to traffic in March.",
        Some("Linda Trask"),
    );
    assert_rule(&m, &q, "cue-before");
}

#[test]
fn cue_before_said_without_colon() {
    let m = run(r#"Linda Trask said "the delays are entirely the contractor's fault.""#);
    let q = direct(
        &m,
        "the delays are entirely the contractor's fault.",
        Some("Linda Trask"),
    );
    assert_rule(&m, &q, "cue-before");
}

#[test]
fn cue_after_with_lowercase_role_before_name() {
    let m = run(
        r#"Talks broke down on Thursday. "We are ready to strike on Friday," union leader Bev Castillo said."#,
    );
    let q = direct(
        &m,
        "We are ready to strike on Friday,",
        Some("Bev Castillo"),
    );
    assert_rule(&m, &q, "cue-after");
}

#[test]
fn told_object_is_not_the_speaker() {
    let m = run(r#"Goalkeeper Sven Lund told the BBC: "I should have saved the second goal.""#);
    direct(
        &m,
        "I should have saved the second goal.",
        Some("Sven Lund"),
    );
}

#[test]
fn title_prefix_stripped_from_speaker() {
    let m = run(
        r#""Interest rates will stay where they are for now," Finance Minister Helga Brandt said on Monday."#,
    );
    let q = direct(
        &m,
        "Interest rates will stay where they are for now,",
        Some("Helga Brandt"),
    );
    assert!(
        q.role
            .as_deref()
            .is_some_and(|r| r.contains("Finance Minister")),
        "role should keep the title; found:\n{}",
        dump(&m)
    );
}

#[test]
fn honorific_dr_stripped_with_curly_quotes() {
    let m = run(
        "“The vaccine was 94 percent effective in older adults,” said Dr. Amelia Hart, the trial’s lead investigator.",
    );
    direct(
        &m,
        "The vaccine was 94 percent effective in older adults,",
        Some("Amelia Hart"),
    );
}

#[test]
fn apposition_between_name_and_verb() {
    let m = run(
        r#""The injuries were consistent with a fall from height," Amara Delacroix, a forensic pathologist, told the court."#,
    );
    let q = direct(
        &m,
        "The injuries were consistent with a fall from height,",
        Some("Amara Delacroix"),
    );
    assert_rule(&m, &q, "cue-after");
}

#[test]
fn relative_clause_between_name_and_verb() {
    let m = run(
        r#""We want a ceasefire within days, not weeks," Tariq al-Mansour, who is visiting Ankara this week, said."#,
    );
    direct(
        &m,
        "We want a ceasefire within days, not weeks,",
        Some("Tariq al-Mansour"),
    );
}

#[test]
fn press_release_said_name_comma_role() {
    let m = run(
        r#""We are thrilled to welcome Dana Whitlock to the team," said Robert Vint, chief executive of Acme Robotics. "Her experience in supply chains will be invaluable.""#,
    );
    direct(
        &m,
        "We are thrilled to welcome Dana Whitlock to the team,",
        Some("Robert Vint"),
    );
    let q = direct(
        &m,
        "Her experience in supply chains will be invaluable.",
        Some("Robert Vint"),
    );
    assert_rule(&m, &q, "continuation");
}

#[test]
fn question_cue_asked() {
    let m = run(
        r#""Why would we sell now, when the business has never been stronger?" asked chairman Otto Klein."#,
    );
    direct(
        &m,
        "Why would we sell now, when the business has never been stronger?",
        Some("Otto Klein"),
    );
}

#[test]
fn uncommon_cue_verb_sighed() {
    let m = run(
        r#""We are still waiting for the money the government promised," farmer Joseph Mwangi sighed."#,
    );
    direct(
        &m,
        "We are still waiting for the money the government promised,",
        Some("Joseph Mwangi"),
    );
}

#[test]
fn split_quote_around_cue() {
    let m = run(
        "Economist Giulia Bianchi is unconvinced.\n\n\"The economy,\" Bianchi said, \"is in far better shape than the critics claim.\"",
    );
    direct(&m, "The economy,", Some("Giulia Bianchi"));
    direct(
        &m,
        "is in far better shape than the critics claim.",
        Some("Giulia Bianchi"),
    );
}

#[test]
fn speaker_not_taken_from_subordinate_clause() {
    let m = run(
        r#""We are not going to negotiate in public," said Lydia Crane, a spokeswoman for the ministry, when asked whether President Harold Voss had spoken to the rebel leaders."#,
    );
    direct(
        &m,
        "We are not going to negotiate in public,",
        Some("Lydia Crane"),
    );
}

#[test]
fn saying_participle_introduces_quote() {
    let m = run(
        r#"Senator Paul Ridley walked out of the hearing, saying "I will not dignify that question with an answer.""#,
    );
    direct(
        &m,
        "I will not dignify that question with an answer.",
        Some("Paul Ridley"),
    );
}

#[test]
fn colon_sentence_introduces_next_paragraph_quote() {
    let m = run(
        "Manager Dolores Vance had a simple explanation for the defeat:\n\n\"We ran out of legs in the second half.\"",
    );
    let q = direct(
        &m,
        "We ran out of legs in the second half.",
        Some("Dolores Vance"),
    );
    assert_rule(&m, &q, "colon-speaker");
}

#[test]
fn dash_introduces_quote() {
    let m = run(
        r#"Opposition leader Kwame Asante was defiant after the ruling — "We will keep fighting this in every court in the land.""#,
    );
    direct(
        &m,
        "We will keep fighting this in every court in the land.",
        Some("Kwame Asante"),
    );
}

// ------------------------------------------- pronouns, short forms, references

#[test]
fn pronoun_resolves_to_previous_speaker() {
    let m = run(
        r#"Team captain Jonas Whitfield did not hide his frustration after the loss. "We were not good enough today, and everyone in that dressing room knows it," he said."#,
    );
    let q = direct(
        &m,
        "We were not good enough today, and everyone in that dressing room knows it,",
        Some("Jonas Whitfield"),
    );
    assert_eq!(q.speaker_mention.as_deref(), Some("he"), "{}", dump(&m));
}

#[test]
fn she_skips_nearer_male_mention() {
    let m = run(
        r#"Judge Rosa Delgado listened as the defence lawyer, Peter Ames, finished his argument. "That argument has no basis in law," she said."#,
    );
    direct(
        &m,
        "That argument has no basis in law,",
        Some("Rosa Delgado"),
    );
}

#[test]
fn pronoun_with_added_cue() {
    let m = run(
        "Captain Jonas Whitfield signed a new two-year contract on Friday.\n\n\"This club is my home,\" Whitfield said. \"And we have the deepest squad in the league,\" he added.",
    );
    direct(&m, "This club is my home,", Some("Jonas Whitfield"));
    let q = direct(
        &m,
        "And we have the deepest squad in the league,",
        Some("Jonas Whitfield"),
    );
    assert_eq!(q.cue.as_deref(), Some("added"), "{}", dump(&m));
}

#[test]
fn surname_resolves_to_full_name() {
    let m = run(
        "Economist Farida Osei has warned for months that inflation would return.\n\n\"Prices are sticky, and wages are finally catching up,\" Osei said.",
    );
    let q = direct(
        &m,
        "Prices are sticky, and wages are finally catching up,",
        Some("Farida Osei"),
    );
    assert_eq!(q.speaker_mention.as_deref(), Some("Osei"), "{}", dump(&m));
}

#[test]
fn surname_not_confused_with_other_person_in_sentence() {
    let m = run(
        r#"Press secretary Lydia Crane said President Harold Voss had not yet decided. "The president is weighing every option," Crane said."#,
    );
    direct(
        &m,
        "The president is weighing every option,",
        Some("Lydia Crane"),
    );
}

#[test]
fn description_reference_resolves_to_named_person() {
    let m = run(
        "Astronomer Lena Fischer first spotted the comet in January.\n\n\"It is brighter than anything we have seen in a decade,\" the astronomer was quoted as saying.",
    );
    let q = direct(
        &m,
        "It is brighter than anything we have seen in a decade,",
        Some("Lena Fischer"),
    );
    assert_rule(&m, &q, "cue-after");
}

#[test]
fn two_people_same_surname() {
    let m = run(
        "Anna Brandt and her brother Tomas Brandt founded the bakery chain in 2009.\n\n\"We never expected to grow this fast,\" Anna Brandt said.\n\n\"Flour prices doubled last year,\" Tomas Brandt said.",
    );
    direct(
        &m,
        "We never expected to grow this fast,",
        Some("Anna Brandt"),
    );
    direct(&m, "Flour prices doubled last year,", Some("Tomas Brandt"));
}

#[test]
fn first_name_reference_disambiguates_siblings() {
    let m = run(
        "Anna Brandt and her brother Tomas Brandt founded the bakery chain in 2009.\n\n\"Opening a second shop was my sister's idea,\" Tomas said.",
    );
    direct(
        &m,
        "Opening a second shop was my sister's idea,",
        Some("Tomas Brandt"),
    );
}

// ------------------------------------------------------------ continuation

#[test]
fn continuation_next_sentence() {
    let m = run(
        r#""We will appeal this verdict," defence lawyer Colin Marsh said. "The jury never heard the full story.""#,
    );
    direct(&m, "We will appeal this verdict,", Some("Colin Marsh"));
    let q = direct(
        &m,
        "The jury never heard the full story.",
        Some("Colin Marsh"),
    );
    assert_rule(&m, &q, "continuation");
    assert_eq!(q.speaker_mention, None, "{}", dump(&m));
}

#[test]
fn continuation_next_paragraph() {
    let m = run(
        "\"Our first quarter was the strongest in the company's history,\" chief executive Nadia Ferreira said on a call with analysts.\n\n\"We expect the second quarter to be even better.\"",
    );
    let q = direct(
        &m,
        "We expect the second quarter to be even better.",
        Some("Nadia Ferreira"),
    );
    assert_rule(&m, &q, "continuation");
}

#[test]
fn continuation_follows_latest_speaker() {
    let m = run(
        "\"The plan is fully costed,\" Transport Secretary Owen Pike said.\n\nShadow transport secretary Janet Ruiz disagreed: \"These numbers do not add up.\"\n\n\"Not one of them has been checked by the Treasury.\"",
    );
    direct(&m, "The plan is fully costed,", Some("Owen Pike"));
    direct(&m, "These numbers do not add up.", Some("Janet Ruiz"));
    direct(
        &m,
        "Not one of them has been checked by the Treasury.",
        Some("Janet Ruiz"),
    );
}

// ------------------------------------------------------- quote mark handling

#[test]
fn multi_paragraph_quote() {
    let text = "Senator Grace Holloway read from a prepared statement:\n\n\"This bill protects working families.\n\n\"It protects the small businesses that employ them.\n\n\"And it protects the future of this state.\"\n\nThe vote is expected on Thursday.";
    let m = run(text);
    for sentence in [
        "This bill protects working families.",
        "It protects the small businesses that employ them.",
        "And it protects the future of this state.",
    ] {
        let q = find_kind(&m, sentence, QuoteKind::Direct);
        assert_speaker(&m, q, Some("Grace Holloway"));
    }
    assert_absent(&m, "The vote is expected");
    assert!(
        m.quotes.iter().all(|q| !q.quote.trim().is_empty()),
        "a blank quote was found:\n{}",
        dump(&m)
    );
}

#[test]
fn unmatched_quote_mark_recovers_locally() {
    // The first mark never closes; the next paragraph does not reopen, so
    // this cannot be a multi-paragraph quote.
    let m = run(
        "The union's statement called the offer \"insulting and said talks were over.\n\nNegotiators left the building shortly after noon.\n\n\"We are ready to strike on Friday,\" union leader Bev Castillo said.",
    );
    direct(
        &m,
        "We are ready to strike on Friday,",
        Some("Bev Castillo"),
    );
    assert_absent(&m, "Negotiators left");
}

#[test]
fn unmatched_quote_mark_same_paragraph() {
    let m = run(
        "The union called the offer \"insulting and walked out of the talks. \"We are ready to strike on Friday,\" union leader Bev Castillo said.",
    );
    direct(
        &m,
        "We are ready to strike on Friday,",
        Some("Bev Castillo"),
    );
    assert_absent(&m, "walked out");
}

#[test]
fn stray_closing_mark_does_not_swallow_next_quote() {
    let m = run(
        "The chairman's letter was released on Monday.\" It was signed by all nine directors.\n\n\"This is a turnaround story,\" said Priya Nair, an analyst at Halden Securities.",
    );
    direct(&m, "This is a turnaround story,", Some("Priya Nair"));
    assert_absent(&m, "nine directors");
}

#[test]
fn apostrophes_and_inch_marks_not_quotes() {
    let m = run(
        r#"The players’ union backed the 6'8" centre Marcus O'Neill, who scored 30 points in Saturday's win. "It's a team effort, it always has been," O'Neill said."#,
    );
    direct(
        &m,
        "It's a team effort, it always has been,",
        Some("Marcus O'Neill"),
    );
    assert_absent(&m, "centre");
    assert_eq!(
        m.quotes.len(),
        1,
        "only one quotation expected:\n{}",
        dump(&m)
    );
}

#[test]
fn single_quotes_british_style() {
    let m = run(
        "'We haven't been told anything by the council,' resident Margaret Pryce said. 'It's a disgrace.'",
    );
    direct(
        &m,
        "We haven't been told anything by the council,",
        Some("Margaret Pryce"),
    );
    direct(&m, "It's a disgrace.", Some("Margaret Pryce"));
}

#[test]
fn guillemets() {
    let m = run(
        "«We will not back down on the pension reform,» Labour Minister Pierre Lemaire told parliament.",
    );
    direct(
        &m,
        "We will not back down on the pension reform,",
        Some("Pierre Lemaire"),
    );
}

#[test]
fn low_high_quotes() {
    let m = run("„Our engineers need more time,“ said Klaus Berger, a spokesman for the carmaker.");
    direct(&m, "Our engineers need more time,", Some("Klaus Berger"));
}

#[test]
fn corner_brackets() {
    let m = run(
        "「This is the proudest day of my career,」 sprinter Kenji Watanabe said after the final.",
    );
    direct(
        &m,
        "This is the proudest day of my career,",
        Some("Kenji Watanabe"),
    );
}

#[test]
fn nested_quotes() {
    let m = run(
        r#""When the referee told me 'that was a dive,' I could not believe what I was hearing," striker Leo Marchetti said."#,
    );
    direct(
        &m,
        "When the referee told me 'that was a dive,' I could not believe what I was hearing,",
        Some("Leo Marchetti"),
    );
    // The inner words are the referee's, not a separate statement by Marchetti.
    let inner = find(&m, "that was a dive");
    assert!(
        inner.quote.starts_with("When the referee"),
        "the outer quote should be the one found first:\n{}",
        dump(&m)
    );
    assert!(
        !m.quotes.iter().any(|q| q.quote == "that was a dive,"
            && q.speaker.as_deref() == Some("Leo Marchetti")),
        "the inner quote is not Marchetti's statement:\n{}",
        dump(&m)
    );
}

#[test]
fn scare_quote_without_cue_not_a_statement() {
    let m =
        run(r#"Critics have questioned the so-called "miracle cure" sold online by the clinic."#);
    assert_absent(&m, "miracle cure");
}

#[test]
fn title_of_work_not_a_statement() {
    let m = run(
        r#"Her debut novel, "The Salt Orchard," topped the bestseller list this week, and the film "Winter Harbour" opens in cinemas on Friday."#,
    );
    assert!(m.quotes.is_empty(), "no quotations expected:\n{}", dump(&m));
}

// ------------------------------------------------------------- mixed speech

#[test]
fn mixed_quote_fragment_credited() {
    let m = run(
        r#"Finance Minister Oskar Lind said the budget was "fully funded" and would pass next week."#,
    );
    direct(&m, "fully funded", Some("Oskar Lind"));
    clause(
        &m,
        QuoteKind::Mixed,
        r#"the budget was "fully funded" and would pass next week"#,
        Some("Oskar Lind"),
    );
}

#[test]
fn mixed_fragment_rule_is_cue_in_sentence() {
    // docs/format.md, sieve 3: `Obama said Tehran was negotiating "seriously"`.
    let m = run(
        r#"Finance Minister Oskar Lind said the budget was "fully funded" and would pass next week."#,
    );
    let q = direct(&m, "fully funded", Some("Oskar Lind"));
    assert_rule(&m, &q, "cue-in-sentence");
}

// ------------------------------------------------ anonymous and organizations

#[test]
fn anonymous_source_officials() {
    let m = run(r#""The talks are at a critical stage," U.S. officials said on Thursday."#);
    let q = direct(&m, "The talks are at a critical stage,", None);
    assert_type(&m, &q, SpeakerType::Anonymous);
    assert!(
        q.speaker_mention
            .as_deref()
            .is_some_and(|s| s.contains("officials")),
        "mention should be the officials; found:\n{}",
        dump(&m)
    );
}

#[test]
fn anonymous_according_to_people_briefed() {
    let m = run(
        "The board is expected to approve the takeover next week, according to people briefed on the matter.",
    );
    let q = clause(
        &m,
        QuoteKind::Indirect,
        "The board is expected to approve the takeover next week",
        None,
    );
    assert_type(&m, &q, SpeakerType::Anonymous);
    assert_rule(&m, &q, "indirect-according");
}

#[test]
fn organization_speaker_the_company_said() {
    let m = run(
        "Northwind Logistics announced 400 job cuts on Monday.\n\n\"These decisions were not taken lightly,\" the company said in a statement.",
    );
    let q = direct(
        &m,
        "These decisions were not taken lightly,",
        Some("Northwind Logistics"),
    );
    assert_type(&m, &q, SpeakerType::Organization);
    assert_eq!(
        q.speaker_mention.as_deref(),
        Some("the company"),
        "{}",
        dump(&m)
    );
}

#[test]
fn newspaper_reference_resolves_to_named_paper() {
    let m = run(
        "The Riverside Tribune first reported the resignation on Sunday.\n\n\"The mayor's office did not respond to repeated requests for comment,\" the newspaper said.",
    );
    let q = direct(
        &m,
        "The mayor's office did not respond to repeated requests for comment,",
        Some("Riverside Tribune"),
    );
    assert_type(&m, &q, SpeakerType::Organization);
}

#[test]
fn newspaper_short_name_the_journal() {
    let m = run(
        "The Harbour Valley Journal obtained a copy of the letter.\n\n\"The letter was signed by all nine directors,\" the Journal said.",
    );
    let q = direct(
        &m,
        "The letter was signed by all nine directors,",
        Some("Harbour Valley Journal"),
    );
    assert_type(&m, &q, SpeakerType::Organization);
}

#[test]
fn nested_attribution_citing_records_cited() {
    let m = run(
        "The Riverside Tribune, citing court records, said the developer owed $2 million in unpaid taxes.",
    );
    let q = clause(
        &m,
        QuoteKind::Indirect,
        "the developer owed $2 million in unpaid taxes",
        Some("Riverside Tribune"),
    );
    assert!(
        q.cited
            .as_deref()
            .is_some_and(|c| c.contains("court records")),
        "cited should record the court records; found:\n{}",
        dump(&m)
    );
}

// ------------------------------------------- speakers across sentences

#[test]
fn quote_after_narrative_paragraph_continues_speaker() {
    let m = run(
        "Artist Ines Valdor has run the kiln for thirty years.\n\n\"Clay forgives nothing,\" she said. \"You learn that early.\"\n\nShe wiped her hands on her apron and looked out at the yard.\n\n\"Every pot is a small argument with the fire.\"",
    );
    let q = direct(
        &m,
        "Every pot is a small argument with the fire.",
        Some("Ines Valdor"),
    );
    assert_rule(&m, &q, "continuation");
}

#[test]
fn opening_quote_goes_to_subject_of_sentence_before() {
    let m = run(
        "Harbor pilot Tomas Brennick does not look up when the radio crackles. He simply raises a hand.\n\n\"Wait. The tide decides, not me.\"",
    );
    let q = direct(
        &m,
        "Wait. The tide decides, not me.",
        Some("Tomas Brennick"),
    );
    assert_rule(&m, &q, "previous-subject");
}

#[test]
fn shared_surname_stays_with_first_bearer() {
    let m = run(
        "Chef Miriam Okafor has run the harbor kitchen since 1990. Okafor still bakes every loaf herself.\n\nHer son, Daniel Okafor, who runs the cafe, said the visitors come for the bread.\n\n\"People think bread is simple. It is not,\" Okafor said.",
    );
    direct(
        &m,
        "People think bread is simple. It is not,",
        Some("Miriam Okafor"),
    );
}

#[test]
fn relative_clause_subject_is_the_name() {
    let m = run(
        r#"The lead violinist of the Eastbrook Quartet, Petra Lindqvist, who called the hall "the best room in the country," will return next spring."#,
    );
    direct(&m, "the best room in the country,", Some("Petra Lindqvist"));
}

#[test]
fn party_tag_is_no_speaker() {
    let m = run(
        r#"State Sen. Walter Gamboa, R-Pine Ridge, opposed the bill. He said it rested on "hope and accounting tricks" rather than real savings."#,
    );
    direct(&m, "hope and accounting tricks", Some("Walter Gamboa"));
}

#[test]
fn said_description_then_name() {
    let m = run(r#""We packed the car in ten minutes," said her husband, Emil Strand."#);
    let q = direct(&m, "We packed the car in ten minutes,", Some("Emil Strand"));
    assert_rule(&m, &q, "cue-after");
}

#[test]
fn saying_shares_the_subject_of_the_main_verb() {
    let m = run(
        r#"Critic Ada Brightwater wrote that the novel was overlong, calling its ending "a door slammed on the reader.""#,
    );
    direct(&m, "a door slammed on the reader.", Some("Ada Brightwater"));
}

#[test]
fn quote_only_verb_before_to_is_no_cue() {
    let m = run(
        r#"Coach Omar Vessel told members the club would continue to spend "only what we have in the bank.""#,
    );
    direct(&m, "only what we have in the bank.", Some("Omar Vessel"));
}

#[test]
fn negated_verb_is_skipped_for_the_cue_before() {
    let m = run(
        r#"A Brightline Rail spokesman said the firm does not comment on "speculation about fares.""#,
    );
    let q = direct(&m, "speculation about fares.", None);
    assert_type(&m, &q, SpeakerType::Anonymous);
    assert_eq!(
        q.speaker_mention.as_deref(),
        Some("A Brightline Rail spokesman"),
        "{}",
        dump(&m)
    );
}

#[test]
fn official_at_ministry_is_unnamed_source() {
    let m = run(
        r#"A senior official at the Harbor Ministry, who asked not to be named, said the permits were "still being checked.""#,
    );
    let q = direct(&m, "still being checked.", None);
    assert_type(&m, &q, SpeakerType::Anonymous);
}

#[test]
fn spokesman_for_title_is_unnamed_source() {
    let m = run(
        r#"Senator Ruth Calloway wrote to the governor on Monday. A spokesman for the governor said the letter was "being reviewed carefully.""#,
    );
    let q = direct(&m, "being reviewed carefully.", None);
    assert_type(&m, &q, SpeakerType::Anonymous);
}

#[test]
fn accused_x_of_quote_is_the_accuser() {
    let m = run(
        r#"Councillor Bea Marchetti accused the mayor of "governing by slogan," drawing laughter from the gallery."#,
    );
    direct(&m, "governing by slogan,", Some("Bea Marchetti"));
}

#[test]
fn apposition_with_org_head_makes_an_organization() {
    let m = run(
        r#"Lakeshore Grid, the utility that serves the county, said in a statement that it was "reviewing every outage." The company said crews were working through the night."#,
    );
    let q = direct(&m, "reviewing every outage.", Some("Lakeshore Grid"));
    assert_type(&m, &q, SpeakerType::Organization);
}

#[test]
fn lowercase_level_of_government_is_part_of_the_name() {
    let m = run(
        r#"The state Department of Transport said in a statement that repairs were "on schedule.""#,
    );
    direct(&m, "on schedule.", Some("state Department of Transport"));
}

#[test]
fn the_senator_matches_abbreviated_title() {
    let m = run(
        "State Sen. Priya Holt visited the shelter on Friday.\n\n\"Nobody here should sleep on a floor,\" the senator said.",
    );
    direct(
        &m,
        "Nobody here should sleep on a floor,",
        Some("Priya Holt"),
    );
}

// ------------------------------------------------------------ boilerplate

#[test]
fn byline_and_related_links_yield_nothing() {
    let m = run(
        "By Harriet Moss\n\nGLASGOW — \"We will rebuild this club from the bottom up,\" new owner Callum Reid said on Wednesday.\n\nRelated: Fans react: \"A dark day for Scottish football\"\n\nHarriet Moss is a sports reporter. Follow her on Twitter.",
    );
    direct(
        &m,
        "We will rebuild this club from the bottom up,",
        Some("Callum Reid"),
    );
    assert_absent(&m, "dark day");
    assert!(
        m.quotes
            .iter()
            .all(|q| q.speaker.as_deref() != Some("Harriet Moss")),
        "the byline author is not a speaker:\n{}",
        dump(&m)
    );
}

// ---------------------------------------------------------- indirect speech

#[test]
fn dateline_not_part_of_clause() {
    let m = run(
        "LONDON (Reuters) - The central bank will hold interest rates steady this year, Governor Anil Mehta said on Thursday.",
    );
    let q = clause(
        &m,
        QuoteKind::Indirect,
        "The central bank will hold interest rates steady this year",
        Some("Anil Mehta"),
    );
    assert_rule(&m, &q, "indirect-final");
}

#[test]
fn indirect_final_with_pronoun() {
    let m = run(
        "Ingrid Solberg, chief executive of Halvorsen Group, spoke to analysts on Tuesday. The merger will close by the end of the year, she said.",
    );
    let q = clause(
        &m,
        QuoteKind::Indirect,
        "The merger will close by the end of the year",
        Some("Ingrid Solberg"),
    );
    assert_rule(&m, &q, "indirect-final");
}

#[test]
fn said_on_tuesday_that_clause() {
    let m = run(
        "Health Secretary Maria Lopes said on Tuesday that hospitals would receive an extra £2 billion next year.",
    );
    let q = clause(
        &m,
        QuoteKind::Indirect,
        "hospitals would receive an extra £2 billion next year",
        Some("Maria Lopes"),
    );
    assert_rule(&m, &q, "indirect-cue");
}

#[test]
fn told_y_that_clause() {
    let m =
        run("Defence lawyer Ines Moreau told the jury that her client had been at home all night.");
    clause(
        &m,
        QuoteKind::Indirect,
        "her client had been at home all night",
        Some("Ines Moreau"),
    );
}

#[test]
fn warned_that_clause() {
    let m = run("Central bank governor Paolo Rossi warned that a recession was likely next year.");
    clause(
        &m,
        QuoteKind::Indirect,
        "a recession was likely next year",
        Some("Paolo Rossi"),
    );
}

#[test]
fn reiterated_that_clause() {
    let m = run("Prime Minister Alana Kerr reiterated that the election would go ahead in May.");
    clause(
        &m,
        QuoteKind::Indirect,
        "the election would go ahead in May",
        Some("Alana Kerr"),
    );
}

#[test]
fn according_to_clause() {
    let m =
        run("According to police spokesman Derek Hale, the suspect fled on foot toward the river.");
    let q = clause(
        &m,
        QuoteKind::Indirect,
        "the suspect fled on foot toward the river",
        Some("Derek Hale"),
    );
    assert_rule(&m, &q, "indirect-according");
}

#[test]
fn negated_cue_no_indirect() {
    let m = run(
        "The minister did not say whether taxes would rise. Coach Luis Diaz declined to say when the striker would return.",
    );
    assert!(m.quotes.is_empty(), "no quotations expected:\n{}", dump(&m));
}

// ------------------------------------------------------ whole-article checks

/// The `rule` names listed in docs/format.md.
const DOCUMENTED_RULES: &[&str] = &[
    "cue-after",
    "cue-before",
    "cue-in-sentence",
    "cue-later-in-sentence",
    "cue-before-colon",
    "continuation",
    "previous-subject",
    "indirect-cue",
    "indirect-final",
    "indirect-according",
    "colon-speaker",
    "none",
];

#[test]
fn every_rule_name_is_documented() {
    for text in [
        include_str!("fixtures/mine/court_report_en.txt"),
        "Manager Dolores Vance had a simple explanation for the defeat:\n\n\"We ran out of legs in the second half.\"",
        "Opposition leader Kwame Asante was defiant after the ruling — \"We will keep fighting this in every court in the land.\"",
        "According to police spokesman Derek Hale, the suspect fled on foot toward the river.",
    ] {
        let m = run(text);
        for q in &m.quotes {
            assert!(
                DOCUMENTED_RULES.contains(&q.rule.as_str()),
                "undocumented rule {:?}; found:\n{}",
                q.rule,
                dump(&m)
            );
        }
    }
}

#[test]
fn language_detected_without_hint() {
    let m = run_with_lang(
        "\"The harvest was the worst in twenty years,\" farmer Joseph Mwangi said on Friday. He said the rains had come too late for most of the valley.",
        None,
    );
    assert_eq!(m.lang, "en");
    direct(
        &m,
        "The harvest was the worst in twenty years,",
        Some("Joseph Mwangi"),
    );
}

fn court_report() -> (&'static str, MinedArticle) {
    let text = include_str!("fixtures/mine/court_report_en.txt");
    (text, run(text))
}

#[test]
fn fixture_court_report_direct_quotes() {
    let (_, m) = court_report();
    direct(
        &m,
        "every retired firefighter and teacher in this city.",
        Some("Ellen Marsh"),
    );
    direct(
        &m,
        "You had every chance to stop, and you chose not to,",
        Some("Ellen Marsh"),
    );
    direct(&m, "I am ashamed of what I did,", Some("Raymond Colfax"));
    direct(
        &m,
        "I will spend the rest of my life trying to make it right.",
        Some("Raymond Colfax"),
    );
    direct(
        &m,
        "The sentence reflects the scale of the harm,",
        Some("Wendy Ocampo"),
    );
}

#[test]
fn fixture_court_report_told_y_that_mixed_clause() {
    let (_, m) = court_report();
    clause(
        &m,
        QuoteKind::Mixed,
        r#"he had betrayed "every retired firefighter and teacher in this city.""#,
        Some("Ellen Marsh"),
    );
}

#[test]
fn fixture_court_report_indirect_after_apposition() {
    let (_, m) = court_report();
    clause(
        &m,
        QuoteKind::Indirect,
        "his client would not appeal",
        Some("Nathan Pruitt"),
    );
}

#[test]
fn fixture_court_report_boilerplate() {
    let (_, m) = court_report();
    assert_absent(&m, "recover $1.2 million");
    assert_absent(&m, "covers the courts");
    assert!(
        m.quotes
            .iter()
            .all(|q| q.speaker.as_deref() != Some("Tessa Grainger")),
        "the byline author is not a speaker:\n{}",
        dump(&m)
    );
}

// ------------------------------- descriptions by nationality, party, kin

#[test]
fn demonym_noun_is_the_person_introduced_with_that_country() {
    let m = run(
        r#"Denmark's Anders Holm won the stage ahead of Marco Ricci. "That is not luck," the Dane said."#,
    );
    let q = direct(&m, "That is not luck,", Some("Anders Holm"));
    assert_type(&m, &q, SpeakerType::Person);
    assert_eq!(q.speaker_mention.as_deref(), Some("the Dane"));
    // `Dane` names nobody.
    assert!(
        !m.entities
            .iter()
            .any(|e| e.forms.iter().any(|(f, _)| f == "Dane")),
        "an entity named Dane: {:?}",
        m.entities
    );
}

#[test]
fn demonym_meets_adjective_and_country_through_the_pivot() {
    let m = run(
        r#"Kenyan runner Wanjiru Mbeki finished ahead of Pablo Ruiz of Spain and Sarah Collins. "The heat was brutal," the Kenyan told reporters. "I never doubted," the Spaniard said."#,
    );
    direct(&m, "The heat was brutal,", Some("Wanjiru Mbeki"));
    direct(&m, "I never doubted,", Some("Pablo Ruiz"));
}

#[test]
fn demonym_after_inverted_cue_and_after_who_is() {
    let m = run(
        r#"The Chilean Joaquín Ortiz took the title from Lars Berg. "I dreamed of this since I was a boy," said the Chilean.

Wanjiru Mbeki, who is Kenyan, beat Sarah Collins, a Canadian. "The heat was brutal," said the Kenyan."#,
    );
    direct(
        &m,
        "I dreamed of this since I was a boy,",
        Some("Joaquín Ortiz"),
    );
    direct(&m, "The heat was brutal,", Some("Wanjiru Mbeki"));
}

#[test]
fn nationality_adjective_before_a_name_is_a_role() {
    let m = run(
        r#"The 24-year-old Indonesian Putri Wulandari won easily. "I felt strong," the 24-year-old Indonesian said."#,
    );
    direct(&m, "I felt strong,", Some("Putri Wulandari"));
}

#[test]
fn demonym_with_no_one_of_that_country_is_the_person_in_focus() {
    let m = run(r#"Erik Lund crossed the line first. "We trained all winter," the Swede said."#);
    direct(&m, "We trained all winter,", Some("Erik Lund"));
    // Someone said to be of another country is not the Swede.
    let m = run(
        r#"Pablo Ruiz of Spain crossed the line first. "We trained all winter," the Swede said."#,
    );
    let q = direct(&m, "We trained all winter,", None);
    assert_type(&m, &q, SpeakerType::Anonymous);
}

#[test]
fn given_name_that_is_a_demonym_stays_a_name() {
    let m = run(r#"Finn Walker scored twice. "Great day," Finn said."#);
    direct(&m, "Great day,", Some("Finn Walker"));
}

#[test]
fn party_member_is_the_person_introduced_with_that_party() {
    let m = run(
        r#"Sen. Tom Reyes (D-Ohio) clashed with Rep. Bridget McAllister, a Republican. "We need these roads," the Democrat said. "This is a waste of money," the Republican said."#,
    );
    direct(&m, "We need these roads,", Some("Tom Reyes"));
    direct(&m, "This is a waste of money,", Some("Bridget McAllister"));
    let m = run(
        r#"Republican Sen. Ruth Alder spoke before Gov. Dan Whitley. "The bill is dead," the Republican added."#,
    );
    direct(&m, "The bill is dead,", Some("Ruth Alder"));
}

#[test]
fn relative_named_in_apposition_then_described_again() {
    let m = run(
        r#"Her father, Dragan Kovac, a retired miner, said the mine had closed years ago. Officer Paul Dent listened. "We never had a choice," her father said. "Nobody asked us," he said."#,
    );
    let q = direct(&m, "We never had a choice,", Some("Dragan Kovac"));
    assert_eq!(q.speaker_mention.as_deref(), Some("her father"));
    direct(&m, "Nobody asked us,", Some("Dragan Kovac"));
}

#[test]
fn relative_of_someone_named_by_possessive() {
    let m = run(
        r#"The boy's mother, Lena Varga, spoke to reporters. Officer Paul Dent was there. "He was a gentle child," the boy's mother said."#,
    );
    direct(&m, "He was a gentle child,", Some("Lena Varga"));
}

#[test]
fn relative_never_named_is_nobody_named() {
    let m = run(r#"Ana Kovac said her father had worked there. "It was hard," her father said."#);
    let q = direct(&m, "It was hard,", None);
    assert_type(&m, &q, SpeakerType::Anonymous);
}

#[test]
fn relative_named_a_few_sentences_later() {
    let m = run(
        r#"The accused sat still as his younger brother told jurors that the accounts never added up. The trial is in its second week. His brother, Andre Whitcomb, testified for three hours."#,
    );
    clause(
        &m,
        QuoteKind::Indirect,
        "the accounts never added up",
        Some("Andre Whitcomb"),
    );
}

#[test]
fn everyday_relation_title_is_cut_off_the_name() {
    let m = run(r#""She was always laughing," Co-star Amara Okonkwo said."#);
    let q = direct(&m, "She was always laughing,", Some("Amara Okonkwo"));
    assert_eq!(q.role.as_deref(), Some("Co-star"));
    let m = run(r#"Teammate Lars Berg agreed. "He carried us," Berg said."#);
    direct(&m, "He carried us,", Some("Lars Berg"));
}

#[test]
fn parenthetical_cue_reports_what_follows() {
    let m = run(
        "Her daughter, Karin Sand-Olsen, spoke at the service. Irma Sand learned to swim, her daughter said, in a cold lake near the farm where she grew up.",
    );
    clause(
        &m,
        QuoteKind::Indirect,
        "in a cold lake near the farm where she grew up",
        Some("Karin Sand-Olsen"),
    );
}

#[test]
fn party_or_country_with_a_title_picks_among_holders_of_the_title() {
    let m = run(
        r#"Conservative MP Oliver Hastings opened the debate. Labour MP Grace Penrose replied. "The budget is fair," the Tory MP said. "It is not," the Labour MP replied.

Danish coach Henrik Berg arrived first. Swedish coach Nils Ek came later. "We were lucky," the Danish coach said."#,
    );
    direct(&m, "The budget is fair,", Some("Oliver Hastings"));
    direct(&m, "It is not,", Some("Grace Penrose"));
    direct(&m, "We were lucky,", Some("Henrik Berg"));
}

#[test]
fn a_quote_after_an_attribution_with_an_apposition_continues_the_speaker() {
    // The employer in the apposition looks like a person's name; it is part
    // of the attribution, not a new speaker.
    let m = run(
        "\"The hawkish line is gone,\" said Mara Quint, chief economist at Ostrander Pell in Varden. \"March is live now.\"",
    );
    let q = direct(&m, "March is live now.", Some("Mara Quint"));
    assert_rule(&m, &q, "continuation");
}

#[test]
fn a_kinship_apposition_tells_the_gender_of_the_relative() {
    // The son shares the family name; `Ms.` and `she` are his mother.
    let m = run(
        "Halla Vintersen, who ran the island bakery for fifty years, has died. Her son, Brage Vintersen, said the cause was a stroke.\n\nMs. Vintersen said in 2004 that bread was the only honest trade.\n\n\"I never sold a loaf I would not eat,\" she told this newspaper in 2011.",
    );
    clause(
        &m,
        QuoteKind::Indirect,
        "bread was the only honest trade",
        Some("Halla Vintersen"),
    );
    direct(
        &m,
        "I never sold a loaf I would not eat,",
        Some("Halla Vintersen"),
    );
}

#[test]
fn a_name_of_several_words_after_the_is_an_organization() {
    let m = run(
        "Ida Fallstrom was 40 when the Skerry Coast Line announced that it would end winter sailings.\n\n\"We were told to move,\" she said.",
    );
    let q = clause(
        &m,
        QuoteKind::Indirect,
        "it would end winter sailings",
        Some("Skerry Coast Line"),
    );
    assert_type(&m, &q, SpeakerType::Organization);
    direct(&m, "We were told to move,", Some("Ida Fallstrom"));
}

#[test]
fn a_description_before_a_speech_verb_does_not_describe_the_name_after_it() {
    // `The Spaniard said Ruiz's serve …`: the Spaniard is not Ruiz.
    let m = run(
        "Lucia Ferrandis beat Anke Roos 6-4 6-2. \"I felt sharp,\" Ferrandis said.\n\nThe Spaniard said Roos's serve had been \"the best I have faced\".",
    );
    direct(&m, "the best I have faced", Some("Lucia Ferrandis"));
}

#[test]
fn everyday_roles_before_a_name_are_not_part_of_it() {
    let m = run(
        "Passenger Tamsin Oakhurst, 42, was in the last carriage.\n\n\"The lights went out first,\" Oakhurst said.\n\nTrustee Dagny Holmqvist cast the only no vote. \"Lunch is different,\" Holmqvist said.",
    );
    direct(&m, "The lights went out first,", Some("Tamsin Oakhurst"));
    direct(&m, "Lunch is different,", Some("Dagny Holmqvist"));
}

#[test]
fn a_given_name_from_the_long_list_tells_the_gender() {
    // `Desmond` is a man's name: `she` is the chief, named earlier.
    let m = run(
        "Police Chief Marisol Ybarra-Lund spoke first. \"We found him,\" Ybarra-Lund said.\n\nDet. Sgt. Desmond Halloran said a tip had led officers to the site. \"That call is why we're here,\" Halloran said.\n\n\"The criteria are set by the state,\" she said.",
    );
    direct(
        &m,
        "The criteria are set by the state,",
        Some("Marisol Ybarra-Lund"),
    );
}

#[test]
fn a_pronoun_after_but_takes_up_the_speaker_and_tells_the_gender() {
    // Neither given name is on a list; `, but she would not` makes the
    // chief a woman, so the later `he` skips her.
    let m = run(
        "Sgt. Ulfar Brenneck led the search. Chief Ysolde Quarrington said the boy was safe. He knew the family, Quarrington said, but she would not say how.\n\n\"It was a long night,\" he said.",
    );
    direct(&m, "It was a long night,", Some("Ulfar Brenneck"));
    clause(
        &m,
        QuoteKind::Indirect,
        "He knew the family",
        Some("Ysolde Quarrington"),
    );
}

#[test]
fn a_title_before_the_name_is_not_a_given_name() {
    // `Mayor` is on the list of men's given names; before a name it is a
    // title and says nothing about the gender.
    let m = run(
        "Ashbury Mayor Wilhelmina Sprott cast the deciding vote.\n\n\"Those numbers are a fantasy,\" said Dorcas Pell, who runs a shop on the avenue.\n\nSprott acknowledged the vote would not end the debate. \"I don't expect everyone to be happy,\" she said.",
    );
    direct(
        &m,
        "I don't expect everyone to be happy,",
        Some("Wilhelmina Sprott"),
    );
}

#[test]
fn a_time_zone_after_a_clock_time_is_no_organization() {
    let m = run(
        "By Ada Quell\nSept. 9, 2026, 2:15 p.m. PT\n\nSAN FRANCISCO — Vantorr announced a pair of glasses on Wednesday, the company said, betting that a useful feature will sell.",
    );
    let q = clause(
        &m,
        QuoteKind::Indirect,
        "a useful feature will sell",
        Some("Vantorr"),
    );
    assert_type(&m, &q, SpeakerType::Organization);
}

#[test]
fn a_nationality_in_ese_names_one_person() {
    let m = run(
        "Benfica's manager Tiago Morais-Lobo watched from the stand.\n\n\"We were brave,\" the Portuguese said at his press conference.",
    );
    direct(&m, "We were brave,", Some("Tiago Morais-Lobo"));
}

#[test]
fn an_age_description_is_the_person_of_that_age() {
    // The nearer person is 45; `the 16-year-old` is the student.
    let m = run(
        "Ezra Quillfeather, 16, read a statement for the students. Parent Marnie Ossory, 45, spoke against the ban.\n\n\"We are not asking for much,\" the 16-year-old said, drawing laughter.",
    );
    let q = direct(&m, "We are not asking for much,", Some("Ezra Quillfeather"));
    assert_eq!(q.speaker_mention.as_deref(), Some("the 16-year-old"));
}

#[test]
fn a_question_then_a_titled_speaker_and_asked_is_one_sentence() {
    // The question mark cannot take the comma; the capital after it is the
    // asker's title, not a new sentence.
    let m = run(
        "Dr. Ilse Varga-Rohn took the stand on Tuesday.\n\n\"Did you ever tell him the beams were undersized?\" Assistant District Attorney Colm Reddish asked.\n\n\"Yes. Twice,\" Varga-Rohn said.",
    );
    let q = direct(
        &m,
        "Did you ever tell him the beams were undersized?",
        Some("Colm Reddish"),
    );
    assert_rule(&m, &q, "cue-after");
    direct(&m, "Yes. Twice,", Some("Ilse Varga-Rohn"));
}

#[test]
fn a_possessed_title_is_an_apposition() {
    let m = run(
        "\"We wanted glasses that understand you,\" Halvard Renquist, Brindlewood's chief executive, told an audience of developers.",
    );
    direct(
        &m,
        "We wanted glasses that understand you,",
        Some("Halvard Renquist"),
    );
}

#[test]
fn a_lone_subject_word_is_the_company_that_said() {
    // `Brindlewood` is a name only because `the company said` needs one.
    let m = run(
        "Brindlewood unveiled a pair of glasses on Wednesday, the company said, betting that a useful feature will sell.",
    );
    let q = clause(
        &m,
        QuoteKind::Indirect,
        "a useful feature will sell",
        Some("Brindlewood"),
    );
    assert_type(&m, &q, SpeakerType::Organization);
    // A plural noun opening the sentence is no company.
    let m = run("Critics warned on Friday that the fee was too high, the company said.");
    assert!(
        m.quotes
            .iter()
            .all(|q| q.speaker.as_deref() != Some("Critics")),
        "{}",
        dump(&m)
    );
}

#[test]
fn a_share_button_row_is_boilerplate() {
    let m = run(
        "Share 𝕏 in ✉\n\nBrindlewood unveiled the glasses on Wednesday, the company said, betting that buyers will like them.",
    );
    clause(
        &m,
        QuoteKind::Indirect,
        "buyers will like them",
        Some("Brindlewood"),
    );
}

#[test]
fn a_numbered_union_local_keeps_its_number() {
    let m =
        run("\"We did not want this strike,\" said Bus Drivers Union Local 912 in a statement.");
    direct(
        &m,
        "We did not want this strike,",
        Some("Bus Drivers Union Local 912"),
    );
}

#[test]
fn a_co_title_is_a_title() {
    let m = run("\"The shift was faster than we modelled,\" co-author Wiebke ter Horst said.");
    direct(
        &m,
        "The shift was faster than we modelled,",
        Some("Wiebke ter Horst"),
    );
}

#[test]
fn a_reply_is_not_the_last_speakers_and_an_exchange_alternates() {
    let m = run(
        "Engineer Marguerite Stavely told the court she had followed the standard.\n\n\
         Under cross-examination, Rosalind Quennell, for the council, put it to her that the survey had been rushed.\n\n\
         \"You signed it off in a single afternoon, didn't you?\" Quennell asked.\n\n\
         \"I signed it off when it was finished,\" she replied.\n\n\
         \"Which was the same afternoon?\"\n\n\
         \"Yes.\"",
    );
    direct(
        &m,
        "You signed it off in a single afternoon, didn't you?",
        Some("Rosalind Quennell"),
    );
    // `she` alone would be the barrister, who spoke last.
    direct(
        &m,
        "I signed it off when it was finished,",
        Some("Marguerite Stavely"),
    );
    let q = direct(
        &m,
        "Which was the same afternoon?",
        Some("Rosalind Quennell"),
    );
    assert_rule(&m, &q, "exchange");
    direct(&m, "Yes.", Some("Marguerite Stavely"));
}

#[test]
fn a_quote_paragraph_after_two_speakers_still_continues_the_last() {
    // No question: the paragraph goes on with the last speaker.
    let m = run("\"The plan is sound,\" said Mayor Odalys Fenwright.\n\n\
         \"It is not,\" said councillor Piers Abernant-Yule.\n\n\
         \"Nobody has costed the second phase.\"");
    direct(
        &m,
        "Nobody has costed the second phase.",
        Some("Piers Abernant-Yule"),
    );
}

#[test]
fn a_team_is_no_speaker_and_a_lower_case_guard_is_a_person() {
    let m = run(
        "Coach Imelda Sarkissian-Roe has the Pelicans off to their best start since 2011. Asked whether this team was better than last year's, the coach smiled. \"Ask me in April.\"\n\n\
         Teodor Vassilakis, a junior, made all four free throws. \"I was looking at the back of the rim,\" the junior guard said.",
    );
    direct(&m, "Ask me in April.", Some("Imelda Sarkissian-Roe"));
    let q = direct(
        &m,
        "I was looking at the back of the rim,",
        Some("Teodor Vassilakis"),
    );
    assert_type(&m, &q, SpeakerType::Person);
}

#[test]
fn a_surname_misspelt_by_one_letter_is_the_person_named_in_full() {
    let m = run(
        "Councillor Desmond Abernathy has opposed the sale for a year.\n\n\"I'd like to see it written into the deed,\" Mr. Abernethy said.",
    );
    direct(
        &m,
        "I'd like to see it written into the deed,",
        Some("Desmond Abernathy"),
    );
    // Two people it could be: neither.
    let m = run(
        "Councillor Desmond Abernathy and his sister Ruth Abernathy spoke.\n\n\"Not again,\" Mr. Abernethy said.",
    );
    let q = direct(&m, "Not again,", Some("Abernethy"));
    assert_type(&m, &q, SpeakerType::Person);
}

#[test]
fn a_reported_clause_may_open_with_nobody() {
    let m = run(
        "Guard Ellis Marrowby said nobody had raised their voice in the locker room at the break.",
    );
    clause(
        &m,
        QuoteKind::Indirect,
        "nobody had raised their voice in the locker room at the break",
        Some("Ellis Marrowby"),
    );
}

#[test]
fn an_organization_word_that_is_a_title_too_ends_the_name() {
    let m = run(
        "Forecaster Inga Tolvanen said the storm had weakened.\n\nThe Northern Rescue Coordination Centre said it received the first call at 22:52 on Saturday.",
    );
    let q = clause(
        &m,
        QuoteKind::Indirect,
        "it received the first call at 22:52 on Saturday",
        Some("Northern Rescue Coordination Centre"),
    );
    assert_type(&m, &q, SpeakerType::Organization);
}

#[test]
fn a_pronoun_subject_just_before_a_bare_quote_is_its_speaker() {
    let m = run(
        "Nadia Orlova won the women's race. Jonas Pereira won the men's race.\n\n\
         \"It was hot out there,\" Pereira said.\n\n\
         Orlova's time was a course record. Asked about the spring, she shook her head. \"Today I want soup.\"",
    );
    direct(&m, "Today I want soup.", Some("Nadia Orlova"));
}

#[test]
fn ampersands_and_office_of_the_stay_inside_an_organization_name() {
    let m = run(
        "The label, Tamsworth & Quill Records, said it had given the band \"complete creative freedom\" on the album.\n\n\
         The Office of the Water Ombudsman said it was \"making enquiries\" about the leak.\n\n\
         \"It is not yet where it should be,\" Odile Marchetti-Brun said. \"I'll fix it.\"",
    );
    let q = direct(
        &m,
        "complete creative freedom",
        Some("Tamsworth & Quill Records"),
    );
    assert_type(&m, &q, SpeakerType::Organization);
    direct(
        &m,
        "making enquiries",
        Some("Office of the Water Ombudsman"),
    );
    direct(&m, "I'll fix it.", Some("Odile Marchetti-Brun"));
    assert!(
        m.quotes
            .iter()
            .all(|q| q.speaker.as_deref() != Some("I'll")),
        "{}",
        dump(&m)
    );
}

#[test]
fn said_that_a_and_that_b_is_two_reported_clauses() {
    let m = run(
        "Plant manager Ilse Brandauer said that the line would close in March and that about 200 jobs would go.",
    );
    clause(
        &m,
        QuoteKind::Indirect,
        "the line would close in March",
        Some("Ilse Brandauer"),
    );
    clause(
        &m,
        QuoteKind::Indirect,
        "about 200 jobs would go",
        Some("Ilse Brandauer"),
    );
}

// ------------------------------------------------ courts, styles, spokesmen

#[test]
fn post_nominal_is_no_part_of_the_surname() {
    let m = run(
        "For the council, Imelda Varga-Stroud KC told the tribunal the contract had been lawful.\n\n\
         \"There was no breach,\" Ms Varga-Stroud said.",
    );
    direct(&m, "There was no breach,", Some("Imelda Varga-Stroud KC"));
}

#[test]
fn judicial_style_names_the_judge() {
    // A judge named only by style keeps it; `the judge` is that judge, not
    // the barrister named after him.
    let m = run(
        "Mr Justice Pemberton-Hale told the jury to \"set sympathy aside\".\n\n\
         Prosecuting, Nadia Quarrie said the defendant had lied twice.\n\n\
         The judge said he would sentence on Friday and did not want \"a running commentary\".",
    );
    direct(&m, "set sympathy aside", Some("Mr Justice Pemberton-Hale"));
    direct(
        &m,
        "a running commentary",
        Some("Mr Justice Pemberton-Hale"),
    );
}

#[test]
fn an_unnamed_spokesman_for_an_organization_is_anonymous() {
    let m = run("Orrin Mills has denied the claims.\n\n\
         A spokesman for Orrin Mills said: \"We reject every allegation.\"\n\n\
         A lawyer for Teodor Brasch said: \"He will appeal.\"");
    let q = direct(&m, "We reject every allegation.", None);
    assert_type(&m, &q, SpeakerType::Anonymous);
    let q = direct(&m, "He will appeal.", None);
    assert_type(&m, &q, SpeakerType::Anonymous);
}

#[test]
fn a_name_between_the_and_a_role_is_the_roles_organization() {
    // `the 24-year-old Vantor Racing driver` names no person `Vantor
    // Racing`: it describes the driver just named.
    let m = run("Luca Ferrand-Osei won the race on Sunday.\n\n\
         \"I stopped looking at the numbers,\" the 24-year-old Vantor Racing driver said.\n\n\
         \"Ask me in a month,\" the 24-year-old said.");
    direct(
        &m,
        "I stopped looking at the numbers,",
        Some("Luca Ferrand-Osei"),
    );
    direct(&m, "Ask me in a month,", Some("Luca Ferrand-Osei"));
}

#[test]
fn nationality_description_skips_places_that_are_no_nationality() {
    // `from pole` is no Pole, and a headline's `… in Hungary` says where,
    // not who: `the Norwegian` is still the driver in focus.
    let m = run("Ferrand-Osei holds off Bårdsen on old tyres in Hungary\n\n\
         Luca Ferrand-Osei won the race on Sunday.\n\n\
         Niklas Bårdsen, who started from pole, said he had been \"one corner short\" of a move.\n\n\
         \"I was all over him into turn one,\" the Norwegian said.");
    direct(
        &m,
        "I was all over him into turn one,",
        Some("Niklas Bårdsen"),
    );
}

#[test]
fn a_family_statement_is_an_unnamed_source() {
    // `family` ends like an adverb (`quickly`) but is the subject here.
    let m = run(
        "Coroner Hester Vane recorded a conclusion of accidental death.\n\n\
         After the hearing, the family said in a statement: \"We came here for answers.\"\n\n\
         In a statement issued through police, the woman's family said: \"Mum is doing her best.\"\n\n\
         Ms Vane quickly said: \"The court will rise.\"",
    );
    let q = direct(&m, "We came here for answers.", None);
    assert_type(&m, &q, SpeakerType::Anonymous);
    let q = direct(&m, "Mum is doing her best.", None);
    assert_type(&m, &q, SpeakerType::Anonymous);
    direct(&m, "The court will rise.", Some("Hester Vane"));
}

#[test]
fn an_organization_in_a_role_is_the_one_named_short() {
    // The club is named in full only inside a role; `the club` and `Rovers`
    // are that club, not the ambulance trust named in between.
    let m = run("Tributes paid to Rovers legend Gary Shorrock\n\n\
         Tributes have poured in for former Calderbrook Rovers prop Gary Shorrock, who has died aged 58.\n\n\
         Mr Shorrock could not be saved, the West Riding Ambulance Trust confirmed.\n\n\
         In a statement, the club described him as \"a giant of a man\".");
    direct(&m, "a giant of a man", Some("Calderbrook Rovers"));
}

#[test]
fn racing_titles_ages_and_published_pages() {
    let m = run("Cobbler's Lad won the Gold Cup on Wednesday.\n\n\
         \"He just does not know when to stop,\" said the Kildare trainer Siobhán Carrigan-Moss, who was winning the race for the first time.\n\n\
         Darragh Whelehan, who has ridden the gelding in all his starts, said he had been \"flat to the boards\".\n\n\
         \"He is some horse,\" the 31-year-old rider told Racing Radio Éireann.\n\n\
         Speaking later to the Examiner, the 31-year-old said he would ride him again.\n\n\
         While the outage was under way, Nimbora's status page said only that engineers were \"investigating elevated error rates\".");
    direct(
        &m,
        "He just does not know when to stop,",
        Some("Siobhán Carrigan-Moss"),
    );
    direct(&m, "He is some horse,", Some("Darragh Whelehan"));
    let q = find(&m, "he would ride him again");
    assert_eq!(
        q.speaker.as_deref(),
        Some("Darragh Whelehan"),
        "{}",
        dump(&m)
    );
    direct(&m, "investigating elevated error rates", Some("Nimbora"));
}

#[test]
fn an_inverted_cue_before_a_clause_with_a_group_word_names_no_group() {
    // `said the decision had taken her family two years`: the words after
    // the verb are the clause, not a description ending in `family`.
    let m = run(
        "Bernadette Hollins, 71, whose grandfather opened the theater in 1927, said the decision had taken her family two years.",
    );
    assert_absent(&m, "whose grandfather opened the theater");
}

#[test]
fn a_persons_reply_before_a_colon() {
    // `reply` after a possessive is a noun, and the quote after the colon
    // is the possessor's, not the engineer's continued.
    let m = run("Luca Ferrand-Osei won by six tenths.\n\n\
         With eight laps left, his race engineer, Pádraig Mulvey, came on the radio: \"Luca, the rears are at the cliff.\" Ferrand-Osei's reply was one word: \"Staying.\"");
    direct(&m, "Staying.", Some("Luca Ferrand-Osei"));
}

#[test]
fn a_press_release_source_line_is_boilerplate_and_its_company_an_organization() {
    // The company is first named where nothing says what it is; `chief
    // executive of` says it, and the wire's `SOURCE` trailer is no name.
    let m = run("Kelda Pumps opens plant in Ostrava\n\n\
         OSTRAVA, March 3, 2026 /PRNewswire/ -- Kelda Pumps said on Tuesday that the new plant would employ 300 people.\n\n\
         \"Ostrava gives us the engineers we need,\" said Petra Vanek, chief executive of Kelda Pumps.\n\n\
         SOURCE Kelda Pumps\n");
    let q = clause(
        &m,
        QuoteKind::Indirect,
        "the new plant would employ 300 people",
        Some("Kelda Pumps"),
    );
    assert_type(&m, &q, SpeakerType::Organization);
    assert!(
        m.quotes
            .iter()
            .all(|q| !q.speaker.as_deref().unwrap_or("").contains("SOURCE")),
        "{}",
        dump(&m)
    );
}

#[test]
fn an_inverted_cue_then_a_lower_case_role_then_the_name() {
    let m = run("Harbour dredging to resume\n\n\
         \"The channel has to be cleared before the autumn storms,\" said port authority director Imogen Skarsgard.\n\n\
         \"We were never consulted,\" said longtime ferry pilot Ruairi Delacroix-Hume.\n\n\
         \"It passes or the harbour closes,\" said Labour county Cllr. Fenella Ashdown-Price.\n\n\
         \"Costs will rise,\" said the authority's finance chief, Torvald Mbeki.");
    direct(
        &m,
        "The channel has to be cleared before the autumn storms,",
        Some("Imogen Skarsgard"),
    );
    direct(
        &m,
        "We were never consulted,",
        Some("Ruairi Delacroix-Hume"),
    );
    direct(
        &m,
        "It passes or the harbour closes,",
        Some("Fenella Ashdown-Price"),
    );
    direct(&m, "Costs will rise,", Some("Torvald Mbeki"));
}

#[test]
fn an_inverted_cue_then_a_role_without_a_name_stays_a_description() {
    // No name follows the role: the organization word speaks.
    let m = run(
        "Kestrel Water raised its prices on Monday.\n\n\"Every household will pay more,\" said the water company.",
    );
    direct(&m, "Every household will pay more,", Some("Kestrel Water"));
}

#[test]
fn a_long_abbreviated_title_keeps_the_name_whole() {
    // `Supt.` and `Cllr.` are four letters long: their periods end no
    // sentence and the name after them is the speaker.
    let m = run(
        "\"The road stays shut tonight,\" said Supt. Lorcan Abiodun-Reyes.\n\n\
         \"We were not told,\" said county Cllr. Mairead Okonjo.",
    );
    direct(
        &m,
        "The road stays shut tonight,",
        Some("Lorcan Abiodun-Reyes"),
    );
    direct(&m, "We were not told,", Some("Mairead Okonjo"));
}

#[test]
fn a_possessed_description_then_the_name_is_one_subject() {
    // `the guild's safety chair, Capt. X, said`: no reported clause is
    // made of the quotation and the description.
    let m = run(
        "\"Nobody checked the bolts,\" the union's safety officer, Capt. Ilse Warrender, said.",
    );
    let q = direct(&m, "Nobody checked the bolts,", Some("Ilse Warrender"));
    assert_rule(&m, &q, "cue-after");
    assert_eq!(
        m.quotes
            .iter()
            .filter(|q| q.kind != QuoteKind::Direct)
            .count(),
        0,
        "{}",
        dump(&m)
    );
}

#[test]
fn a_given_name_that_is_a_title_too_after_a_title() {
    // `Earl` and `Major` are titles and given names: after a title and
    // before a surname they are the given name; `Sir` stays a title.
    let m = run("Alderwoman Major Tinsley-Oduya opened the hearing.\n\n\
         Councilman Earl Wethersby told reporters he wanted a vote.\n\n\
         \"Nobody asked us,\" Wethersby said.\n\n\
         \"It was a fair process,\" Tinsley-Oduya said.\n\n\
         \"We will see,\" said MP Sir Alban Crowthorne.");
    direct(&m, "Nobody asked us,", Some("Earl Wethersby"));
    direct(&m, "It was a fair process,", Some("Major Tinsley-Oduya"));
    direct(&m, "We will see,", Some("Alban Crowthorne"));
}

#[test]
fn an_age_and_a_hometown_between_the_name_and_the_cue() {
    let m = run("Flood waters recede\n\n\
         \"The cellar filled in ten minutes,\" Gideon Halloran-Mbeki, 64, of Lower Brackton, said on Sunday.\n\n\
         \"We had nowhere to go,\" Philippa Osterhagen, from Wexley, said.");
    direct(
        &m,
        "The cellar filled in ten minutes,",
        Some("Gideon Halloran-Mbeki"),
    );
    direct(&m, "We had nowhere to go,", Some("Philippa Osterhagen"));
}

#[test]
fn an_aside_between_dashes_before_the_cue() {
    let m = run(
        "\"I will not run again,\" Governor Tamsin Oyelowo-Birch — who won her first race by 41 votes, in a recount — said on Friday.",
    );
    direct(&m, "I will not run again,", Some("Tamsin Oyelowo-Birch"));
}

#[test]
fn a_picture_credit_closing_a_caption_names_no_one_in_the_story() {
    // The photographer is the nearest man before `he`; the caption's own
    // names stay (they may be the only full names given).
    let m = run(
        "Mayor Osric Tanaka-Wolde signed the budget on Thursday.\n\n\
         Councillor Bea Larkspur-Nunn addresses protesters outside the town hall on Wednesday evening before the vote. Photo: Edmund Farrow/Valley Press\n\n\
         \"This budget keeps every library open,\" he said.",
    );
    direct(
        &m,
        "This budget keeps every library open,",
        Some("Osric Tanaka-Wolde"),
    );
}

#[test]
fn phrasal_replies_are_cues() {
    let m = run("Councillor Ines Barrowclough said the plan was costed.\n\n\
         \"It is a fantasy,\" Councillor Tobias Wren shot back.\n\n\
         \"Can we move on?\" chair Ottoline Graves chimed in.");
    direct(&m, "It is a fantasy,", Some("Tobias Wren"));
    direct(&m, "Can we move on?", Some("Ottoline Graves"));
}

#[test]
fn a_group_is_a_company_for_the_company_words() {
    let m = run("Retailer rejects supplier claims\n\n\
         Ardvale Group said on Monday that the claims were false.\n\n\
         The retailer said it had dropped the supplier last year.");
    clause(
        &m,
        QuoteKind::Indirect,
        "it had dropped the supplier last year",
        Some("Ardvale Group"),
    );
}

#[test]
fn one_or_another_unnamed_person_is_an_anonymous_source() {
    let m = run("Residents packed the hall on Tuesday.\n\n\
         \"We were promised a bridge,\" one woman said.\n\n\
         \"Nobody answers the phone,\" said another resident.");
    let a = direct(&m, "We were promised a bridge,", None);
    assert_type(&m, &a, SpeakerType::Anonymous);
    assert_eq!(
        a.speaker_mention.as_deref(),
        Some("one woman"),
        "{}",
        dump(&m)
    );
    let b = direct(&m, "Nobody answers the phone,", None);
    assert_eq!(
        b.speaker_mention.as_deref(),
        Some("another resident"),
        "{}",
        dump(&m)
    );
}

#[test]
fn a_title_of_an_organization_in_an_apposition_is_no_name() {
    // `Chairman and CEO of Brightwater` is the role; `Minister of Finance
    // Ada Obi` keeps the person after the organization.
    let m = run(
        "Mr. Idris Okonkwo-Hale, Chairman and CEO of Brightwater, stated, \"The recall is voluntary.\"\n\n\
         \"The budget is balanced,\" said Minister of Finance Ada Obiora.",
    );
    direct(&m, "The recall is voluntary.", Some("Idris Okonkwo-Hale"));
    direct(&m, "The budget is balanced,", Some("Ada Obiora"));
}

#[test]
fn a_sentence_pointing_back_at_a_quotation_names_its_speaker() {
    let m = run("Ferry strike enters second week\n\n\
         \"We will sail when the boats are safe.\"\n\n\
         That was the message from deckhand union secretary Orla Pennefeather on Monday.\n\n\
         \"A harbour is only as good as its last storm.\" So says Idris Vantongeren, who has piloted the bay for forty years.");
    let q = direct(
        &m,
        "We will sail when the boats are safe.",
        Some("Orla Pennefeather"),
    );
    assert_rule(&m, &q, "back-reference");
    direct(
        &m,
        "A harbour is only as good as its last storm.",
        Some("Idris Vantongeren"),
    );
}

#[test]
fn a_sentence_opening_with_that_but_no_verb_after_it_names_nobody() {
    // `That decision` is no pointer back at the quotation.
    let m = run("Councillor Aine Moriarty opposed the plan.\n\n\
         \"We will appeal.\" That decision angered Mayor Bruno Castellane.");
    let q = direct(&m, "We will appeal.", Some("Aine Moriarty"));
    assert_ne!(q.rule, "back-reference");
}

#[test]
fn a_title_word_after_a_given_name_is_the_family_name() {
    // `Nurse`, `Major`, `Bishop` are titles, but after a given name that
    // ends the name they are a family name.
    let m = run(
        "\"We found a way,\" Harbourside coach Niall Nurse said of the comeback.\n\n\
         Former premier Colin Major said the deal was dead.\n\n\
         \"I will stand again,\" said Mrs. Avril Bishop.\n\n\
         Nurse Dalia Ferreira said the ward was full.",
    );
    direct(&m, "We found a way,", Some("Niall Nurse"));
    clause(
        &m,
        QuoteKind::Indirect,
        "the deal was dead",
        Some("Colin Major"),
    );
    direct(&m, "I will stand again,", Some("Avril Bishop"));
    clause(
        &m,
        QuoteKind::Indirect,
        "the ward was full",
        Some("Dalia Ferreira"),
    );
}

#[test]
fn a_statistic_after_added_is_no_reported_clause() {
    // `added 22 points`: a sports line with a relative clause after a
    // comma holds no reported clause; `added` with a finite verb does.
    let m = run(
        "Ola Brandt added 22 points and nine assists for Tarnby, which has won four straight.\n\n\
         Coach Ines Varga added the team was exhausted.",
    );
    assert_absent(&m, "22 points");
    clause(
        &m,
        QuoteKind::Indirect,
        "the team was exhausted",
        Some("Ines Varga"),
    );
}

#[test]
fn doubled_apostrophes_and_backticks_are_double_quotes() {
    // Old wire copy and archives type `''` (or ``` `` ```) for `"`.
    let m = run(
        "''The pumps held all night,'' said Odile Marchetti, the station manager. \
         ''We never lost pressure.''\n\n\
         ``It's over,'' Marchetti said.",
    );
    direct(&m, "The pumps held all night,", Some("Odile Marchetti"));
    direct(&m, "We never lost pressure.", Some("Odile Marchetti"));
    direct(&m, "It's over,", Some("Odile Marchetti"));
}

#[test]
fn a_titled_full_name_before_of_ends_at_the_of() {
    // The organization after `of` (an ordinal opens its name) is no speaker.
    let m = run(
        "The Rev. Amos Kettleby of Second Street Baptist said the service would go ahead.\n\n\
         Judge-Executive Harlan Tugwell said the money was well spent.",
    );
    clause(
        &m,
        QuoteKind::Indirect,
        "the service would go ahead",
        Some("Amos Kettleby"),
    );
    clause(
        &m,
        QuoteKind::Indirect,
        "the money was well spent",
        Some("Harlan Tugwell"),
    );
}

#[test]
fn the_subject_of_a_when_clause_is_in_focus() {
    // The name after `when` is the subject of its clause, so a description
    // of the next paragraph points at it rather than at an earlier name.
    let m = run("Corinne Vasquez watched from the stand.\n\n\
         The stadium fell silent when Tobias Rennick, who had missed twice, struck the ball between the posts.\n\n\
         \"I just wanted one more go,\" said the 22-year-old fly-half.");
    direct(&m, "I just wanted one more go,", Some("Tobias Rennick"));
}

#[test]
fn a_pull_quote_signed_after_a_dash_is_the_signers() {
    let m = run("QUOTES OF THE WEEK\n\n\
         'I have no idea what the referee saw.' – Pellham captain Rory Tindale on his yellow card.\n\n\
         \"We'll enjoy tonight.\" — Saltmarsh coach Pita Folau\n\n\
         Fans filled the square. \"What a night\" - the sort of line heard everywhere.");
    let q = direct(
        &m,
        "I have no idea what the referee saw.",
        Some("Rory Tindale"),
    );
    assert_rule(&m, &q, "dash-signature");
    direct(&m, "We'll enjoy tonight.", Some("Pita Folau"));
    // Not opening its paragraph, and no name after the dash: no signature.
    if let Some(q) = m.quotes.iter().find(|q| q.quote.contains("What a night")) {
        assert_ne!(q.rule, "dash-signature", "{}", dump(&m));
    }
}

#[test]
fn a_given_name_of_a_person_named_in_full_opens_a_sentence_as_a_subject() {
    // Features call people by their given name: `Bethan does not hide …`
    // makes her the subject the next quotation continues.
    let m = run("Bethan Quilliam skippers the ferry.\n\n\
         A council spokesperson said no decision had been taken.\n\n\
         Bethan does not hide what she thinks of that.\n\n\
         \"They will spend more on a study than on the boat.\"");
    direct(
        &m,
        "They will spend more on a study than on the boat.",
        Some("Bethan Quilliam"),
    );
}

#[test]
fn a_pronoun_after_a_paragraph_introducing_a_person_is_that_person() {
    let m = run("\"Never argue with the river,\" Ross Penhallow says.\n\n\
         Among this morning's passengers is Colin Tregarthen, a retired dairy farmer who has crossed since 1961.\n\n\
         \"I courted my wife on this ferry,\" he says.");
    direct(
        &m,
        "I courted my wife on this ferry,",
        Some("Colin Tregarthen"),
    );
}

#[test]
fn the_title_of_an_apposition_tells_who_the_minister_is() {
    // The minister's title is given only in an apposition of a sentence
    // that quotes nobody; `the minister` is still him, not the last speaker.
    let m = run(
        "Gideon Marsh-Whitley, minister for local roads, held his folder like a cake.\n\n\
         Bronwen Hale-Pritchard, who speaks for the opposition, wanted to know more.\n\n\
         \"I have not,\" said the minister.",
    );
    direct(&m, "I have not,", Some("Gideon Marsh-Whitley"));
}

#[test]
fn the_one_quoted_as_saying_speaks_and_the_outlet_cites() {
    let m = run(
        "The state broadcaster VRT quoted the interior minister, Oleg Sarvanko, as saying that 37 people had been detained for \"attacking officers\".\n\n\
         Tass quoted Irina Volkhova as saying: \"The talks were frank.\"",
    );
    let q = direct(&m, "attacking officers", Some("Oleg Sarvanko"));
    assert!(
        q.cited.as_deref().is_some_and(|c| c.ends_with("VRT")),
        "{}",
        dump(&m)
    );
    direct(&m, "The talks were frank.", Some("Irina Volkhova"));
}

#[test]
fn a_time_zone_after_a_clock_time_with_a_stop_is_no_organization() {
    // `06.00 GMT` in a dateline: `the police` must not become GMT.
    let m = run("Luke Harrowby in Korsovo\nMon 11 Nov 2019 06.00 GMT\n\n\
         Crowds gathered overnight. \"Go home,\" the police said.");
    let q = find(&m, "Go home,");
    assert_ne!(q.speaker.as_deref(), Some("GMT"), "{}", dump(&m));
    assert!(
        !m.entities
            .iter()
            .any(|e| e.key == ["gmt"] || e.key == ["nov"]),
        "{}",
        dump(&m)
    );
}

#[test]
fn a_cue_joined_to_an_earlier_verb_phrase_shares_its_subject() {
    let m = run(
        "A spokesman for the Varenian government, Tomas Brandvik, dismissed the protests as \"a foreign-funded show\" and said the police had shown \"maximum restraint\".\n\n\
         Corvalis will supply and maintain a fleet of carts for the hospital.",
    );
    direct(&m, "a foreign-funded show", Some("Tomas Brandvik"));
    direct(&m, "maximum restraint", Some("Tomas Brandvik"));
    // Under an auxiliary, `maintain` is no cue of its own.
    assert_absent(&m, "a fleet of carts");
}

#[test]
fn a_cue_with_a_short_phrase_before_the_colon_introduces_the_quote() {
    // `posted on Facebook:` and `the city` for the city named before.
    let m = run(
        "The City of Ashvale Falls issued a boil advisory on Monday.\n\n\
         Water superintendent Craig Lumbury said the line was fixed.\n\n\
         The city posted on Facebook: \"Please continue to boil water.\"",
    );
    let q = direct(
        &m,
        "Please continue to boil water.",
        Some("City of Ashvale Falls"),
    );
    assert_rule(&m, &q, "cue-before");
}

#[test]
fn the_company_is_not_an_analysts_employer() {
    // `the company` is the firm the story is about, not the employer of
    // an analyst quoted just before; a firm named with `&` is an
    // organization, and `1015 GMT` names none.
    let m = run(
        "LONDON, Oct 7 (Castlegate) - British supermarket chain Hollins & Vane's profit fell by a third.\n\n\
         Shares in Hollins & Vane were down 6.2 percent at 1015 GMT.\n\n\
         \"The cuts were expected,\" said Tobias Wrenfield, an analyst at Harcastle Securities.\n\n\
         In a note, Anjali Desmoulins at Moorgate Capital wrote that Hollins & Vane was \"fighting the last war\".\n\n\
         \"The second half will remain competitive,\" the company said.",
    );
    direct(
        &m,
        "The second half will remain competitive,",
        Some("Hollins & Vane"),
    );
}

#[test]
fn someone_is_an_unnamed_source_not_the_last_speaker() {
    let m = run("\"I have not,\" said Minister Gideon Marshfield.\n\n\
         \"In a Range Rover!\" shouted someone on the benches opposite.");
    let q = direct(&m, "In a Range Rover!", None);
    assert_type(&m, &q, SpeakerType::Anonymous);
}

#[test]
fn police_ranks_and_first_nations_titles_are_no_part_of_the_name() {
    let m = run(
        "\"We made 14 arrests,\" said Insp. Darla Whitcombe of the Port Ainsley police.\n\n\
         Elder Mary Kinew opened the meeting with a prayer. \"This land remembers,\" she said.",
    );
    direct(&m, "We made 14 arrests,", Some("Darla Whitcombe"));
    direct(&m, "This land remembers,", Some("Mary Kinew"));
}

#[test]
fn an_organization_in_apposition_to_a_description_speaks() {
    let m = run(
        "The home is owned by Larchmont Senior Living, which runs six homes in Ontario.\n\n\
         In a statement, the site's developer, Ravensworth Homes, said it had since changed its rules.\n\n\
         \"We are following every direction we receive,\" the company said.",
    );
    clause(
        &m,
        QuoteKind::Indirect,
        "it had since changed its rules",
        Some("Ravensworth Homes"),
    );
    direct(
        &m,
        "We are following every direction we receive,",
        Some("Ravensworth Homes"),
    );
}

#[test]
fn a_name_after_a_party_and_a_role_is_the_sentence_subject() {
    let m = run(
        "\"Taxes are too high,\" said Dana Whitlock, the Conservative candidate.\n\n\
         Green Party candidate Omar Rahman drew the loudest applause when he was asked about floods.\n\n\
         \"The flood maps were redrawn two years ago,\" he said.",
    );
    direct(
        &m,
        "The flood maps were redrawn two years ago,",
        Some("Omar Rahman"),
    );
}

#[test]
fn a_role_of_another_party_is_not_the_description() {
    let m = run(
        "Gwen Ashdown, the Democratic nominee, took the stage at midnight.\n\n\
         \"We are not done,\" she said.\n\n\
         The Republican nominee wrote: \"Thank you, Pike County!\"",
    );
    let q = find(&m, "Thank you, Pike County!");
    assert_ne!(q.speaker.as_deref(), Some("Gwen Ashdown"), "{}", dump(&m));
}

#[test]
fn a_possessive_inside_an_organization_name() {
    let m = run(
        "At least 140 boats have been affected by the closures, according to the Tarrow Bay \
         Fishermen's Association, which represents about 600 harvesters.",
    );
    clause(
        &m,
        QuoteKind::Indirect,
        "At least 140 boats have been affected by the closures",
        Some("Tarrow Bay Fishermen's Association"),
    );
}

#[test]
fn an_organization_told_or_posted_on_is_no_referent() {
    let m = run(
        "The closures are caused by a shortage of doctors, Harbourview Care said in an email to \
         Coastline News.\n\n\
         \"I can't do that again,\" Dr. Ola Brant told Coastline News.\n\n\
         Residents should call 911, the company said.",
    );
    clause(
        &m,
        QuoteKind::Indirect,
        "Residents should call 911",
        Some("Harbourview Care"),
    );
}

#[test]
fn a_reference_names_the_organization_whose_name_holds_its_head() {
    let m = run(
        "The men were found alive, the Tamber District Police Service said in a news release.\n\n\
         Sgt. Dana Kowal told the Lakeside Courier the men did almost everything right.\n\n\
         According to police, one of the machines broke through a pressure ridge.",
    );
    clause(
        &m,
        QuoteKind::Indirect,
        "one of the machines broke through a pressure ridge",
        Some("Tamber District Police Service"),
    );
}

#[test]
fn a_headline_in_title_case_names_nobody() {
    let m = run(
        "This Bus Driver Knits Mittens For Every Kid On Her Route\n\n\
         Doris Kwan has driven the same route for 11 years.\n\n\
         \"They're just mittens,\" she says.",
    );
    direct(&m, "They're just mittens,", Some("Doris Kwan"));
    assert!(
        m.entities
            .iter()
            .all(|e| e.forms.iter().all(|(f, _)| !f.contains("Mittens"))),
        "{}",
        dump(&m)
    );
}

#[test]
fn an_organization_word_before_a_name_describes_it() {
    let m = run("Oil reaches the coast\n\n\
         Tidewell Shipping, which manages the vessel, said it was cooperating with the authorities.\n\n\
         Environmental group Seawatch Alliance said oil had reached two nature reserves. \
         \"We are finding oiled birds every hour,\" the group said.\n\n\
         Pharmacy chain Medway said its stores would stay open through the weekend. \
         \"We are sorry for the delay,\" the company said.");
    clause(
        &m,
        QuoteKind::Indirect,
        "oil had reached two nature reserves",
        Some("Seawatch Alliance"),
    );
    direct(
        &m,
        "We are finding oiled birds every hour,",
        Some("Seawatch Alliance"),
    );
    direct(&m, "We are sorry for the delay,", Some("Medway"));
}

#[test]
fn a_reference_looks_ahead_only_to_the_next_paragraph() {
    let m = run(
        "A routing change at Nimbora Cloud caused a six-hour outage, the company said on Thursday.\n\n\
         Engineers restored service by rolling the change back.\n\n\
         Customers were angry for most of the day.\n\n\
         The delivery start-up Parcelwise said it was now testing a second provider.",
    );
    clause(
        &m,
        QuoteKind::Indirect,
        "A routing change at Nimbora Cloud caused a six-hour outage",
        Some("Nimbora Cloud"),
    );
}

#[test]
fn an_occupation_or_a_party_before_a_full_name_is_a_role() {
    let m = run(
        "Saxophonist Cyril Mokoena, who toured with him, said the bandleader paid his musicians first. \
         \"He was a gentleman about money,\" Mokoena said.\n\n\
         Liberal Democrat Fraser Lindsay, who came third, said his party had been squeezed. \
         \"It was always a two-horse race,\" he said.",
    );
    direct(&m, "He was a gentleman about money,", Some("Cyril Mokoena"));
    direct(
        &m,
        "It was always a two-horse race,",
        Some("Fraser Lindsay"),
    );
}

#[test]
fn a_person_reached_in_the_paragraph_before_speaks_through_a_pronoun() {
    let m = run(
        "\"The drive is harder than the treatment,\" said Douglas Amundsen, the hospital's chief executive.\n\n\
         The Millbrook Sentinel reached Roy Matthiesen of rural Millbrook, who finished chemotherapy in March, by phone.\n\n\
         \"I made that drive 22 times,\" he said.\n\n\
         \"We will not wait for the state,\" Police Chief Marisol Quintero said on Monday.\n\n\
         Reporters pressed the chief on why an Amber Alert had not been issued until Tuesday.\n\n\
         \"The criteria are set by the state,\" she said.",
    );
    direct(&m, "I made that drive 22 times,", Some("Roy Matthiesen"));
    // Not after a determiner: `an Amber Alert` introduces nobody.
    direct(
        &m,
        "The criteria are set by the state,",
        Some("Marisol Quintero"),
    );
}

#[test]
fn a_title_that_is_a_given_name_opens_a_two_word_name() {
    let m = run(
        "Dean Ferris kicked a field goal with a minute left to win the final.\n\n\
         \"I just heard the crowd,\" Ferris said.\n\n\
         His father, Falcons coach Mick Ferris, said he had not been able to watch.\n\n\
         \"We will review the budget,\" said Dean Mariam Holt of the law school.",
    );
    direct(&m, "I just heard the crowd,", Some("Dean Ferris"));
    direct(&m, "We will review the budget,", Some("Mariam Holt"));
}

#[test]
fn initials_written_together_open_a_name() {
    let m = run(
        "Speaking to reporters on Tuesday, Commissioner K.R. Nagaraj said the civic body was acting on a court order.\n\n\
         \"We have no discretion in this matter,\" Mr. Nagaraj said.",
    );
    clause(
        &m,
        QuoteKind::Indirect,
        "the civic body was acting on a court order",
        Some("K.R. Nagaraj"),
    );
    direct(
        &m,
        "We have no discretion in this matter,",
        Some("K.R. Nagaraj"),
    );
}

#[test]
fn a_portfolio_after_a_title_is_no_part_of_the_name() {
    let m = run(
        "Minister for Housing Orla Brennagh said the scheme would open in March.\n\n\
         \"Nobody will be left out,\" Brennagh said.\n\n\
         Opposition Spokesperson on Transport Kwabena Addo-Lartey said the buses were late.\n\n\
         \"It is a scandal,\" Addo-Lartey said.\n\n\
         \"We have not seen the plan,\" a spokesman for Harrow Row Partners said.",
    );
    direct(&m, "Nobody will be left out,", Some("Orla Brennagh"));
    direct(&m, "It is a scandal,", Some("Kwabena Addo-Lartey"));
    // An indefinite spokesman is somebody new, not the spokesperson above.
    direct(&m, "We have not seen the plan,", None);
}

#[test]
fn a_short_form_may_drop_the_middle_names() {
    let m = run(
        "Maria Elena Vasquez, who chairs the tenants' group, spoke first.\n\n\
         \"We will fight this,\" said Maria Vasquez.\n\n\
         The chief of Asokwa, Nana Kwaku Mensa Adjei II, welcomed the visitors.\n\n\
         \"Our children walk too far,\" Nana Adjei said.",
    );
    direct(&m, "We will fight this,", Some("Maria Elena Vasquez"));
    direct(
        &m,
        "Our children walk too far,",
        Some("Nana Kwaku Mensa Adjei II"),
    );
}

#[test]
fn courtesy_titles_of_singapore_and_malaysia() {
    let m = run(
        "For Madam Tan Mei Ling, 72, who lives on the ninth floor, the repairs cannot come soon enough.\n\n\
         \"I stop at every landing,\" said Madam Tan, a retired seamstress.\n\n\
         The grant will be paid in June, said Datuk Seri Azlan Rahim.",
    );
    direct(&m, "I stop at every landing,", Some("Tan Mei Ling"));
    clause(
        &m,
        QuoteKind::Indirect,
        "The grant will be paid in June",
        Some("Azlan Rahim"),
    );
}

#[test]
fn a_hong_kong_surname_stands_before_the_chinese_given_name() {
    let m = run(
        "Kelvin Wong Ka-ho, a taxi driver in Sha Tin, waited out the storm in his cab.\n\n\
         \"The whole street was under water,\" Wong said.",
    );
    direct(
        &m,
        "The whole street was under water,",
        Some("Kelvin Wong Ka-ho"),
    );
}

#[test]
fn a_name_in_apposition_ending_a_sentence_is_no_subject() {
    let m = run(
        "Mrs Gwenllian Rees, 81, played the organ for the last hymn, Cwm Rhondda.\n\n\
         \"I have played here for sixty years,\" she said.",
    );
    direct(
        &m,
        "I have played here for sixty years,",
        Some("Gwenllian Rees"),
    );
}

#[test]
fn a_masthead_label_asking_in_an_interview_is_the_interviewer() {
    let m = run(
        "Coach Abena Quartey-Lamptey has run the academy for six years.\n\n\
         COURIER: What has changed since you started?\n\n\
         QUARTEY-LAMPTEY: Everything and nothing. We have more girls and the same one pitch.\n\n\
         COURIER: What do you tell parents?\n\n\
         QUARTEY-LAMPTEY: Come and watch one session before you decide.",
    );
    direct(
        &m,
        "Everything and nothing. We have more girls and the same one pitch.",
        Some("Abena Quartey-Lamptey"),
    );
    direct(
        &m,
        "Come and watch one session before you decide.",
        Some("Abena Quartey-Lamptey"),
    );
}

#[test]
fn a_relative_clause_ending_the_sentence_reports_for_the_name_before_it() {
    let m = run(
        "The plan was opposed by Councillor Aoife Brannigan, who said the council had not counted the cost.\n\n\
         The reply came from Datuk Seri Hisham Latif (BN-Sungai Lalang), who said rural stalls had no signal.\n\n\
         \"You must climb the hill to get one bar,\" he said.\n\n\
         The Courier, which first reported the letter on Monday, said the talks had stalled.",
    );
    clause(
        &m,
        QuoteKind::Indirect,
        "the council had not counted the cost",
        Some("Aoife Brannigan"),
    );
    clause(
        &m,
        QuoteKind::Indirect,
        "rural stalls had no signal",
        Some("Hisham Latif"),
    );
    direct(
        &m,
        "You must climb the hill to get one bar,",
        Some("Hisham Latif"),
    );
    clause(
        &m,
        QuoteKind::Indirect,
        "the talks had stalled",
        Some("Courier"),
    );
}

#[test]
fn a_shop_name_ending_in_a_possessive_speaks() {
    let m = run(
        "Rival grocer Pellingham's said it was \"in regular talks\" with its egg suppliers.\n\n\
         Councillor Rhian Voss's reply was short: \"No.\"",
    );
    clause(
        &m,
        QuoteKind::Mixed,
        "it was \"in regular talks\" with its egg suppliers",
        Some("Pellingham's"),
    );
    direct(&m, "No.", Some("Rhian Voss"));
}

#[test]
fn a_reader_writing_in_is_described_not_named() {
    let m = run("Reader Kelvin Lau Chi-wai sent us this from Tsuen Wan.\n\n\
         \"The window is taped up now,\" Lau wrote.");
    direct(
        &m,
        "The window is taped up now,",
        Some("Kelvin Lau Chi-wai"),
    );
}

#[test]
fn given_names_without_the_fathers_name_stand_for_the_full_name() {
    let m = run(
        "The grant will reach 9,000 stalls, says Datuk Mohd Hafizuddin Rahman.\n\n\
         Mohd Hafizuddin said the ministry was talking to the banks.",
    );
    clause(
        &m,
        QuoteKind::Indirect,
        "the ministry was talking to the banks",
        Some("Mohd Hafizuddin Rahman"),
    );
}

#[test]
fn tagalog_particles_inside_an_organizations_name() {
    let m = run("The Kapisanan ng Mangingisda sa Baybay said the catch had halved since March.");
    clause(
        &m,
        QuoteKind::Indirect,
        "the catch had halved since March",
        Some("Kapisanan ng Mangingisda sa Baybay"),
    );
}

#[test]
fn it_after_a_reply_to_a_newspaper_is_the_organization_that_replied() {
    let m = run(
        "The new pump was stuck at a port, Harbourview Town Council said in reply to questions from The Daily Ledger. It expects the pump by Friday, it added.",
    );
    clause(
        &m,
        QuoteKind::Indirect,
        "It expects the pump by Friday",
        Some("Harbourview Town Council"),
    );
}

#[test]
fn a_member_of_an_assembly_before_a_name() {
    let m = run(
        "Local Member of the Senedd Eluned Parry-Rhys said the waits were getting longer.\n\n\
         \"I have a drawer full of these letters,\" Parry-Rhys said.",
    );
    direct(
        &m,
        "I have a drawer full of these letters,",
        Some("Eluned Parry-Rhys"),
    );
}

#[test]
fn a_business_noun_opening_a_sentence_describes_the_name() {
    let m = run(
        "Packer Dalesway Fresh, which supplies three chains, said it backed a review of prices.\n\n\
         Daily Courier said it would appeal the ruling.",
    );
    clause(
        &m,
        QuoteKind::Indirect,
        "it backed a review of prices",
        Some("Dalesway Fresh"),
    );
    // A masthead that opens with such a word keeps it (`daily` is no
    // business noun).
    clause(
        &m,
        QuoteKind::Indirect,
        "it would appeal the ruling",
        Some("Daily Courier"),
    );
}

#[test]
fn a_participle_opening_the_sentence_is_no_part_of_the_name() {
    let m = run(
        "Born Sipho Radebe in Alexandra in 1940, he learned the trumpet from a neighbour.\n\n\
         \"The township was a sound before it was a place,\" Radebe said.",
    );
    direct(
        &m,
        "The township was a sound before it was a place,",
        Some("Sipho Radebe"),
    );
}
