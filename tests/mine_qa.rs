//! Interviews printed as Q&A (rule `qa-turn`), on short made-up articles
//! (all people are fictional): answer turns are `direct` quotations of the
//! interviewee, question turns give none.

mod common;

use common::{assert_absent, assert_rule, direct, dump, run_with_lang};
use quotegraph::mine::MinedArticle;
use quotegraph::model::SpeakerType;

fn run(text: &str, lang: &str) -> MinedArticle {
    run_with_lang(text, Some(lang))
}

fn qa(m: &MinedArticle) -> usize {
    m.quotes.iter().filter(|q| q.rule == "qa-turn").count()
}

#[test]
fn answer_labels_credit_the_interviewee() {
    let m = run(
        "Harbor pilot Ingrid Solvang has guided ships into Port Avel for thirty years. Ingrid Solvang spoke to the Coastal Ledger about the new locks.\n\
         Q: What changed this year?\n\
         A: The tides are higher than we planned for.\n\
         Q: Will the locks be ready?\n\
         A: Not before the autumn storms.",
        "en",
    );
    let q = direct(
        &m,
        "The tides are higher than we planned for.",
        Some("Ingrid Solvang"),
    );
    assert_rule(&m, &q, "qa-turn");
    assert_eq!(q.speaker_type, SpeakerType::Person);
    assert_eq!(q.cue.as_deref(), Some("A"));
    direct(&m, "Not before the autumn storms.", Some("Ingrid Solvang"));
    assert_absent(&m, "What changed this year?");
    assert_absent(&m, "Will the locks be ready?");
    assert_eq!(qa(&m), 2, "{}", dump(&m));
}

#[test]
fn an_answer_runs_over_paragraphs_until_the_next_label() {
    let text = "In an interview with Tomas Brevik, the orchestra's new conductor, we asked about his plans.\n\
                Question: Where do you start?\n\
                Answer: With the strings.\n\
                They have carried this orchestra for decades.\n\
                Question: And the brass?\n\
                Answer: Later.";
    let m = run(text, "en");
    let q = direct(
        &m,
        "With the strings.\nThey have carried this orchestra for decades.",
        Some("Tomas Brevik"),
    );
    assert_rule(&m, &q, "qa-turn");
    assert_eq!(&text[q.start..q.end], q.quote);
    direct(&m, "Later.", Some("Tomas Brevik"));
}

#[test]
fn name_labels_are_resolved_like_mentions() {
    let m = run(
        "Farmer Lena Okafor grows rice on the delta.\n\
         Q: How was the harvest?\n\
         Okafor: Better than last year, thanks to the rain.\n\
         Q: And prices?\n\
         Okafor: Prices fell.",
        "en",
    );
    let q = direct(
        &m,
        "Better than last year, thanks to the rain.",
        Some("Lena Okafor"),
    );
    assert_rule(&m, &q, "qa-turn");
    assert_eq!(q.speaker_mention.as_deref(), Some("Okafor"));
    direct(&m, "Prices fell.", Some("Lena Okafor"));
    assert_absent(&m, "How was the harvest?");
}

#[test]
fn a_lone_label_line_is_not_a_turn() {
    let m = run(
        "Mayor Carla Dunmore opened the bridge on Monday.\n\
         Note: The bridge will close at night during the first week.\n\
         Photo: The bridge at dawn.",
        "en",
    );
    assert_eq!(qa(&m), 0, "{}", dump(&m));
    let m = run(
        "Mayor Carla Dunmore opened the bridge on Monday.\n\
         A: The bridge will close at night during the first week.",
        "en",
    );
    assert_eq!(qa(&m), 0, "{}", dump(&m));
}

#[test]
fn questions_alone_give_no_turns() {
    let m = run(
        "Readers sent questions to Mayor Carla Dunmore.\n\
         Q: Will the bridge close at night?\n\
         Q: Who pays for it?",
        "en",
    );
    assert_eq!(qa(&m), 0, "{}", dump(&m));
}

#[test]
fn a_turn_is_bounded() {
    let mut text = String::from(
        "Ingrid Solvang spoke to the Ledger.\nQ: Why?\nA: Because the sea is rising.\n",
    );
    for i in 0..20 {
        text.push_str(&format!("Later paragraph {i} about something else.\n"));
    }
    let m = run(&text, "en");
    let q = m
        .quotes
        .iter()
        .find(|q| q.rule == "qa-turn")
        .expect("a turn");
    assert!(q.quote.starts_with("Because the sea is rising."));
    assert!(!q.quote.contains("paragraph 10"), "{}", dump(&m));
}

#[test]
fn vietnamese_labels() {
    let m = run(
        "Nhạc sĩ Trần Văn Khải trò chuyện với phóng viên về album mới.\n\
         PV: Album này có gì khác?\n\
         Đáp: Tôi viết nó trong một mùa đông rất dài.\n\
         Hỏi: Khi nào phát hành?\n\
         Trả lời: Tháng sau.",
        "vi",
    );
    let q = direct(
        &m,
        "Tôi viết nó trong một mùa đông rất dài.",
        Some("Trần Văn Khải"),
    );
    assert_rule(&m, &q, "qa-turn");
    direct(&m, "Tháng sau.", Some("Trần Văn Khải"));
    assert_absent(&m, "Album này có gì khác?");
}

#[test]
fn team_sheets_are_not_interview_turns() {
    let m = run_with_lang(
        "Harrowgate Rovers beat Millbank 2-1 on Saturday. Harrowgate scored twice \
         before the break.\n\n\
         \"We were brave,\" said Harrowgate manager Colm Ferris.\n\n\
         Harrowgate: Dunne, Okoro, Pell, Vasquez, Lind (Ashe 70), Moran, Quill (Hay 81).\n\n\
         Millbank: Roe, Tate, Imrie, Bello, Kerr, Sandoval (Pike 81), Voss.",
        Some("en"),
    );
    assert!(
        m.quotes.iter().all(|q| q.rule != "qa-turn"),
        "line-ups read as turns:\n{}",
        dump(&m)
    );
}

#[test]
fn bold_questions_and_plain_answers() {
    let text = "Interview by Petra Hallsworth\n\n\
                Edda Rasmussen runs the only bakery left in Skarvik harbour.\n\n\
                **Why stay open through the winter?**\n\n\
                Because the fishermen still need bread at four in the morning.\n\n\
                Nobody else is awake then.\n\n\
                **Will you hire anyone this year?**\n\n\
                Two apprentices, if the grant comes through.";
    let m = run(text, "en");
    let q = direct(
        &m,
        "Because the fishermen still need bread at four in the morning.\n\nNobody else is awake then.",
        Some("Edda Rasmussen"),
    );
    assert_rule(&m, &q, "qa-turn");
    assert_eq!(&text[q.start..q.end], q.quote);
    assert_eq!(q.cue, None);
    direct(
        &m,
        "Two apprentices, if the grant comes through.",
        Some("Edda Rasmussen"),
    );
    assert_absent(&m, "Why stay open through the winter?");
    assert_eq!(qa(&m), 2, "{}", dump(&m));
}

#[test]
fn dash_turns_alternate_question_and_answer() {
    let m = run(
        "Kỹ sư Trịnh Thị Ngọc Hân thiết kế cây cầu treo mới ở bản Nà Cọ.\n\
         - Vì sao chị chọn cầu treo?\n\
         - Vì suối ở đây rộng, mùa lũ nước lên rất nhanh.\n\
         - Kinh phí lấy từ đâu?\n\
         - Người dân góp công, huyện hỗ trợ vật liệu.",
        "vi",
    );
    direct(
        &m,
        "Vì suối ở đây rộng, mùa lũ nước lên rất nhanh.",
        Some("Trịnh Thị Ngọc Hân"),
    );
    direct(
        &m,
        "Người dân góp công, huyện hỗ trợ vật liệu.",
        Some("Trịnh Thị Ngọc Hân"),
    );
    assert_eq!(qa(&m), 2, "{}", dump(&m));
}

#[test]
fn one_bold_question_or_a_list_of_links_is_no_interview() {
    // A bold subheading that asks a question, and a dash list of headlines
    // with a question among them.
    let m = run(
        "Mayor Idris Kantor opened the new ferry terminal on Monday.\n\n\
         **What happens next?**\n\n\
         The council will vote on fares in June.\n\n\
         Related:\n\
         - Is the ferry worth the wait?\n\
         - Fares to rise in June\n\
         - Terminal opens two years late",
        "en",
    );
    assert_eq!(qa(&m), 0, "{}", dump(&m));
}

#[test]
fn a_press_conference_excerpt_after_a_story_is_the_main_speaker_answering() {
    // The loser is named more often, the winner is quoted more: the
    // excerpt at the end of a match report is the winner's.
    let m = run(
        "Orla Venn-Castro beat the qualifier Pia Sandmark 6-4 6-3.\n\nSandmark, 19, had won four matches in a row. Sandmark's coach said she was tired.\n\n'I was lucky on the big points,' Venn-Castro said. 'I will take it.'\n\nVenn-Castro said her serve had been 'a bit shaky' and her legs 'heavy'.\n\n'I'm proud,' Sandmark said.\n\nFrom the press conference:\n\nQ: How is the wrist?\nA: It's fine. I strapped it for the third set and it held up well.\nQ: And the final?\nA: I will sleep first. Then I will think about the final.",
        "en",
    );
    direct(
        &m,
        "It's fine. I strapped it for the third set and it held up well.",
        Some("Orla Venn-Castro"),
    );
}

#[test]
fn a_transcript_written_line_by_line_ends_at_a_blank_line() {
    let m = run(
        "Shares of Harlow Freight fell 9% after the call.\n\nAnalyst Rena Kobayashi-Pratt asked about pricing.\n\nBrennagh Tolliver: I wouldn't call it a price war. We're not following them.\nCyprian Vosk: And our yield per shipment was up slightly.\n\nKobayashi-Pratt said the guidance cut was larger than expected.",
        "en",
    );
    direct(
        &m,
        "And our yield per shipment was up slightly.",
        Some("Cyprian Vosk"),
    );
}

#[test]
fn a_host_labelled_by_role_asks_under_every_label() {
    // Broadcast transcript: names in capitals, the host's role after a
    // comma, stage directions between turns.
    let m = run(
        "TRANSCRIPT: Senator Ilse Varnham-Quist on 'Weekend Ledger'\n\n\
         PETRA OYELARAN-MOSS, HOST: Senator Ilse Varnham-Quist joins us. Will the bill pass?\n\n\
         VARNHAM-QUIST: It will, and with votes from both parties.\n\n\
         OYELARAN-MOSS: How many votes?\n\n\
         VARNHAM-QUIST: Enough. I counted them myself.\n\n\
         (CROSSTALK)\n\n\
         OYELARAN-MOSS: Senator, thank you.\n\n\
         VARNHAM-QUIST: Thank you.\n\n\
         END OF TRANSCRIPT",
        "en",
    );
    direct(
        &m,
        "It will, and with votes from both parties.",
        Some("Ilse Varnham-Quist"),
    );
    direct(
        &m,
        "Enough. I counted them myself.",
        Some("Ilse Varnham-Quist"),
    );
    // The last turn stops before the line in capitals.
    direct(&m, "Thank you.", Some("Ilse Varnham-Quist"));
    assert_absent(&m, "How many votes?");
    assert_absent(&m, "Senator, thank you.");
    assert_absent(&m, "Will the bill pass?");
    assert!(
        m.quotes.iter().all(|q| !q.quote.contains("TRANSCRIPT")),
        "{}",
        dump(&m)
    );
}

#[test]
fn the_speaker_whose_turns_ask_is_the_host_and_a_caller_gets_a_name() {
    // No role in the labels: the host is the one who asks; a caller is
    // greeted by first name only and labelled in capitals.
    let m = run(
        "Presenter Ottoline Fairweather-Mbeki talks to Corwin Strandquist, who restores canal boats.\n\n\
         FAIRWEATHER-MBEKI: Corwin, how did you start?\n\n\
         STRANDQUIST: With a boat nobody wanted and a loan from my aunt.\n\n\
         FAIRWEATHER-MBEKI: And what was the hardest part?\n\n\
         STRANDQUIST: The engine. Always the engine.\n\n\
         FAIRWEATHER-MBEKI: We have a caller. Bernadette, go ahead.\n\n\
         BERNADETTE: Hello. Can a steel hull really last a hundred years?\n\n\
         STRANDQUIST: If you paint it every winter, yes.\n\n\
         FAIRWEATHER-MBEKI: Is that the secret, then?\n\n\
         STRANDQUIST: That and patience.",
        "en",
    );
    direct(
        &m,
        "With a boat nobody wanted and a loan from my aunt.",
        Some("Corwin Strandquist"),
    );
    direct(
        &m,
        "Hello. Can a steel hull really last a hundred years?",
        Some("Bernadette"),
    );
    assert_absent(&m, "Corwin, how did you start?");
    assert_absent(&m, "We have a caller. Bernadette, go ahead.");
    assert_absent(&m, "Is that the secret, then?");
}

#[test]
fn notes_under_team_names_are_no_interview() {
    let m = run(
        "Kestrel Bay won 71-64.\n\n\
         Kestrel Bay: The Herons were outrebounded 40-31 but made 11 threes. Hosts Marlow Tech on Friday.\n\n\
         Marlow Tech: Forward Idris Penhallow scored 19. The Badgers have lost three straight at home.",
        "en",
    );
    assert_eq!(qa(&m), 0, "{}", dump(&m));
}

#[test]
fn bold_labels_and_an_outlet_asking() {
    // A newspaper's interview: labels in bold, the paper's own name on the
    // questions; the reporter's closing paragraph ends the last answer.
    let m = run(
        "Harbour keeper Wendell Ashcombe-Teague retires after forty years. He spoke to the Tidewater Courier.\n\n\
         **Courier:** What do you check first each morning?\n\n\
         **Ashcombe-Teague:** The moorings, then the weather, then the moorings again.\n\n\
         **Courier:** Will you miss it?\n\n\
         **Ashcombe-Teague**: Every gull of it.\n\n\
         The harbour board said a plaque would be fixed to the slipway in his honour.",
        "en",
    );
    direct(
        &m,
        "The moorings, then the weather, then the moorings again.",
        Some("Wendell Ashcombe-Teague"),
    );
    direct(&m, "Every gull of it.", Some("Wendell Ashcombe-Teague"));
    assert_absent(&m, "What do you check first each morning?");
    assert_absent(&m, "Will you miss it?");
}
