//! A third language is a data-only change: a lexicon folder, no code. This
//! test loads a small French lexicon from `tests/fixtures/lexicon-fr` beside
//! the embedded English and Vietnamese ones and mines French news text.

use quotegraph::lexicon::{Lexicon, Lexicons};
use quotegraph::mine::mine_with;
use quotegraph::model::{Article, QuoteKind};
use std::path::Path;

fn with_french() -> Lexicons {
    let fr =
        Lexicon::from_dir(Path::new("tests/fixtures/lexicon-fr")).expect("French lexicon loads");
    Lexicons::embedded().clone().with(fr)
}

const TEXT: &str = "La maire de Lyon, Claire Dubois, a présenté lundi un nouveau plan de transport pour la ville.\n\
« Nous voulons des rues plus calmes et plus sûres », a déclaré Claire Dubois devant le conseil municipal.\n\
« Ce plan sera financé sans hausse d'impôts », a-t-elle précisé.\n\
Le ministre Paul Martin a dit que le gouvernement soutiendrait le projet.\n";

#[test]
fn french_quotes_are_mined_from_data_alone() {
    let langs = with_french();
    let art = Article {
        id: "fr1".into(),
        text: TEXT.into(),
        ..Article::default()
    };
    let mined = mine_with(&art, &langs);
    assert_eq!(
        mined.lang, "fr",
        "whatlang, restricted to the three languages, picks French"
    );
    let direct: Vec<_> = mined
        .quotes
        .iter()
        .filter(|q| q.kind == QuoteKind::Direct)
        .collect();
    assert_eq!(
        direct[0].quote,
        "Nous voulons des rues plus calmes et plus sûres"
    );
    assert_eq!(direct[0].speaker.as_deref(), Some("Claire Dubois"));
    assert_eq!(direct[0].cue.as_deref(), Some("a déclaré"));
    let indirect = mined
        .quotes
        .iter()
        .find(|q| q.kind == QuoteKind::Indirect)
        .expect("an indirect quote");
    assert_eq!(indirect.quote, "le gouvernement soutiendrait le projet");
    assert_eq!(indirect.speaker.as_deref(), Some("Paul Martin"));
    for q in &mined.quotes {
        assert_eq!(&TEXT[q.start..q.end], q.quote);
    }
}

#[test]
fn embedded_languages_are_unchanged_by_the_addition() {
    let langs = with_french();
    let codes: Vec<&str> = langs.langs.iter().map(|l| l.code.as_str()).collect();
    assert_eq!(codes, ["en", "fr", "vi"]);
}
