//! Rule-by-rule tests of the Vietnamese quote miner on short news-style
//! snippets written for these tests (all people and organizations named are
//! fictional).
//!
//! Expectations follow `docs/format.md`, issue 3 and the attribution notes:
//! speech verbs after the speaker (`cho biết`, `nói`, `nhấn mạnh`, ...),
//! `Theo X, …`, `dẫn lời X`, `ông`/`bà` as titles before a name and as
//! pronouns alone, short forms (`bà Nga`) resolving to the full name, and
//! classifiers (`tờ`, `hãng tin`) that are not part of an organization's name.

mod common;

use common::{
    assert_absent, assert_rule, assert_speaker, assert_type, clause, direct, dump, find, find_kind,
    run_with_lang,
};
use quotegraph::mine::MinedArticle;
use quotegraph::model::{QuoteKind, SpeakerType};
use unicode_normalization::UnicodeNormalization;

// ---------------------------------------------------------------- helpers

/// Mine `text` as a Vietnamese article and check the offsets invariant
/// (`text[start..end] == quote`) for every quotation.
fn run(text: &str) -> MinedArticle {
    run_with_lang(text, Some("vi"))
}

fn nfc(s: &str) -> String {
    s.nfc().collect()
}

// ------------------------------------------------------------- direct quotes

#[test]
fn vi_cho_biet_colon() {
    let m =
        run(r#"Bộ trưởng Lê Minh Tuấn cho biết: "Chúng tôi sẽ tăng lương cơ sở từ tháng Bảy.""#);
    let q = direct(
        &m,
        "Chúng tôi sẽ tăng lương cơ sở từ tháng Bảy.",
        Some("Lê Minh Tuấn"),
    );
    assert_rule(&m, &q, "cue-before");
    assert_eq!(q.cue.as_deref(), Some("cho biết"), "{}", dump(&m));
    assert!(
        q.role.as_deref().is_some_and(|r| r.contains("Bộ trưởng")),
        "role should keep the title; found:\n{}",
        dump(&m)
    );
    assert_type(&m, &q, SpeakerType::Person);
}

#[test]
fn vi_quote_then_ong_given_name_noi() {
    let m = run(
        "Huấn luyện viên Phạm Quốc Bảo tỏ ra hài lòng sau trận thắng.\n\n\"Các cầu thủ đã chơi rất tập trung\", ông Bảo nói.",
    );
    let q = direct(
        &m,
        "Các cầu thủ đã chơi rất tập trung",
        Some("Phạm Quốc Bảo"),
    );
    assert!(
        q.speaker_mention
            .as_deref()
            .is_some_and(|s| s.contains("Bảo")),
        "mention should be the short form; found:\n{}",
        dump(&m)
    );
}

#[test]
fn vi_quote_then_x_noi_rule_is_cue_after() {
    let m = run(
        "Huấn luyện viên Phạm Quốc Bảo tỏ ra hài lòng sau trận thắng.\n\n\"Các cầu thủ đã chơi rất tập trung\", ông Bảo nói.",
    );
    let q = direct(
        &m,
        "Các cầu thủ đã chơi rất tập trung",
        Some("Phạm Quốc Bảo"),
    );
    assert_rule(&m, &q, "cue-after");
}

#[test]
fn vi_ong_alone_is_pronoun() {
    let m = run(
        "Ông Vũ Văn Thành, Chủ tịch Công ty Sao Mai, trình bày kế hoạch mở rộng trước cổ đông.\n\n\"Chúng tôi sẽ mở thêm 20 cửa hàng trong năm tới\", ông nói.",
    );
    let q = direct(
        &m,
        "Chúng tôi sẽ mở thêm 20 cửa hàng trong năm tới",
        Some("Vũ Văn Thành"),
    );
    assert_eq!(q.speaker_mention.as_deref(), Some("ông"), "{}", dump(&m));
}

#[test]
fn vi_ong_alone_is_pronoun_without_apposition() {
    let m = run(
        "Ông Vũ Văn Thành trình bày kế hoạch mở rộng trước cổ đông.\n\n\"Chúng tôi sẽ mở thêm 20 cửa hàng trong năm tới\", ông nói.",
    );
    direct(
        &m,
        "Chúng tôi sẽ mở thêm 20 cửa hàng trong năm tới",
        Some("Vũ Văn Thành"),
    );
}

#[test]
fn vi_ba_given_name_short_for_full_name() {
    let m = run(
        "Người phát ngôn Bộ Y tế Đoàn Phương Nhi trả lời câu hỏi của phóng viên chiều thứ Năm.\n\n\"Bộ sẽ sớm công bố thông tin chi tiết về vụ việc\", bà Nhi nói.",
    );
    direct(
        &m,
        "Bộ sẽ sớm công bố thông tin chi tiết về vụ việc",
        Some("Đoàn Phương Nhi"),
    );
}

#[test]
fn vi_two_people_title_picks_the_woman() {
    let m = run(
        "Ông Lý Minh Quân và bà Tạ Thu Trang cùng tham dự cuộc họp hội đồng quản trị.\n\n\"Tôi phản đối phương án này\", bà Trang nói.",
    );
    direct(&m, "Tôi phản đối phương án này", Some("Tạ Thu Trang"));
}

#[test]
fn vi_foreign_name_shortened_to_surname() {
    let m = run(
        "Tổng thống John Harlan đã gặp các nhà lãnh đạo khu vực tại thủ đô.\n\n\"Chúng tôi cần hợp tác chặt chẽ hơn\", ông Harlan nói.",
    );
    direct(
        &m,
        "Chúng tôi cần hợp tác chặt chẽ hơn",
        Some("John Harlan"),
    );
}

#[test]
fn vi_curly_quotes_chia_se() {
    let m = run("“Tôi rất hạnh phúc khi được trở về quê hương biểu diễn”, ca sĩ Mai Lan chia sẻ.");
    direct(
        &m,
        "Tôi rất hạnh phúc khi được trở về quê hương biểu diễn",
        Some("Mai Lan"),
    );
}

#[test]
fn vi_continuation_next_paragraph() {
    let m = run(
        "Giáo sư Đặng Hữu Nam cho biết: \"Kết quả nghiên cứu rất đáng khích lệ.\"\n\n\"Chúng tôi sẽ công bố dữ liệu đầy đủ vào tháng sau.\"",
    );
    direct(
        &m,
        "Kết quả nghiên cứu rất đáng khích lệ.",
        Some("Đặng Hữu Nam"),
    );
    let q = direct(
        &m,
        "Chúng tôi sẽ công bố dữ liệu đầy đủ vào tháng sau.",
        Some("Đặng Hữu Nam"),
    );
    assert_rule(&m, &q, "continuation");
}

#[test]
fn vi_dan_loi_credits_the_quoted_person() {
    let m = run(
        r#"Báo Cửa Biển dẫn lời ông Lâm Văn Phú, Giám đốc bệnh viện tỉnh: "Chúng tôi chưa ghi nhận ca tử vong nào.""#,
    );
    direct(
        &m,
        "Chúng tôi chưa ghi nhận ca tử vong nào.",
        Some("Lâm Văn Phú"),
    );
}

#[test]
fn vi_title_of_work_not_a_statement() {
    let m = run(
        r#"Bộ phim "Mùa hạ cuối cùng" của đạo diễn Trần Khải Minh sẽ ra rạp vào thứ Sáu tuần này."#,
    );
    assert_absent(&m, "Mùa hạ cuối cùng");
}

#[test]
fn vi_pronoun_ba_resolves_after_quote() {
    let m = run(
        "Bà Trịnh Ngọc Diệp, Giám đốc Sở Y tế, đã kiểm tra bệnh viện vào sáng nay.\n\n\"Chúng tôi cần thêm bác sĩ cho khoa cấp cứu\", bà nói.",
    );
    let q = find(&m, "khoa cấp cứu");
    assert_eq!(q.kind, QuoteKind::Direct, "{}", dump(&m));
    assert_eq!(
        q.quote,
        "Chúng tôi cần thêm bác sĩ cho khoa cấp cứu",
        "{}",
        dump(&m)
    );
    assert_speaker(&m, q, Some("Trịnh Ngọc Diệp"));
}

// ----------------------------------------------------------- indirect speech

#[test]
fn vi_theo_x_according() {
    let m = run(
        "Theo ông Nguyễn Đức Long, Phó chủ tịch UBND thành phố, dự án sẽ hoàn thành trong năm nay.",
    );
    let q = clause(
        &m,
        QuoteKind::Indirect,
        "dự án sẽ hoàn thành trong năm nay",
        Some("Nguyễn Đức Long"),
    );
    assert_rule(&m, &q, "indirect-according");
}

#[test]
fn vi_nhan_manh_rang() {
    let m = run("Bà Hoàng Thị Mai nhấn mạnh rằng ngân sách cho giáo dục không được cắt giảm.");
    let q = clause(
        &m,
        QuoteKind::Indirect,
        "ngân sách cho giáo dục không được cắt giảm",
        Some("Hoàng Thị Mai"),
    );
    assert_rule(&m, &q, "indirect-cue");
}

#[test]
fn vi_tuyen_bo_without_rang() {
    let m = run("Thủ tướng Đặng Văn Khôi tuyên bố chính phủ sẽ không tăng thuế thu nhập cá nhân.");
    clause(
        &m,
        QuoteKind::Indirect,
        "chính phủ sẽ không tăng thuế thu nhập cá nhân",
        Some("Đặng Văn Khôi"),
    );
}

#[test]
fn vi_indirect_final_khang_dinh() {
    let m = run("Giá điện sẽ không tăng trong quý này, Tổng giám đốc Hồ Sỹ Cường khẳng định.");
    let q = clause(
        &m,
        QuoteKind::Indirect,
        "Giá điện sẽ không tăng trong quý này",
        Some("Hồ Sỹ Cường"),
    );
    assert_rule(&m, &q, "indirect-final");
}

#[test]
fn vi_to_classifier_newspaper() {
    let m = run("Theo tờ Thời báo Sông Hồng, công ty đã nộp đơn xin phá sản vào tuần trước.");
    let q = clause(
        &m,
        QuoteKind::Indirect,
        "công ty đã nộp đơn xin phá sản vào tuần trước",
        Some("Thời báo Sông Hồng"),
    );
    assert_type(&m, &q, SpeakerType::Organization);
}

#[test]
fn vi_hang_tin_classifier() {
    let m = run("Hãng tin Đông Phong cho biết lô hàng đã bị thu giữ tại cảng Hải Phòng.");
    let q = clause(
        &m,
        QuoteKind::Indirect,
        "lô hàng đã bị thu giữ tại cảng Hải Phòng",
        Some("Đông Phong"),
    );
    assert_type(&m, &q, SpeakerType::Organization);
}

// ------------------------------------------------- organizations, dẫn lời

#[test]
fn vi_cong_ty_short_reference_is_the_full_company() {
    let m = run(
        "Công ty CP Thép Bắc Hà cho biết nhà máy mới sẽ vận hành vào tháng sau. Công ty khẳng định \"không cắt giảm lao động trong năm nay\".",
    );
    let q = direct(
        &m,
        "không cắt giảm lao động trong năm nay",
        Some("Công ty CP Thép Bắc Hà"),
    );
    assert_type(&m, &q, SpeakerType::Organization);
}

#[test]
fn vi_dan_loi_then_cue_credits_the_quoted_person() {
    let m = run(
        "Báo Miền Tây dẫn lời ông Huỳnh Văn Lộc cho biết tỉnh sẽ mở thêm hai trạm bơm, nhưng \"kinh phí vẫn còn thiếu\".",
    );
    direct(&m, "kinh phí vẫn còn thiếu", Some("Huỳnh Văn Lộc"));
}

#[test]
fn vi_title_apposition_is_no_subject() {
    let m = run(
        "Ông Đỗ Minh Khang, Giám đốc Sở Xây dựng, đã thị sát công trình vào chiều qua.\n\n\"Chúng tôi sẽ kiểm tra từng hạng mục\", ông nói.",
    );
    direct(
        &m,
        "Chúng tôi sẽ kiểm tra từng hạng mục",
        Some("Đỗ Minh Khang"),
    );
}

// ------------------------------------ organization names in sentence case

#[test]
fn vi_org_name_runs_through_lower_case_syllables_and_unit() {
    let m = run("Sở Y tế tỉnh Đông Sơn cho biết số ca bệnh đã giảm trong tuần qua.");
    let q = clause(
        &m,
        QuoteKind::Indirect,
        "số ca bệnh đã giảm trong tuần qua",
        Some("Sở Y tế tỉnh Đông Sơn"),
    );
    assert_type(&m, &q, SpeakerType::Organization);
}

#[test]
fn vi_org_name_joiner_between_fields() {
    let m = run("Bộ Tài nguyên và Môi trường cho biết dự thảo sẽ được công bố vào tháng tới.");
    let q = clause(
        &m,
        QuoteKind::Indirect,
        "dự thảo sẽ được công bố vào tháng tới",
        Some("Bộ Tài nguyên và Môi trường"),
    );
    assert_type(&m, &q, SpeakerType::Organization);
}

#[test]
fn vi_org_name_lower_case_right_after_head() {
    let m =
        run("Công ty cổ phần Xây dựng Phú Hưng cho biết công trình sẽ hoàn thành vào cuối năm.");
    let q = clause(
        &m,
        QuoteKind::Indirect,
        "công trình sẽ hoàn thành vào cuối năm",
        Some("Công ty cổ phần Xây dựng Phú Hưng"),
    );
    assert_type(&m, &q, SpeakerType::Organization);
}

#[test]
fn vi_org_name_stops_at_a_lower_case_verb() {
    // `thông tin` is a field in names (`Sở Thông tin`) but here the verb.
    let m = run("Bộ Y tế thông tin rằng đường dây nóng sẽ mở cả ngày.");
    clause(
        &m,
        QuoteKind::Indirect,
        "đường dây nóng sẽ mở cả ngày",
        Some("Bộ Y tế"),
    );
}

#[test]
fn vi_org_name_with_unit_after_theo() {
    // `Theo X,` takes the whole name; a lower-case `bệnh viện tỉnh` is none.
    let m = run("Theo Sở Y tế tỉnh Đông Sơn, bệnh viện tỉnh đã đủ thuốc.");
    clause(
        &m,
        QuoteKind::Indirect,
        "bệnh viện tỉnh đã đủ thuốc",
        Some("Sở Y tế tỉnh Đông Sơn"),
    );
}

#[test]
fn vi_person_after_org_splits_at_family_name() {
    let m = run(
        r#"Giám đốc Sở Y tế tỉnh Đông Sơn Nguyễn Văn An cho biết: "Chúng tôi đã chuẩn bị đủ giường bệnh.""#,
    );
    let q = direct(
        &m,
        "Chúng tôi đã chuẩn bị đủ giường bệnh.",
        Some("Nguyễn Văn An"),
    );
    assert_eq!(
        q.role.as_deref(),
        Some("Giám đốc Sở Y tế tỉnh Đông Sơn"),
        "{}",
        dump(&m)
    );
    assert_type(&m, &q, SpeakerType::Person);
}

#[test]
fn vi_family_name_after_unit_is_a_place() {
    // `Lâm` is a family name, but after `huyện` it opens the place.
    let m = run(
        r#"Chủ tịch Ủy ban nhân dân huyện Lâm Hà Trần Văn Bình nói: "Người dân sẽ được hỗ trợ sớm.""#,
    );
    let q = direct(&m, "Người dân sẽ được hỗ trợ sớm.", Some("Trần Văn Bình"));
    assert_eq!(
        q.role.as_deref(),
        Some("Chủ tịch Ủy ban nhân dân huyện Lâm Hà"),
        "{}",
        dump(&m)
    );
}

#[test]
fn vi_ba_name_then_org_apposition() {
    let m = run(
        r#"Bà Hoàng Thị Lan, Phó Giám đốc Bệnh viện Nhi đồng Hải Vân, cho biết: "Các bé đã được xuất viện.""#,
    );
    direct(&m, "Các bé đã được xuất viện.", Some("Hoàng Thị Lan"));
}

#[test]
fn vi_org_continuation_bad_kind_is_an_error() {
    let e = quotegraph::lexicon::Lexicon::from_files(
        "xx",
        [("org_continuations.txt", "# c\ny tế\ntỉnh\tcity\n")],
    )
    .unwrap_err();
    assert_eq!(
        e.to_string(),
        "xx/org_continuations.txt:3: unknown continuation kind `city`"
    );
}

// ------------------------------------------------------ whole-article checks

#[test]
fn vi_nfd_input_offsets_point_into_original() {
    // Decomposed input: offsets must index the text as read, not its NFC form.
    let text: String =
        "Bộ trưởng Lê Minh Tuấn cho biết: \"Chúng tôi sẽ tăng lương cơ sở từ tháng Bảy.\""
            .nfd()
            .collect();
    let m = run(&text);
    let needle: String = "Chúng".nfd().collect();
    let q = find_kind(&m, &needle, QuoteKind::Direct);
    assert_eq!(
        nfc(&q.quote),
        "Chúng tôi sẽ tăng lương cơ sở từ tháng Bảy.",
        "{}",
        dump(&m)
    );
    assert_speaker(&m, q, Some("Lê Minh Tuấn"));
}

#[test]
fn vi_language_detected_without_hint() {
    let m = run_with_lang(
        "Bộ trưởng Lê Minh Tuấn cho biết: \"Chúng tôi sẽ tăng lương cơ sở từ tháng Bảy.\" Ông nói thêm rằng ngân sách đã được chuẩn bị đầy đủ.",
        None,
    );
    assert_eq!(m.lang, "vi");
    direct(
        &m,
        "Chúng tôi sẽ tăng lương cơ sở từ tháng Bảy.",
        Some("Lê Minh Tuấn"),
    );
}

#[test]
fn vi_fixture_interest_rates() {
    let text = include_str!("fixtures/mine/lai_suat_vi.txt");
    let m = run(text);
    direct(
        &m,
        "Chúng tôi ưu tiên ổn định kinh tế vĩ mô và kiểm soát lạm phát.",
        Some("Trương Văn Định"),
    );
    clause(
        &m,
        QuoteKind::Indirect,
        "tăng trưởng tín dụng năm nay dự kiến đạt khoảng 14%",
        Some("Trương Văn Định"),
    );
    direct(
        &m,
        "Các ngân hàng thương mại cần tiếp tục giảm chi phí hoạt động",
        Some("Trương Văn Định"),
    );
    clause(
        &m,
        QuoteKind::Indirect,
        "quyết định này phù hợp với bối cảnh hiện nay",
        Some("Bùi Thị Hạnh"),
    );
    direct(
        &m,
        "Thị trường đã dự đoán trước điều này",
        Some("Bùi Thị Hạnh"),
    );
}

// ---------------------------------------- mô tả theo quốc tịch, họ hàng

#[test]
fn nguoi_place_is_the_person_not_the_place() {
    let m = run(
        "HLV Mark Janssen đã có buổi làm việc với đội tuyển. Thủ môn Trần Văn Hải cũng có mặt. \"Chúng tôi cần thêm thời gian\", HLV người Hà Lan cho biết.",
    );
    let q = direct(&m, "Chúng tôi cần thêm thời gian", Some("Mark Janssen"));
    assert_type(&m, &q, SpeakerType::Person);
    let m = run(
        "Chiến lược gia Kim Sang-woo dẫn dắt đội bóng từ năm ngoái. Ông Lê Minh Tuấn là trợ lý. \"Các cầu thủ đã rất cố gắng\", chiến lược gia người Hàn Quốc nói.",
    );
    direct(&m, "Các cầu thủ đã rất cố gắng", Some("Kim Sang-woo"));
}

#[test]
fn nguoi_place_prefers_the_person_of_that_country() {
    let m = run(
        "Tiền đạo người Brazil Lucas Moura ghi hai bàn. Đồng đội Nguyễn Văn Toàn cũng ghi bàn. \"Tôi rất vui\", cầu thủ người Brazil chia sẻ.",
    );
    direct(&m, "Tôi rất vui", Some("Lucas Moura"));
    assert!(
        !m.quotes
            .iter()
            .any(|q| q.speaker.as_deref() == Some("Brazil")),
        "{}",
        dump(&m)
    );
}

#[test]
fn relative_described_again_is_the_person_named() {
    let m = run(
        "Em Nguyễn Văn Nam bị thương nhẹ. Mẹ của em, bà Lê Thị Hoa, cho biết em đã được xuất viện. \"Tôi rất lo lắng\", mẹ của em nói.",
    );
    let q = direct(&m, "Tôi rất lo lắng", Some("Lê Thị Hoa"));
    assert_eq!(q.speaker_mention.as_deref(), Some("mẹ của em"));
}

#[test]
fn a_department_title_keeps_its_field_and_place() {
    let m = run(
        "Phó Trưởng phòng Văn hóa và Thông tin huyện Kim Sơn Trần Thị Mai cho biết lễ hội sẽ được tổ chức vào tháng sau.",
    );
    let q = m
        .quotes
        .iter()
        .find(|q| q.kind == QuoteKind::Indirect)
        .unwrap_or_else(|| panic!("no indirect quote:\n{}", dump(&m)));
    assert_eq!(q.speaker.as_deref(), Some("Trần Thị Mai"), "{}", dump(&m));
    assert_eq!(
        q.role.as_deref(),
        Some("Phó Trưởng phòng Văn hóa và Thông tin huyện Kim Sơn"),
        "{}",
        dump(&m)
    );
}

#[test]
fn a_title_over_an_administrative_unit_keeps_the_place() {
    let m = run("Bí thư xã Tân Phú Lê Văn Hòa cho biết người dân sẽ được hỗ trợ trong tháng tới.");
    let q = m
        .quotes
        .iter()
        .find(|q| q.kind == QuoteKind::Indirect)
        .unwrap_or_else(|| panic!("no indirect quote:\n{}", dump(&m)));
    assert_eq!(q.speaker.as_deref(), Some("Lê Văn Hòa"), "{}", dump(&m));
    assert_eq!(q.role.as_deref(), Some("Bí thư xã Tân Phú"), "{}", dump(&m));
}

#[test]
fn ba_with_a_name_matches_the_woman_spelled_alike() {
    // `Hiền` and `Hiển` fold alike; the middle names `Văn` and `Thị` and
    // the spelling tell the two apart.
    let m = run(
        "Giám đốc bệnh viện Lê Thị Hiền cũng có mặt. Chủ tịch UBND xã Nguyễn Văn Hiển cho biết đường sẽ xong vào tháng sau. \"Chúng tôi cần thêm giường bệnh\", bà Hiền nói.",
    );
    direct(&m, "Chúng tôi cần thêm giường bệnh", Some("Lê Thị Hiền"));
    let m = run(
        "Ông Nguyễn Quang Hiển là phó giám đốc. Kỹ sư Lê Hoài Hiền phụ trách công trình. \"Chúng tôi cần thêm giường bệnh\", ông Hiển nói.",
    );
    direct(
        &m,
        "Chúng tôi cần thêm giường bệnh",
        Some("Nguyễn Quang Hiển"),
    );
}

#[test]
fn a_family_name_that_is_also_a_common_word_opens_a_name() {
    // `Lại` (again) is a family name before `Văn Thành`.
    let m = run(
        "Ông Lại Văn Phong, Giám đốc Sở Xây dựng tỉnh Bình Hòa, cho biết dự án sẽ khởi công vào tháng sau.\n\n\"Chúng tôi đã chuẩn bị xong mặt bằng\", ông Phong nói.",
    );
    direct(
        &m,
        "Chúng tôi đã chuẩn bị xong mặt bằng",
        Some("Lại Văn Phong"),
    );
}

#[test]
fn a_name_in_capitals_under_the_standfirst_is_the_byline() {
    let m = run("Giá cà phê giảm mạnh\n\n\
         Giá cà phê tại tỉnh Lâm Khê giảm gần một nửa chỉ trong ba tuần.\n\n\
         NGỌC TRÂM\n\n\
         Sáng 2/12, anh Trần Văn Lộc (42 tuổi) nói: \"Đầu tháng trước thương lái còn tranh nhau đặt cọc, giờ gọi mãi không ai đến\".");
    direct(
        &m,
        "Đầu tháng trước thương lái còn tranh nhau đặt cọc, giờ gọi mãi không ai đến",
        Some("Trần Văn Lộc"),
    );
    assert!(
        m.entities
            .iter()
            .all(|e| e.forms.iter().all(|(f, _)| f != "NGỌC TRÂM")),
        "{:?}",
        m.entities
    );
}

#[test]
fn vi_long_aside_in_brackets_before_the_cue() {
    let m = run(
        "Anh Trần Minh Khoa (34 tuổi, nhân viên văn phòng ở quận Bình Thạnh) cho biết hai vợ chồng anh đã dành dụm được khoảng 1,5 tỷ đồng sau 8 năm đi làm.",
    );
    clause(
        &m,
        QuoteKind::Indirect,
        &nfc("hai vợ chồng anh đã dành dụm được khoảng 1,5 tỷ đồng sau 8 năm đi làm"),
        Some("Trần Minh Khoa"),
    );
}

#[test]
fn vi_a_document_speaks_for_whoever_issued_it() {
    let m = run(
        "Công ty Cấp nước Hòa Phong sau đó ra thông cáo nêu rõ nước sạch sẽ được cấp lại từ sáng mai.\n\n\
         Giá nước bình quân tăng 6% trong quý III, theo báo cáo vừa công bố của Hiệp hội Cấp thoát nước Miền Trung. \
         Trong quý, nhiều hộ dân chỉ dùng chưa tới 10 mét khối mỗi tháng, báo cáo cho biết.",
    );
    clause(
        &m,
        QuoteKind::Indirect,
        "nước sạch sẽ được cấp lại từ sáng mai",
        Some("Công ty Cấp nước Hòa Phong"),
    );
    clause(
        &m,
        QuoteKind::Indirect,
        "Trong quý, nhiều hộ dân chỉ dùng chưa tới 10 mét khối mỗi tháng",
        Some("Hiệp hội Cấp thoát nước Miền Trung"),
    );
}

#[test]
fn vi_capitalized_function_word_inside_an_org_name() {
    let m = run("Giá vé tăng mạnh trong dịp Tết.\n\n\
         Công ty Sao Việt cho biết 14 chuyến bay bị hủy do sự cố hệ thống trong ngày hôm qua.");
    clause(
        &m,
        QuoteKind::Indirect,
        "14 chuyến bay bị hủy do sự cố hệ thống trong ngày hôm qua",
        Some("Công ty Sao Việt"),
    );
}

#[test]
fn a_capitalized_title_word_inside_a_name_is_a_syllable_of_it() {
    let m = run(
        "Chị Trần Thị Ngọc Anh, sinh viên năm hai, đi chuyến sớm nhất. “Xe chạy êm lắm”, chị Ngọc Anh nói.",
    );
    direct(&m, "Xe chạy êm lắm", Some("Trần Thị Ngọc Anh"));
}

#[test]
fn a_ward_in_the_apposition_is_no_speaker() {
    let m = run("“Giờ thì đi lại dễ rồi”, chị Lê Thị Hạnh, người dân phường An Lạc, chia sẻ.");
    direct(&m, "Giờ thì đi lại dễ rồi", Some("Lê Thị Hạnh"));
}
