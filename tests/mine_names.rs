//! Name boundaries and short forms: where a speaker's name starts and ends
//! (descriptors and titles before it, `of ORG` after it, `and` inside an
//! organization's name, a Vietnamese title + organization + full name) and
//! which earlier full name a short form stands for (the last words of a
//! full name, the first word of an organization's name). All snippets were
//! written for these tests; the people and organizations are fictional.

mod common;

use common::{assert_type, direct, run_with_lang};
use quotegraph::model::SpeakerType;

fn en(text: &str) -> quotegraph::mine::MinedArticle {
    run_with_lang(text, Some("en"))
}

fn vi(text: &str) -> quotegraph::mine::MinedArticle {
    run_with_lang(text, Some("vi"))
}

#[test]
fn everyday_descriptor_before_a_name_is_a_role() {
    let m = en("The roof landed in the street on Tuesday night.\n\n\
         Neighbour Carla Fenwright-Obi, 58, said: \"I heard it go and ran.\"\n\n\
         Pensioner Doug Haverley told the paper: \"Never seen wind like it.\"");
    direct(&m, "I heard it go and ran.", Some("Carla Fenwright-Obi"));
    direct(&m, "Never seen wind like it.", Some("Doug Haverley"));
}

#[test]
fn regional_officials_titles_are_roles() {
    let m = en(
        "Local MLA Suresh Pandhare visited the market. \"Nobody will be left behind,\" \
         Pandhare said.\n\n\
         District Collector Meera Iyengar said: \"Schools stay shut on Monday.\"",
    );
    direct(&m, "Nobody will be left behind,", Some("Suresh Pandhare"));
    direct(&m, "Schools stay shut on Monday.", Some("Meera Iyengar"));
}

#[test]
fn of_organization_after_a_full_name_is_an_affiliation() {
    let m = en(
        "\"It is mostly a timing issue,\" said Petra Lindqvist of Harrow Row Partners, \
         who covers the company.",
    );
    let q = direct(&m, "It is mostly a timing issue,", Some("Petra Lindqvist"));
    assert_type(&m, &q, SpeakerType::Person);
}

#[test]
fn of_inside_an_organization_name_stays() {
    let m = en("\"We are watching prices closely,\" the Bank of Norvalia said in a statement.");
    direct(
        &m,
        "We are watching prices closely,",
        Some("Bank of Norvalia"),
    );
}

#[test]
fn and_inside_an_organization_name_stays() {
    let m = en(
        "The Freedom and Progress Party called the budget \"reckless and cruel,\" \
         and said it would vote against it.\n\n\
         \"This is a budget for nobody,\" the Freedom and Progress Party said.",
    );
    direct(
        &m,
        "This is a budget for nobody,",
        Some("Freedom and Progress Party"),
    );
}

#[test]
fn first_word_of_an_organization_stands_for_it() {
    let m = en(
        "Brackwater Systems, which runs the network, apologised on Friday.\n\n\
         \"We take full responsibility,\" Brackwater said in a statement.",
    );
    let q = direct(
        &m,
        "We take full responsibility,",
        Some("Brackwater Systems"),
    );
    assert_type(&m, &q, SpeakerType::Organization);
}

#[test]
fn surname_of_a_person_is_not_an_organization_short_form() {
    // A person named like the first word of an organization stays a person.
    let m = en(
        "Holm Logistics lost the contract. Its founder, Annika Holm, was not surprised.\n\n\
         \"We saw it coming,\" Holm said.",
    );
    direct(&m, "We saw it coming,", Some("Annika Holm"));
}

#[test]
fn vi_title_organization_full_name_splits_at_the_family_name() {
    let m = vi(
        "Thứ trưởng Bộ Công Thương Lê Hoàng Vũ khẳng định nguồn điện đủ dùng.\n\n\
         \"Chúng tôi đã chuẩn bị kỹ\", ông Vũ nói.",
    );
    direct(&m, "Chúng tôi đã chuẩn bị kỹ", Some("Lê Hoàng Vũ"));
}

#[test]
fn vi_last_words_of_a_full_name_stand_for_it() {
    let m = vi("Pha đánh đầu của trung vệ Trần Hữu Khang mở tỷ số.\n\n\
         Hữu Khang nói: \"Cả đội đã chạy rất nhiều\".");
    direct(&m, "Cả đội đã chạy rất nhiều", Some("Trần Hữu Khang"));
}

#[test]
fn vi_two_people_with_one_given_name_are_told_apart_by_the_longer_form() {
    let m = vi("Anh Phạm Văn Lực ngồi cạnh giường con trai.\n\n\
         Ở giường bên, chị Ngô Thị Bảo Lực đã ở đây một tuần. \
         \"Con tôi đỡ nhiều rồi\", chị Bảo Lực nói.");
    direct(&m, "Con tôi đỡ nhiều rồi", Some("Ngô Thị Bảo Lực"));
}

#[test]
fn a_gendered_title_picks_the_relative_with_that_surname() {
    let m = en(
        "Walter Brennick founded the bakery in 1981. His daughter, Helen Brennick, \
         now runs it.\n\n\
         \"I am ready to stop,\" Mr. Brennick said.\n\n\
         \"He has said that before,\" Ms. Brennick said.",
    );
    direct(&m, "I am ready to stop,", Some("Walter Brennick"));
    direct(&m, "He has said that before,", Some("Helen Brennick"));
}

#[test]
fn a_gendered_title_does_not_merge_with_a_person_of_the_other_gender() {
    let m = en("Laura Oakhurst chairs the committee.\n\n\
         \"We will vote on Friday,\" Mr. Oakhurst said.");
    // Her brother is only ever `Mr. Oakhurst`: that is his name here.
    direct(&m, "We will vote on Friday,", Some("Oakhurst"));
}

#[test]
fn a_bare_author_line_in_the_head_is_not_a_speaker() {
    let m = en("Business | Farming\n\n\
         Brothers split over sale of the family orchard\n\n\
         Nadia Whitcombe\n\
         Updated 2 May 2024 — 6.10am\n\n\
         Tomas Arkwright has farmed the valley for forty years, and on Monday he agreed to sell.\n\n\
         His sister Petra Arkwright, who runs the cider press, does not want to.\n\n\
         \"It was never only his to sell,\" she said.");
    direct(
        &m,
        "It was never only his to sell,",
        Some("Petra Arkwright"),
    );
}
