//! Issue 4: name forms merge across articles only with evidence, and
//! titles count as evidence across languages through the lexicons' pivot
//! column (`phát ngôn viên Nhà Trắng` = `White House spokesman`).
//!
//! The articles are short texts written for these tests.

use quotegraph::lexicon::Lexicons;
use quotegraph::model::{Article, Entity, EntityKind};
use quotegraph::pipeline;
use quotegraph::resolve;

fn people(texts: &[(&str, &str, &str)]) -> Vec<Entity> {
    let articles: Vec<Article> = texts
        .iter()
        .map(|(id, lang, text)| Article {
            id: (*id).into(),
            text: (*text).into(),
            lang: Some((*lang).into()),
            ..Article::default()
        })
        .collect();
    let mined = pipeline::mine_articles(&articles, Lexicons::embedded());
    resolve::resolve(&mined)
        .entities
        .into_iter()
        .filter(|e| e.kind == EntityKind::Person)
        .collect()
}

fn holding<'a>(people: &'a [Entity], form: &str) -> Vec<&'a Entity> {
    people
        .iter()
        .filter(|e| e.name == form || e.aliases.contains(form))
        .collect()
}

const EN: &str = "Talks on the harbour treaty will go on next week, White House \
    spokesman Josh Earnest said on Monday.\n\n\"We are not done yet,\" Earnest said.";

#[test]
fn a_translated_title_is_evidence_for_a_name_variant() {
    let vi = "Phát ngôn viên Nhà Trắng John Earnest nói: \"Chúng tôi vẫn chưa xong việc.\"";
    let p = people(&[("en1", "en", EN), ("vi1", "vi", vi)]);
    let josh = holding(&p, "Josh Earnest");
    assert_eq!(josh.len(), 1, "{p:#?}");
    assert!(josh[0].aliases.contains("John Earnest"), "{p:#?}");
}

#[test]
fn a_different_translated_title_is_no_evidence() {
    let vi = "Bộ trưởng Quốc phòng Mỹ John Earnest nói: \"Chúng tôi vẫn chưa xong việc.\"";
    let p = people(&[("en1", "en", EN), ("vi1", "vi", vi)]);
    assert_eq!(holding(&p, "Josh Earnest").len(), 1, "{p:#?}");
    assert!(
        holding(&p, "Josh Earnest")[0].variant_names.is_empty(),
        "{p:#?}"
    );
    assert_eq!(holding(&p, "John Earnest").len(), 1, "{p:#?}");
    assert_ne!(
        holding(&p, "John Earnest")[0].id,
        holding(&p, "Josh Earnest")[0].id
    );
}

/// Two stories: a commune chairman and a provincial health director who
/// share family and given name but not the middle name. `Ông` before both
/// is a form of address, not a shared role.
fn story_a(id: &'static str, name: &'static str) -> Text {
    let text = format!(
        "Ông {name}, Chủ tịch UBND xã Khánh Hòa, cho biết xã đã hoàn thành việc di dời. \
         Bà Nguyễn Thị Lan, người dân trong xã, nói: \"Chúng tôi rất mừng.\"\n\n\
         Ông {name} nói: \"Xã sẽ làm xong đường trước mùa mưa.\""
    );
    (id, "vi", text)
}

fn story_b(id: &'static str) -> Text {
    let text = "Ông Hồ Văn Chiến, Giám đốc Sở Y tế tỉnh Lạc Hiệp, cho biết tỉnh đã bố trí đủ \
        vắc xin. Bác sĩ Trần Minh Quang nói: \"Bệnh viện đã sẵn sàng.\"\n\n\
        Ông Hồ Văn Chiến nói: \"Không để thiếu thuốc trong mùa dịch.\""
        .to_string();
    (id, "vi", text)
}

type Text = (&'static str, &'static str, String);

fn as_refs(v: &[Text]) -> Vec<(&'static str, &'static str, &str)> {
    v.iter().map(|(a, b, c)| (*a, *b, c.as_str())).collect()
}

#[test]
fn a_middle_name_apart_in_unrelated_stories_is_two_people() {
    let texts = vec![
        story_a("a1", "Hồ Quốc Chiến"),
        story_a("a2", "Hồ Quốc Chiến"),
        story_b("b1"),
        story_b("b2"),
    ];
    let p = people(&as_refs(&texts));
    let a = holding(&p, "Hồ Quốc Chiến");
    let b = holding(&p, "Hồ Văn Chiến");
    assert_eq!((a.len(), b.len()), (1, 1), "{p:#?}");
    assert_ne!(a[0].id, b[0].id, "{p:#?}");
    assert!(
        a[0].roles.iter().all(|r| r != "Ông" && r != "ông"),
        "{p:#?}"
    );
}

#[test]
fn a_middle_name_slip_in_the_same_story_is_one_person() {
    let texts = vec![
        story_a("a1", "Hồ Quốc Chiến"),
        story_a("a2", "Hồ Quốc Chiến"),
        story_a("a3", "Hồ Văn Chiến"),
    ];
    let p = people(&as_refs(&texts));
    let a = holding(&p, "Hồ Quốc Chiến");
    assert_eq!(a.len(), 1, "{p:#?}");
    assert!(a[0].aliases.contains("Hồ Văn Chiến"), "{p:#?}");
}

#[test]
fn the_short_form_a_vietnamese_article_uses_is_no_name_variant() {
    let vi = "Quốc Huy lập cú đúp\n\nHai bàn thắng của Đinh Quốc Huy giúp đội nhà thắng 2-1.\n\n\
              \"Tôi chỉ việc đặt bóng vào góc xa\", Quốc Huy nói.\n\n\
              \"Mục tiêu của tôi là được gọi lên tuyển\", Quốc Huy cho biết.";
    let p = people(&[("vi1", "vi", vi)]);
    let huy = holding(&p, "Quốc Huy");
    assert_eq!(huy.len(), 1, "{p:#?}");
    assert_eq!(huy[0].name, "Đinh Quốc Huy", "{p:#?}");
    assert!(huy[0].variant_names.is_empty(), "{p:#?}");
}

#[test]
fn a_judge_named_by_style_keeps_it_as_the_entitys_name() {
    let ps = people(&[
        (
            "a1",
            "en",
            "Mr Justice Pemberton told the jury to \"set sympathy aside\".",
        ),
        (
            "a2",
            "en",
            "\"The court will rise,\" Mr Justice Pemberton said on Friday.",
        ),
    ]);
    // A surname alone is no evidence to merge across articles (two
    // entities), but each keeps the style as its name.
    let judges = holding(&ps, "Mr Justice Pemberton");
    assert!(!judges.is_empty(), "{ps:?}");
    assert!(
        judges.iter().all(|j| j.name == "Mr Justice Pemberton"),
        "{ps:?}"
    );
}

#[test]
fn a_transcripts_capital_labels_do_not_become_the_name() {
    // The labels are the surname in capitals, used more often than the
    // full name the host gives once.
    let t = "TRANSCRIPT: Mayor Ros-Lehtinen on the bridge vote\n\n\
        PAT QUINN, HOST: I'm joined by Mayor Ilse van der Ros-Lehtinen. Mayor, was it worth it?\n\n\
        VAN DER ROS-LEHTINEN: Yes, and the commuters will see why by spring.\n\n\
        QUINN: And the cost?\n\n\
        VAN DER ROS-LEHTINEN: Lower than the ferry we run today.\n\n\
        QUINN: Thank you.\n\n\
        VAN DER ROS-LEHTINEN: Thank you, Pat.";
    let p = people(&[("t1", "en", t)]);
    let mayor = holding(&p, "VAN DER ROS-LEHTINEN");
    assert_eq!(mayor.len(), 1, "{p:#?}");
    assert_eq!(mayor[0].name, "Ilse van der Ros-Lehtinen", "{p:#?}");
}

#[test]
fn a_company_is_named_without_its_legal_form() {
    let text = "Grocery chain Northbridge Foods Ltd. earned $142 million in its third quarter, \
        the company said.\n\nNorthbridge said online orders had slipped.";
    let articles = vec![Article {
        id: "a1".into(),
        text: text.into(),
        lang: Some("en".into()),
        ..Article::default()
    }];
    let mined = pipeline::mine_articles(&articles, Lexicons::embedded());
    let orgs: Vec<Entity> = resolve::resolve(&mined)
        .entities
        .into_iter()
        .filter(|e| e.kind == EntityKind::Organization)
        .collect();
    let nb: Vec<&Entity> = orgs
        .iter()
        .filter(|e| e.name == "Northbridge Foods")
        .collect();
    assert_eq!(nb.len(), 1, "{orgs:#?}");
    assert!(nb[0].aliases.contains("Northbridge Foods Ltd"), "{orgs:#?}");
}
