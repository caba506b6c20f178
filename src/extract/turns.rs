//! Statements that a colon or a dash attributes, not a verb: transcript
//! turns and headlines (`WALLACE: Let’s start…`, `Pence: Flowers won’t be
//! there`), quotations credited after a dash (`“…” ― Sonya Herridge`), and a
//! cue that ends its sentence with a colon before a quotation (`The New York
//! Times reports:` followed by the quoted paragraph); the question a lead
//! puts (`Asked whether he would run, Trump said …`); and the finding of a
//! poll that opens the sentence (`In a CNN poll released Monday, 31% …`).

use super::frame::*;
use super::lexicon::{cue_lemma, is_speaker_noun};
use super::statements::Context;
use super::words::is_function_word;
use crate::model::{Piece, Span, SpeechKind, Statement};

fn statement(unit: &Unit<'_>, speaker: Option<Piece>, cue: Span, content: Vec<Span>) -> Statement {
    let kind = if content
        .iter()
        .all(|c| unit.quotes.iter().flatten().any(|q| q == c))
    {
        SpeechKind::Direct
    } else {
        SpeechKind::Indirect
    };
    let text = content
        .iter()
        .map(|s| {
            unit.chars[s.char_start..s.char_end]
                .iter()
                .collect::<String>()
        })
        .collect::<Vec<_>>()
        .join(" ");
    let cue = piece(unit.chars, cue, None);
    let (cue_lemma, cue_class) = super::lexicon::classify_cue(&cue.text);
    Statement {
        source: speaker,
        speakers: Vec::new(),
        cue,
        negated: false,
        cue_lemma,
        cue_class,
        content_text: text.split_whitespace().collect::<Vec<_>>().join(" "),
        content,
        kind,
        addressee: None,
        medium: None,
        medium_span: None,
        platform: None,
        date: None,
        parent: None,
    }
}

/// `NAME: words` at the start of a unit, up to the end of `paragraph`.
pub(super) fn colon_turn(cx: &Context<'_>, unit: &Unit<'_>, paragraph: Span) -> Option<Statement> {
    let mut first = 0;
    // A transcript turn may sit inside an opening quotation mark.
    while unit
        .tokens
        .get(first)
        .is_some_and(|t| !t.is_word() && !t.is(unit.chars, ':'))
    {
        first += 1;
    }
    // A headline's label may be longer ("Gillibrand on Hillary Releasing
    // Her Goldman Sachs Speech Transcripts:").
    let headline = is_headline(cx, unit);
    let reach = if headline { 12 } else { 5 };
    let colon = (first..unit.tokens.len().min(first + reach))
        .find(|&k| unit.tokens[k].is(unit.chars, ':'))?;
    if colon == first || colon + 1 >= unit.tokens.len() {
        return None;
    }
    // "Clinton to Planned Parenthood:", "CNN President On Trump:": a
    // headline names its speaker before whom or what the words are to or
    // about.
    let label_end = if headline {
        (first + 1..colon)
            .find(|&k| matches!(unit.folds[k].as_str(), "to" | "on"))
            .unwrap_or(colon)
    } else {
        colon
    };
    let names = &unit.tokens[first..label_end];
    let all_caps = names
        .iter()
        .all(|t| t.is_word() && unit.text(t.start, t.end).chars().all(|c| !c.is_lowercase()));
    let start = names.first()?.start;
    let end = names.last()?.end;
    // The whole label names the speaker: not "Another problem for
    // Sanders:" nor "He said of Congress:".
    let mention = mention_ending(cx.mentions, end).filter(|m| {
        m.span.char_start >= start
            && names
                .iter()
                .all(|t| t.start >= m.span.char_start || t.is_capitalized(unit.chars))
    });
    let noun = names.len() == 1 && is_speaker_noun(&unit.folds[first]);
    // A headline's short name no mention took ("NY Post:", "Milbank:",
    // "Tuesday’s Morning Email:"); before "to" or "on", only a mention
    // names someone ("Welcome to Trump Country:" does not).
    let title_name = headline
        && label_end == colon
        && names.len() <= 4
        && names
            .iter()
            .enumerate()
            .all(|(i, t)| t.is_capitalized(unit.chars) || (i > 0 && unit.folds[first + i] == "'s"));
    // "STAT OF THE WEEK:": a label with function words is a heading, not
    // a name.
    if !(all_caps || mention.is_some() || noun || title_name)
        || names
            .iter()
            .any(|t| t.kind == crate::text::TokenKind::Number)
        || (first..label_end).any(|k| is_function_word(&unit.folds[k]))
    {
        return None;
    }
    // "10:30", "Note:" and "Twitter:" are not turns.
    if matches!(
        unit.folds[first].as_str(),
        "note"
            | "update"
            | "editor"
            | "photo"
            | "video"
            | "watch"
            | "read"
            | "related"
            | "clarification"
            | "correction"
            | "byline"
            | "email"
            | "exclusive"
            | "breaking"
            | "live"
            | "boom"
            | "busted"
            | "look"
            | "wow"
            | "revealed"
            | "bombshell"
            | "just"
            // A writer's handle: "Twitter: @Milbank".
            | "twitter"
            | "facebook"
            | "instagram"
    ) || unit.folds[label_end - 1] == "latest"
        // An interview's "Q:" and "A:" mark turns but name no one; the
        // words inside them are found as in any paragraph.
        || (names.len() == 1 && matches!(unit.folds[first].as_str(), "q" | "a"))
    {
        return None;
    }
    let speaker = piece(
        unit.chars,
        Span::new(start, end),
        mention.and_then(|m| m.entity.clone()),
    );
    let colon_tok = unit.tokens[colon];
    let content = Span::new(unit.tokens[colon + 1].start, paragraph.char_end);
    let trimmed = trim_content(unit.chars, content);
    // A transcript's turn ("PENCE: Well, look, …") is the speaker's words
    // whole, as annotators mark them: its last stop stays.
    let content = if all_caps && !headline && names.len() <= 3 {
        let mut whole = content;
        while whole.char_end > trimmed.char_end && unit.chars[whole.char_end - 1].is_whitespace() {
            whole.char_end -= 1;
        }
        if matches!(unit.chars[whole.char_end - 1], '.' | '?' | '!') {
            Span::new(trimmed.char_start, whole.char_end)
        } else {
            trimmed
        }
    } else {
        trimmed
    };
    // "Sanders: 46.": a tally, not words.
    if !unit.chars[content.char_start..content.char_end]
        .iter()
        .any(|c| c.is_alphabetic())
    {
        return None;
    }
    let mut turn = statement(
        unit,
        Some(speaker),
        Span::new(colon_tok.start, colon_tok.end),
        vec![content],
    );
    // "Sheinbaum: “We will not accept intervention”": a headline's quotation
    // (the turn's unit is built without the layout's quotations).
    if cx
        .layout
        .quotes
        .iter()
        .any(|q| q.level == 1 && q.span == content)
    {
        turn.kind = SpeechKind::Direct;
    }
    Some(turn)
}

/// Whether `unit` lies in the article's headline: its first paragraph,
/// when that is one short line.
fn is_headline(cx: &Context<'_>, unit: &Unit<'_>) -> bool {
    cx.layout
        .paragraphs
        .first()
        .is_some_and(|p| p.len() <= 200 && p.contains(unit.span))
}

/// `“…” ― Name`: a quotation credited after a dash.
pub(super) fn dash_credit(cx: &Context<'_>, unit: &Unit<'_>) -> Option<Statement> {
    let quote = unit.quotes.first()?;
    let first = unit.tokens.first()?;
    if quote.first()?.char_start != first.start {
        return None;
    }
    let end = quote.last()?.char_end;
    let dash = unit.tokens.iter().position(|t| t.start >= end)?;
    if !matches!(unit.chars[unit.tokens[dash].start], '―' | '—' | '–')
        || unit.tokens[dash].end - unit.tokens[dash].start != 1
    {
        return None;
    }
    let speaker = speaker_after(cx, unit, dash).or_else(|| {
        let from = dash + 1;
        let mut to = from;
        let n = unit.tokens.len();
        while to < n && unit.tokens[to].is_word() && unit.tokens[to].is_capitalized(unit.chars) {
            to += 1;
            // An initial and its dot ("Edwin G. Monroy").
            let t = unit.tokens[to - 1];
            if t.end - t.start == 1 && to + 1 < n && unit.tokens[to].is(unit.chars, '.') {
                to += 1;
            }
        }
        (to > from).then(|| {
            piece(
                unit.chars,
                Span::new(unit.tokens[from].start, unit.tokens[to - 1].end),
                None,
            )
        })
    })?;
    let d = unit.tokens[dash];
    Some(statement(
        unit,
        Some(speaker),
        Span::new(d.start, d.end),
        quote.clone(),
    ))
}

/// A cue ending its unit with a colon ("Caddell continued:", "The New York
/// Times reports:"): its speaker and cue, for the quotation that follows.
pub(super) fn colon_intro(cx: &Context<'_>, unit: &Unit<'_>) -> Option<(Option<Speaker>, Span)> {
    let n = unit.tokens.len();
    let last = unit.tokens.last()?;
    if !last.is(unit.chars, ':') || n < 2 {
        return None;
    }
    // "issued the following statement:", "made the following comment:".
    let following = (0..n - 1)
        .rev()
        .take(4)
        .any(|k| unit.folds[k] == "following");
    let c = (0..n - 1).rev().take(6).find(|&k| {
        !unit.quoted[k]
            && (cue_lemma(&unit.folds[k]).is_some()
                || (following
                    && matches!(
                        unit.folds[k].as_str(),
                        "issued" | "released" | "made" | "posted" | "put" | "sent"
                    )))
    })?;
    if (c + 1..n - 1).any(|k| {
        unit.tokens[k].is_word()
            && !matches!(
                unit.folds[k].as_str(),
                "in" | "a"
                    | "an"
                    | "the"
                    | "statement"
                    | "interview"
                    | "post"
                    | "tweet"
                    | "on"
                    | "twitter"
                    | "facebook"
                    | "later"
                    | "then"
                    | "also"
                    | "out"
                    | "following"
                    | "comment"
                    | "comments"
                    | "remarks"
                    | "message"
            )
    }) {
        return None;
    }
    let speaker = speaker_before(cx, unit, c);
    // "added:" takes its colon, as annotators mark it.
    let end = if c + 2 == n || following {
        last.end
    } else {
        unit.tokens[c].end
    };
    Some((speaker, Span::new(unit.tokens[c].start, end)))
}

/// The statement a `colon_intro` opens, with the quotation of `unit` as its
/// content.
pub(super) fn introduced(unit: &Unit<'_>, speaker: Option<Speaker>, cue: Span) -> Statement {
    let content: Vec<Span> = unit.quotes.iter().flatten().copied().collect();
    let (speaker, joint) = speaker.map_or((None, Vec::new()), |s| (Some(s.phrase), s.joint));
    Statement {
        speakers: joint,
        ..statement(unit, speaker, cue, content)
    }
}

/// The paragraph after a `colon_intro` that ends its own paragraph, when no
/// quotation fills it: a quotation set off as a block, without marks
/// ("Limbaugh added:" / "And from a supposed front-runner, …"). `unit` is
/// the paragraph's first unit; the content is the whole paragraph.
pub(super) fn introduced_block(
    cx: &Context<'_>,
    unit: &Unit<'_>,
    speaker: Option<Speaker>,
    cue: Span,
) -> Option<Statement> {
    let paragraph = cx
        .layout
        .paragraphs
        .iter()
        .find(|p| p.char_start == unit.span.char_start)?;
    let gap = &cx.chars[cue.char_end..unit.span.char_start];
    if !gap.contains(&'\n') || !gap.iter().all(|&c| c == ':' || c.is_whitespace()) {
        return None;
    }
    let content = trim_content(cx.chars, *paragraph);
    if content.is_empty() {
        return None;
    }
    let (speaker, joint) = speaker.map_or((None, Vec::new()), |s| (Some(s.phrase), s.joint));
    Some(Statement {
        speakers: joint,
        ..statement(unit, speaker, cue, vec![content])
    })
}

/// "Asked whether he would run, Trump said …": the lead's question is an
/// attribution of its own, whose source is the asker when named ("Asked by
/// Matt Lauer whether …") and otherwise no one. The content runs from the
/// question word ("whether", "what", "about", "to" …) past any adjunct
/// before it ("Asked on Fox News who leads the party") to the lead's
/// comma.
pub(super) fn asked_lead(cx: &Context<'_>, unit: &Unit<'_>, lead: usize) -> Option<Statement> {
    let n = unit.tokens.len();
    if unit.folds.get(lead)? != "asked" || unit.quoted[lead] {
        return None;
    }
    let comma = (lead + 2..n.min(lead + 40))
        .find(|&k| unit.tokens[k].is(unit.chars, ',') && !unit.quoted[k])?;
    let mut from = lead + 1;
    let mut speaker = None;
    if unit.folds[from] == "by" {
        let by = speaker_after(cx, unit, from)?;
        from = unit.tokens.iter().position(|t| t.start >= by.end)?;
        speaker = Some(by);
    }
    let question = (from..comma).find(|&k| {
        let w = unit.folds[k].as_str();
        is_question_word(w) || matches!(w, "whom" | "which" | "about" | "to")
    });
    let start = question.unwrap_or(from);
    if start >= comma {
        return None;
    }
    let content = Span::new(unit.tokens[start].start, unit.tokens[comma - 1].end);
    let cue = unit.tokens[lead];
    let mut asked = statement(unit, speaker, Span::new(cue.start, cue.end), vec![content]);
    // "Asked about the call, Sheinbaum said …": the one asked is the
    // subject after the comma.
    asked.addressee = unit
        .tokens
        .get(comma + 1)
        .and_then(|t| mention_starting(cx.mentions, t.start))
        .filter(|m| m.kind == crate::model::EntityKind::Person && m.entity.is_some())
        .map(|m| piece(unit.chars, m.span, m.entity.clone()));
    Some(asked)
}

/// "In a CNN/ORC poll released Monday, 31% of Republicans said …": a poll
/// or survey named by an "In" phrase that opens the sentence at token
/// `lead` is the source of the clause after the phrase's comma. The poll
/// word comes within the phrase's first words, before any clause of its
/// own ("In a memo released as polls closed," is no poll's).
pub(super) fn poll_lead(unit: &Unit<'_>, lead: usize) -> Option<Statement> {
    let n = unit.tokens.len();
    if unit.folds.get(lead)? != "in" || unit.quoted[lead] {
        return None;
    }
    let poll = (lead + 1..n.min(lead + 9))
        .take_while(|&k| {
            !unit.tokens[k].is(unit.chars, ',')
                && !is_question_word(&unit.folds[k])
                && !matches!(unit.folds[k].as_str(), "as" | "about" | "for" | "which")
        })
        .find(|&k| {
            matches!(
                unit.folds[k].as_str(),
                "poll" | "polls" | "survey" | "surveys"
            )
        })?;
    let comma = (poll + 1..n.min(poll + 20))
        .find(|&k| unit.tokens[k].is(unit.chars, ',') && !unit.quoted[k])?;
    let first = (comma + 1..n).find(|&k| unit.tokens[k].is_word() || unit.quoted[k])?;
    let source = piece(
        unit.chars,
        Span::new(unit.tokens[lead + 1].start, unit.tokens[comma - 1].end),
        None,
    );
    Some(poll_statement(
        unit,
        source,
        lead,
        Span::new(unit.tokens[first].start, unit.span.char_end),
    ))
}

/// The statement of a poll named at `source`, whose preposition (the cue)
/// is token `cue`, about the words at `content`.
fn poll_statement(unit: &Unit<'_>, source: Piece, cue: usize, content: Span) -> Statement {
    let cue = unit.tokens[cue];
    statement(
        unit,
        Some(source),
        Span::new(cue.start, cue.end),
        vec![trim_content(unit.chars, content)],
    )
}

/// "Hillary Clinton held a 24-point lead over Barack Obama in a CNN national
/// poll released Thursday.": a poll named by an "in" phrase after the clause it
/// measured is the source of that clause (from the sentence's lead, past
/// a leading adjunct's comma).
pub(super) fn poll_tail(unit: &Unit<'_>, lead: usize) -> Option<Statement> {
    let n = unit.tokens.len();
    let k = (lead + 3..n.saturating_sub(2)).find(|&k| {
        unit.folds[k] == "in" && !unit.quoted[k] && {
            let d = unit.folds[k + 1].as_str();
            matches!(d, "a" | "an") || (k + 2 < n && unit.folds[k + 2] == "'s")
        }
    })?;
    let poll = (k + 2..n.min(k + 10))
        .take_while(|&j| {
            !unit.tokens[j].is(unit.chars, ',')
                && !unit.quoted[j]
                && !is_function_word(&unit.folds[j])
                && !super::words::is_finite_auxiliary(&unit.folds[j])
        })
        .find(|&j| matches!(unit.folds[j].as_str(), "poll" | "survey"))?;
    // The source runs to the next comma or the sentence's end ("released
    // Thursday", "this month"), with no verb of the sentence's in it ("in a
    // Times poll said …" is the voters' phrase).
    let end = (poll + 1..n)
        .find(|&j| !unit.tokens[j].is_word() && !unit.tokens[j].is(unit.chars, '/'))
        .unwrap_or(n);
    if !(poll + 1..end).all(|j| {
        let f = unit.folds[j].as_str();
        unit.tokens[j].is_capitalized(unit.chars)
            || unit.tokens[j].kind == crate::text::TokenKind::Number
            || is_time_word(f)
            || matches!(
                f,
                "released"
                    | "conducted"
                    | "published"
                    | "taken"
                    | "last"
                    | "this"
                    | "month"
                    | "week"
                    | "year"
                    | "by"
                    | "from"
                    | "of"
                    | "for"
                    | "the"
                    | "and"
                    | "/"
            )
    }) || !(end >= n.saturating_sub(1) || unit.tokens[end].is(unit.chars, ','))
    {
        return None;
    }
    let source = piece(
        unit.chars,
        Span::new(unit.tokens[k + 1].start, unit.tokens[end - 1].end),
        None,
    );
    // "In March, Cruz had 38 percent support in a Fox poll.": past the
    // lead's comma.
    let mut first = lead;
    if let Some(comma) = (lead..k.min(lead + 8)).find(|&j| unit.tokens[j].is(unit.chars, ',')) {
        if super::frame::opens_adjunct(&unit.folds[lead]) {
            first = comma + 1;
        }
    }
    if first >= k {
        return None;
    }
    Some(poll_statement(
        unit,
        source,
        k,
        Span::new(unit.tokens[first].start, unit.tokens[k].start),
    ))
}

#[cfg(test)]
mod tests {
    use crate::model::Article;

    fn statements(text: &str) -> Vec<(String, String, String)> {
        let article = Article::new("t", text.to_owned());
        crate::extract::run(&article)
            .statements
            .into_iter()
            .filter(|s| s.parent.is_none())
            .map(|s| {
                (
                    s.source.map(|p| p.text).unwrap_or_default(),
                    s.cue.text,
                    s.content_text,
                )
            })
            .collect()
    }

    #[test]
    fn a_poll_after_its_clause_is_its_source() {
        let found = statements(
            "Title.\n\nHillary Clinton held a 24-point lead over Barack Obama among black voters \
             in a CNN national poll released Thursday. In March, Cruz had 38 percent support in a Fox poll. \
             One in four voters in a New York Times poll last year said illegal immigrants \
             should leave. Fewer than half of the voters in a new poll released Monday support \
             Clinton. It was the third week in a row that the Rasmussen poll has shown Trump in \
             the lead.",
        );
        let polls: Vec<_> = found.iter().filter(|s| s.1 == "in").collect();
        assert_eq!(
            polls,
            [
                &(
                    "a CNN national poll released Thursday".to_owned(),
                    "in".to_owned(),
                    "Hillary Clinton held a 24-point lead over Barack Obama among black voters"
                        .to_owned()
                ),
                &(
                    "a Fox poll".to_owned(),
                    "in".to_owned(),
                    "Cruz had 38 percent support".to_owned()
                ),
            ]
        );
    }

    #[test]
    fn transcript_turns_and_headlines() {
        let found = statements("Title.\n\n\"HOST: Will you attend? Tell us.\n\n\"GUEST: No, I will not.\n\nPoll: Voters favour the plan.");
        assert_eq!(
            found[0],
            (
                "HOST".to_owned(),
                ":".to_owned(),
                "Will you attend? Tell us.".to_owned()
            )
        );
        assert_eq!(found[1].0, "GUEST");
        assert_eq!(found[1].2, "No, I will not.");
        assert_eq!(
            found[2],
            (
                "Poll".to_owned(),
                ":".to_owned(),
                "Voters favour the plan".to_owned()
            )
        );
        // An interview's "Q:" and "A:" name no one.
        let found = statements("Q: What did the governor say?\n\nA: He said the plan would fail.");
        assert_eq!(
            found,
            vec![(
                "He".to_owned(),
                "said".to_owned(),
                "the plan would fail".to_owned()
            )]
        );
        // Tallies, headings and labels that only end in a name are no
        // turns.
        let found = statements(
            "Clinton: 2,316.\n\nSTAT OF THE WEEK: $43 million in subsidies.\n\n\
             BYLINE: Amber Phillips.\n\nAnother problem for Sanders: There are more women.\n\n\
             Twitter: @Milbank.",
        );
        assert_eq!(found, vec![]);
    }

    #[test]
    fn a_headline_names_its_speaker_before_the_colon() {
        let first = |title: &str| {
            statements(&format!(
                "{title}\n\nHillary Clinton and Sen. Kirsten Gillibrand met on Monday."
            ))
            .into_iter()
            .next()
        };
        // A short name no mention took, with a possessive.
        assert_eq!(
            first("NY Post: Megyn Kelly Is No Different Than Kim Kardashian."),
            Some((
                "NY Post".to_owned(),
                ":".to_owned(),
                "Megyn Kelly Is No Different Than Kim Kardashian".to_owned()
            ))
        );
        assert_eq!(
            first("Tuesday’s Morning Email: The Last State Of The Union.").map(|s| s.0),
            Some("Tuesday’s Morning Email".to_owned())
        );
        // Whom or what the words are to or about is not the speaker; a long
        // label still reaches its colon.
        assert_eq!(
            first("Clinton to Planned Parenthood: Trump will reverse Roe v. Wade.").map(|s| s.0),
            Some("Clinton".to_owned())
        );
        assert_eq!(
            first(
                "Gillibrand on Hillary Releasing Her Goldman Sachs Speech Transcripts: \
                 ‘I Think She Will.’"
            ),
            Some((
                "Gillibrand".to_owned(),
                ":".to_owned(),
                "‘I Think She Will.’".to_owned()
            ))
        );
        // Exclamations, rubrics and phrases are no speakers, nor the words
        // before "to" or "on" unless they name someone.
        for title in [
            "Welcome to Trump Country: A town divided.",
            "BOOM: Trump Fired A Missile At Hillary.",
            "The Latest: Markets fell in early trading.",
            "Big Win For Bernie: AFL-CIO Holds Off.",
        ] {
            assert_eq!(first(title).map(|s| s.1), None, "{title}");
        }
        // Below the headline, a capitalised label needs a mention.
        assert_eq!(
            statements("Title.\n\nNY Post: Megyn Kelly Is No Different.\n"),
            vec![]
        );
    }

    #[test]
    fn a_poll_that_opens_its_sentence_is_the_source_of_its_clause() {
        let found = statements(
            "In a CNN/ORC poll released Monday, 31 percent of voters said they were eager. \
             In a memo released as polls closed Tuesday, Mook acknowledged defeat.",
        );
        assert_eq!(
            found[..2],
            [
                (
                    "a CNN/ORC poll released Monday".to_owned(),
                    "In".to_owned(),
                    "31 percent of voters said they were eager".to_owned()
                ),
                // The clause keeps its own statement.
                (
                    "31 percent of voters".to_owned(),
                    "said".to_owned(),
                    "they were eager".to_owned()
                ),
            ]
        );
        assert!(found[2..].iter().all(|s| s.1 != "In"), "{found:?}");
    }

    #[test]
    fn a_lead_question_is_attributed_to_its_asker_or_no_one() {
        let found = statements(
            "Asked on Fox News who leads the party, he said Ryan. \
             Asked by Matt Lauer whether she had practiced, she said no.",
        );
        assert_eq!(
            found,
            vec![
                (
                    String::new(),
                    "Asked".to_owned(),
                    "who leads the party".to_owned()
                ),
                ("he".to_owned(), "said".to_owned(), "Ryan".to_owned()),
                (
                    "Matt Lauer".to_owned(),
                    "Asked".to_owned(),
                    "whether she had practiced".to_owned()
                ),
                ("she".to_owned(), "said".to_owned(), "no".to_owned()),
            ]
        );
    }

    #[test]
    fn dash_credits_and_colon_introductions() {
        let found = statements("“We stand together.” ― Maria Lopez\n\nThe Daily Planet reports:\n\n“Rates will rise,” it added later.");
        assert_eq!(
            found[0],
            (
                "Maria Lopez".to_owned(),
                "―".to_owned(),
                "“We stand together.”".to_owned()
            )
        );
        assert!(found.iter().any(|s| s.2 == "“Rates will rise,”"));
        // A closing mark typed for the opening one, and a middle initial.
        let found = statements("Title.\n\n”Fear. I am afraid.” ― Edwin G. Monroy\n");
        assert_eq!(
            found,
            vec![(
                "Edwin G. Monroy".to_owned(),
                "―".to_owned(),
                "”Fear. I am afraid.”".to_owned()
            )]
        );
        // … also before an ellipsis.
        let found = statements("Title.\n\n” … he kept his cool,” Barabak wrote.\n");
        assert_eq!(
            found,
            vec![(
                "Barabak".to_owned(),
                "wrote".to_owned(),
                "” … he kept his cool,”".to_owned()
            )]
        );
        // A lead before the speaker is no content when a colon ends the
        // sentence; a participle after a comma introduces with the
        // clause's speaker.
        let found = statements(
            "Title.\n\nIn a 1963 speech, he declared:\n\n“It is very appropriate.”\n\n\
             The Times confirmed that observation, reporting:\n\n\"A flow of cash came.\"\n",
        );
        assert_eq!(
            found,
            vec![
                (
                    "he".to_owned(),
                    "declared:".to_owned(),
                    "“It is very appropriate.”".to_owned()
                ),
                (
                    "The Times".to_owned(),
                    "confirmed".to_owned(),
                    "that observation".to_owned()
                ),
                (
                    "The Times".to_owned(),
                    "reporting:".to_owned(),
                    "\"A flow of cash came.\"".to_owned()
                ),
            ]
        );
        // A paragraph set off after the colon, without quotation marks, is
        // the content, whole; the cue takes its colon.
        let found = statements(
            "Title.\n\nLimbaugh added:\n\nAnd from a front-runner, this reeks of fear. She cannot win.\n\nHe left.",
        );
        assert_eq!(
            found[0],
            (
                "Limbaugh".to_owned(),
                "added:".to_owned(),
                "And from a front-runner, this reeks of fear. She cannot win".to_owned()
            )
        );
        assert_eq!(found.len(), 1, "{found:?}");
        // "the following statement:" at a paragraph's end introduces the
        // quotation in the next one; the cue runs to the colon.
        let found = statements(
            "Title.\n\nIn response, Donald Trump issued the following statement:\n\n\
             “Our prayers are with all those affected.”",
        );
        assert_eq!(
            found,
            vec![(
                "Donald Trump".to_owned(),
                "issued the following statement:".to_owned(),
                "“Our prayers are with all those affected.”".to_owned()
            )]
        );
    }

    #[test]
    fn the_one_asked_in_a_lead_is_the_subject_after_its_comma() {
        let article = Article::new(
            "t",
            "Mexican President Claudia Sheinbaum spoke with Trump.\n\n\
             Asked about the call, Sheinbaum said it was productive."
                .to_owned(),
        );
        let x = crate::extract::run(&article);
        let asked = x
            .statements
            .iter()
            .find(|s| s.cue.text == "Asked")
            .expect("the lead's question");
        assert_eq!(asked.content_text, "about the call");
        let to = asked.addressee.as_ref().expect("an addressee");
        assert_eq!(
            (to.text.as_str(), to.entity.as_ref().map(|e| e.0.as_str())),
            ("Sheinbaum", Some("person/claudia-sheinbaum"))
        );
    }

    #[test]
    fn a_headline_quotation_after_a_speaker_and_colon_is_direct() {
        for quote in [
            "“We will not accept intervention”",
            "'We will not accept intervention'",
        ] {
            let article = Article::new(
                "t",
                format!(
                    "Sheinbaum: {quote}\n\n\
                     Mexican President Claudia Sheinbaum on Tuesday rejected any intervention."
                ),
            );
            let x = crate::extract::run(&article);
            let turn = &x.statements[0];
            assert_eq!(
                (
                    turn.cue.text.as_str(),
                    turn.content_text.as_str(),
                    turn.kind
                ),
                (":", quote, crate::model::SpeechKind::Direct)
            );
        }
    }
}
