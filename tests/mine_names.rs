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

#[test]
fn particles_inside_a_full_name_keep_it_whole() {
    let m = en(
        "\"The harbour will reopen in May,\" said Marisol de la Fuente Ibarra, the port director.\n\n\
         \"We have waited long enough,\" said Harriet van der Berg-Oduya, who chairs the \
         fishermen's association.\n\n\
         \"Nobody told us,\" said Hywel ap Rhys, a ferry captain.\n\n\
         \"It is a fair price,\" said Omar bin Said, a trader.\n\n\
         \"I will vote for it,\" said councillor Kees ter Horst.\n\n\
         \"Prices have doubled,\" said Ana dos Santos, who sells bread by the quay.",
    );
    direct(
        &m,
        "The harbour will reopen in May,",
        Some("Marisol de la Fuente Ibarra"),
    );
    direct(
        &m,
        "We have waited long enough,",
        Some("Harriet van der Berg-Oduya"),
    );
    direct(&m, "Nobody told us,", Some("Hywel ap Rhys"));
    direct(&m, "It is a fair price,", Some("Omar bin Said"));
    direct(&m, "I will vote for it,", Some("Kees ter Horst"));
    direct(&m, "Prices have doubled,", Some("Ana dos Santos"));
}

#[test]
fn short_forms_with_a_particle_stand_for_the_full_name() {
    let m = en(
        "Marisol de la Fuente Ibarra runs the port. Pieter van der Merwe runs the railway. \
         Joost van den Heuvel advises them both, and Valentina Ruiz de la Peña pays the bills.\n\n\
         De la Fuente Ibarra said: \"The cranes are old.\"\n\n\
         \"We need new wagons,\" Van der Merwe wrote in a letter.\n\n\
         \"It can be done by spring,\" van den Heuvel said.\n\n\
         \"Ask the treasury,\" said Ms de la Fuente Ibarra.\n\n\
         \"The treasury is me,\" Ruiz de la Peña said.",
    );
    direct(
        &m,
        "The cranes are old.",
        Some("Marisol de la Fuente Ibarra"),
    );
    direct(&m, "We need new wagons,", Some("Pieter van der Merwe"));
    direct(
        &m,
        "It can be done by spring,",
        Some("Joost van den Heuvel"),
    );
    direct(&m, "Ask the treasury,", Some("Marisol de la Fuente Ibarra"));
    direct(&m, "The treasury is me,", Some("Valentina Ruiz de la Peña"));
}

#[test]
fn the_surname_after_a_particle_stands_for_the_full_name() {
    let m = en(
        "Hywel ap Rhys sailed the ferry for thirty years. Lucía Fernández de Castro \
         bought it last spring, and Ludwig von Hartmann repaired its engine.\n\n\
         \"She still runs well,\" Rhys said.\n\n\
         \"We will paint her blue,\" Fernández de Castro said.\n\n\
         \"The engine is older than me,\" von Hartmann said.",
    );
    direct(&m, "She still runs well,", Some("Hywel ap Rhys"));
    direct(
        &m,
        "We will paint her blue,",
        Some("Lucía Fernández de Castro"),
    );
    direct(
        &m,
        "The engine is older than me,",
        Some("Ludwig von Hartmann"),
    );
}

#[test]
fn particles_never_make_a_name_of_ordinary_words() {
    let m = en(
        "A van driver stopped on the bridge. \"I could not see the road,\" the driver \
         told police.\n\n\
         Ingrid Sollberg, the minister of state, said: \"We will look into it.\"",
    );
    direct(&m, "We will look into it.", Some("Ingrid Sollberg"));
    assert!(
        !m.entities
            .iter()
            .any(|e| e.forms.iter().any(|(f, _)| f.contains("van"))),
        "{:?}",
        m.entities
    );
}

#[test]
fn a_given_name_before_the_full_name_is_that_person() {
    let m = en(
        "Wiremu helped his neighbours clear the mud from their kitchens all week.\n\n\
         \"Got to keep busy,\" Wiremu said.\n\n\
         Wiremu Tane, 61, has lived on the street since he was a boy. His neighbour \
         Aroha Ngata lost her car.\n\n\
         \"He never stops,\" Ngata said.",
    );
    direct(&m, "Got to keep busy,", Some("Wiremu Tane"));
    direct(&m, "He never stops,", Some("Aroha Ngata"));
}

#[test]
fn a_given_name_that_is_another_persons_surname_stays_apart() {
    // `Harris` opens one full name and ends another: not a given name.
    let m = en("\"We will rebuild,\" Harris said.\n\n\
         Harris Okonjo chairs the trust; Dana Harris manages its money.");
    let q = direct(&m, "We will rebuild,", Some("Dana Harris"));
    assert_type(&m, &q, SpeakerType::Person);
}

#[test]
fn all_caps_name_labels_resolve_to_the_full_name() {
    let m = en(
        "Governor Teresa de la Cruz-Montoya spoke to reporter Sam Pike about the drought, \
         with the water board's Ingrid Olsen-Tanaka.\n\n\
         PIKE: Are the reservoirs running dry?\n\n\
         DE LA CRUZ-MONTOYA: I'm not worried. We have two years of water.\n\n\
         OLSEN-TANAKA: Closer to eighteen months, to be exact.",
    );
    direct(
        &m,
        "I'm not worried. We have two years of water.",
        Some("Teresa de la Cruz-Montoya"),
    );
    direct(
        &m,
        "Closer to eighteen months, to be exact.",
        Some("Ingrid Olsen-Tanaka"),
    );
}

#[test]
fn vi_short_form_after_a_football_description() {
    let m = vi(
        "Tiền vệ trụ cột của Hải Phòng Đinh Quốc Huy ghi bàn ở phút 89.\n\n\
         Quốc Huy nói: \"Tôi chỉ làm đúng việc của mình\".\n\n\
         Hậu vệ đội trưởng Sông Lam Nghệ An Lưu Hữu Nam cũng hài lòng. \"Chúng tôi đã chơi tập trung\", \
         Hữu Nam nói.",
    );
    direct(&m, "Tôi chỉ làm đúng việc của mình", Some("Đinh Quốc Huy"));
    direct(&m, "Chúng tôi đã chơi tập trung", Some("Lưu Hữu Nam"));
}

#[test]
fn vi_short_forms_for_less_common_family_names() {
    for family in [
        "Tạ", "Mai", "Lâm", "La", "Quách", "Thái", "Doãn", "Đàm", "Tống",
    ] {
        let text = format!(
            "Thủ môn đội tuyển Việt Nam {family} Minh Khoa đã cản phá hai quả phạt đền.\n\n\
             \"Tôi đã xem băng hình của đối thủ\", Minh Khoa cho biết."
        );
        let m = vi(&text);
        let full = format!("{family} Minh Khoa");
        direct(&m, "Tôi đã xem băng hình của đối thủ", Some(full.as_str()));
    }
}

#[test]
fn vi_foreign_names_keep_their_particles() {
    let m = vi(
        "Ông Joost van den Heuvel, chuyên gia người Hà Lan, đã khảo sát con đê. \
         \"Chúng tôi tin tưởng vào thiết kế\", ông van den Heuvel nói.\n\n\
         Dự án do Nguyễn Văn Toàn phụ trách. \"Tiến độ đang tốt\", ông Toàn nói.",
    );
    direct(
        &m,
        "Chúng tôi tin tưởng vào thiết kế",
        Some("Joost van den Heuvel"),
    );
    direct(&m, "Tiến độ đang tốt", Some("Nguyễn Văn Toàn"));
}

#[test]
fn all_caps_labels_of_a_short_surname_or_a_full_name() {
    let m = en(
        "Presenter Lydia Marsh asked Finance Minister Karel Olsen about the budget.\n\n\
         MARSH: Will taxes rise?\n\n\
         OLSEN: Not this year.\n\n\
         MARSH: And next year?\n\n\
         KAREL OLSEN: We will see. Nobody can promise that.",
    );
    direct(&m, "Not this year.", Some("Karel Olsen"));
    direct(
        &m,
        "We will see. Nobody can promise that.",
        Some("Karel Olsen"),
    );
}

#[test]
fn short_forms_opening_with_a_particle_in_either_case() {
    let m = en(
        "\"The budget holds,\" said Joaquín Ortiz de Zárate, the treasurer. \
         Leonardo da Silva, who leads the opposition, disagreed.\n\n\
         \"It does not,\" said da Silva.\n\n\
         \"Read it again,\" Ortiz de Zárate said.\n\n\
         \"I did,\" Da Silva said. Coach Erik ten Hag watched. \"Ten minutes left,\" ten Hag said.",
    );
    direct(&m, "It does not,", Some("Leonardo da Silva"));
    direct(&m, "Read it again,", Some("Joaquín Ortiz de Zárate"));
    direct(&m, "I did,", Some("Leonardo da Silva"));
    direct(&m, "Ten minutes left,", Some("Erik ten Hag"));
}

#[test]
fn a_compound_surname_alone_is_the_person() {
    let m = run_with_lang(
        "Lucía Fernández de Castro lost in three sets. Her coach, Marco Bellini, watched from the box.\n\n\"I had my chances,\" Fernández de Castro said.",
        Some("en"),
    );
    direct(&m, "I had my chances,", Some("Lucía Fernández de Castro"));
}
