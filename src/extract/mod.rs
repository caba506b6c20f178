//! Stage 2: one [`Article`] becomes an [`Extraction`]: its mentions,
//! statements and events, every span in code points into the article text.
//!
//! Pure and per article, so articles can be extracted in parallel. The
//! sub-modules run in this order: [`layout`] (boilerplate, paragraphs,
//! quotations, units), [`mentions`], [`statements`], [`events`].

mod content;
pub mod cuemodel;
pub mod dates;
pub mod events;
mod frame;
pub mod layout;
pub mod lexicon;
pub mod mentions;
pub mod statements;
mod subject;
mod turns;
mod words;

use crate::model::{Article, EntityKind, Extraction};

/// Extracts mentions, statements and events from one article.
pub fn run(article: &Article) -> Extraction {
    extract(article, None)
}

/// [`run`], with the article's cue words given (spans in code points):
/// they stand in for the cue model, so that scores measure how well the
/// rules find each cue's source and content (`eval --given-cues`).
pub fn run_with_cues(article: &Article, cues: &[crate::model::Span]) -> Extraction {
    extract(article, Some(cues))
}

fn extract(article: &Article, given_cues: Option<&[crate::model::Span]>) -> Extraction {
    let text = crate::text::Text::new(&article.text);
    let chars = text.chars();
    let published = article.published.as_deref().and_then(|d| d.parse().ok());
    let layout = layout::analyse_text(chars, &text);
    let units = mentions::tokenize_units(chars, &layout);
    let found = mentions::find(chars, &layout, &units);
    let gender = found.gender;
    // The statement rules read a state's name as the capitalised words it
    // is ("Officials in Minnesota", "the Florida senator"); events and the
    // graph keep it as a place.
    let (places, mut mentions): (Vec<_>, Vec<_>) = found
        .mentions
        .into_iter()
        .partition(|m| m.kind == EntityKind::Place);
    let mut statements = dedup(statements::find(&mut statements::Context {
        units: &units,
        chars,
        layout: &layout,
        mentions: &mut mentions,
        published,
        given_cues,
    }));
    // A speaker or addressee that is a place's name alone is the place ("West
    // Virginia said").
    for s in &mut statements {
        for p in [&mut s.source, &mut s.addressee].into_iter().flatten() {
            if let Some(place) = places.iter().find(|m| m.span == p.span()) {
                p.entity = place.entity.clone();
            }
        }
    }
    mentions.extend(places);
    mentions.sort_by_key(|m| (m.span.char_start, std::cmp::Reverse(m.span.char_end)));
    // Events inside reported words take their participants from the words;
    // what only the cue model calls an attribution ("ordered a raid") is
    // an act, whose event keeps its whole sentence.
    let contents: Vec<crate::model::Span> = statements
        .iter()
        .filter(|s| lexicon::is_known_cue(&s.cue_lemma))
        .map(|s| s.content_hull())
        .collect();
    let events = events::find(
        &text, &layout, &units, &mentions, &contents, &gender, published,
    );
    let statements = date_occasions(statements, &events);
    Extraction {
        article: article.id.clone(),
        mentions,
        statements,
        events,
    }
}

/// Adds one article's tokens to the cue model's training examples; `cues`
/// are the gold cue spans (the first span of each cue).
pub fn cue_examples(
    article: &Article,
    cues: &[crate::model::Span],
    examples: &mut cuemodel::Examples,
) {
    let text = crate::text::Text::new(&article.text);
    let chars = text.chars();
    let layout = layout::analyse_text(chars, &text);
    let units = mentions::tokenize_units(chars, &layout);
    statements::cue_examples(chars, &layout, &units, examples, cues);
}

/// Keeps one statement per cue and content start: a nested statement found
/// inside two enclosing quotations is one statement (the first found);
/// `parent` indices follow.
fn dedup(statements: Vec<crate::model::Statement>) -> Vec<crate::model::Statement> {
    let key = |s: &crate::model::Statement| (s.cue.start, s.cue.end, s.content_hull().char_start);
    let mut first: rustc_hash::FxHashMap<_, usize> = rustc_hash::FxHashMap::default();
    // Old index → index of the statement that stands for it.
    let mut stands_for = Vec::with_capacity(statements.len());
    let mut kept = 0;
    for s in &statements {
        let next = *first.entry(key(s)).or_insert_with(|| {
            kept += 1;
            kept - 1
        });
        stands_for.push(next);
    }
    let mut out: Vec<crate::model::Statement> = Vec::with_capacity(kept);
    for (i, mut s) in statements.into_iter().enumerate() {
        if stands_for[i] == out.len() {
            s.parent = s.parent.map(|p| stands_for[p]);
            out.push(s);
        }
    }
    out
}

/// A statement made at a press conference that names no date of its own
/// takes the date of the article's press conference, when the article dates
/// exactly one.
fn date_occasions(
    mut statements: Vec<crate::model::Statement>,
    events: &[crate::model::Event],
) -> Vec<crate::model::Statement> {
    use crate::model::{EventKind, Medium};
    let mut dates: Vec<&crate::model::DateRef> = events
        .iter()
        .filter(|e| e.kind == EventKind::PressConference)
        .filter_map(|e| e.date.as_ref())
        .collect();
    dates.sort_by(|a, b| a.begin.cmp(&b.begin));
    dates.dedup_by(|a, b| a.begin == b.begin && a.end_date == b.end_date);
    if let [only] = dates.as_slice() {
        for s in &mut statements {
            if s.medium == Some(Medium::PressConference) && s.date.is_none() {
                s.date = Some((*only).clone());
            }
        }
    }
    statements
}
