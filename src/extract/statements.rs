//! Statements: who said what, to whom, how and when.
//!
//! Works on the units of [`super::layout`] (sentences that never cut a
//! quotation). A cue verb outside quotation marks anchors a statement; its
//! source is the mention or speaker phrase before it ("Sheinbaum said",
//! "Ms Sheinbaum, who…, acknowledged") or after it ("said Sheinbaum"); its
//! content is the quotation before it ("“…,” she said"), the quotation or
//! clause after it ("said that…", "said: “…”") or, for "according to", the
//! clause before. A quotation split by its cue ("“Well,” she said, “no.”")
//! and a quote-only sentence right after a statement are more segments of
//! that statement. Inside a direct quotation the same rules run again, with
//! "I" standing for the outer speaker, so nested speech keeps both levels.
//!
//! This module finds cues and assembles statements; the words around a cue
//! come from helpers: `frame` (speakers, addressees, occasions,
//! quotations), `subject` (subjects of passive and inverted
//! cues), `content` (where a clause of content ends) and
//! `words` (closed word classes).

use super::content::*;
use super::frame::*;
use super::layout::Layout;
use super::lexicon::cue_lemma;
use super::subject::*;
use super::words::*;
use crate::model::{
    CueClass, EntityId, EntityKind, Medium, Mention, MentionForm, Piece, Span, SpeechKind,
    Statement,
};
use crate::text::{fold, Token};
use jiff::civil::Date;

/// What the statement rules read of an article: its text, layout and
/// mentions (to which a speaker phrase the lexicons did not know is added),
/// and its publication date, which resolves relative dates.
pub struct Context<'a> {
    /// Tokens and folds of each of the layout's units, in order.
    pub units: &'a [(Vec<crate::text::Token>, Vec<crate::text::Fold>)],
    pub chars: &'a [char],
    pub layout: &'a Layout,
    pub mentions: &'a mut Vec<Mention>,
    pub published: Option<Date>,
    /// Cue words given from outside (`eval --given-cues`: the gold cues),
    /// which stand in for the cue model's judgement: a word inside one is
    /// a cue, any other word the model would judge is not. The lexicon's
    /// own tests and every rule still apply.
    pub given_cues: Option<&'a [Span]>,
}

/// Finds the statements of an article.
pub fn find(cx: &mut Context<'_>) -> Vec<Statement> {
    let mut statements: Vec<Statement> = Vec::new();
    let mut previous_unit_statement: Option<usize> = None;
    // The end of a transcript turn already taken, and a cue ending its
    // sentence with a colon, waiting for its quotation.
    let mut covered_until = 0;
    let mut intro = None;
    for (ui, &span) in cx.layout.units.iter().enumerate() {
        if span.char_start < covered_until {
            continue;
        }
        let quotes = quotes_within(cx.layout, span, 1);
        let unit = match cx.units.get(ui) {
            Some((tokens, folds)) => unit_from(
                cx.chars,
                span,
                tokens.as_slice().into(),
                folds.as_slice().into(),
                quotes,
            ),
            None => make_unit(cx.chars, span, quotes),
        };
        // A transcript: one turn per paragraph, however the quotation marks
        // run ("WALLACE: …" / "PENCE: …").
        let paragraphs: Vec<Span> = cx
            .layout
            .paragraphs
            .iter()
            .filter(|p| p.overlaps(span))
            .copied()
            .collect();
        // Only a unit with a colon near its start can open a turn (a
        // headline's label can be longer).
        let head = &cx.chars[span.char_start..span.char_end.min(span.char_start + 96)];
        let is_turn = head.contains(&':') && {
            let first = make_unit(
                cx.chars,
                paragraphs.first().copied().unwrap_or(span),
                Vec::new(),
            );
            super::turns::colon_turn(cx, &first, first.span).is_some()
        };
        if is_turn {
            for p in &paragraphs {
                let clipped = Span::new(
                    p.char_start.max(span.char_start),
                    p.char_end.min(span.char_end),
                );
                let sub = make_unit(cx.chars, clipped, Vec::new());
                // A turn runs to its paragraph's end, whatever the units.
                match super::turns::colon_turn(cx, &sub, *p) {
                    Some(turn) => {
                        covered_until = covered_until.max(p.char_end);
                        let segments = turn.content.clone();
                        statements.push(turn);
                        let i = statements.len() - 1;
                        nested(cx, i, &segments, &mut statements);
                    }
                    // A paragraph with no speaker continues the turn before it.
                    None => {
                        if let Some(last) = statements.last_mut() {
                            last.content.push(trim_content(cx.chars, clipped));
                            last.content_text = content_text(cx.chars, &last.content);
                        }
                    }
                }
            }
            previous_unit_statement = None;
            continue;
        }
        // After an introduction ("Limbaugh added:"), a paragraph that is no
        // quotation is the introduction's content, set off as a block,
        // unless its first sentence has a statement of its own.
        let mut block = None;
        let mut turn = match intro.take() {
            Some((speaker, cue)) if only_quotes(&unit) => {
                Some(super::turns::introduced(&unit, speaker, cue))
            }
            Some(intro) => {
                block = Some(intro);
                super::turns::dash_credit(cx, &unit)
            }
            None => super::turns::dash_credit(cx, &unit),
        };
        let before = statements.len();
        if turn.is_none() {
            in_unit(cx, &unit, None, &mut statements);
            if statements.len() == before {
                turn = block.and_then(|(speaker, cue)| {
                    super::turns::introduced_block(cx, &unit, speaker, cue)
                });
            }
        }
        if let Some(turn) = turn {
            covered_until = turn.content_hull().char_end;
            let segments = turn.content.clone();
            statements.push(turn);
            let i = statements.len() - 1;
            nested(cx, i, &segments, &mut statements);
            previous_unit_statement = Some(i);
            continue;
        }
        if statements.len() == before {
            intro = super::turns::colon_intro(cx, &unit);
            // A quote-only sentence continues the statement just before it.
            if let Some(prev) = previous_unit_statement {
                if only_quotes(&unit) && statements[prev].parent.is_none() {
                    let segments: Vec<Span> = unit.quotes.iter().flatten().copied().collect();
                    let stmt = &mut statements[prev];
                    stmt.content.extend(segments.iter().copied());
                    stmt.content_text = content_text(cx.chars, &stmt.content);
                    if stmt.kind == SpeechKind::Indirect {
                        stmt.kind = SpeechKind::Mixed;
                    }
                    nested(cx, prev, &segments, &mut statements);
                    continue;
                }
            }
            previous_unit_statement = None;
        } else {
            for i in before..statements.len() {
                let segments = statements[i].content.clone();
                nested(cx, i, &segments, &mut statements);
            }
            // "The Times confirmed that observation, reporting:": a cue
            // no statement of the unit took may still introduce what
            // follows.
            intro = super::turns::colon_intro(cx, &unit)
                .filter(|(_, cue)| {
                    statements[before..]
                        .iter()
                        .all(|s| !s.cue.span().overlaps(*cue))
                })
                .map(|(speaker, cue)| {
                    // A participle after a comma has the clause's speaker (an
                    // introduction reads only the phrase).
                    let clause_speaker = || {
                        let clause = statements[before..]
                            .iter()
                            .rev()
                            .find(|s| s.parent.is_none())?;
                        let source = clause.source.clone()?;
                        participle_after_comma(cx.chars, cue).then_some(Speaker {
                            phrase: source,
                            first: 0,
                            joint: Vec::new(),
                        })
                    };
                    (speaker.or_else(clause_speaker), cue)
                });
            // A quotation that follows continues the last quoted statement
            // of the unit: "“…,” he said, noting that … . “…”" goes on
            // with what he said, not with what he noted.
            let top = |quoted: bool| {
                statements[before..]
                    .iter()
                    .rposition(|s| {
                        s.parent.is_none() && (!quoted || s.kind != SpeechKind::Indirect)
                    })
                    .map(|p| p + before)
            };
            previous_unit_statement = top(true).or_else(|| top(false));
        }
    }
    inherit_occasions(&mut statements);
    for s in &mut statements {
        take_abbreviation_periods(cx.chars, s);
    }
    statements
}

/// A source or content that ends on an abbreviation takes its period
/// ("the U.S.", "Joseph R. Biden Jr."), as PolNeAR marks it.
fn take_abbreviation_periods(chars: &[char], s: &mut Statement) {
    if let Some(src) = s.source.as_mut() {
        if super::layout::abbreviation_period_at(chars, src.end) {
            src.end += 1;
            src.text.push('.');
        }
    }
    if let Some(last) = s.content.last_mut() {
        if super::layout::abbreviation_period_at(chars, last.char_end) {
            last.char_end += 1;
            s.content_text = content_text(chars, &s.content);
        }
    }
}

fn in_unit(
    cx: &mut Context<'_>,
    unit: &Unit<'_>,
    outer: Option<(usize, &Statement)>,
    out: &mut Vec<Statement>,
) {
    let unit_first = out.len();
    let mut claimed: Vec<Span> = Vec::new();
    // Contents of this unit's statements that are not quotations, by
    // index in `out`: a cue inside one, after a break of clauses, opens a
    // statement of its own, which ends it.
    let mut contents: Vec<(usize, Span)> = Vec::new();
    if outer.is_none() {
        let lead = lead_token(unit);
        if let Some(asked) = super::turns::asked_lead(cx, unit, lead) {
            claimed.push(asked.content_hull());
            claimed.push(Span::new(asked.cue.start, asked.cue.end));
            out.push(asked);
        } else if let Some(poll) =
            super::turns::poll_lead(unit, lead).or_else(|| super::turns::poll_tail(unit, lead))
        {
            // The poll's phrase ("In a CNN poll,", "… in a Fox poll.") is
            // no one else's; its clause may hold statements of its own
            // ("79 percent said they were …").
            if let Some(source) = &poll.source {
                claimed.push(source.span());
            }
            claimed.push(Span::new(poll.cue.start, poll.cue.end));
            out.push(poll);
        }
    }
    // A headline in title case ("New Poll Shows Bump For Clinton") capitalises
    // its cue too.
    let headline = crate::text::is_title_case(unit.chars, &unit.tokens);
    let mut last_speaker: Option<(Piece, Vec<Piece>)> = None;
    let n = unit.tokens.len();
    let model = super::cuemodel::model();
    let window = super::cuemodel::Window::new(unit.chars, &unit.tokens, &unit.folds, &unit.quoted);
    let mut c = 0;
    while c < n {
        // Words inside a quotation or a statement already found, nouns and
        // infinitives ("the report", "to report") are no cues. These tests
        // come before the model's score, the cheap ones first.
        let cue_tok = unit.tokens[c];
        if unit.quoted[c]
            || (c > 0 && matches!(unit.folds[c - 1].as_str(), "to" | "the" | "a" | "an"))
            || claimed
                .iter()
                .any(|s| s.char_start <= cue_tok.start && cue_tok.end <= s.char_end)
            // (Inside a content only after a break of clauses, which comes
            // before the cue's speaker, if any: see `clause_break_before`.)
            || (contents
                .iter()
                .any(|(_, h)| h.char_start <= cue_tok.start && cue_tok.end <= h.char_end)
                && !(c.saturating_sub(BREAK_WITHIN)..c).any(|k| {
                    matches!(unit.folds[k].as_str(), "," | ";" | "and" | "but" | "yet")
                        || is_dash(unit, k)
                }))
        {
            c += 1;
            continue;
        }
        // "didn’t insist", "never said"; negation may sit among the cue's
        // auxiliaries: "did not directly address". A negated cue makes a
        // statement all the same (news annotation counts "did not mention"
        // and "has not said when" as attributions), marked as negated.
        let negated = || {
            (0..c)
                .rev()
                .take_while(|&k| is_auxiliary(&unit.folds[k]) || is_negation(&unit.folds[k]))
                .any(|k| is_negation(&unit.folds[k]))
        };
        // A lexicon cue unless the model vetoes it, or a word the model
        // takes for a cue (outside quotations only).
        let lexical = window.lemma(c);
        let score = || match cx.given_cues {
            Some(cues)
                if cues
                    .iter()
                    .any(|s| s.overlaps(Span::new(cue_tok.start, cue_tok.end))) =>
            {
                f32::INFINITY
            }
            Some(_) => f32::NEG_INFINITY,
            None => model.score(&window, c),
        };
        let lemma: &str = match lexical {
            Some(l)
                if outer.is_some()
                    || as_reports(unit, c)
                    || when_asked(unit, c)
                    || score() >= super::cuemodel::VETO_THRESHOLD =>
            {
                l
            }
            None if outer.is_none()
                && (headline || !cue_tok.is_capitalized(unit.chars))
                && !is_auxiliary(&unit.folds[c])
                && !is_negation(&unit.folds[c])
                && !is_function_word(&unit.folds[c])
                && super::cuemodel::is_candidate(&window, c)
                && score() >= super::cuemodel::CUE_THRESHOLD =>
            {
                unit.folds[c].as_str()
            }
            // "put out a statement saying": the verb that issues it.
            None if outer.is_none()
                && matches!(
                    unit.folds[c].as_str(),
                    "put"
                        | "puts"
                        | "issued"
                        | "issues"
                        | "released"
                        | "releases"
                        | "sent"
                        | "posted"
                )
                && !cue_tok.is_capitalized(unit.chars)
                && statement_participle(
                    unit,
                    c + 1 + usize::from(unit.folds.get(c + 1).is_some_and(|f| f == "out")),
                )
                .is_some() =>
            {
                unit.folds[c].as_str()
            }
            // "was critical of", "are confident that": an adjective of
            // attitude after a linking verb.
            None if outer.is_none()
                && ATTITUDE_ADJECTIVES.contains(unit.folds[c].as_str())
                && !cue_tok.is_capitalized(unit.chars)
                && unit.folds.get(c + 1).is_some_and(|f| {
                    matches!(f.as_str(), "of" | "about" | "with" | "that") && !unit.quoted[c + 1]
                })
                && after_linking_verb(&unit.folds, c) =>
            {
                unit.folds[c].as_str()
            }
            _ => {
                c += 1;
                continue;
            }
        };
        // "FEC reports show that …", "Polls suggest …": a plural noun
        // before the verb of its own clause is no cue.
        if unit.folds[c].ends_with('s')
            && unit.folds.get(c + 1).is_some_and(|f| {
                matches!(
                    f.as_str(),
                    "show" | "say" | "find" | "suggest" | "indicate" | "reveal" | "confirm" | "showed"
                        | "said" | "found" | "suggested" | "indicated" | "revealed" | "confirmed"
                )
            })
            && !unit.quoted[c + 1]
            // ("His remarks showed …": a possessor's noun stays a cue.)
            && !(c > 0 && is_possessive(&unit.folds[c - 1]))
        {
            c += 1;
            continue;
        }
        // "(Reporting by …; Editing by …)" credits the journalists ("was
        // first reported by MSNBC" is a report).
        if unit.folds.get(c + 1).is_some_and(|f| f == "by") && unit.folds[c] == "reporting" {
            c += 1;
            continue;
        }
        // Inside a quotation only verbs of speaking open nested speech.
        if outer.is_some() && !NESTED_CUES.contains(lemma) {
            c += 1;
            continue;
        }
        // "Said Ellis: “I don’t get the sense …”": a verb of saying that
        // opens the sentence before its speaker and a colon or comma.
        let opening_inverted = c == lead_token(unit)
            && matches!(unit.folds[c].as_str(), "said" | "says" | "added" | "wrote")
            && unit
                .tokens
                .get(c + 1)
                .is_some_and(|t| t.is_capitalized(unit.chars) && !unit.quoted[c + 1])
            && (c + 2..n.min(c + 8))
                .any(|k| unit.tokens[k].is(unit.chars, ':') || unit.tokens[k].is(unit.chars, ','));
        // "Citing an unfounded theory, Trump …": a participle that opens
        // the sentence before its subject, and the comma that ends its
        // phrase.
        let opening_participle = ((c == lead_token(unit)
            // ("After suggesting …, Mr. Rubio", "While insisting …,
            // Clinton": after a preposition or conjunction.)
            || (c == lead_token(unit) + 1
                && matches!(
                    unit.folds[c - 1].as_str(),
                    "after" | "since" | "while" | "before" | "by" | "upon" | "when" | "in" | "without"
                )))
            && outer.is_none()
            && lemma != "according to"
            && unit.folds[c].ends_with("ing"))
        .then(|| subject_after_participle(cx, unit, c))
        .flatten();
        if lemma != "according to"
            && cue_tok.is_capitalized(unit.chars)
            && !headline
            && !opening_inverted
            && opening_participle.is_none()
        {
            c += 1;
            continue;
        }
        let mut cue_end_tok = c + 1;
        if lemma == "according to" {
            if unit.folds.get(c + 1).is_none_or(|f| f != "to") {
                c += 1;
                continue;
            }
            cue_end_tok = c + 2;
        } else if unit
            .folds
            .get(c + 1)
            .is_some_and(|f| is_particle(lemma, &unit.folds[c], f))
            && !unit.quoted[c + 1]
            && !opens_quantity(unit, c + 1)
        {
            // "called for", "pointed out", "warned against": the particle
            // belongs to the cue, as annotators mark it.
            cue_end_tok = c + 2;
        } else if matches!(unit.folds[c].as_str(), "make" | "made" | "makes" | "making") {
            // "made clear", "made it clear".
            let clear = (c + 1..n.min(c + 3)).find(|&k| unit.folds[k] == "clear");
            if let Some(k) = clear.filter(|&k| k == c + 1 || unit.folds[c + 1] == "it") {
                cue_end_tok = k + 1;
            }
        }
        // "went on to say", "continued to call for", "tried to walk back":
        // the verb after going on or trying is the cue's, as annotators
        // mark it, and says what kind of cue it is.
        let mut lemma = lemma;
        // "issued a statement describing", "put out a statement Wednesday
        // saying": the statement and its participle are the cue's.
        if let Some(p) = statement_participle(unit, cue_end_tok) {
            cue_end_tok = p + 1;
            if let Some(l) = cue_lemma(&unit.folds[p]) {
                lemma = l;
            }
        }
        // "made the following comment: “…”", "issued the following
        // statement:": what follows the colon is the content.
        if unit.folds.get(cue_end_tok).is_some_and(|f| f == "the")
            && unit
                .folds
                .get(cue_end_tok + 1)
                .is_some_and(|f| f == "following")
        {
            if let Some(colon) = (cue_end_tok + 2..n.min(cue_end_tok + 6))
                .take_while(|&k| !unit.quoted[k])
                .find(|&k| unit.tokens[k].is(unit.chars, ':'))
            {
                // A colon that ends the paragraph introduces the next one
                // (`turns::colon_intro`).
                if unit.tokens[colon + 1..].iter().all(|t| !t.is_word()) {
                    c = colon + 1;
                    continue;
                }
                cue_end_tok = colon + 1;
            }
        }
        let catenated = catenated_verb(unit, c);
        if matches!(catenated, Catenation::Mute) {
            c += 1;
            continue;
        }
        if let Catenation::Verb(verb, lemma_of_verb) = catenated {
            cue_end_tok = verb + 1;
            if let Some(l) = lemma_of_verb {
                lemma = l;
            }
            if unit.folds.get(verb + 1).is_some_and(|f| {
                is_particle(lemma, &unit.folds[verb], f) && f != "about" && !unit.quoted[verb + 1]
            }) {
                cue_end_tok = verb + 2;
            }
        }
        // "Trump made the comments Friday during …", "He made the criticism
        // while …": words said before, named again, are no statement of
        // their own (PolNeAR marks none such on dev); "made the case that
        // …" is one.
        if matches!(unit.folds[c].as_str(), "made" | "makes" | "make" | "making")
            && cue_end_tok == c + 1
            && unit.folds.get(c + 1).is_some_and(|d| {
                matches!(
                    d.as_str(),
                    "the" | "this" | "that" | "these" | "those" | "his" | "her" | "their"
                )
            })
            && unit.folds.get(c + 2).is_some_and(|f| {
                matches!(
                    f.as_str(),
                    "comment"
                        | "comments"
                        | "remark"
                        | "remarks"
                        | "statement"
                        | "statements"
                        | "pledge"
                        | "criticism"
                        | "promise"
                        | "vow"
                )
            })
            && !unit.quoted.get(c + 3).copied().unwrap_or(false)
            && unit
                .folds
                .get(c + 3)
                .is_none_or(|f| !matches!(f.as_str(), "that" | ":" | ","))
        {
            c = cue_end_tok;
            continue;
        }
        let cue_span = Span::new(cue_tok.start, unit.tokens[cue_end_tok - 1].end);
        // Where the cue ends once its content is known ("showed support
        // for …").
        let mut cue_end = cue_span.char_end;
        let at = Cue {
            first: c,
            end_tok: cue_end_tok,
            lemma,
        };
        // Speaker.
        let (mut speaker, mut joint, first_frame_tok) = cue_speaker(
            cx,
            unit,
            at,
            last_speaker.as_ref(),
            outer.is_some(),
            opening_participle.as_ref().map(|(sp, _)| sp),
        );
        // "The clip has faced ridicule", "Trump drew criticism": the
        // subject receives what others said, and they go unnamed. (Not
        // when the verb sits in an apposition: "Grassley, facing a
        // challenge, said".)
        let received = speaker.as_ref().is_some_and(|sp| {
            sp.end <= cue_tok.start
                && (0..c).filter(|&k| unit.tokens[k].end >= sp.end).any(|k| {
                    !(k..c).any(|x| unit.tokens[x].is(unit.chars, ','))
                        && is_receiving(&unit.folds[k])
                })
        });
        // "This view has drawn criticism from economists": those the
        // reaction comes from are the source, the subject what they react
        // to, as annotators mark it.
        // (With the noun for cue, the subject before the verb: "Trump's
        // remarks drew criticism from …".)
        let reaction = reaction_at(unit, c);
        let mut subject = None;
        if let Some(r) = &reaction {
            let verb_start = unit.tokens[r.verb].start;
            subject = speaker
                .take()
                .filter(|sp| sp.end <= verb_start)
                .or_else(|| subject_before(unit, lead_token(unit), r.verb).map(|(p, _)| p));
            speaker = r.from.map(|span| piece(unit.chars, span, None));
            joint.clear();
        }
        // (Those after "from" stay the source even when no subject is
        // found; only the content and cue need one.)
        let reaction = reaction.filter(|_| subject.is_some());
        // "Wednesday", "last week": a time alone names no one.
        // "Don't believe them", "please know that": an imperative's word.
        let nobody = speaker.as_ref().is_some_and(|sp| {
            tokens_within(unit, sp).all(|k| {
                let f = unit.folds[k].as_str();
                !unit.tokens[k].is_word()
                    || is_time_word(f)
                    || matches!(
                        f,
                        "week" | "month" | "year" | "past" | "please" | "don't" | "don’t" | "do"
                    )
            })
        });
        // "a warm-up band called Sophistafunk", "a group called Color of
        // Change": a name given, not words said.
        if matches!(unit.folds[c].as_str(), "called" | "named" | "dubbed")
            && unit
                .tokens
                .get(c + 1)
                .is_some_and(|t| t.is_capitalized(unit.chars) || unit.quoted[c + 1] || !t.is_word())
            && (c.saturating_sub(5)..c)
                .rev()
                .take_while(|&k| {
                    unit.tokens[k].is_word() && !is_auxiliary(&unit.folds[k]) && !unit.quoted[k]
                })
                .any(|k| matches!(unit.folds[k].as_str(), "a" | "an"))
        {
            c += 1;
            continue;
        }
        // "You know, the ones who went to college", "(Yes, we know,
        // guacamole is extra.)", "That said, she also noted …", "Having
        // said that, …", "easier said than done": a turn of phrase, not a
        // statement.
        let next = unit.folds.get(cue_end_tok).map(|f| f.as_str());
        // ("instead of, say, the Democratic Party": an example.)
        let idiom = (matches!(unit.folds[c].as_str(), "know" | "see" | "mean")
            && matches!(next, Some("," | ")")))
            || (unit.folds[c] == "say" && c > 0 && unit.folds[c - 1] == "," && next == Some(","))
            || (unit.folds[c] == "said"
                && ((c > 0 && unit.folds[c - 1] == "that" && next == Some(","))
                    || (c > 0
                        && unit.folds[c - 1] == "having"
                        && next == Some("that")
                        && unit.folds.get(cue_end_tok + 1).is_some_and(|f| f == ","))
                    || next == Some("than")));
        if idiom && !unit.quoted[c] {
            c = cue_end_tok;
            continue;
        }
        if (received && reaction.is_none()) || nobody {
            speaker = None;
            joint.clear();
        }
        // "Perhaps young voters", "Yet history", "And Florida's attorney
        // general": a sentence's opening adverb or conjunction is not the
        // source's.
        if let Some(sp) = speaker.as_mut() {
            strip_opening_word(unit, sp);
        }
        // "Mr. Kamin, who emphasized that …, said": a relative clause that
        // reports speech of its own is not the source's (annotators cut
        // it in 13 of 14 such sources on PolNeAR train).
        if let Some(sp) = speaker.as_mut() {
            let within = tokens_within(unit, sp);
            let who = within.clone().find(|&k| {
                k >= within.start + 2
                    && unit.folds[k] == "who"
                    && unit.tokens[k - 1].is(unit.chars, ',')
                    && !unit.quoted[k]
            });
            if let Some(k) = who.filter(|&k| {
                (k + 1..within.end).any(|j| {
                    unit.folds[j] != "called"
                        && cue_lemma(&unit.folds[j]).is_some_and(|l| NESTED_CUES.contains(l))
                })
            }) {
                *sp = piece(
                    unit.chars,
                    Span::new(sp.start, unit.tokens[k - 2].end),
                    sp.entity.clone(),
                );
            }
        }
        // "Neither the US nor Trump issued a statement": no one spoke,
        // whether or not the speakers were found joined.
        let neither = (joint.len() > 1 && unit.folds[first_frame_tok] == "neither")
            || (first_frame_tok > 0
                && first_frame_tok <= c
                && matches!(unit.folds[first_frame_tok - 1].as_str(), "nor" | "neither"));
        if neither {
            c = cue_end_tok;
            continue;
        }
        // Addressee right after the cue.
        let mut after_tok = cue_end_tok;
        let mut addressee = None;
        if let Some((a, next)) = addressee_after(cx, unit, c, lemma) {
            addressee = Some(a);
            after_tok = next;
        }
        // Inverted speaker ("said Sheinbaum") sits after the cue.
        if let Some(sp) = &speaker {
            if sp.start > cue_tok.start && opening_participle.is_none() {
                after_tok = unit
                    .tokens
                    .iter()
                    .position(|t| t.start >= sp.end)
                    .unwrap_or(n);
            }
        }
        // Content.
        let mut content: Vec<Span> = Vec::new();
        if lemma == "according to" {
            content = according_to_content(cx, unit, c, after_tok);
        } else if let Some((_, comma)) = opening_participle.as_ref().filter(|_| after_tok < n) {
            // The participle's phrase, up to its comma, or past the marks
            // that close a quotation around it ("Bemoaning the “phony
            // system,” Trump …").
            let closing = unit
                .tokens
                .get(comma + 1)
                .filter(|t| unit.quoted[*comma] && !t.is_word());
            let end = closing.map_or(unit.tokens[*comma].start, |t| t.end);
            // ("After suggesting on Wednesday that he regretted …": the
            // day before "that" is no content.)
            let that = (after_tok..*comma)
                .take(7)
                .find(|&k| unit.folds[k] == "that" && !unit.quoted[k])
                .filter(|&k| k > after_tok && opens_time_adjunct(&unit.folds[after_tok]));
            let start = unit.tokens[that.unwrap_or(after_tok)].start;
            if start < end {
                content.push(trim_content(unit.chars, Span::new(start, end)));
            }
        } else if let Some(q) =
            quote_before(unit, first_frame_tok.min(c), outer.is_none()).filter(|q| {
                // A quotation after words of the writer's, with a clause of
                // content after the cue, is not the speaker's ("Walking in
                // to chants of “Marco!,” the senator said his campaign …").
                q.first()
                    .is_some_and(|s| Some(s.char_start) == unit.tokens.first().map(|t| t.start))
                    || !clause_after(unit, after_tok)
                    // "…,” reported Reuters.": a name after the cue may be
                    // a speaker no rule found.
                    || (speaker.is_none() && unit.tokens[after_tok].is_capitalized(unit.chars))
            })
        {
            // Words between the quotation and the speaker describe the speaker.
            let quote_end = q.last().map_or(0, |s| s.char_end);
            if let Some(sp) = speaker.as_mut() {
                let first_word = unit
                    .tokens
                    .iter()
                    .find(|t| t.start >= quote_end && t.is_word());
                // Only a speaker before the cue ("…,” Trump lawyer Marc Kasowitz said").
                let before_cue = sp.end <= cue_tok.start;
                if let Some(t) =
                    first_word.filter(|t| before_cue && t.start < sp.start && sp.start > quote_end)
                {
                    let span = Span::new(t.start, sp.end);
                    *sp = piece(unit.chars, span, sp.entity.clone());
                }
            }
            // "Not paying taxes ''makes me smart,'' he said": the words
            // that lead into the quotation are content too.
            let unit_start = lead_end(unit);
            // (Not when another statement of the sentence holds the
            // quotation: "DuVernay said she felt … because “…,” she
            // said. “We …”".)
            let held = q.first().is_some_and(|first| {
                claimed
                    .iter()
                    .chain(contents.iter().map(|(_, h)| h))
                    .any(|s| s.char_start <= first.char_start && first.char_end <= s.char_end)
            });
            match q.first() {
                Some(first) if first.char_start > unit_start && q.len() == 1 && !held => {
                    content.push(trim_content(unit.chars, Span::new(unit_start, quote_end)));
                }
                _ => content.extend(q),
            }
            // "“Well,” she said, “no.”", and with an adjunct before the
            // second part ("“…,” Trump said during a rally in Kenansville,
            // N.C., “but …”").
            let second = quote_after(unit, after_tok).or_else(|| {
                let first = unit.folds.get(after_tok)?.as_str();
                if !(ADJUNCT_STARTS.contains(first)
                    || is_time_word(first)
                    || lemma == "tell"
                    // "“…,” he said of the Clinton campaign, “…”"
                    || matches!(first, "of" | "about"))
                {
                    return None;
                }
                let k = (after_tok + 1..n.min(after_tok + 18)).find(|&k| unit.quoted[k])?;
                let plain = (after_tok..k).all(|j| cue_lemma(&unit.folds[j]).is_none());
                (plain && unit.tokens[k - 1].is(unit.chars, ','))
                    .then(|| quote_after(unit, k))
                    .flatten()
            });
            if let Some((q2, _)) = second {
                content.extend(q2);
            }
        } else if let Some(spans) = trailing_content(unit, c, first_frame_tok, after_tok) {
            // "…at Ground Zero, sources said." / "…, said a source." /
            // "Climate change, he said, is the greatest threat."
            content.extend(spans);
        } else if after_tok < n {
            content = content_after(
                cx,
                unit,
                at,
                After {
                    from: after_tok,
                    addressee: addressee.is_some(),
                    speaker_first: speaker.as_ref().map(|_| first_frame_tok),
                },
                &mut cue_end,
            );
        }
        if let (Some(r), Some(sub)) = (&reaction, &subject) {
            content = vec![trim_content(unit.chars, sub.span())];
            cue_end = unit.tokens[r.noun].end;
            cue_end_tok = r.noun + 1;
        }
        // "His behavior has angered the party's top figures": those the
        // verb moves are the source, what moves them the content, as
        // annotators mark it.
        if let Some(object) = moved_object(unit, c, cue_end_tok).filter(|_| outer.is_none()) {
            if let Some(sp) = speaker.as_ref().filter(|sp| sp.end <= cue_tok.start) {
                content = vec![trim_content(unit.chars, sp.span())];
                speaker = Some(object);
                joint.clear();
            }
        }
        // "a hacking group known as Fancy Bear": a name the thing goes by.
        // The thing and the name are the content, and no one is named as
        // the source, as annotators mark it.
        let mut agentless = false;
        if unit.folds[c] == "known"
            && cue_end_tok == c + 2
            && outer.is_none()
            && c > 0
            && unit.tokens[c - 1].is_word()
            && !unit.quoted[c - 1]
            // (Not "has become known as", "also known as".)
            && !is_auxiliary(&unit.folds[c - 1])
            && !unit.folds[c - 1].ends_with("ly")
            && !matches!(
                unit.folds[c - 1].as_str(),
                "also" | "become" | "became" | "becomes" | "becoming" | "well"
            )
        {
            let named = noun_phrase_start(unit, c - 1);
            content.insert(
                0,
                Span::new(unit.tokens[named].start, unit.tokens[c - 1].end),
            );
            speaker = None;
            joint.clear();
            agentless = true;
        } else if unit.folds[c] == "known"
            && cue_end_tok == c + 2
            && outer.is_none()
            && c > 0
            && (unit.tokens[c - 1].is(unit.chars, ',')
                || (c > 1
                    && matches!(unit.folds[c - 1].as_str(), "also" | "now")
                    && (unit.tokens[c - 2].is(unit.chars, ',') || is_dash(unit, c - 2))))
        {
            // "Burma, also known as Myanmar, …", "The program, known as
            // the Renewable Fuel Standard, …": in an aside, only the name,
            // up to the comma or dash that closes it, as annotators mostly
            // mark it.
            let close = (cue_end_tok..n)
                .find(|&k| {
                    !unit.quoted[k] && (unit.tokens[k].is(unit.chars, ',') || is_dash(unit, k))
                })
                .map_or(unit.span.char_end, |k| unit.tokens[k].start);
            content = content
                .iter()
                .filter(|s| s.char_start < close)
                .map(|s| trim_content(unit.chars, Span::new(s.char_start, s.char_end.min(close))))
                .collect();
            speaker = None;
            joint.clear();
            agentless = true;
        }
        content.retain(|s| !s.is_empty());
        // Findings are reported by polls and studies, not by people ("Trump
        // found himself…"); "called for" needs a speaker too.
        let needs_source = matches!(
            lemma,
            "find" | "show" | "call" | "point" | "continue" | "conclude"
        );
        let person_or_none = speaker.as_ref().is_none_or(|s| {
            s.entity
                .as_ref()
                .is_some_and(|e| e.is_person())
                && matches!(lemma, "find" | "show")
                // "Mariano found that …" reports a finding.
                && unit.folds.get(cue_end_tok).is_none_or(|f| f != "that")
        });
        // "called half of his supporters “deplorables”" or "called him a
        // master" attributes words; "called Sheinbaum on Monday" is a phone
        // call.
        // "called on Trump to stop" and "called for" are no phone calls.
        let phoned = lemma == "call"
            && cue_end_tok == c + 1
            && !content
                .iter()
                .any(|seg| unit.quotes.iter().flatten().any(|q| seg.overlaps(*q)))
            && called_someone(cx, unit, cue_end_tok);
        // A cue only the model knows needs a source.
        // "his criticism of …", "Mr. Trump's assertion that …": a noun the
        // model takes for a cue has its possessor for source.
        if lexical.is_none() && speaker.is_none() && !received && c > 0 {
            let p = c - 1;
            let f = unit.folds[p].as_str();
            if !unit.quoted[p] && is_possessive_determiner(f) {
                speaker = Some(piece(
                    unit.chars,
                    Span::new(unit.tokens[p].start, unit.tokens[p].end),
                    None,
                ));
            } else if !unit.quoted[p] && matches!(f, "'s" | "’s") {
                // (The possessive mark is the source's, as annotators mark
                // it: "Donald Trump’s".)
                if let Some(m) = mention_ending(cx.mentions, unit.tokens[p].start) {
                    let sp = mention_speaker(cx, unit, m);
                    speaker = Some(piece(
                        unit.chars,
                        Span::new(sp.start, unit.tokens[p].end),
                        sp.entity,
                    ));
                }
            }
        }
        // A cue only the model knows, with no speaker found: the subject
        // that opens the sentence right before it ("Perhaps the debate
        // moderators will demand more details").
        if lexical.is_none()
            && speaker.is_none()
            && !received
            && reaction.is_none()
            && !agentless
            && outer.is_none()
        {
            if let Some(mut sub) = clause_subject(cx, unit, c) {
                strip_opening_word(unit, &mut sub);
                let within = tokens_within(unit, &sub);
                if let Some(last) = within.clone().last() {
                    let first = unit.folds[within.start].as_str();
                    let last = unit.folds[last].as_str();
                    let adjacent = (within.end..c)
                        .all(|k| is_auxiliary(&unit.folds[k]) || is_negation(&unit.folds[k]));
                    // (Not a passive's subject: "have been echoed".)
                    let passive = (unit.folds[c].ends_with("ed") || unit.folds[c].ends_with("en"))
                        && (within.end..c).any(|k| {
                            matches!(
                                unit.folds[k].as_str(),
                                "is" | "are" | "was" | "were" | "been" | "be"
                            )
                        });
                    if adjacent
                        && !passive
                        && !matches!(last, "and" | "or" | "but")
                        && !super::layout::SUBORDINATORS.contains(first)
                        && !matches!(first, "let" | "it" | "this" | "that" | "things" | "since")
                    {
                        speaker = Some(sub);
                    }
                }
            }
        }
        let unsourced =
            lexical.is_none() && speaker.is_none() && !received && reaction.is_none() && !agentless;
        // "His opponent, Hillary Clinton, racked up …": a noun the model
        // takes for a cue, with a name in apposition, has that name for
        // content, not the rest of the sentence.
        if lexical.is_none()
            && c > 0
            && is_possessive(&unit.folds[c - 1])
            && unit
                .tokens
                .get(cue_end_tok)
                .is_some_and(|t| t.is(unit.chars, ','))
        {
            let first = cue_end_tok + 1;
            let close = (first..n.min(first + 8)).find(|&k| unit.tokens[k].is(unit.chars, ','));
            if let Some(close) = close.filter(|&e| {
                e > first
                    && (first..e).all(|k| {
                        !unit.quoted[k]
                            && (unit.tokens[k].is_capitalized(unit.chars)
                                || unit.tokens[k].is(unit.chars, '.'))
                    })
            }) {
                content = vec![Span::new(
                    unit.tokens[first].start,
                    unit.tokens[close - 1].end,
                )];
            }
        }
        // "The tycoon entered the race, calling them rapists": a
        // participle after a comma has the sentence's subject for source.
        // ("calling into doubt his credentials": "doubt" is the cue.)
        let participle_subject = needs_source
            && speaker.is_none()
            && outer.is_none()
            && c > 0
            && unit.tokens[c - 1].is(unit.chars, ',')
            && unit.folds[c].ends_with("ing")
            && unit.folds.get(c + 1).is_none_or(|f| f != "into");
        if participle_subject {
            speaker = clause_subject(cx, unit, c);
        }
        let person_or_none = person_or_none && !(participle_subject && speaker.is_some());
        // A passive cue: "was asked", "has been praised by".
        // A form of "be" before the cue, adverbs aside ("was first
        // reported by", "have been repeatedly criticized").
        let be = (0..c)
            .rev()
            .take(3)
            .find(|&k| {
                let w = unit.folds[k].as_str();
                !(w.len() > 3 && w.ends_with("ly")
                    || matches!(
                        w,
                        "first" | "never" | "not" | "also" | "often" | "still" | "already"
                    ))
            })
            .filter(|&k| {
                matches!(
                    unit.folds[k].as_str(),
                    "was" | "were" | "been" | "being" | "is" | "are" | "be"
                )
            });
        // "His views were echoed by tax experts", "has been called a
        // charlatan by fellow physicians": the passive's agent, found
        // below, is its source.
        // (Not a verb that moves its subject: "have been startled by" has
        // the startled for source.)
        let by_agent = be
            .filter(|_| {
                outer.is_none()
                    && !MOVING_VERBS
                        .iter()
                        .any(|stem| unit.folds[c].starts_with(stem))
            })
            .and_then(|_| agent_by(unit, cue_end_tok));
        if (needs_source && person_or_none && by_agent.is_none())
            || phoned
            || (unsourced && by_agent.is_none())
        {
            c = cue_end_tok;
            continue;
        }
        let participle_form = {
            let w = unit.folds[c].as_str();
            w.ends_with("ed")
                || w.ends_with("en")
                || matches!(
                    w,
                    "said"
                        | "told"
                        | "thought"
                        | "made"
                        | "found"
                        | "held"
                        | "sent"
                        | "left"
                        | "put"
                        | "brought"
                        | "heard"
                        | "known"
                        | "shown"
                        | "read"
                        | "hit"
                        | "set"
                        | "kept"
                        | "paid"
                        | "led"
                        | "met"
                        | "taught"
                        | "caught"
                        | "sought"
                        | "won"
                        | "lost"
                        | "felt"
                        | "meant"
                )
        };
        // "was critical of", "is concerned about": an adjective, no passive.
        let adjective = (ATTITUDE_ADJECTIVES.contains(lemma)
            || ATTITUDE_ADJECTIVES.contains(unit.folds[c].as_str()))
            && unit.folds.get(cue_end_tok).is_none_or(|f| f != "by");
        // ("Clinton aides were coy about": an adjective the model takes
        // for a cue is no participle.)
        let passive =
            be.is_some_and(|_| participle_form) && !unit.folds[c].ends_with("ing") && !adjective;
        // "Trump is expected to win", "Clinton appears to have lost
        // ground", "Mrs. Clinton is seen as capable": what is expected or
        // seen is the subject with its infinitive or "as" phrase, and no
        // one is named as its source unless an agent is ("was portrayed by
        // the White House as a protest").
        let raising = raising_verb(lemma);
        let raised_by = (outer.is_none() && (passive || raising))
            .then(|| raised_content(cx, unit, at, passive))
            .flatten();
        let raised = raised_by.is_some();
        if let Some(r) = raised_by {
            content = r.content;
            speaker = r.agent;
            joint.clear();
            if let Some(end) = r.cue_end {
                cue_end = end;
            }
        }
        // Any other passive cue: its subject is not its source. With an
        // agent ("has been praised by dozens of papers", "is supported by
        // far fewer publications") the agent is the source and the subject
        // what it said; without one there is no statement.
        // "was asked about speeches she made", "said when asked whether
        // …": the question asked is content, and the asker goes unnamed,
        // as annotators mark it.
        let asked = outer.is_none()
            && unit.folds[c] == "asked"
            // ("was asked to provide …" is a request, whose asker the
            // article names elsewhere.)
            && unit
                .folds
                .get(cue_end_tok)
                .is_none_or(|f| f != "by" && f != "to")
            && (passive
                || (c > 0
                    && matches!(
                        unit.folds[c - 1].as_str(),
                        "when" | "if" | "once" | "after" | "before" | "being" | "unless"
                    )));
        if asked {
            speaker = None;
            joint.clear();
        }
        // "As reported by Western Journalism, investigators found …", "…,
        // as first reported by BuzzFeed News.": the agent is the source of
        // the sentence's own words.
        let as_by = outer.is_none()
            && c >= 1
            && (unit.folds[c - 1] == "as"
                || (c >= 2 && unit.folds[c - 2] == "as" && unit.folds[c - 1] == "first"))
            && unit.folds[c].ends_with("ed")
            && unit.folds.get(cue_end_tok).is_some_and(|f| f == "by")
            && !unit.quoted[cue_end_tok];
        if as_by {
            let as_tok = if unit.folds[c - 1] == "as" {
                c - 1
            } else {
                c - 2
            };
            let by = cue_end_tok;
            let agent = speaker_after(cx, unit, by).or_else(|| agent_after(unit, by + 1));
            let lead = lead_token(unit);
            let words = if let Some(a) = agent.as_ref() {
                let after = (by + 1..n)
                    .find(|&k| unit.tokens[k].start >= a.end)
                    .unwrap_or(n);
                if as_tok == lead {
                    (after < n && unit.tokens[after].is(unit.chars, ','))
                        .then(|| Span::new(unit.tokens[after].end, clause_end(cx, unit, after + 1)))
                } else if as_tok > lead && unit.tokens[as_tok - 1].is(unit.chars, ',') {
                    Some(Span::new(
                        unit.tokens[lead].start,
                        unit.tokens[as_tok - 1].start,
                    ))
                } else {
                    None
                }
            } else {
                None
            };
            match (agent, words) {
                (Some(a), Some(w)) => {
                    speaker = Some(a);
                    joint.clear();
                    content = vec![trim_content(unit.chars, w)];
                }
                _ => {
                    c = cue_end_tok;
                    continue;
                }
            }
        }
        if passive && !raised && !asked && !as_by {
            let by = by_agent.unwrap_or(cue_end_tok);
            let agent = (outer.is_none()
                && unit.folds.get(by).is_some_and(|f| f == "by")
                && !unit.quoted[by])
                .then(|| speaker_after(cx, unit, by).or_else(|| agent_after(unit, by + 1)))
                .flatten();
            // ("by Bernie Sanders, who cites them as evidence …": the
            // relative clause is a statement of its own.)
            let agent = agent.map(|a| without_relative(unit, a));
            match (agent, passive_subject(unit, c, false)) {
                (Some(a), Some(subject)) => {
                    speaker = Some(a);
                    joint.clear();
                    content = vec![subject];
                    // "was found discriminatory by …", "was nominated to
                    // the bench by …": what stands between the cue and
                    // its agent is content too.
                    if by > cue_end_tok && !opens_time_adjunct(&unit.folds[cue_end_tok]) {
                        content.push(trim_content(
                            unit.chars,
                            Span::new(unit.tokens[cue_end_tok].start, unit.tokens[by - 1].end),
                        ));
                    }
                }
                (None, Some(subject)) if outer.is_none() => {
                    let Some(a) = agentless_passive(cx, unit, subject, cue_end_tok) else {
                        c = cue_end_tok;
                        continue;
                    };
                    joint.clear();
                    agentless = true;
                    speaker = None;
                    content = a.content;
                    if let Some(end) = a.cue_end {
                        cue_end = end;
                    }
                }
                _ => {
                    c = cue_end_tok;
                    continue;
                }
            }
        }
        // No rule above named the speaker of reported words: the subject
        // that opens the sentence ("The nurse later sued, claiming …",
        // "The judge rubbed his chin, and then said …").
        if speaker.is_none()
            && !raised
            && !received
            && reaction.is_none()
            && !asked
            && !agentless
            && outer.is_none()
            && !content.is_empty()
            && kind_of(unit, &content) == SpeechKind::Indirect
        {
            speaker = clause_subject(cx, unit, c);
        }
        // "He didn’t insist either": an adverb is no content.
        // "How has the administration responded?": a question mark is no
        // content.
        let adverb_only = content.len() == 1 && {
            let text = fold(&content_text(unit.chars, &content));
            matches!(
                text.as_str(),
                "either" | "too" | "also" | "again" | "anymore" | "neither" | "instead"
            ) || !text.chars().any(char::is_alphabetic)
        };
        if content.is_empty()
            || adverb_only
            || (speaker.is_none()
                && !raised
                && !received
                && reaction.is_none()
                && !asked
                && !agentless
                && (outer.is_some() || kind_of(unit, &content) == SpeechKind::Indirect))
        {
            c = cue_end_tok;
            continue;
        }
        // "urged supporters to monitor polling places": whom an order or
        // request is to is the subject of its infinitive, and annotators
        // keep it in the content (it stays the addressee).
        if let (Some(a), Some(first)) = (&addressee, content.first_mut()) {
            let to = unit.tokens.partition_point(|t| t.start < first.char_start);
            if matches!(lemma, "urge" | "ask" | "tell")
                && to > 0
                && unit.tokens[to - 1].end == a.end
                && unit.folds.get(to).is_some_and(|f| f == "to")
            {
                first.char_start = a.start;
            }
        }
        let kind = kind_of(unit, &content);
        let super::frame::Occasion {
            medium: medium_words,
            platform,
            date,
            partner,
        } = occasion(cx, unit, &content, cue_span);
        let medium = medium_words.map(|(m, _)| m);
        // First person inside a quotation is the outer speaker.
        if let (Some(sp), Some((_, o))) = (&mut speaker, outer) {
            if sp.entity.is_none() && matches!(fold(&sp.text).as_str(), "i" | "we") {
                sp.entity = o.source.as_ref().and_then(|s| s.entity.clone());
            }
        }
        // A phrase that is a mention with its title and determiner ("according
        // to NYPD Commissioner James O’Neill"), or speaks for one ("a
        // statement from the US Department of State", "officials in Ottawa").
        for p in speaker.iter_mut().chain(&mut addressee) {
            if p.entity.is_none() {
                p.entity = phrase_entity(cx, unit, p.span())
                    .or_else(|| super::frame::speaks_for(cx, unit, p.span()));
            }
        }
        let speaker_entity = speaker.as_ref().and_then(|s| s.entity.clone());
        let addressee = addressee
            .or_else(|| {
                partner.filter(|p| {
                    p.entity.is_some()
                        && p.entity != speaker_entity
                        && (matches!(medium, None | Some(Medium::PhoneCall | Medium::Meeting))
                            || p.entity.as_ref().is_some_and(|e| e.0.starts_with("group/")))
                })
            })
            .or_else(|| {
                // At a press conference one speaks to the reporters there.
                (medium == Some(Medium::PressConference) && outer.is_none()).then(|| Piece {
                    text: String::new(),
                    start: cue_span.char_start,
                    end: cue_span.char_start,
                    entity: Some(EntityId("group/reporters".to_owned())),
                })
            });
        // The cue takes the auxiliaries and adverbs right before it ("has
        // called", "is also stressing"), as annotators mark them.
        let mut cue_first = reaction.as_ref().map_or(c, |r| r.verb.min(c));
        while cue_first > 0
            && !unit.quoted[cue_first - 1]
            && (is_auxiliary(&unit.folds[cue_first - 1])
                || is_negation(&unit.folds[cue_first - 1])
                || is_contracted_verb(unit, cue_first - 1))
            // "Theresa May said": a name, not a modal.
            && (headline || !unit.tokens[cue_first - 1].is_capitalized(unit.chars))
            && speaker.as_ref().is_none_or(|sp| {
                sp.end <= unit.tokens[cue_first - 1].start || sp.start >= cue_tok.end
            })
        {
            cue_first -= 1;
        }
        // Inside another statement's content, a statement of its own only
        // after a break of clauses there (", and", "; but"), where that
        // content ends.
        let cue_start = unit.tokens[cue_first].start;
        let inside: Vec<usize> = contents
            .iter()
            .filter(|(_, h)| h.char_start <= cue_start && cue_start < h.char_end)
            .map(|&(i, _)| i)
            .collect();
        if !inside.is_empty() {
            let mut cuts = Vec::new();
            for &i in &inside {
                let within = |at: usize| {
                    out[i]
                        .content
                        .iter()
                        .any(|s| s.char_start <= at && at < s.char_end)
                };
                // The speaker may be the content's own ("…, and most don't
                // expect"), which takes a full break; or the subject the
                // two verbs share ("… and reportedly argued"), outside.
                let own = speaker
                    .as_ref()
                    .filter(|sp| sp.end <= cue_start && within(sp.start));
                let start = own.map_or(cue_start, |sp| sp.start);
                let first = out[i].content.first().map_or(0, |s| s.char_start);
                match clause_break_before(unit, start, first, own.is_some()) {
                    Some(end) if within(cue_start) => cuts.push((i, end)),
                    _ => break,
                }
            }
            if cuts.len() < inside.len() {
                c = cue_end_tok;
                continue;
            }
            for (i, end) in cuts {
                cut_content(unit, &mut out[i], end);
            }
        }
        let hull = Span::new(
            content.iter().map(|s| s.char_start).min().unwrap_or(0),
            content.iter().map(|s| s.char_end).max().unwrap_or(0),
        );
        // (A quotation's words are the speaker's own, whole.)
        if outer.is_none() && kind != SpeechKind::Direct {
            contents.push((out.len(), hull));
        } else {
            claimed.push(hull);
        }
        // "voiced support for": "support" is this cue's, not another.
        claimed.push(Span::new(cue_tok.start, cue_end));
        if let Some(sp) = &speaker {
            claimed.push(sp.span());
        }
        last_speaker = speaker.clone().map(|p| (p, joint.clone()));
        // "said:" before its content: the colon is the cue's, as annotators
        // mark it.
        let k = unit.tokens.partition_point(|t| t.start < cue_end);
        if let Some(&colon) = unit.tokens.get(k) {
            if colon.is(unit.chars, ':')
                && !unit.quoted[k]
                && content.iter().all(|s| s.char_start >= colon.end)
            {
                cue_end = colon.end;
            }
        }
        let cue_span = Span::new(cue_start, cue_end);
        let cue = piece(unit.chars, cue_span, None);
        let (cue_lemma, cue_class) = super::lexicon::classify_cue(&cue.text);
        out.push(Statement {
            source: speaker,
            speakers: joint,
            cue,
            negated: negated(),
            cue_lemma,
            cue_class,
            content_text: content_text(unit.chars, &content),
            content,
            kind,
            addressee,
            medium,
            medium_span: medium_words.map(|(_, words)| words),
            platform,
            date,
            parent: outer.map(|(i, _)| i),
        });
        c = cue_end_tok;
    }
    if outer.is_none() {
        trim_relative_sources(unit, out, unit_first);
        nest_held(out, unit_first);
    }
}

/// Whether the cue at `cue` is a participle right after a comma
/// ("confirmed that observation, reporting:").
fn participle_after_comma(chars: &[char], cue: Span) -> bool {
    let word: String = chars[cue.char_start..cue.char_end].iter().collect();
    word.trim_end_matches(':').ends_with("ing")
        && chars[..cue.char_start]
            .iter()
            .rev()
            .find(|c| !c.is_whitespace())
            == Some(&',')
}

/// Ends the source of each statement from index `first` of `out` before a
/// relative clause that holds another statement's cue ("Former Democratic
/// candidate Bernie Sanders, who on Tuesday endorsed Clinton, said"): that
/// clause is the other statement's, and annotators never let a source
/// overlap another attribution's content.
fn trim_relative_sources(unit: &Unit<'_>, out: &mut [Statement], first: usize) {
    for i in first..out.len() {
        let Some(src) = out[i].source.as_ref() else {
            continue;
        };
        let (start, end) = (src.start, src.end);
        let Some(cue) = out[first..]
            .iter()
            .map(|s| s.cue.start)
            .filter(|&c| start < c && c < end)
            .min()
        else {
            continue;
        };
        let from = unit.tokens.partition_point(|t| t.start < start);
        let to = unit.tokens.partition_point(|t| t.start < cue);
        let Some(k) = (from + 2..to).rev().find(|&k| {
            matches!(unit.folds[k].as_str(), "who" | "which" | "whose" | "whom")
                && (unit.tokens[k - 1].is(unit.chars, ',') || is_dash(unit, k - 1))
                && !unit.quoted[k]
        }) else {
            continue;
        };
        // Back over the comma or dashes before the relative pronoun.
        let mut e = k - 1;
        while e > from && (unit.tokens[e - 1].is(unit.chars, ',') || is_dash(unit, e - 1)) {
            e -= 1;
        }
        if e <= from {
            continue;
        }
        let new_end = unit.tokens[e - 1].end;
        if let Some(src) = out[i].source.as_mut() {
            src.end = new_end;
            src.text = unit.text(src.start, new_end);
        }
    }
}

/// Nests the statements from index `first` of `out` whose cue lies inside
/// the content of a later one ("Nearly three in four say they would …,
/// according to the poll", "… Trump said he would win, aides said") under
/// it: the later one reports them, and annotators mark one attribution,
/// the outer. Each follows the statement it is nested in.
fn nest_held(out: &mut Vec<Statement>, first: usize) {
    let n = out.len();
    let holds = |j: usize, i: usize| {
        let cue = out[i].cue.start;
        out[j]
            .content
            .iter()
            .any(|s| s.char_start <= cue && cue < s.char_end)
    };
    // (A quotation with its own speaker stays a statement of its own:
    // "“Mexico is not a colony,” Sheinbaum told …, according to Reuters".)
    let mut holder: Vec<Option<usize>> = (first..n)
        .map(|i| {
            (out[i].kind != SpeechKind::Direct)
                .then(|| (i + 1..n).find(|&j| holds(j, i)))
                .flatten()
        })
        .collect();
    if holder.iter().all(Option::is_none) {
        return;
    }
    // A holder that is held itself passes its statements on.
    for k in 0..holder.len() {
        while let Some(j) = holder[k] {
            match holder[j - first] {
                Some(up) => holder[k] = Some(up),
                None => break,
            }
        }
    }
    let mut order = Vec::with_capacity(n - first);
    for j in first..n {
        if holder[j - first].is_none() {
            order.push(j);
            order.extend((first..n).filter(|&i| holder[i - first] == Some(j)));
        }
    }
    let mut slots: Vec<Option<Statement>> = out.drain(first..).map(Some).collect();
    let mut position = vec![0; n - first];
    for (k, &i) in order.iter().enumerate() {
        position[i - first] = first + k;
    }
    for &i in &order {
        if let Some(mut s) = slots[i - first].take() {
            if let Some(j) = holder[i - first] {
                s.parent = Some(position[j - first]);
            }
            out.push(s);
        }
    }
}

/// How many tokens before a cue inside another statement's content the
/// break of clauses that frees it may come (its speaker's words between).
const BREAK_WITHIN: usize = 12;

/// Where a content that runs into code point `at` ends, when a break of
/// clauses comes right before `at`: punctuation (", ", "; ", " — ") or a
/// conjunction ("and", "but", "yet"), with adverbs such as "then" or
/// "also" around it. `full` asks for more than a comma or a bare
/// conjunction: ", and", a semicolon or a dash.
/// `None` when there is none, or the content (from `first`) would be empty.
fn clause_break_before(unit: &Unit<'_>, at: usize, first: usize, full: bool) -> Option<usize> {
    let mut end = at;
    let (mut comma, mut conjunction, mut stop) = (false, false, false);
    let mut k = unit.tokens.partition_point(|t| t.end <= at);
    while let Some(prev) = k.checked_sub(1) {
        let t = unit.tokens[prev];
        if t.start < first || unit.quoted[prev] {
            break;
        }
        let f = unit.folds[prev].as_str();
        let mark = t.is(unit.chars, ';') || is_dash(unit, prev);
        let joins = matches!(f, "and" | "but" | "yet");
        if !(mark || joins || t.is(unit.chars, ',') || matches!(f, "then" | "so" | "even" | "also"))
        {
            break;
        }
        comma |= t.is(unit.chars, ',');
        conjunction |= joins;
        stop |= mark;
        end = t.start;
        k = prev;
    }
    // A bare "and" after a clause may join two of its verbs ("that it
    // agitated Trump and exposed …", "who lacks experience and has
    // attacked …"), not a verb to the cue.
    let clause = || {
        let kept = unit.tokens.partition_point(|t| t.start < first)
            ..unit.tokens.partition_point(|t| t.start < end);
        let opener = unit.folds.get(kept.start).map_or("", |f| f.as_str());
        matches!(
            opener,
            "he" | "she"
                | "they"
                | "we"
                | "i"
                | "it"
                | "that"
                | "whether"
                | "if"
                | "how"
                | "why"
                | "what"
        ) || kept
            .clone()
            .any(|k| matches!(unit.folds[k].as_str(), "who" | "which" | "that"))
    };
    let broken = if full {
        stop || (comma && conjunction)
    } else {
        stop || comma || (conjunction && !clause())
    };
    (broken && end > first).then_some(end)
}

/// Ends statement `s`'s content before code point `end`.
fn cut_content(unit: &Unit<'_>, s: &mut Statement, end: usize) {
    s.content.retain(|c| c.char_start < end);
    if let Some(last) = s.content.last_mut() {
        last.char_end = last.char_end.min(end);
        *last = trim_content(unit.chars, *last);
    }
    s.content.retain(|c| !c.is_empty());
    s.content_text = content_text(unit.chars, &s.content);
}

/// Stems of verbs whose subject moves their object ("angered", "has
/// offended", "rattles").
const MOVING_VERBS: &[&str] = &[
    "anger",
    "offend",
    "infuriat",
    "rattl",
    "frustrat",
    "outrag",
    "alarm",
    "upset",
    "annoy",
    "irritat",
    "dismay",
    "enrag",
    "spook",
    "unnerv",
    "alienat",
    "disappoint",
    "surpris",
    "shock",
    "stun",
    "pleas",
    "delight",
    "impress",
    "excit",
    "energiz",
    "thrill",
    "embolden",
    "troubl",
    "bother",
    "scar",
    "frighten",
    "disturb",
    "irk",
    "embarrass",
    "reassur",
    "hearten",
    "sadden",
    "rankl",
    "roil",
    "galvaniz",
    "horrif",
    "startl",
    "unsettl",
];

/// The object of cue token `c` when the cue is an active verb that moves
/// it ("has angered the party's top figures", "rattles investors"): the
/// words from token `from` to punctuation or a preposition.
fn moved_object(unit: &Unit<'_>, c: usize, from: usize) -> Option<Piece> {
    let w = unit.folds[c].as_str();
    let before = |k: usize| c.checked_sub(k).map_or("", |k| unit.folds[k].as_str());
    // A verb's form, not a noun's ("their anger"): inflected, or plain
    // after a modal, "to" or a negation.
    let inflected = |rest: &str| {
        matches!(
            rest,
            "s" | "es" | "ed" | "d" | "ing" | "ned" | "ning" | "ies" | "ied"
        )
    };
    // ("doesn’t surprise Republican pollster Daron Shaw".)
    let plain = |rest: &str| {
        matches!(rest, "" | "e" | "y")
            && (matches!(
                before(1),
                "will" | "would" | "could" | "may" | "might" | "can" | "to" | "did" | "does" | "do"
            ) || is_negation(before(1)))
    };
    let moves = MOVING_VERBS.iter().any(|stem| {
        w.strip_prefix(stem)
            .is_some_and(|rest| inflected(rest) || plain(rest))
    });
    // ("was angered by", "got upset", "a worried look": the subject is
    // moved; "rattled off", "excited about": no object.)
    let passive = (1..=2).any(|k| {
        matches!(
            before(k),
            "was" | "were" | "is" | "are" | "be" | "been" | "being" | "get" | "got" | "gets"
        )
    }) || matches!(before(1), "a" | "an" | "the");
    let t = unit.tokens.get(from)?;
    let object = from == c + 1
        && t.is_word()
        && !unit.quoted[from]
        && !unit.tokens[c].is_capitalized(unit.chars)
        && !matches!(
            unit.folds[from].as_str(),
            "that"
                | "by"
                | "about"
                | "over"
                | "with"
                | "at"
                | "to"
                | "in"
                | "on"
                | "for"
                | "of"
                | "off"
                | "up"
                | "out"
                | "away"
                | "as"
                | "when"
                | "if"
        );
    (moves && !passive && object)
        .then(|| super::subject::agent_after(unit, from))
        .flatten()
}

/// Whether a folded word is a verb by which its subject receives what
/// others say ("drew criticism", "faced questions").
fn is_receiving(w: &str) -> bool {
    matches!(
        w,
        "faced"
            | "faces"
            | "face"
            | "facing"
            | "drew"
            | "draws"
            | "drawn"
            | "received"
            | "receives"
            | "earned"
            | "sparked"
            | "prompted"
            | "garnered"
            | "attracted"
    )
}

/// A reaction its subject receives: the receiving verb, the noun for what
/// others say, and whom it comes from ("has drawn sharp criticism from
/// both sides of the debate").
struct Reaction {
    verb: usize,
    noun: usize,
    from: Option<Span>,
}

/// The reaction whose verb or noun is cue token `c`: a receiving verb,
/// then within four words a noun for what others say, with determiners
/// and adjectives between; and the words after "from" (or "of", after
/// "support") up to punctuation or a preposition, as its source.
fn reaction_at(unit: &Unit<'_>, c: usize) -> Option<Reaction> {
    let n = unit.tokens.len();
    let verb = (c.saturating_sub(4)..=c)
        .rev()
        .find(|&k| !unit.quoted[k] && is_receiving(&unit.folds[k]))?;
    let noun = (verb + 1..n.min(verb + 5)).find(|&k| {
        matches!(
            unit.folds[k].as_str(),
            "criticism"
                | "concern"
                | "concerns"
                | "fire"
                | "praise"
                | "condemnation"
                | "rebuke"
                | "rebukes"
                | "scrutiny"
                | "backlash"
                | "outrage"
                | "ridicule"
                | "complaints"
                | "accusations"
                | "attacks"
                | "opposition"
                | "pushback"
                | "objections"
                | "skepticism"
                | "ire"
                | "support"
        )
    })?;
    let plain = (verb + 1..noun).all(|k| {
        unit.tokens[k].is_word() && !unit.quoted[k] && !unit.tokens[k].is_capitalized(unit.chars)
    });
    if !plain || !(c == verb || c == noun) {
        return None;
    }
    // ("drew the support of 41 percent of voters".)
    let from = unit
        .folds
        .get(noun + 1)
        .is_some_and(|f| f == "from" || (f == "of" && unit.folds[noun] == "support"))
        .then_some(noun + 2);
    let from = from.and_then(|s| {
        let e = (s..n.min(s + 12))
            .find(|&k| {
                // ("from Berlin, Paris and other European capitals": a
                // list's commas.)
                let listed = unit.tokens[k].is(unit.chars, ',')
                    && (k + 1..n.min(k + 6))
                        .any(|x| matches!(unit.folds[x].as_str(), "and" | "or"));
                unit.quoted[k]
                    || (!unit.tokens[k].is_word() && !listed)
                    || matches!(
                        unit.folds[k].as_str(),
                        "for"
                            | "over"
                            | "as"
                            | "because"
                            | "after"
                            | "when"
                            | "who"
                            | "which"
                            | "that"
                            | "about"
                            | "on"
                            | "in"
                            | "since"
                            | "amid"
                    )
            })
            .unwrap_or(n.min(s + 12));
        (e > s).then(|| Span::new(unit.tokens[s].start, unit.tokens[e - 1].end))
    });
    Some(Reaction { verb, noun, from })
}

/// Whether the participle at token `c` follows "by" (or, for a verb of
/// saying, "for", "from", "after", "before" or "without"), an adverb
/// aside, within a clause ("began his presidency by essentially telling",
/// "sings to Clinton before asking her").
fn by_gerund(unit: &Unit<'_>, c: usize) -> bool {
    let mut k = c;
    while k > 0 && is_auxiliary(&unit.folds[k - 1]) && !unit.quoted[k - 1] {
        k -= 1;
    }
    // ("was criticized for saying that …", "aside from saying he wants":
    // a verb of saying after another preposition.)
    let preposition = match k.checked_sub(1).map(|p| unit.folds[p].as_str()) {
        Some("by") => true,
        Some("for" | "from" | "after" | "before" | "without") => {
            cue_lemma(&unit.folds[c]).is_some()
        }
        _ => false,
    };
    k >= 2 && preposition && unit.tokens[k - 2].is_word()
}

/// Who speaks at the cue at token `c` (its words end before token
/// `cue_end_tok`): the source of "according to"; the subject of the clause
/// a participle after a comma belongs to ("Trump raised the stakes,
/// suggesting …"); the speaker phrase before the cue, widened to the whole
/// subject when the name is a preposition's object or a finding's source;
/// the speaker of the statement before (`last`) for a conjoined cue ("…
/// and said"); an inverted speaker ("“…,” said Sheinbaum"); or the whole
/// subject of a cue that takes one ("One in three said"). Returns the
/// source, the speakers it joins, and the first token of the frame before
/// the cue (`c` when there is none). `nested` is true inside a quotation;
/// `opening` is the subject after a participle that opens the sentence
/// ("Citing an unfounded theory, Trump …"), found by the caller.
pub(super) fn cue_speaker(
    cx: &Context<'_>,
    unit: &Unit<'_>,
    cue: Cue<'_>,
    last: Option<&(Piece, Vec<Piece>)>,
    nested: bool,
    opening: Option<&Piece>,
) -> (Option<Piece>, Vec<Piece>, usize) {
    let (c, cue_end_tok, lemma) = (cue.first, cue.end_tok, cue.lemma);
    let cue_tok = unit.tokens[c];
    let mut speaker = None;
    // The speakers a joined speaker phrase names, each on its own.
    let mut joint = Vec::new();
    let mut first_frame_tok = c;
    let participle = unit.folds[c].ends_with("ing");
    if lemma == "according to" {
        speaker = speaker_after(cx, unit, cue_end_tok - 1)
            .or_else(|| noun_phrase_after(unit, cue_end_tok))
            .map(|sp| according_to_phrase(unit, sp))
            .map(|sp| opening_source(unit, c, sp));
    } else if participle
        && c > 0
        && (unit.tokens[c - 1].is(unit.chars, ',')
            || quoted_title_comma(unit, c).is_some()
            // ("…, perhaps recognizing that …", "… - while chanting, “…”".)
            || (c > 1
                && (unit.tokens[c - 2].is(unit.chars, ',') || is_dash(unit, c - 2))
                && matches!(
                    unit.folds[c - 1].as_str(),
                    "while"
                        | "after"
                        | "before"
                        | "when"
                        | "by"
                        | "without"
                        | "perhaps"
                        | "probably"
                        | "maybe"
                        | "possibly"
                        | "apparently"
                        | "even"
                        | "also"
                ))
            // "Obama began his presidency by (essentially) telling …".
            || by_gerund(unit, c))
    {
        // "Trump raised the stakes, suggesting …", "Clinton said, while
        // arguing …": the clause's subject.
        // The sentence's subject, when one opens it, over a name inside
        // the clause ("The New York businessman praised Putin, saying"):
        // annotators take the subject.
        let subject = sentence_subject(cx, unit, c);
        speaker = cx
            .mentions
            .iter()
            .find(|m| {
                unit.span.contains(m.span)
                    && m.span.char_end <= cue_tok.start
                    && matches!(m.kind, EntityKind::Person | EntityKind::Organization)
                    && !unit.quoted[unit
                        .tokens
                        .iter()
                        .position(|t| t.start == m.span.char_start)
                        .unwrap_or(0)]
            })
            .map(|m| match last {
                // The same speaker as the clause's own statement keeps
                // its apposition ("said Ed Rendell, a former governor,
                // referring to …").
                Some((p, _))
                    if (p.entity.is_some() && p.entity == m.entity)
                        || (p.start <= m.span.char_start && m.span.char_end <= p.end) =>
                {
                    p.clone()
                }
                _ => mention_speaker(cx, unit, m),
            });
        if let Some(sub) = subject {
            // (A name the subject starts with keeps its title.)
            if speaker
                .as_ref()
                .is_none_or(|sp| !(sp.start <= sub.start && sub.end <= sp.end))
            {
                speaker = Some(sub);
            }
        } else if let Some((p, j)) = last {
            // Else the speaker of the clause's own statement ("“We need
            // change,” the New York businessman said, arguing …"), not a
            // name inside it ("The crowd attacked Clinton, chanting …").
            speaker = Some(p.clone());
            joint = j.clone();
        }
    } else if let Some(sp) = opening {
        // "Citing an unfounded theory, Trump repeated …": the subject
        // after the participle's phrase.
        speaker = Some(sp.clone());
    } else if let Some(sp) = speaker_before(cx, unit, c) {
        let mut phrase = sp.phrase;
        joint = sp.joint;
        first_frame_tok = sp.first;
        // The source is the whole subject that holds the name found
        // when the name is the object of a preposition in it ("People
        // close to the Clintons felt", "a columnist for the tech news
        // site Pando said"), and for a finding ("The latest
        // Reuters/Ipsos poll showed", "Exit polls taken in South
        // Carolina found"). A subject with a comma may be a clause of
        // its own; a participle's subject is another clause's.
        let object = sp.first > 0
            && !participle
            && matches!(
                unit.folds[sp.first - 1].as_str(),
                "of" | "for" | "at" | "in" | "with" | "to" | "from" | "on" | "among" | "about"
            );
        if (object || matches!(lemma, "show" | "find")) && !nested {
            // The subject opens the sentence or a clause after a
            // conjunction ("… is that 78 percent of voters in a recent
            // CBS News poll said").
            let lead = lead_token(unit);
            let after_conjunction = (lead..sp.first)
                .rev()
                .find(|&k| {
                    // ("A slide that Mr. Guajardo carries": a relative
                    // "that" after a noun opens no subject.)
                    let complement = unit.folds[k] == "that"
                        && k > 0
                        && (super::words::is_finite_auxiliary(&unit.folds[k - 1])
                            || cue_lemma(&unit.folds[k - 1]).is_some());
                    !unit.quoted[k]
                        && (complement || matches!(unit.folds[k].as_str(), "because" | "while"))
                })
                .map(|k| k + 1);
            // ("The plan will fail, a source close to the senator said.":
            // a trailing speaker's phrase after the clause's comma, when
            // the cue ends the sentence.)
            let after_comma = last_comma(unit, lead..sp.first)
                .map(|k| k + 1)
                .filter(|_| ends_sentence(unit, c));
            // Whether the tokens of `range` hold a finite verb before any
            // relative pronoun: a clause, not a subject ("Supporters who
            // have heard from the campaign" is one).
            let clause_verb = |range: std::ops::Range<usize>| {
                range
                    .take_while(|&k| !matches!(unit.folds[k].as_str(), "who" | "that" | "which"))
                    .any(|k| super::words::is_finite_auxiliary(&unit.folds[k]))
            };
            let widened = [Some(lead), after_conjunction, after_comma]
                .into_iter()
                .flatten()
                .filter_map(|s| subject_before(unit, s, c))
                .find(|(whole, s)| {
                    whole.start <= phrase.start
                        && phrase.end <= whole.end
                        && whole.end - whole.start > phrase.end - phrase.start
                        && !whole.text.contains(',')
                        // ("The addressees were given a deadline to comply
                        // with the DOJ"; "…, but the turnout was higher
                        // than most analysts had forecast": nor within the
                        // phrase.)
                        && !clause_verb(*s..first_frame_tok)
                        && !clause_verb(tokens_within(unit, whole))
                });
            if let Some((whole, s)) = widened {
                // The people close to the Clintons are not the Clintons; a
                // poll keeps its pollster.
                let entity = if object { None } else { phrase.entity.take() };
                phrase = Piece { entity, ..whole };
                first_frame_tok = s;
            }
        }
        speaker = Some(phrase);
    } else if c > 0 && {
        // "… and has called for": past the cue's auxiliaries.
        let mut k = c - 1;
        while k > 0 && is_auxiliary(&unit.folds[k]) && !unit.quoted[k] {
            k -= 1;
        }
        matches!(unit.folds[k].as_str(), "and" | "but")
    } {
        // "… and said", "… but said": the speaker of the statement before, or else the
        // subject that opens the sentence ("Mr. Schultz supported
        // Democrats …, and said he did not").
        if let Some((p, j)) = last.cloned() {
            speaker = Some(p);
            joint = j;
        } else {
            speaker = sentence_subject(cx, unit, c);
        }
    } else if (c == lead_token(unit)
        || (c > 0 && !unit.tokens[c - 1].is_word() && !after_connective(unit, c)))
        && (matches!(
            lemma,
            "say"
                | "tell"
                | "add"
                | "write"
                | "ask"
                | "state"
                | "note"
                | "explain"
                | "reply"
                | "respond"
                | "insist"
                | "argue"
                | "warn"
                | "tweet"
                | "recall"
                | "continue"
                | "concede"
                | "acknowledge"
                | "observe"
                | "joke"
                | "quip"
                | "declare"
                | "remark"
                | "admit"
                | "complain"
                | "predict"
                | "report"
                | "retort"
        ) || (
            // "“This is fantastic!” beamed Donald Hartley": any verb the
            // model takes for a cue, right after a quotation.
            cue_lemma(&unit.folds[c]).is_none() && c > 0 && unit.quoted[c - 1]
        ))
    {
        // "“…,” said Sheinbaum."
        speaker = speaker_after(cx, unit, c).or_else(|| phrase_to_end(unit, c + 1));
    } else if c > 0
        && !participle
        && !nested
        && (SUBJECT_CUES.contains(lemma)
            || ATTITUDE_ADJECTIVES.contains(lemma)
            || ATTITUDE_ADJECTIVES.contains(unit.folds[c].as_str()))
    {
        // The whole subject, when no rule above names it ("One in three
        // said", "People briefed on the situation say").
        // The clause may be the second of its sentence: "…, and one
        // in five say", "…; most say".
        // ("… doesn't care and one in four said": a bare "and" joins
        // clauses too, but only once the whole subject before it has been
        // tried, as in "Democrats and Republicans said".)
        let joined = (lead_token(unit) + 1..c).rev().take(8).find(|&k| {
            unit.tokens[k].is(unit.chars, ';')
                || (k + 1 < c
                    && (unit.tokens[k].is(unit.chars, ',') || k + 2 < c)
                    && matches!(unit.folds[k + 1].as_str(), "and" | "but"))
        });
        // ("The plan will fail, a source close to him said.": after the
        // clause's comma, when the cue ends the sentence.)
        let trailing = last_comma(unit, lead_token(unit) + 1..c)
            .filter(|_| ends_sentence(unit, c))
            .map(|k| k + 1);
        let starts = [
            Some(lead_token(unit)),
            joined.map(|k| k + 1 + usize::from(unit.folds[k + 1] != ";")),
            trailing,
        ];
        if let Some((p, s)) = starts.into_iter().flatten().find_map(|s| {
            subject_before(unit, s, c).filter(|(p, _)| {
                // (After the comma, a clause is no subject: "…, Mrs.
                // Clinton struck many of the same notes.")
                Some(s) != trailing
                    || !tokens_within(unit, p).any(|k| {
                        let f = unit.folds[k].as_str();
                        super::words::is_finite_auxiliary(f) || super::words::is_irregular_past(f)
                    })
            })
        }) {
            let entity = phrase_entity(cx, unit, Span::new(p.start, p.end));
            speaker = Some(Piece { entity, ..p });
            first_frame_tok = s;
        }
    }
    (speaker, joint, first_frame_tok)
}

/// Whether a folded word opens an adjunct of time or place before what a
/// cue takes ("on Wednesday", "last week", "Friday", "in October").
fn opens_time_adjunct(fold: &str) -> bool {
    is_time_word(fold)
        || matches!(
            fold,
            "on" | "in" | "at" | "during" | "last" | "this" | "earlier"
        )
}

/// A phrase up to a relative clause set off in it ("Bernie Sanders, who
/// cites them …" gives "Bernie Sanders").
fn without_relative(unit: &Unit<'_>, phrase: Piece) -> Piece {
    let cut = unit.tokens.iter().enumerate().find(|(k, t)| {
        t.start > phrase.start
            && t.end <= phrase.end
            && t.is(unit.chars, ',')
            && unit
                .folds
                .get(k + 1)
                .is_some_and(|f| matches!(f.as_str(), "who" | "which" | "whose"))
    });
    match cut {
        Some((_, t)) => piece(unit.chars, Span::new(phrase.start, t.start), phrase.entity),
        None => phrase,
    }
}

/// The "by" of a passive cue's agent, at token `from` (the cue's end) or
/// after a short complement ("called a charlatan by", "nominated to the
/// bench in 2010 by"), with no comma, quotation or clause before it.
fn agent_by(unit: &Unit<'_>, from: usize) -> Option<usize> {
    let n = unit.tokens.len();
    (from..n.min(from + 9))
        .take_while(|&k| {
            !unit.quoted[k]
                && unit.tokens[k].is_word()
                && !matches!(unit.folds[k].as_str(), "that" | "who" | "which" | "and" | "but")
                && !super::words::is_finite_auxiliary(&unit.folds[k])
                // ("featured in a video released by …", "revealed in
                // documents made public by …": another participle's agent.)
                && !(k > from
                    && (unit.folds[k].ends_with("ed")
                        || super::words::is_irregular_past(&unit.folds[k])
                        || matches!(unit.folds[k].as_str(), "taken" | "given" | "written")))
        })
        .find(|&k| unit.folds[k] == "by")
        .filter(|&k| unit.tokens.get(k + 1).is_some_and(|t| t.is_word()))
}

/// Whether the cue at token `c` is "asked" in a clause of when it was
/// ("said when asked about …", "when asked by a reporter whether …").
fn when_asked(unit: &Unit<'_>, c: usize) -> bool {
    c > 0
        && unit.folds[c] == "asked"
        && matches!(unit.folds[c - 1].as_str(), "when" | "if" | "after" | "once")
        && unit
            .folds
            .get(c + 1)
            .is_some_and(|f| matches!(f.as_str(), "about" | "by") || is_question_word(f))
}

/// Whether the cue at token `c` reports in an "As … reports," lead ("As
/// The Epoch Times’ Ryan Morgan reports, the conversation …"): a frame no
/// noun reading fits, so the model's veto does not apply.
fn as_reports(unit: &Unit<'_>, c: usize) -> bool {
    let lead = lead_token(unit);
    unit.folds.get(lead).is_some_and(|f| f == "as")
        && c > lead + 1
        && c <= lead + 8
        && unit
            .tokens
            .get(c + 1)
            .is_some_and(|t| t.is(unit.chars, ','))
        && (lead + 1..c).all(|k| !unit.quoted[k] && !unit.tokens[k].is(unit.chars, ','))
}

/// What a passive or raising cue at token `c` attributes ("Trump is
/// expected to win", "Clinton appears to have lost ground", "Mrs. Clinton
/// is seen as capable"): the subject with its infinitive or "as" phrase,
/// and the agent, if one is named ("was portrayed by the White House as a
/// protest"). `None` when the subject is a clause of its own or nothing
/// follows.
pub(super) fn raised_content(
    cx: &Context<'_>,
    unit: &Unit<'_>,
    cue: Cue<'_>,
    passive: bool,
) -> Option<Raised> {
    let (c, cue_end_tok) = (cue.first, cue.end_tok);
    let n = unit.tokens.len();
    let cue_tok = unit.tokens[c];
    // The infinitive's "to" is the content's, not a particle of
    // the cue's.
    let to_in_cue = cue_end_tok == c + 2 && unit.folds[c + 1] == "to";
    let mut k = if to_in_cue { c + 1 } else { cue_end_tok };
    let mut agent = None;
    if passive && unit.folds.get(k).is_some_and(|f| f == "by") && !unit.quoted[k] {
        if let Some(a) = speaker_after(cx, unit, k) {
            k = unit
                .tokens
                .iter()
                .position(|t| t.start >= a.end)
                .unwrap_or(n);
            agent = Some(a);
        }
    }
    // An infinitive ("to win"), not a preposition's object ("has
    // been opposed to U.S. military action").
    let infinitive = |j: usize| {
        unit.chars[unit.tokens[j].start].is_lowercase()
            && !is_determiner(&unit.folds[j])
            && !matches!(unit.folds[j].as_str(), "him" | "them" | "me" | "us" | "it")
    };
    let opens = unit
        .folds
        .get(k)
        .is_some_and(|f| f == "to" || (passive && f == "as"))
        && k + 1 < n
        && unit.tokens[k + 1].is_word()
        && (unit.folds[k] == "as" || infinitive(k + 1))
        && unit.folds[k + 1] != "well"
        && !unit.quoted[k];
    // A subject, not a clause of its own ("Trump is drawing
    // criticism after he appeared to …", "Anderson agreed and
    // seemed to …").
    let clause_free = |sp: &Span| {
        let words: Vec<&str> = unit
            .tokens
            .iter()
            .zip(unit.folds.iter())
            .filter(|(t, _)| sp.char_start <= t.start && t.end <= sp.char_end)
            .map(|(_, f)| f.as_str())
            .collect();
        words
            .iter()
            .all(|w| !is_auxiliary(w) && cue_lemma(w).is_none())
            && words.first().is_none_or(|w| {
                !matches!(
                    *w,
                    "now" | "although" | "though" | "if" | "because" | "while"
                )
            })
            && words
                .last()
                .is_none_or(|w| !matches!(*w, "and" | "but" | "or" | "nor"))
    };
    // "Trump's supporters seemed equally unperturbed", "It appears that
    // …": what a raising verb says of its subject is content too, and no
    // one is its source.
    let complement =
        !passive && !opens && unit.tokens.get(k).is_some_and(|t| t.is_word()) && !unit.quoted[k];
    if let Some(subject) =
        passive_subject(unit, c, true).filter(|sp| (opens || complement) && clause_free(sp))
    {
        let rest = trim_content(
            unit.chars,
            Span::new(unit.tokens[k].start, clause_end(cx, unit, k)),
        );
        if !rest.is_empty() {
            let expletive = complement && fold(&content_text(unit.chars, &[subject])) == "it";
            return Some(Raised {
                content: if expletive {
                    vec![rest]
                } else {
                    vec![subject, rest]
                },
                agent,
                cue_end: to_in_cue.then_some(cue_tok.end),
            });
        }
    }
    None
}

/// The content and agent of a passive or raising cue.
pub(super) struct Raised {
    pub content: Vec<Span>,
    pub agent: Option<Piece>,
    /// Where the cue ends, when the infinitive's "to" was taken for its
    /// particle.
    pub cue_end: Option<usize>,
}

/// What a passive cue with no agent at token `k` after it attributes
/// ("He has been harshly criticized for policies …", "a curfew was
/// announced from midnight to 6 a.m."): its subject and the clause after
/// it, with no source, as PolNeAR marks them. An adjunct of time or place
/// after the cue is no content ("was criticized on Monday"). `None` when
/// the subject holds a relative clause or a subordinate clause follows the
/// cue ("was booed when …"). (A feeling's subject is its source: those
/// participles are adjectives of attitude, not passives.)
fn agentless_passive(
    cx: &Context<'_>,
    unit: &Unit<'_>,
    subject: Span,
    mut k: usize,
) -> Option<Agentless> {
    let n = unit.tokens.len();
    let relative = (0..n).any(|j| {
        subject.char_start <= unit.tokens[j].start
            && unit.tokens[j].end <= subject.char_end
            && matches!(
                unit.folds[j].as_str(),
                "who" | "whom" | "which" | "what" | ":"
            )
    });
    if relative || k >= n || !unit.tokens[k].is_word() || unit.quoted[k] || unit.folds[k] == "by" {
        return None;
    }
    // The preposition the cue takes is the cue's ("was accused of",
    // "have been blamed for"), as train marks it more often than not.
    let mut cue_end = None;
    if matches!(unit.folds[k].as_str(), "of" | "about" | "for") && k + 1 < n {
        cue_end = Some(unit.tokens[k].end);
        k += 1;
    }
    let first = unit.folds[k].as_str();
    if matches!(
        first,
        "when" | "while" | "because" | "if" | "since" | "until" | "as" | "and" | "but" | "or"
    ) {
        return None;
    }
    let adjunct = matches!(
        first,
        "in" | "on"
            | "at"
            | "during"
            | "amid"
            | "last"
            | "this"
            | "earlier"
            | "later"
            | "after"
            | "before"
            | "over"
    ) || is_time_word(first);
    let rest = if adjunct {
        Span::new(0, 0)
    } else {
        trim_content(
            unit.chars,
            Span::new(unit.tokens[k].start, clause_end(cx, unit, k)),
        )
    };
    // Before "that" the subject is whom it was said to ("He was told that
    // …"), not what was said.
    let content = if first == "that" {
        vec![rest]
    } else {
        vec![subject, rest]
    };
    Some(Agentless {
        content: content.into_iter().filter(|s| !s.is_empty()).collect(),
        cue_end,
    })
}

/// What [`agentless_passive`] finds.
struct Agentless {
    content: Vec<Span>,
    cue_end: Option<usize>,
}

/// The source of an "according to" that opens its sentence (`c`, the
/// cue's token, is at most 1: "But according to …"): the content follows
/// it, so an apposition that would run to the sentence's end is the
/// content ("According to Ham, the administration has shuffled …"): the
/// source ends at the comma that closes its apposition ("According to
/// Sheinbaum, the president, the call …"), else at its first comma.
fn opening_source(unit: &Unit<'_>, c: usize, sp: Piece) -> Piece {
    if c > 1 {
        return sp;
    }
    let words_after = unit.tokens.iter().any(|t| t.start >= sp.end && t.is_word());
    let commas: Vec<&Token> = unit
        .tokens
        .iter()
        .filter(|t| t.start >= sp.start && t.end <= sp.end && t.is(unit.chars, ','))
        .collect();
    let comma = commas.get(1).or(commas.first());
    match comma {
        Some(comma) if !words_after => {
            piece(unit.chars, Span::new(sp.start, comma.start), sp.entity)
        }
        _ => sp,
    }
}

/// Whether the words from token `k` on are a person or country, or "it",
/// "this" or "that", and then nothing, an adjunct or punctuation ("called
/// Sheinbaum on Monday", "called him to discuss", "called it off", not
/// "called him a master at …" or "called it the mark of a desperate
/// candidate", which annotators mark as statements).
fn called_someone(cx: &Context<'_>, unit: &Unit<'_>, k: usize) -> bool {
    let Some(t) = unit.tokens.get(k) else {
        return false;
    };
    let next = if is_object_pronoun(&unit.folds[k])
        || matches!(unit.folds[k].as_str(), "it" | "this" | "that")
    {
        k + 1
    } else {
        match mention_starting(cx.mentions, t.start)
            .filter(|m| matches!(m.kind, EntityKind::Person | EntityKind::Country))
        {
            Some(m) => unit
                .tokens
                .iter()
                .position(|t| t.start >= m.span.char_end)
                .unwrap_or(unit.tokens.len()),
            // A name the lexicons do not know.
            None if t.is_word() && t.is_capitalized(unit.chars) && !unit.quoted[k] => (k..)
                .find(|&j| {
                    unit.tokens
                        .get(j)
                        .is_none_or(|t| !t.is_word() || !t.is_capitalized(unit.chars))
                })
                .unwrap_or(k + 1),
            None => return false,
        }
    };
    match unit.tokens.get(next) {
        None => true,
        Some(t) if !t.is_word() => true,
        Some(_) => {
            let w = unit.folds[next].as_str();
            ADJUNCT_STARTS.contains(w)
                || is_time_word(w)
                || matches!(w, "and" | "back" | "again" | "off" | "quits")
        }
    }
}

/// Adds the candidate tokens of an article's units, seen as [`find`] sees
/// them, to the cue model's training examples. The cue's head is its first
/// word that is not an auxiliary, modal or negation ("called" in "has
/// called", "address" in "did not address"), as [`find`]
/// anchors on it; the other words of a cue are not examples of either kind.
pub fn cue_examples(
    chars: &[char],
    layout: &Layout,
    units: &[(Vec<crate::text::Token>, Vec<crate::text::Fold>)],
    examples: &mut super::cuemodel::Examples,
    cues: &[Span],
) {
    let mut headed = vec![false; cues.len()];
    for (&span, (tokens, folds)) in layout.units.iter().zip(units) {
        let unit = unit_from(
            chars,
            span,
            tokens.as_slice().into(),
            folds.as_slice().into(),
            quotes_within(layout, span, 1),
        );
        let window = super::cuemodel::Window::new(chars, &unit.tokens, &unit.folds, &unit.quoted);
        // For each token: Some(true) for a head, Some(false) for no cue.
        let labels: Vec<Option<bool>> = (0..tokens.len())
            .map(|i| {
                let t = Span::new(tokens[i].start, tokens[i].end);
                let Some(k) = cues.iter().position(|c| c.overlaps(t)) else {
                    return Some(false);
                };
                if headed[k]
                    || is_auxiliary(&folds[i])
                    || is_negation(&folds[i])
                    || !super::cuemodel::is_candidate(&window, i)
                {
                    return None;
                }
                headed[k] = true;
                Some(true)
            })
            .collect();
        examples.add(&window, |i| labels[i]);
    }
}

/// The segments of the quotations of `level` that lie inside `span`.
fn quotes_within(layout: &Layout, span: Span, level: u8) -> Vec<Vec<Span>> {
    layout
        .quotes
        .iter()
        .filter(|q| q.level == level && span.contains(q.span))
        .map(|q| q.segments.clone())
        .collect()
}

/// A unit over `span`, a part of one of the article's units, with that
/// unit's tokens and folds where they are the span's own (else tokenised
/// afresh).
fn unit_within<'a>(cx: &Context<'a>, span: Span, quotes: Vec<Vec<Span>>) -> Unit<'a> {
    let (chars, units) = (cx.chars, cx.units);
    let ui = cx
        .layout
        .units
        .partition_point(|u| u.char_end <= span.char_start);
    let own = cx
        .layout
        .units
        .get(ui)
        .filter(|u| u.contains(span))
        .and_then(|_| units.get(ui))
        .and_then(|(tokens, folds)| {
            let r = crate::text::tokens_within(chars, tokens, span.char_start, span.char_end)?;
            Some((&tokens[r.clone()], &folds[r]))
        });
    match own {
        Some((tokens, folds)) => unit_from(chars, span, tokens.into(), folds.into(), quotes),
        None => make_unit(chars, span, quotes),
    }
}

/// Runs statement detection inside the direct quotations of statement `i`.
fn nested(cx: &mut Context<'_>, i: usize, segments: &[Span], out: &mut Vec<Statement>) {
    let outer = out[i].clone();
    if outer.parent.is_some() {
        return;
    }
    // A transcript turn ("PENCE: …") is the speaker's own words, as a
    // quotation is, though no quotation marks enclose it.
    let turn = outer.cue.text == ":";
    // Reported speech inside a paraphrase: "Sheinbaum said she told him that…".
    if outer.kind == SpeechKind::Indirect && !turn {
        let before = out.len();
        for &segment in segments {
            let unit = unit_within(cx, segment, quotes_within(cx.layout, segment, 1));
            in_unit(cx, &unit, Some((i, &outer)), out);
        }
        // Only speech that opens the paraphrase ("she told him that…"), not
        // every verb inside it.
        let start = segments.first().map_or(0, |s| s.char_start);
        let opening: Vec<Statement> = out
            .drain(before..)
            .filter(|s| s.source.as_ref().is_some_and(|p| p.start <= start + 12))
            .collect();
        out.extend(opening);
        return;
    }
    for &segment in segments {
        let inner_quotes = quotes_within(cx.layout, segment, 2);
        // A whole quotation, not a mixed segment that opens with one
        // ("“Mexico is not a colony,” Sheinbaum told …, according to
        // Reuters"), whose last letter is no closing mark.
        let quoted = matches!(cx.chars[segment.char_start], '“' | '"' | '‘' | '\'')
            && matches!(
                cx.chars[segment.char_end.saturating_sub(1)],
                '”' | '"' | '’' | '\''
            );
        if segment.len() < 3 || !(quoted || turn) {
            continue;
        }
        // The inside of the quotation, marks excluded.
        let inside = if quoted {
            Span::new(
                segment.char_start + 1,
                segment
                    .char_end
                    .saturating_sub(1)
                    .max(segment.char_start + 1),
            )
        } else {
            segment
        };
        // "I" and "me" inside the quotation are the outer speaker.
        let speaker_entity = outer.source.as_ref().and_then(|s| s.entity.clone());
        for m in cx.mentions.iter_mut() {
            if inside.contains(m.span)
                && m.form == MentionForm::Pronoun
                && matches!(fold(&m.text).as_str(), "i" | "me")
            {
                m.entity = speaker_entity.clone();
            }
        }
        let before = out.len();
        for sentence in super::layout::sentences(cx.chars, inside) {
            let quotes: Vec<Vec<Span>> = inner_quotes
                .iter()
                .filter(|q| q.iter().all(|s| sentence.contains(*s)))
                .cloned()
                .collect();
            let unit = unit_within(cx, sentence, quotes);
            in_unit(cx, &unit, Some((i, &outer)), out);
        }
        // "He asked …. I responded …": a reply goes to the one who asked.
        for k in before + 1..out.len() {
            let replies = matches!(
                crate::extract::lexicon::cue_lemma(&fold(&out[k].cue.text)),
                Some("reply" | "respond" | "answer")
            );
            if replies && out[k].addressee.is_none() {
                let asker = out[k - 1].source.clone().filter(|p| {
                    p.entity.is_some()
                        && p.entity != out[k].source.as_ref().and_then(|s| s.entity.clone())
                });
                out[k].addressee = asker;
            }
        }
        for s in &mut out[before..] {
            s.medium = s.medium.or(outer.medium);
            if s.date.is_none() {
                s.date = outer.date.clone();
            }
        }
    }
}

/// A statement with no occasion of its own takes that of the statement just
/// before it by the same speaker ("…,” Trump wrote." after "Trump, in a post
/// on Truth Social on Sunday, said…").
fn inherit_occasions(statements: &mut [Statement]) {
    for i in 1..statements.len() {
        let (done, rest) = statements.split_at_mut(i);
        let s = &mut rest[0];
        // A stance ("has also refrained from criticising") was not taken
        // up at the speaker's last press conference; words were.
        if s.parent.is_some() || s.cue_class != CueClass::Speech {
            continue;
        }
        let speaker = s.source.as_ref().and_then(|p| p.entity.clone());
        // Words of no one in particular ("Both have pleaded not guilty")
        // do not interrupt a speaker's run.
        let Some(prev) = done.iter().rev().find(|p| {
            p.parent.is_none()
                && p.cue_class == CueClass::Speech
                && p.source.as_ref().is_some_and(|s| s.entity.is_some())
        }) else {
            continue;
        };
        if speaker.is_none() || prev.source.as_ref().and_then(|p| p.entity.clone()) != speaker {
            continue;
        }
        if prev.content_hull().char_end + 400 < s.content_hull().char_start {
            continue;
        }
        // The occasion, and the date that goes with it.
        if s.medium.is_none() && prev.medium.is_some() {
            s.medium = prev.medium;
            s.medium_span = prev.medium_span;
            s.platform.clone_from(&prev.platform);
            if s.date.is_none() {
                s.date.clone_from(&prev.date);
            }
        }
        let group = |p: &Option<Piece>| {
            p.as_ref()
                .and_then(|a| a.entity.as_ref())
                .is_some_and(|e| e.0.starts_with("group/"))
        };
        // Told the same audience: on the same day ("Ms Sheinbaum told
        // reporters on Jan 12 … “We operate in Mexico,” she said").
        if s.addressee.is_none() && group(&prev.addressee) && s.medium == prev.medium {
            s.addressee.clone_from(&prev.addressee);
            if s.date.is_none() {
                s.date.clone_from(&prev.date);
            }
        }
    }
}

/// Drops a sentence's opening adverb or conjunction from a source phrase
/// ("Perhaps young voters", "Yet history", "And Florida's attorney
/// general"): it is not the source's.
fn strip_opening_word(unit: &Unit<'_>, sp: &mut Piece) {
    let within = tokens_within(unit, sp);
    if let (Some(first), [_, second, ..]) = (unit.folds.get(within.start), &unit.tokens[within]) {
        if matches!(
            first.as_str(),
            "and"
                | "but"
                | "yet"
                | "so"
                | "perhaps"
                | "probably"
                | "maybe"
                | "still"
                | "even"
                | "how"
                | "despite"
                | "alongside"
                | "now"
                | "also"
        ) && second.is_word()
        {
            *sp = piece(
                unit.chars,
                Span::new(second.start, sp.end),
                sp.entity.clone(),
            );
        }
    }
}

/// The indices of the unit's tokens that lie within a piece of it.
fn tokens_within(unit: &Unit<'_>, piece: &Piece) -> std::ops::Range<usize> {
    let first = unit.tokens.partition_point(|t| t.start < piece.start);
    let end = unit.tokens.partition_point(|t| t.end <= piece.end);
    first..end.max(first)
}

/// The participle after a document issued from token `from` ("a statement
/// describing", "a statement Wednesday evening, saying"): its token.
fn statement_participle(unit: &Unit<'_>, from: usize) -> Option<usize> {
    let n = unit.tokens.len();
    if !unit
        .folds
        .get(from)
        .is_some_and(|f| matches!(f.as_str(), "a" | "an" | "the"))
    {
        return None;
    }
    let noun = (from + 1..n.min(from + 4)).find(|&k| {
        matches!(
            unit.folds[k].as_str(),
            "statement" | "letter" | "memo" | "video" | "ad" | "message" | "report"
        )
    })?;
    if (from + 1..noun).any(|k| !unit.tokens[k].is_word() || unit.quoted[k]) {
        return None;
    }
    let p = (noun + 1..n.min(noun + 6)).find(|&k| {
        let f = unit.folds[k].as_str();
        f.ends_with("ing") && f.len() > 5 && !unit.quoted[k] && f != "morning" && f != "evening"
    })?;
    let between = (noun + 1..p).all(|k| {
        let f = unit.folds[k].as_str();
        !unit.quoted[k]
            && (unit.tokens[k].is(unit.chars, ',')
                || is_time_word(f)
                || matches!(f, "morning" | "afternoon" | "evening" | "night" | "on"))
    });
    (between && !matches!(unit.folds[p].as_str(), "including" | "following")).then_some(p)
}

/// What follows a cue that goes on or tries to do something.
enum Catenation {
    /// The cue is not such a verb, or no "to" follows it.
    None,
    /// The verb it goes on or tries to ("went on to say", "continued to
    /// call", "tried to walk back", "tend to favor"), with its cue lemma
    /// when the lexicon knows it.
    Verb(usize, Option<&'static str>),
    /// A state or an act ("continued to stay away", "went on to win"):
    /// nothing said.
    Mute,
}

/// Whether a folded word is a form of "seem" or "appear".
fn raising_verb(w: &str) -> bool {
    matches!(
        w,
        "seem" | "seems" | "seemed" | "appear" | "appears" | "appeared"
    )
}

/// What the cue at token `c` goes on, tries or seems to do.
fn catenated_verb(unit: &Unit<'_>, c: usize) -> Catenation {
    let w = unit.folds[c].as_str();
    // "She appeared to imply that …", "Obama seemed to recognize …": a
    // verb the lexicon knows after "seem" or "appear" is the cue, and the
    // subject its speaker ("appears to be winning" is raising).
    let seems = raising_verb(w);
    let to = if matches!(w, "went" | "go" | "goes" | "going" | "gone") {
        if unit.folds.get(c + 1).is_none_or(|f| f != "on") {
            return Catenation::None;
        }
        c + 2
    } else if matches!(
        w,
        "continue"
            | "continued"
            | "continues"
            | "continuing"
            | "try"
            | "tried"
            | "tries"
            | "trying"
            | "tend"
            | "tends"
            | "tended"
    ) || seems
    {
        c + 1
    } else {
        return Catenation::None;
    };
    if unit.folds.get(to).is_none_or(|f| f != "to") || unit.quoted[to] {
        return Catenation::None;
    }
    let verb = to + 1;
    let Some(t) = unit.tokens.get(verb) else {
        return Catenation::None;
    };
    let f = unit.folds[verb].as_str();
    if unit.quoted[verb] || !t.is_word() || t.is_capitalized(unit.chars) {
        return Catenation::None;
    }
    if seems {
        return match cue_lemma(f).or_else(|| super::lexicon::known_lemma(f)) {
            Some(l) if !matches!(f, "be" | "have") => Catenation::Verb(verb, Some(l)),
            _ => Catenation::None,
        };
    }
    if matches!(
        f,
        "be" | "have"
            | "win"
            | "lose"
            | "get"
            | "become"
            | "do"
            | "make"
            | "stay"
            | "remain"
            | "keep"
            | "grow"
            | "rise"
            | "fall"
    ) {
        return Catenation::Mute;
    }
    Catenation::Verb(verb, cue_lemma(f))
}

#[cfg(test)]
mod tests {
    use crate::model::{Article, SpeechKind, Statement};

    fn article(text: &str) -> Article {
        Article::new("t", text.to_owned()).with_published("2026-01-13")
    }

    #[test]
    fn a_spaced_hyphen_that_ends_a_content_is_a_dash() {
        let chars: Vec<char> = "it was sent - but she".chars().collect();
        let trimmed = super::trim_content(&chars, crate::model::Span::new(0, 13));
        assert_eq!(trimmed, crate::model::Span::new(0, 11));
        // Not a word's own hyphen.
        let chars: Vec<char> = "a pro- or".chars().collect();
        let kept = super::trim_content(&chars, crate::model::Span::new(0, 6));
        assert_eq!(kept, crate::model::Span::new(0, 6));
    }

    /// The source and content of each statement [`statements`] found.
    fn sources_and_contents(
        found: &[(String, String, SpeechKind, Option<String>)],
    ) -> Vec<(&str, &str)> {
        found.iter().map(|f| (f.0.as_str(), f.1.as_str())).collect()
    }

    /// Each statement's source text with its entity.
    fn sources_with_entities(x: &crate::model::Extraction) -> Vec<(&str, Option<&str>)> {
        x.statements
            .iter()
            .filter_map(|s| s.source.as_ref())
            .map(|p| (p.text.as_str(), p.entity.as_ref().map(|e| e.0.as_str())))
            .collect()
    }

    fn statements(text: &str) -> Vec<(String, String, SpeechKind, Option<String>)> {
        crate::extract::run(&article(text))
            .statements
            .into_iter()
            .map(|s| {
                (
                    s.source.map(|p| p.text).unwrap_or_default(),
                    s.content_text,
                    s.kind,
                    s.addressee.map(|a| a.text),
                )
            })
            .collect()
    }

    /// Asserts each statement's source text and entity, in order.
    fn assert_sources(text: &str, expected: &[(&str, Option<&str>)]) {
        let x = crate::extract::run(&article(text));
        let found: Vec<(&str, Option<&str>)> = x
            .statements
            .iter()
            .map(|s| {
                let p = s.source.as_ref().expect("a source");
                (p.text.as_str(), p.entity.as_ref().map(|e| e.0.as_str()))
            })
            .collect();
        assert_eq!(found, expected);
    }

    /// Asserts each statement's cue and content text, in order.
    fn assert_cues_and_contents(text: &str, expected: &[(&str, &str)]) {
        let x = crate::extract::run(&article(text));
        let found: Vec<(&str, &str)> = x
            .statements
            .iter()
            .map(|s| (s.cue.text.as_str(), s.content_text.as_str()))
            .collect();
        assert_eq!(found, expected);
    }

    #[test]
    fn a_source_or_addressee_found_as_a_phrase_takes_the_mention_it_is() {
        let x = crate::extract::run(&article(
            "The plan failed, according to NYPD Commissioner James O’Neill. \
             He told co-host Joe Scarborough that it was over.",
        ));
        fn entity(p: &Option<crate::model::Piece>) -> Option<&str> {
            p.as_ref()?.entity.as_ref().map(|e| e.0.as_str())
        }
        let found: Vec<(Option<&str>, Option<&str>)> = x
            .statements
            .iter()
            .map(|s| (entity(&s.source), entity(&s.addressee)))
            .collect();
        assert_eq!(
            found,
            [
                (Some("person/james-o-neill"), None),
                (Some("person/james-o-neill"), Some("person/joe-scarborough")),
            ]
        );
    }

    #[test]
    fn a_work_speaks_for_its_author_and_officials_for_their_country() {
        assert_sources(
            "The plan failed, according to a statement from the US Department of State. \
             A 2014 study by the Pew Research Center found that it failed. \
             A study by Loyola Law School professor Justin Levitt found that fraud was rare. \
             A video of Trump shows that he lied. \
             Data from Iowa shows that he leads. \
             It will end, according to officials in Ottawa.",
            &[
                (
                    "a statement from the US Department of State",
                    Some("org/us-department-of-state"),
                ),
                (
                    "A 2014 study by the Pew Research Center",
                    Some("org/pew-research-center"),
                ),
                (
                    "A study by Loyola Law School professor Justin Levitt",
                    Some("person/justin-levitt"),
                ),
                ("A video of Trump", None),
                ("Data from Iowa", None),
                ("officials in Ottawa", Some("country/ca")),
            ],
        );
    }

    #[test]
    fn an_office_after_an_inverted_cue_opens_its_holder_s_name() {
        assert_sources(
            "“No,” said Chancellor Angela Merkel. “Yes,” said Congresswoman Maxine Waters.",
            &[
                ("Chancellor Angela Merkel", Some("person/angela-merkel")),
                ("Congresswoman Maxine Waters", Some("person/maxine-waters")),
            ],
        );
    }

    #[test]
    fn cues_start_at_their_auxiliaries_and_sources_take_their_qualifiers() {
        let x = crate::extract::run(&article(
            "Mexican President Claudia Sheinbaum once again ruled out US strikes on Mexican territory.\n\n\
             British Prime Minister Theresa May said that the country would leave.\n\n\
             Many of his supporters believe that the election is rigged.\n\n\
             Dan McLaughlin at the National Review agreed that the plan was weak.\n\n\
             He’s claiming that voting fraud is a big problem.\n\n\
             The company’s claims were denied.",
        ));
        let found: Vec<(&str, &str)> = x
            .statements
            .iter()
            .map(|s| {
                (
                    s.source.as_ref().map_or("", |p| p.text.as_str()),
                    s.cue.text.as_str(),
                )
            })
            .collect();
        assert_eq!(
            found,
            [
                (
                    "Mexican President Claudia Sheinbaum",
                    "once again ruled out"
                ),
                ("British Prime Minister Theresa May", "said"),
                ("Many of his supporters", "believe"),
                ("Dan McLaughlin at the National Review", "agreed"),
                // "’s" for "is" after a pronoun is the cue's, not a
                // possessive.
                ("He", "’s claiming"),
            ]
        );
    }

    #[test]
    fn a_second_predicate_after_noun_phrase_content_is_the_speakers() {
        let found = statements(
            "Dr. Oz has promoted a raft of unproven therapies and downplayed the risk of concussions.\n\n\
             Clinton has encouraged European nations to bolster defense spending but has said she will hold firm.\n\n\
             Officials said that prices rose and doubled.",
        );
        // "downplayed" may be a cue of its own, as the model judges; it is
        // not part of the first content.
        let contents: Vec<&str> = found
            .iter()
            .map(|f| f.1.as_str())
            .filter(|c| *c != "the risk of concussions")
            .collect();
        assert_eq!(
            contents,
            [
                "a raft of unproven therapies",
                "European nations to bolster defense spending",
                // "… but has said": the sentence's subject said it.
                "she will hold firm",
                // A clause of its own keeps its second predicate.
                "that prices rose and doubled",
            ]
        );
    }

    #[test]
    fn an_inverted_speaker_no_lexicon_knows_runs_to_the_sentence_end() {
        let found = statements(
            "“It was frenetic,” said one Democratic source on the panel.\n\n\
             “It will not stand,” said the ruling.\n\n\
             “We are ready,” said Monday.\n\n\
             “We are ready,” said the mayor in a statement.\n\n\
             Even the biggest hawks, like Rubio and Bush, say the bulk of the troops should be Arab fighters.",
        );
        let speakers: Vec<&str> = found.iter().map(|f| f.0.as_str()).collect();
        assert_eq!(
            speakers,
            [
                "one Democratic source on the panel",
                "the ruling",
                // A date is no speaker, nor is an occasion part of one.
                "",
                "the mayor",
                // A clause after the cue, with a verb of its own, is no
                // speaker. (The subject before the cue, with its "like …"
                // aside, is not found either, so the sentence makes no
                // statement.)
            ]
        );
    }

    #[test]
    fn names_the_lexicons_do_not_know_and_titles_before_them() {
        let found = statements(
            "Putney later told CNN that the video was not clear.\n\n\
             “Why is this?” Vitter demanded.\n\n\
             “I think so,” said Len Burman, head of the centrist Tax Policy Center.\n\n\
             New Jersey Gov. Chris Christie said that it was fine.\n\n\
             “It is a start,” said Del. Stacey Plaskett of the Virgin Islands.\n\n\
             Clinton communication director Jennifer Palmieri said that it was fine.\n\n\
             David Axelrod on Wednesday called on Howard Dean to apologize.\n\n\
             But said nothing more.",
        );
        let pairs = sources_and_contents(&found);
        assert_eq!(
            pairs,
            [
                ("Putney", "that the video was not clear"),
                ("Vitter", "“Why is this?”"),
                (
                    "Len Burman, head of the centrist Tax Policy Center",
                    "“I think so,”"
                ),
                ("New Jersey Gov. Chris Christie", "that it was fine"),
                (
                    "Del. Stacey Plaskett of the Virgin Islands",
                    "“It is a start,”"
                ),
                (
                    "Clinton communication director Jennifer Palmieri",
                    "that it was fine"
                ),
                // "called on … to" is a call to act, not a phone call.
                ("David Axelrod", "Howard Dean to apologize"),
            ]
        );
    }

    #[test]
    fn speakers_named_with_a_state() {
        let x = crate::extract::run(&article(
            "\"We will not back down,\" Senator John Smith of West Virginia said. \
             West Virginia said it would sue. \
             Officials in Minnesota said the road was closed. \
             The Florida senator said he was running.",
        ));
        let sources = sources_with_entities(&x);
        assert_eq!(
            sources,
            [
                (
                    "Senator John Smith of West Virginia",
                    Some("person/john-smith")
                ),
                ("West Virginia", Some("place/west-virginia")),
                ("Officials in Minnesota", None),
                ("The Florida senator", None),
            ]
        );
        // The places stay mentions of the article.
        let places: Vec<&str> = x
            .mentions
            .iter()
            .filter(|m| m.kind == crate::model::EntityKind::Place)
            .map(|m| m.text.as_str())
            .collect();
        assert_eq!(
            places,
            ["West Virginia", "West Virginia", "Minnesota", "Florida"]
        );
    }

    #[test]
    fn speakers_with_of_phrases_and_appositive_names() {
        let found = statements(
            "President Rosa Vidal of Chile said the raid was a success. \
             The mayor of Arica, Juan Soto, said the port was closed. \
             The mayor of Arica said the port was open. \
             Claudia Sheinbaum, who has tried to calm tensions with Donald Trump, \
             acknowledged that the call touched on Venezuela.",
        );
        let speakers: Vec<&str> = found.iter().map(|f| f.0.as_str()).collect();
        assert_eq!(
            speakers,
            [
                "President Rosa Vidal of Chile",
                "The mayor of Arica, Juan Soto,",
                "The mayor of Arica",
                // The apposition belongs to the source, as annotators mark
                // it; the entity is still hers.
                "Claudia Sheinbaum, who has tried to calm tensions with Donald Trump,"
            ]
        );
        let x = crate::extract::run(&article(
            "Claudia Sheinbaum, who has tried to calm tensions with Donald Trump, \
             acknowledged that the call touched on Venezuela. \
             Rep. Gwen Moore (D-Wis.) said the vote was close. \
             Donald Trump, in a post on Truth Social, said the call went well. \
             Apple's chief executive, Tim Cook, said the phone was ready. \
             It will help, a spokeswoman, Anna Richardson White, said on Saturday. \
             Mr. Sperling, then 38, said he was advised to find a job. \
             Rep. Gregory W. Meeks (D-N.Y.), chairman of the caucus, said members will help. \
             Ms. Kall -- co-editor of a book on the debates, which sold well -- said he \
             tends to make announcements. \
             Rep. Elijah Cummings, the top Democrat on the Oversight Committee, in a \
             statement, said the vote was a sham. \
             Democrats, meanwhile, blasted the plan. \
             Proponents of the plan, however, say it is fair. \
             A poll of voters has, however, shown that it is fair. \
             Mr. Ryan, for his part, said the bill was fair. \
             Several senators, including Ted Cruz, said the bill was unfair.",
        ));
        let sources = sources_with_entities(&x);
        assert_eq!(
            sources,
            [
                (
                    "Claudia Sheinbaum, who has tried to calm tensions with Donald Trump,",
                    Some("person/claudia-sheinbaum")
                ),
                ("Rep. Gwen Moore (D-Wis.)", Some("person/gwen-moore")),
                ("Donald Trump", Some("person/donald-trump")),
                (
                    "Apple's chief executive, Tim Cook,",
                    Some("person/tim-cook")
                ),
                // The office may follow a comma.
                (
                    "a spokeswoman, Anna Richardson White,",
                    Some("person/anna-richardson-white")
                ),
                // "then" and an age or office is no adjunct.
                ("Mr. Sperling, then 38,", Some("person/sperling")),
                // An apposition after a parenthesis, and one between dashes.
                (
                    "Rep. Gregory W. Meeks (D-N.Y.), chairman of the caucus,",
                    Some("person/gregory-w-meeks")
                ),
                (
                    "Ms. Kall -- co-editor of a book on the debates, which sold well --",
                    Some("person/kall")
                ),
                // The body inside the apposition is not the speaker, nor is
                // the adjunct after it the speaker's.
                (
                    "Rep. Elijah Cummings, the top Democrat on the Oversight Committee,",
                    Some("person/elijah-cummings")
                ),
                // A connective or adjunct set off by commas is the writer's.
                ("Democrats", None),
                ("Proponents of the plan", None),
                ("A poll of voters", None),
                ("Mr. Ryan", Some("person/ryan")),
                // "including …" names the speakers.
                ("Several senators, including Ted Cruz,", None),
            ]
        );
    }

    #[test]
    fn a_quotation_after_the_sentence_continues_its_last_quoted_statement() {
        assert_statements(
            "“We have come a long way,” he said, noting that he had trailed by 50 points. \
             “We will work as hard as we can.”\n\n\
             Sanders said that the race was close. “We can win.”\n\n\
             (Trump said the raid was an example of an attack.)\n\n\
             Kasich said that Sanders, who won Rhode Island, would place first, but not \
             until June.",
            &[
                (
                    "he",
                    "said",
                    "“We have come a long way,” “We will work as hard as we can.”",
                ),
                ("he", "noting", "that he had trailed by 50 points"),
                // With no quoted statement before it, the indirect one.
                ("Sanders", "said", "that the race was close “We can win.”"),
                // The writer's parenthesis around the sentence is not
                // content.
                ("Trump", "said", "the raid was an example of an attack"),
                // A relative clause inside the content's subject, and "but
                // not", go on with it.
                (
                    "Kasich",
                    "said",
                    "that Sanders, who won Rhode Island, would place first, but not until June",
                ),
            ],
        );
    }

    #[test]
    fn an_adjective_of_attitude_after_a_linking_verb_is_a_cue() {
        assert_statements(
            "Trump was critical of the deal. \
             Kasich is skeptical about the plan. \
             Voters are confident that he will win. \
             He is not sure that it works. \
             The vote was critical for the party. \
             He was pleased by the result. \
             Republicans have been critical of the deal.",
            &[
                ("Trump", "was critical of", "the deal"),
                ("Kasich", "is skeptical about", "the plan"),
                ("Voters", "are confident", "that he will win"),
                ("He", "is not sure", "that it works"),
                // Not before another preposition, nor as a passive with
                // its agent and no content.
                // A subject no lexicon knows, past "have been".
                ("Republicans", "have been critical of", "the deal"),
            ],
        );
    }

    #[test]
    fn the_verb_after_going_on_or_trying_and_a_statement_issued_belong_to_the_cue() {
        let x = crate::extract::run(&article(
            "Sanders said it was insane, going on to say that the country has moved on. \
             He went on to discuss recent polls showing Trump ahead. \
             She continued to call for a ban on assault weapons. \
             Many regulars continued to stay away. \
             Republicans tend to favor spending cuts. \
             McAuliffe has said about 20 people have indicated an interest. \
             The Clinton campaign put out a statement saying that it was pleased. \
             The DNC released a statement Wednesday evening, saying Trump was wrong. \
             Sanders made the following comment: “It is hard.”",
        ));
        let found: Vec<(&str, &str, &str)> = x.statements.iter().map(source_cue_content).collect();
        assert_eq!(
            found,
            [
                ("Sanders", "said", "it was insane"),
                (
                    "Sanders",
                    "going on to say",
                    "that the country has moved on"
                ),
                (
                    "He",
                    "went on to discuss",
                    "recent polls showing Trump ahead"
                ),
                ("She", "continued to call for", "a ban on assault weapons"),
                // (Staying away says nothing.)
                ("Republicans", "tend to favor", "spending cuts"),
                // "about" a number is no particle.
                (
                    "McAuliffe",
                    "has said",
                    "about 20 people have indicated an interest"
                ),
                // The statement issued and its participle are the cue's.
                (
                    "The Clinton campaign",
                    "put out a statement saying",
                    "that it was pleased"
                ),
                (
                    "The DNC",
                    "released a statement Wednesday evening, saying",
                    "Trump was wrong"
                ),
                ("Sanders", "made the following comment:", "“It is hard.”"),
            ]
        );
        // The verb says what kind of cue it is.
        assert_eq!(x.statements[1].cue_lemma, "say");
    }

    #[test]
    fn a_name_completing_a_phrase_through_prepositions_takes_the_phrase() {
        let x = crate::extract::run(&article(
            "The Tax Policy Center at the Urban Institute and Brookings Institution \
             estimates that taxes rise. \
             Wealthy voters, a 2014 study by Harvard and the University of California \
             at Berkeley found, give more. \
             The mother of Keith Scott said he was innocent. \
             The International Monetary Fund said growth would slow. \
             Trump and Clinton said they agreed. \
             After the debate at Hofstra, Trump said he won. \
             They shook hands at the airport and Obama said the talks went well. \
             Republican vice-presidential nominee Mike Pence echoed the point. \
             Activist Angela Davis said it was wrong. \
             Many Mexicans felt that the wall was an insult. \
             Sen. Bernie Sanders (I-Vt.) on Saturday called for an end to the practice. \
             Reince Priebus, the GOP chairman, this past week said the party was united. \
             Ms. Kall, without naming him, said the plan was reckless. \
             Perhaps young voters believe that the race is over. \
             The family called on police to release the videos.",
        ));
        let sources = sources_with_entities(&x);
        assert_eq!(
            sources,
            [
                // The phrase names what its head names.
                (
                    "The Tax Policy Center at the Urban Institute and Brookings Institution",
                    Some("org/tax-policy-center")
                ),
                (
                    "a 2014 study by Harvard and the University of California at Berkeley",
                    None
                ),
                ("The mother of Keith Scott", None),
                // "Fund" heads an organisation's name, whole.
                (
                    "The International Monetary Fund",
                    Some("org/international-monetary-fund")
                ),
                // "And" alone joins two speakers; an adjunct or a verb's
                // object is no subject.
                ("Trump and Clinton", None),
                ("Trump", Some("person/trump")),
                ("Obama", Some("person/obama")),
                // Titles and quantifiers belong to the source; a title is
                // no part of the name.
                (
                    "Republican vice-presidential nominee Mike Pence",
                    Some("person/mike-pence")
                ),
                ("Activist Angela Davis", Some("person/angela-davis")),
                ("Many Mexicans", Some("country/mx")),
                // A date between speaker and cue, and an adjunct set off
                // after the speaker, are not the speaker's.
                ("Sen. Bernie Sanders (I-Vt.)", Some("person/bernie-sanders")),
                (
                    "Reince Priebus, the GOP chairman,",
                    Some("person/reince-priebus")
                ),
                ("Ms. Kall", Some("person/kall")),
                // A sentence's opening adverb is not the source's.
                ("young voters", None),
                // A noun in "-ly" heads a subject.
                ("The family", None),
            ]
        );
    }

    #[test]
    fn a_participle_cue_takes_its_subject_with_title_and_determiner() {
        let found = statements(
            "The Republican National Committee criticized the plan, claiming it would fail. \
             Oversight Chairman Jason Chaffetz opened the hearing, adding that the bank broke the law. \
             “We will win,” said Ed Rendell, a former governor, referring to the race. \
             A Chinese official criticized Washington, adding that talks would go on.",
        );
        let by_cue: Vec<(&str, &str)> = found
            .iter()
            .map(|f| (f.0.as_str(), f.1.as_str()))
            .filter(|(_, content)| !content.starts_with("the plan") && *content != "Washington")
            .collect();
        assert_eq!(
            by_cue,
            [
                ("The Republican National Committee", "it would fail"),
                (
                    "Oversight Chairman Jason Chaffetz",
                    "that the bank broke the law"
                ),
                // Before a participle, the apposition keeps its comma, and
                // the participle's source is the same phrase.
                ("Ed Rendell, a former governor,", "“We will win,”"),
                ("Ed Rendell, a former governor,", "the race"),
                // The subject, not a name inside the clause.
                ("A Chinese official", "that talks would go on"),
            ]
        );
    }

    #[test]
    fn raising_and_passive_cues_take_the_subject_into_the_content() {
        let found = statements(
            "Trump is expected to win the state. \
             Clinton appears to have lost ground. \
             Mrs. Clinton is seen as far more capable than Mr. Trump. \
             Anderson agreed with the plan and seemed to think it was phony. \
             Thus far, Sheinbaum has been opposed to U.S. military action. \
             Trump's supporters seemed equally unperturbed. \
             It appears that the game was not boring. \
             Mrs. Clinton appeared to suggest that Trump was wrong. \
             The vote picks delegates who are expected to support candidates at the convention.",
        );
        let got = sources_and_contents(&found);
        assert_eq!(
            got,
            [
                // No one is named as expecting it.
                ("", "Trump to win the state"),
                ("", "Clinton to have lost ground"),
                ("", "Mrs. Clinton as far more capable than Mr. Trump"),
                // "agreed with" is a stance on the plan; a subject with a
                // clause of its own stays the speaker.
                ("Anderson", "the plan"),
                // A verb the lexicon knows after "seemed to" is the cue.
                ("Anderson", "it was phony"),
                // "opposed to" is a stance, not a passive: the subject
                // holds it. (The comma sets off the lead "Thus far".)
                ("Sheinbaum", "U.S. military action"),
                // No one is named as finding them so; "it" is no one.
                ("", "Trump's supporters equally unperturbed"),
                ("", "that the game was not boring"),
                ("Mrs. Clinton", "that Trump was wrong"),
                // A relative pronoun stands for the subject.
                ("", "who to support candidates at the convention"),
            ]
        );
        let x = crate::extract::run(&article("Trump is expected to win the state."));
        let s = &x.statements[0];
        assert_eq!(s.cue.text, "is expected");
        assert_eq!(s.content.len(), 2);
    }

    /// A statement's source, cue and content, as text.
    fn source_cue_content(s: &Statement) -> (&str, &str, &str) {
        (
            s.source.as_ref().map_or("", |p| p.text.as_str()),
            s.cue.text.as_str(),
            s.content_text.as_str(),
        )
    }

    /// Asserts each statement's source, cue and content text, in order.
    fn assert_statements(text: &str, expected: &[(&str, &str, &str)]) {
        let x = crate::extract::run(&article(text));
        let found: Vec<(&str, &str, &str)> = x.statements.iter().map(source_cue_content).collect();
        assert_eq!(found, expected);
    }

    #[test]
    fn an_apposition_after_a_name_ends_a_reported_clause() {
        assert_statements(
            "Mr. Kamin said he did not support Mr. Trump, the presumed Putin favorite. \
             Ms. Lee criticized the police for shooting Terence Crutcher, a 40-year-old man. \
             Mr. Kamin said they differ on Israel, the nuclear deal and the court.",
            &[
                ("Mr. Kamin", "said", "he did not support Mr. Trump"),
                (
                    "Ms. Lee",
                    "criticized",
                    "the police for shooting Terence Crutcher, a 40-year-old man",
                ),
                (
                    "Mr. Kamin",
                    "said",
                    "they differ on Israel, the nuclear deal and the court",
                ),
            ],
        );
    }

    #[test]
    fn a_reported_clause_goes_on_after_an_aside_between_dashes() {
        assert_statements(
            "Mr. Kamin said that a rift exists between communities of color -- mainly blacks \
             and Latinos -- and the police. \
             Ms. Lee has pushed for a single-payer system — a dream for many — in Congress.",
            &[
                (
                    "Mr. Kamin",
                    "said",
                    "that a rift exists between communities of color -- mainly blacks and Latinos -- and the police",
                ),
                ("Ms. Lee", "has pushed for", "a single-payer system"),
            ],
        );
    }

    #[test]
    fn a_clause_after_a_verb_of_saying_keeps_its_second_predicate() {
        assert_statements(
            "Mr. Kamin said the campaign will pursue matching funds and will compete vigorously. \
             Ms. Lee promoted unproven therapies and downplayed the risk.",
            &[
                (
                    "Mr. Kamin",
                    "said",
                    "the campaign will pursue matching funds and will compete vigorously",
                ),
                ("Ms. Lee", "promoted", "unproven therapies"),
                ("Ms. Lee", "downplayed", "the risk"),
            ],
        );
    }

    #[test]
    fn a_long_adjunct_naming_the_medium_comes_before_that() {
        assert_statements(
            "Ginsburg said in an interview with The Associated Press last week that she \
             would retire. Mr. Kamin said at a campaign stop in Toledo, Ohio, that he would win.",
            &[
                ("Ginsburg", "said", "that she would retire"),
                ("Mr. Kamin", "said", "that he would win"),
            ],
        );
    }

    #[test]
    fn which_words_after_the_verb_the_cue_takes() {
        let x = crate::extract::run(&article(
            "Ms. Lee believes in the good sense of the people. \
             Mr. Kamin wrote in a memo the deal was bad. \
             Mr. Neel fired back in March at the plan. \
             Ms. Lee announced on Monday the lawsuit against the state. \
             Mr. Kamin called on Congress to act. \
             “I support parents,” Mr. DeSantis said about Title I. \
             Mr. Kamin talked about the deal. \
             The budget office said about half of the losses came from the tax cuts.",
        ));
        let cues: Vec<&str> = x.statements.iter().map(|s| s.cue.text.as_str()).collect();
        assert_eq!(
            cues,
            [
                "believes in",
                "wrote",
                "fired back",
                "announced",
                "called on",
                "said",
                "talked about",
                "said"
            ]
        );
        // "put it" takes its object.
        assert_statements(
            "As John Cornyn put it: \"This person will not be confirmed.\"",
            &[(
                "John Cornyn",
                "put it:",
                "\"This person will not be confirmed.\"",
            )],
        );
    }

    #[test]
    fn joined_speaker_phrases_after_a_quotation_say_it() {
        assert_statements(
            "\"North Korea is run by a lunatic,\" the Florida senator and presidential \
             candidate said in a statement.",
            &[(
                "the Florida senator and presidential candidate",
                "said",
                "\"North Korea is run by a lunatic,\"",
            )],
        );
    }

    #[test]
    fn a_name_something_is_known_as_has_no_source() {
        let x = crate::extract::run(&article(
            "The breach came from a hacking group known as Fancy Bear.",
        ));
        let s = x
            .statements
            .iter()
            .find(|s| s.cue.text.starts_with("known"))
            .expect("a statement for \"known as\"");
        assert_eq!(s.cue.text, "known as");
        assert!(s.source.is_none());
        assert_eq!(s.content_text, "a hacking group Fancy Bear");
        assert_eq!(s.content.len(), 2);
        // In an aside, only the name.
        assert_statements(
            "The transition in Burma, also known as Myanmar, could be a rare success. \
             The program, known as the Renewable Fuel Standard, can continue.",
            &[
                ("", "also known as", "Myanmar"),
                ("", "known as", "the Renewable Fuel Standard"),
            ],
        );
    }

    #[test]
    fn as_reported_by_names_the_source_of_the_sentences_own_words() {
        assert_statements(
            "As reported by Western Journalism, investigators found 2,200 emails. \
             He would take corrective action, as first reported by BuzzFeed News.",
            &[
                (
                    "Western Journalism",
                    "reported",
                    "investigators found 2,200 emails",
                ),
                (
                    "BuzzFeed News",
                    "first reported",
                    "He would take corrective action",
                ),
            ],
        );
    }

    #[test]
    fn a_plural_noun_before_its_own_verb_is_no_cue() {
        assert_statements(
            "But FEC reports show that a quartet of groups have spent $1.1 million.",
            &[(
                "FEC reports",
                "show",
                "that a quartet of groups have spent $1.1 million",
            )],
        );
    }

    #[test]
    fn a_name_in_apposition_to_a_possessed_noun_is_its_content() {
        // ("opponent" is a cue only the model knows.)
        assert_statements(
            "His opponent, Hillary Clinton, racked up several victories during the contests \
             known as Super Tuesday.",
            &[
                ("His", "opponent", "Hillary Clinton"),
                ("", "known as", "the contests Super Tuesday"),
            ],
        );
    }

    #[test]
    fn a_noun_of_attitude_before_that_belongs_to_the_cue() {
        assert_statements(
            "Ms. Lee expressed concern that the plan would fail. \
             Mr. Kamin voiced concerns about the deal.",
            &[
                ("Ms. Lee", "expressed concern", "that the plan would fail"),
                ("Mr. Kamin", "voiced concerns about", "the deal"),
            ],
        );
    }

    #[test]
    fn a_gerund_of_speech_after_by_or_from_is_a_statement_of_its_own() {
        assert_statements(
            "Mr. Obama responded to a Gold Star mother by saying the issue was manufactured. \
             He refuses to discuss appointees, aside from saying he wants a diverse delegation. \
             Ms. Lee criticized him for saying he had sacrificed.",
            &[
                ("Mr. Obama", "responded to", "a Gold Star mother"),
                ("Mr. Obama", "saying", "the issue was manufactured"),
                ("He", "refuses", "to discuss appointees"),
                ("He", "saying", "he wants a diverse delegation"),
                ("Ms. Lee", "criticized", "him for saying he had sacrificed"),
                ("him", "saying", "he had sacrificed"),
            ],
        );
    }

    #[test]
    fn words_made_before_and_named_again_are_no_statement() {
        assert_statements(
            "Trump made the comments Friday during a brief appearance. \
             He made the criticism while showing support for the plan. \
             Ms. Lee made the case that the plan would fail.",
            // The cue model takes "support for" (PolNeAR's annotators mark
            // "showing support for" as a cue); "made the criticism" stays
            // no statement.
            &[
                ("He", "support for", "the plan"),
                ("Ms. Lee", "made the case", "that the plan would fail"),
            ],
        );
    }

    #[test]
    fn a_preposition_the_verb_takes_belongs_to_the_cue() {
        assert_statements(
            "Trump lashed out at Khan. \
             Sanders and Clinton sparred over financial regulations. \
             Mr. Kasich spoke at a rally in Ohio. \
             Officials estimated at least six planes were involved.",
            &[
                ("Trump", "lashed out at", "Khan"),
                (
                    "Sanders and Clinton",
                    "sparred over",
                    "financial regulations",
                ),
                (
                    "Officials",
                    "estimated",
                    "at least six planes were involved",
                ),
            ],
        );
    }

    #[test]
    fn a_readout_quoted_by_a_spokesman_nests_what_the_minister_stressed() {
        let x = crate::extract::run(&article(
            "Spokesman Tommy Pigott said the two discussed “the need for cooperation.”\n\n\
             “Secretary Rubio reaffirmed the commitment to stopping narcoterrorism and \
             stressed the need for tangible results.”\n",
        ));
        let nested: Vec<(&str, &str, &str)> = x
            .statements
            .iter()
            .filter(|s| s.parent == Some(0))
            .map(source_cue_content)
            .collect();
        assert_eq!(
            nested,
            [
                (
                    "Secretary Rubio",
                    "reaffirmed",
                    "the commitment to stopping narcoterrorism"
                ),
                (
                    "Secretary Rubio",
                    "stressed",
                    "the need for tangible results"
                ),
            ]
        );
    }

    #[test]
    fn a_cue_far_from_its_subject_takes_the_subject_that_opens_the_sentence() {
        assert_statements(
            "The nurse later sued, claiming the quarantine violated her rights. \
             The Arizona Republican survived years in a prison and says such techniques are cruel. \
             In 2008, the group rushed everyone inside and said it will register voters. \
             When asked whom she supported, Ms. Sherry smiled and said she was waiting. \
             By the end of the day, Mr. Trump was forced to retreat and said he was misquoted. \
             Asked on Monday whether Mr. Clinton would hold a cabinet position, Mrs. Clinton \
             shook her head and said that he would not. \
             If there were any doubts that she would run, they are gone. \
             On Tuesday, the firm filed late, warning that it could default. \
             Mr. Obama closed the summit by pledging that aid would come. \
             Ms. Blige sang to Clinton before asking her where the country would go. \
             “We need change,” the New York businessman said, arguing that he would bring it. \
             Cheers came from a crowd that hardly expected such a result. \
             President Obama met the voters and said the country must act. \
             She met with lawyers; one suggested she marry an American. \
             Perhaps the debate moderators will demand more details. \
             Working-class white voters have been trending toward Trump. \
             Trump's tweets have been echoed by his followers.",
            &[
                (
                    "The nurse",
                    "claiming",
                    "the quarantine violated her rights",
                ),
                (
                    "The Arizona Republican",
                    "says",
                    "such techniques are cruel",
                ),
                ("the group", "said", "it will register voters"),
                ("", "asked", "whom she supported"),
                ("Ms. Sherry", "said", "she was waiting"),
                ("Mr. Trump", "said", "he was misquoted"),
                (
                    "",
                    "Asked",
                    "whether Mr. Clinton would hold a cabinet position",
                ),
                ("Mrs. Clinton", "said", "that he would not"),
                ("the firm", "warning", "that it could default"),
                ("Mr. Obama", "pledging", "that aid would come"),
                ("Ms. Blige", "asking", "where the country would go"),
                // A participle after a statement's own cue: its speaker.
                ("the New York businessman", "said", "“We need change,”"),
                (
                    "the New York businessman",
                    "arguing",
                    "that he would bring it",
                ),
                // An irregular past form ends the subject; a clause after
                // a semicolon has a subject of its own.
                ("President Obama", "said", "the country must act"),
                // A cue only the model knows, right after the subject.
                ("the debate moderators", "will demand", "more details"),
                (
                    "Working-class white voters",
                    "have been trending",
                    "toward Trump",
                ),
                // Not a passive's subject: its agent.
                ("his followers", "have been echoed", "Trump's tweets"),
            ],
        );
    }

    #[test]
    fn a_stray_comma_after_a_party_label_keeps_the_speaker_before_it() {
        assert_statements(
            "Sen. Jack Reed (D-R.I.), said he had not read the plan. \
             The plan will fail, said Ms. Moore.",
            &[
                (
                    "Sen. Jack Reed (D-R.I.),",
                    "said",
                    "he had not read the plan",
                ),
                ("Ms. Moore", "said", "The plan will fail"),
            ],
        );
    }

    #[test]
    fn a_passive_cue_with_an_agent_has_it_for_source() {
        assert_statements(
            "The Democratic nominee has been praised by dozens of papers. \
             Donald Trump, meanwhile, is supported by far fewer publications. \
             He was asked to resign. \
             O'Malley's move was first reported by MSNBC. \
             Janet Yellen has been repeatedly criticized by many bankers for not raising rates.\n\n\
             (Reporting by Jeff Mason; Editing by Ed Tobin)",
            &[
                // The agent's "by" is not the cue's, as annotators mostly
                // mark it (2 in 3 in PolNeAR train).
                (
                    "dozens of papers",
                    "has been praised",
                    "The Democratic nominee",
                ),
                ("far fewer publications", "is supported", "Donald Trump"),
                // Without an agent, no one is named as asking; what was
                // asked is the subject and its infinitive.
                ("", "was asked", "He to resign"),
                // Adverbs may stand between "be" and the participle; the
                // agent ends before an adjunct; "Reporting by" credits.
                ("MSNBC", "was first reported", "O'Malley's move"),
                (
                    "many bankers",
                    "has been repeatedly criticized",
                    "Janet Yellen",
                ),
            ],
        );
    }

    #[test]
    fn content_starts_after_addressee_preposition_and_lead() {
        assert_cues_and_contents(
            "Ms. Warren said on Tuesday: “The bank broke the law.” \
             Most voters believe in the good sense of the jury. \
             However, the economy is growing, the minister said. \
             In addition, the campaign plans to release records, she said. \
             Mr. Hastings told me, ''We're a content provider.'' \
             During the debate, she said little. \
             After some setbacks, the mine is meeting standards, an official said. \
             Police announced Friday the arrest of a man. \
             Obama told the audience this weekend he would be insulted. \
             The senator vowed Saturday to rid the world of the group.",
            &[
                ("said", "“The bank broke the law.”"),
                ("believe in", "the good sense of the jury"),
                ("said", "the economy is growing"),
                // (What she reports, nested after it.)
                ("said", "the campaign plans to release records"),
                ("plans", "to release records"),
                ("told", "''We're a content provider.''"),
                ("said", "little"),
                ("said", "After some setbacks, the mine is meeting standards"),
                // The day after the cue is not content.
                ("announced", "the arrest of a man"),
                ("told", "he would be insulted"),
                ("vowed", "to rid the world of the group"),
            ],
        );
    }

    #[test]
    fn an_audience_no_lexicon_knows_is_the_addressee_not_the_content() {
        let x = crate::extract::run(&article(
            "She told an audience at a literary festival last week that the comments were wrong. \
             He reminded viewers that he does not. \
             Clinton tells voters she is with them. \
             We asked our followers who their favorite speaker was. \
             Trump told the story of his father.",
        ));
        let found: Vec<(&str, Option<&str>, &str)> = x
            .statements
            .iter()
            .map(|s| {
                (
                    s.cue.text.as_str(),
                    s.addressee.as_ref().map(|a| a.text.as_str()),
                    s.content_text.as_str(),
                )
            })
            .collect();
        assert_eq!(
            found,
            [
                ("told", Some("an audience"), "that the comments were wrong"),
                ("reminded", Some("viewers"), "that he does not"),
                ("tells", Some("voters"), "she is with them"),
                (
                    "asked",
                    Some("our followers"),
                    "who their favorite speaker was"
                ),
                // What is told is no audience.
                ("told", None, "the story of his father"),
            ]
        );
        // Nor what one is asked about; and the clause after "when" is no
        // adjunct to step over before "that".
        let x = crate::extract::run(&article(
            "She declined to comment when asked about the claim that it was a bomb.",
        ));
        let asked = x
            .statements
            .iter()
            .find(|s| s.cue.text == "asked about")
            .expect("asked about");
        assert!(asked.addressee.is_none());
        assert_eq!(asked.content_text, "the claim that it was a bomb");
        assert!(x
            .statements
            .iter()
            .all(|s| s.content_text != "that it was a bomb"));
    }

    #[test]
    fn subjects_the_lexicons_do_not_know() {
        let x = crate::extract::run(&article(
            "AROS argues that families still want neighborhood schools. \
             To varying degrees, all agreed that the plan would raise taxes. \
             No one expected that the debate would be short. \
             They together vowed to stop the plan. \
             The experts generally praised the plan for small businesses. \
             The senators met Ted Cruz, who insisted that the vote was rigged. \
             Mr. Schultz worked at the network for years, and said he did not support Mr. Trump. \
             Ms. Ives left the party, and has since argued that it lost its way. \
             The bag, which police said was empty, lay on the seat. \
             Asked about the device, O'Neill said, “Not going to go into that.” \
             The mayor called Sheinbaum on Monday. \
             His partner, Lawrence Cummings, called him a master at impossible deals. \
             The senator called it off on Monday. \
             Mr. Fallon called it the mark of a desperate candidate. \
             The tycoon entered the race, calling them rapists.",
        ));
        let found: Vec<(&str, Option<&str>, &str)> = x
            .statements
            .iter()
            // The lead's question ("Asked about the device") is a statement
            // of its own, with no one named as asking (see turns.rs).
            .filter(|s| s.cue.text != "Asked")
            .map(|s| {
                let source = s.source.as_ref().expect("a source");
                (
                    source.text.as_str(),
                    source.entity.as_ref().map(|e| e.0.as_str()),
                    s.content_text.as_str(),
                )
            })
            .collect();
        assert_eq!(
            found,
            [
                (
                    "AROS",
                    None,
                    "that families still want neighborhood schools"
                ),
                ("all", None, "that the plan would raise taxes"),
                ("No one", None, "that the debate would be short"),
                // An adverb between speaker and cue.
                ("They", None, "to stop the plan"),
                ("The experts", None, "the plan for small businesses"),
                // The relative pronoun is the source; its entity is the name.
                ("who", Some("person/ted-cruz"), "that the vote was rigged"),
                // A verb conjoined later in the sentence: its subject.
                (
                    "Mr. Schultz",
                    Some("person/schultz"),
                    "he did not support Mr. Trump"
                ),
                // … with auxiliaries before it.
                ("Ms. Ives", Some("person/ives"), "that it lost its way"),
                ("police", None, "which was empty"),
                // The lead is the occasion; the quotation is the content.
                (
                    "O'Neill",
                    Some("person/o-neill"),
                    "“Not going to go into that.”"
                ),
                // A phone call says nothing; naming someone does.
                (
                    "Lawrence Cummings",
                    Some("person/lawrence-cummings"),
                    "him a master at impossible deals"
                ),
                // So does naming a thing, unlike calling it off.
                (
                    "Mr. Fallon",
                    Some("person/fallon"),
                    "it the mark of a desperate candidate"
                ),
                // A participle after a comma: the sentence's subject.
                ("The tycoon", None, "them rapists"),
            ]
        );
    }

    #[test]
    fn a_speaker_keeps_the_title_the_person_s_name_leaves_out() {
        assert_sources(
            "“He came in by himself,” said Officer Joseph Beinlich, a police spokesman. \
             “We had a big issue,” said United Auto Workers Secretary-Treasurer Gary Casteel. \
             English comedian and actor Peter Serafinowicz said the song was his. \
             Billionaire Mark Cuban said he would vote.",
            &[
                (
                    "Officer Joseph Beinlich, a police spokesman",
                    Some("person/joseph-beinlich"),
                ),
                (
                    "United Auto Workers Secretary-Treasurer Gary Casteel",
                    Some("person/gary-casteel"),
                ),
                // Two titles of one person, not two speakers.
                (
                    "English comedian and actor Peter Serafinowicz",
                    Some("person/peter-serafinowicz"),
                ),
                ("Billionaire Mark Cuban", Some("person/mark-cuban")),
            ],
        );
    }

    #[test]
    fn inverted_speakers_take_their_office_and_apposition() {
        let found = statements(
            "“We will win,” said longtime Democratic pollster Mark Penn. \
             “It is warming,” said Michael Oppenheimer, a professor at Princeton University. \
             “No,” said Sen. David Perdue (R-Ga.) on Monday. \
             “Yes,” said Representative Charles B. Rangel of New York. \
             “Maybe,” said MSNBC host Chris Matthews. \
             “It was his vision,” said Thomas Murphy, now a consultant on Burma in the private sector. \
             “A knife’s edge,” said David Wasserman, House editor for the Cook Political Report. \
             According to Politico, both of these areas are populated with black voters. \
             “It is fine,” said Virginia delegate Beau Correll, angered that leaders ignored it. \
             “It is hard,” said the Florida senator, “because rights conflict.” \
             “It is fine,” said Wilcox, an Orlando Republican who founded companies. \
             “Debate recap,” tweeted Rubio spokesman Alex Conant. \
             “They share our values,” said Perry, partnership manager for the Tea Party. \
             “We have been here,” said Stephanie Formas, Clinton's state director, “and we stay.” \
             “He did,” said former Pennsylvania Gov. and party Chairman Ed Rendell. \
             Said Ellis: “I don’t get the sense she is interested.” \
             “This is fantastic!” beamed Donald Hartley. \
             Debates are not likely to alter the race, noted NBC’s Dante Chinni. \
             “They are wrong,” said 9/11 widow Terry Strada. \
             “It is over,” said Florida-based Republican strategist Al Cardenas. \
             This is “roughly the same advantage she has held all month,” reported Reuters. \
             The crowd booed. (“I don’t want to have fisticuffs,” said one party activist.) \
             “Watch it,” said former tech executive Carly Fiorina during the debate. \
             “The drop is real,” said a person close to the Clintons.",
        );
        let speakers: Vec<&str> = found.iter().map(|f| f.0.as_str()).collect();
        assert_eq!(
            speakers,
            [
                "longtime Democratic pollster Mark Penn",
                "Michael Oppenheimer, a professor at Princeton University",
                "Sen. David Perdue (R-Ga.)",
                "Representative Charles B. Rangel of New York",
                "MSNBC host Chris Matthews",
                "Thomas Murphy, now a consultant on Burma in the private sector",
                "David Wasserman, House editor for the Cook Political Report",
                // After "according to" the content follows the comma.
                "Politico",
                // Names and offices no lexicon knows, set off by a comma:
                // an apposition runs to the end, a participle does not.
                "Virginia delegate Beau Correll",
                "the Florida senator",
                "Wilcox, an Orlando Republican who founded companies",
                "Rubio spokesman Alex Conant",
                // An office among an apposition's first words.
                "Perry, partnership manager for the Tea Party",
                // Before the rest of the quotation, with its comma.
                "Stephanie Formas, Clinton's state director,",
                // Places, bodies and "and" among the office words.
                "former Pennsylvania Gov. and party Chairman Ed Rendell",
                // A verb of saying may open the sentence.
                "Ellis",
                // Any verb the model takes for a cue, after a quotation.
                "Donald Hartley",
                // A name after an outlet's possessive, though no mention
                // took it.
                "NBC’s Dante Chinni",
                // A number among the office words.
                "9/11 widow Terry Strada",
                // A party's member, then the office and the name.
                "Florida-based Republican strategist Al Cardenas",
                // "reported" after a quotation, as "said".
                "Reuters",
                // The sentence ends at its period, before what closes it.
                "one party activist",
                // A compound's noun before the title.
                "former tech executive Carly Fiorina",
                "a person close to the Clintons",
            ]
        );
        assert_eq!(found[13].1, "“We have been here,” “and we stay.”");
        assert_eq!(
            found[7].1,
            "both of these areas are populated with black voters"
        );
        // The office words lead to the person, not the network.
        let x = crate::extract::run(&article("“Maybe,” said MSNBC host Chris Matthews."));
        let entity = x.statements[0]
            .source
            .as_ref()
            .and_then(|p| p.entity.as_ref());
        assert_eq!(entity.map(|e| e.0.as_str()), Some("person/chris-matthews"));
    }

    #[test]
    fn sources_linked_by_a_preposition_and_quotes_ending_in_a_question() {
        let found = statements(
            "Experts on North Korea said the test could change that. \
             A spokeswoman for Hillary Clinton said the report was false. \
             Only 52 percent agreed, while 73 percent said the same of Trump. \
             “How many times?” Clinton said. “In Tulsa, an unarmed man.” \
             The attorneys for the family said the video was clear.",
        );
        let found = sources_and_contents(&found);
        assert_eq!(
            found,
            [
                ("Experts on North Korea", "the test could change that"),
                ("A spokeswoman for Hillary Clinton", "the report was false"),
                ("73 percent", "the same of Trump"),
                ("Clinton", "“How many times?” “In Tulsa, an unarmed man.”"),
                ("The attorneys for the family", "the video was clear"),
            ]
        );
    }

    #[test]
    fn a_participle_after_a_statement_takes_its_speaker_not_its_object() {
        let x = crate::extract::run(&article(
            "The crowd attacked Hillary Clinton, chanting \"Lock her up!\" \
             Albright urged women to vote for Hillary Clinton, saying “There is a \
             special place in hell for women who don’t help each other.” \
             The ad uses footage of Hillary Clinton asking voters to trust her. \
             Protesters called for answers, looping the streets - where the \
             Panthers played - while chanting, \"Hands up, don't shoot.\"",
        ));
        let found: Vec<(&str, &str)> = x
            .statements
            .iter()
            .map(|s| {
                (
                    s.source.as_ref().map_or("", |p| p.text.as_str()),
                    s.cue.text.as_str(),
                )
            })
            .collect();
        assert_eq!(
            found,
            [
                ("The crowd", "attacked"),
                ("The crowd", "chanting"),
                ("Albright", "urged"),
                ("Albright", "saying"),
                ("Hillary Clinton", "asking"),
                ("Protesters", "called for"),
                ("Protesters", "chanting"),
            ]
        );
    }

    #[test]
    fn a_relative_clause_with_a_statement_of_its_own_leaves_the_source() {
        assert_statements(
            "Former Democratic candidate Bernie Sanders, who on Tuesday endorsed \
             Hillary Clinton, said the party was united. \
             Hillary Clinton — who has called for big tax hikes on the rich — \
             lambasted the plan. \
             Mr. Kamin, a professor at the school, said the plan was weak.",
            &[
                ("who", "endorsed", "Hillary Clinton"),
                (
                    "Former Democratic candidate Bernie Sanders",
                    "said",
                    "the party was united",
                ),
                ("who", "has called for", "big tax hikes on the rich"),
                ("Hillary Clinton", "lambasted", "the plan"),
                (
                    "Mr. Kamin, a professor at the school,",
                    "said",
                    "the plan was weak",
                ),
            ],
        );
    }

    #[test]
    fn a_statement_another_reports_is_not_one_of_its_own() {
        let x = crate::extract::run(&article(
            "Nearly three in four say they would like to buy American goods, \
             according to the poll. \
             Mr. Nevins said he pursued a new series only because Mr. Lynch was \
             involved, his aides said.",
        ));
        // What the poll and the aides report is nested under them.
        let nested: Vec<(&str, Option<usize>)> = x
            .statements
            .iter()
            .map(|s| (s.cue.text.as_str(), s.parent))
            .collect();
        assert_eq!(
            nested,
            [
                ("according to", None),
                ("say", Some(0)),
                ("said", None),
                ("said", Some(2))
            ]
        );
        let found: Vec<(&str, &str, &str)> = x
            .statements
            .iter()
            .filter(|s| s.parent.is_none())
            .map(source_cue_content)
            .collect();
        assert_eq!(
            found,
            [
                (
                    "the poll",
                    "according to",
                    "Nearly three in four say they would like to buy American goods"
                ),
                (
                    "his aides",
                    "said",
                    "Mr. Nevins said he pursued a new series only because Mr. Lynch was involved"
                ),
            ]
        );
    }

    #[test]
    fn adverbs_and_dangling_words_make_no_speaker() {
        assert_statements(
            "Hillary Clinton was also complimentary, perhaps recognizing that imitation \
             is the best form of flattery. \
             Nearly 10 percent of them voted for Trump. \
             Wealthy citizens make up about 80 percent of the investors and see the \
             program as an easier way in. \
             World leaders and diplomats almost universally expressed outrage over the test.",
            &[
                (
                    "Hillary Clinton",
                    "recognizing",
                    "that imitation is the best form of flattery",
                ),
                ("Nearly 10 percent of them", "voted for", "Trump"),
                (
                    "World leaders and diplomats",
                    "universally expressed outrage over",
                    "the test",
                ),
            ],
        );
    }

    #[test]
    fn whom_a_verb_moves_is_the_source_and_what_moves_them_the_content() {
        assert_statements(
            "His behavior has angered the party's top figures. \
             Trump's comments had angered conservative Jews. \
             She was angered by the deal. \
             He rattled off a list of grievances. \
             The timing of Sanders’ surge doesn’t surprise Republican pollster Daron Shaw.",
            &[
                ("the party's top figures", "has angered", "His behavior"),
                ("conservative Jews", "had angered", "Trump's comments"),
                ("She", "was angered by", "the deal"),
                ("He", "rattled off", "a list of grievances"),
                (
                    "Republican pollster Daron Shaw",
                    "doesn’t surprise",
                    "The timing of Sanders’ surge",
                ),
            ],
        );
    }

    #[test]
    fn a_cue_after_a_break_in_a_content_ends_it() {
        assert_statements(
            "He played down Trump's comments as \"just part of the primary campaign\" \
             and reportedly argued that attacking him would only elevate him. \
             She praised Turkey and jokes about coloring her hair. \
             Most backed the plan, and most don't expect him to back Clinton. \
             Officials said that it agitated Trump and exposed a clear vulnerability. \
             He asked why they embraced him instead of, say, the Democratic Party.",
            &[
                (
                    "He",
                    "played down",
                    "Trump's comments as \"just part of the primary campaign\"",
                ),
                (
                    "He",
                    "reportedly argued",
                    "that attacking him would only elevate him",
                ),
                ("She", "praised", "Turkey"),
                ("She", "jokes about", "coloring her hair"),
                ("Most", "backed", "the plan"),
                ("most", "don't expect", "him to back Clinton"),
                (
                    "Officials",
                    "said",
                    "that it agitated Trump and exposed a clear vulnerability",
                ),
                (
                    "He",
                    "asked",
                    "why they embraced him instead of, say, the Democratic Party",
                ),
            ],
        );
    }

    #[test]
    fn percentages_parentheses_and_speakers_after_a_cue() {
        let found = statements(
            "Overall, 47% say the plan is unfair. \
             Among them, 85% of Democrats said they would vote. \
             Still, 47 percent of Cuban Americans say they back him. \
             In a CNN/ORC poll released Monday, 31% of Republicans and \
             Republican-leaning voters said they were eager. \
             Sen. Chris Murphy (a Connecticut Democrat so boyish he has been \
             mistaken for a junior staffer) says he was unfocused. \
             On the campaign trail, say he is unfit. \
             “Nobody knows,” said he. \
             “He is wrong,” said former Massachusetts congressman Barney Frank. \
             “It is clear,” said Rep. Elijah Cummings, the top Democrat on the \
             committee, in a statement. \
             “We won,” said Senate Minority Whip Dick Durbin (D-Ill.). \
             Only about 4 in 10 Republican voters want him to run.",
        );
        let found = sources_and_contents(&found);
        assert_eq!(
            found,
            [
                ("47%", "the plan is unfair"),
                ("85% of Democrats", "they would vote"),
                ("47 percent of Cuban Americans", "they back him"),
                (
                    "a CNN/ORC poll released Monday",
                    "31% of Republicans and Republican-leaning voters said they were eager"
                ),
                ("31% of Republicans and Republican-leaning voters", "they were eager"),
                (
                    "Sen. Chris Murphy (a Connecticut Democrat so boyish he has been mistaken for a junior staffer)",
                    "he was unfocused"
                ),
                ("he", "“Nobody knows,”"),
                ("former Massachusetts congressman Barney Frank", "“He is wrong,”"),
                (
                    "Rep. Elijah Cummings, the top Democrat on the committee,",
                    "“It is clear,”"
                ),
                ("Senate Minority Whip Dick Durbin (D-Ill.)", "“We won,”"),
                ("Only about 4 in 10 Republican voters", "him to run"),
            ]
        );
    }

    #[test]
    fn whom_an_order_is_to_opens_its_content_and_stays_the_addressee() {
        let found = statements(
            "Trump urged supporters to monitor polling places. \
             Clinton told reporters that she was pleased.",
        );
        assert_eq!(
            found
                .iter()
                .map(|f| (f.1.as_str(), f.3.as_deref()))
                .collect::<Vec<_>>(),
            [
                ("supporters to monitor polling places", Some("supporters")),
                ("that she was pleased", Some("reporters")),
            ]
        );
    }

    #[test]
    fn a_sentence_that_goes_on_after_its_cue_with_a_conjunction_is_content() {
        let found = statements(
            "Many of the visitors were older, she said, and “I had to step back.” \
             He may not electrify a room, Smith said in an interview, but he is still effective. \
             The plane was insured for $35 million, Jones said, and experts say it is worth less.",
        );
        let contents: Vec<&str> = found.iter().map(|f| f.1.as_str()).collect();
        assert_eq!(
            contents,
            [
                "Many of the visitors were older and “I had to step back.”",
                "He may not electrify a room but he is still effective",
                // Words someone else says are theirs.
                "The plane was insured for $35 million",
                "it is worth less",
            ]
        );
        // After the cue's adjunct, a verb goes on.
        let found = statements(
            "The truth, the senator said then, was that Trump had attacked his wife. \
             It is an insult, lawmakers said Friday, as they bristled at the questions.",
        );
        assert_eq!(found[0].1, "The truth was that Trump had attacked his wife");
        assert_eq!(found[1].1, "It is an insult");
        // An infinitive after the cue is its content, not an adjunct: the
        // lead before the comma is no content.
        let found = statements(
            "Through a spokesman, he declined to comment. \
             And until Thursday, Trump has refused to disclose his medical records. \
             The plan is dead, he said to reporters.",
        );
        let contents: Vec<&str> = found.iter().map(|f| f.1.as_str()).collect();
        assert_eq!(
            contents,
            [
                "to comment",
                "to disclose his medical records",
                "The plan is dead"
            ]
        );
        // So does a gerund subject or "including", but not what the
        // speaker did meanwhile.
        let found = statements(
            "Though the transition was seamless, he said, replacing Clinton would be acrimonious. \
             The emails were on many topics, she said, including speeches. \
             Sales were great, he said, wiping sweat off his face.",
        );
        let contents: Vec<&str> = found.iter().map(|f| f.1.as_str()).collect();
        assert_eq!(
            contents,
            [
                "Though the transition was seamless replacing Clinton would be acrimonious",
                "The emails were on many topics including speeches",
                "Sales were great",
            ]
        );
    }

    #[test]
    fn content_around_a_mid_sentence_cue_and_before_a_relative_clause() {
        let found = statements(
            "Climate change, Smith said, is the greatest threat to the region. \
             Smith said the pledge came from Clinton, who has not been charged.",
        );
        assert_eq!(
            found[0].1,
            "Climate change is the greatest threat to the region"
        );
        assert_eq!(found[1].1, "the pledge came from Clinton");
        let found = statements(
            "Smith said the plan would cost $2 billion; prices rose anyway. \
             Jones praised Machado in a statement on Thursday. \
             Brown said the vote was lost ― probably not what he had in mind.",
        );
        let contents: Vec<&str> = found.iter().map(|f| f.1.as_str()).collect();
        assert_eq!(
            contents,
            [
                "the plan would cost $2 billion",
                "Machado",
                "the vote was lost"
            ]
        );
        // One word may lead in, but not a conjunction.
        let found = statements(
            "Now, she said, the two groups do not mix much. \
             If, as I have suggested, he benefits from the rules, he has proposed nothing.",
        );
        assert_eq!(found[0].1, "Now the two groups do not mix much");
        assert!(found.iter().all(|f| !f.1.starts_with("If")), "{found:?}");
        let x = crate::extract::run(&article(
            "Climate change, Smith said, is the greatest threat.",
        ));
        assert_eq!(x.statements[0].content.len(), 2);
        // A quotation opening a sentence after the cue's comma is the
        // content; one that goes on with the sentence joins the words
        // before the speaker.
        let found = statements(
            "In Iowa, Trump said, “Maybe he didn’t do a good job.” \
             Lamenting their luck, Mexicans often say, ''Poor Mexico.'' \
             He was defensive, saying, “I wasn’t satisfied with his work.” \
             The economy, he said, “is in trouble.”",
        );
        let contents: Vec<&str> = found.iter().map(|f| f.1.as_str()).collect();
        assert_eq!(
            contents,
            [
                "“Maybe he didn’t do a good job.”",
                // (The participle that opens the sentence is a cue too.)
                "their luck",
                "''Poor Mexico.''",
                "“I wasn’t satisfied with his work.”",
                "The economy “is in trouble.”"
            ]
        );
    }

    #[test]
    fn a_relative_clause_that_reports_speech_is_not_the_sources() {
        let found = statements(
            "Mr. Kamin, who emphasized that the proposals were simple, said the plan was sound. \
             Chris Cox, who runs the lobbying arm, said the plan was sound.",
        );
        let sources: Vec<&str> = found.iter().map(|f| f.0.as_str()).collect();
        assert_eq!(
            sources,
            ["who", "Mr. Kamin", "Chris Cox, who runs the lobbying arm,"]
        );
    }

    #[test]
    fn a_noun_the_model_takes_for_a_cue_has_its_possessor_for_source() {
        let x = crate::extract::run(&article(
            "Donald Trump’s claim that there have been thousands of shootings is false. \
             His assertion that Russia should hack the emails drew criticism.",
        ));
        let found: Vec<(&str, &str)> = x
            .statements
            .iter()
            .filter(|s| matches!(s.cue.text.as_str(), "claim" | "assertion"))
            .map(|s| {
                (
                    s.source.as_ref().map_or("", |p| p.text.as_str()),
                    s.cue.text.as_str(),
                )
            })
            .collect();
        assert_eq!(found, [("Donald Trump’s", "claim"), ("His", "assertion")]);
    }

    #[test]
    fn what_someone_was_asked_is_content_with_no_source() {
        let found = statements(
            "“It was very nice,” Lopez told Reuters when asked if he had met Trump. \
             In an interview, he was asked what happened to the black vote.",
        );
        let rows = sources_and_contents(&found);
        assert_eq!(
            rows,
            [
                ("Lopez", "“It was very nice,”"),
                ("", "if he had met Trump"),
                ("", "what happened to the black vote"),
            ]
        );
    }

    #[test]
    fn a_passive_cue_with_no_agent_attributes_its_subject_and_clause() {
        assert_cues_and_contents(
            "He has been harshly criticized for policies that objectors see as abuses. \
             Although North Korea is not thought to be capable of delivering warheads, \
             it is considered a threat to U.S. troops. \
             Peacekeepers have sometimes been accused of hurting civilians. \
             The plan was announced last week. \
             Many observers were surprised when Trump produced a plan.",
            &[
                // (The cue takes its preposition; content's segments
                // are joined by a space.)
                (
                    "has been harshly criticized for",
                    "He policies that objectors see as abuses",
                ),
                // The subject starts after the conjunction and ends
                // before the negation.
                (
                    "is not thought",
                    "North Korea to be capable of delivering warheads",
                ),
                ("is considered", "it a threat to U.S. troops"),
                ("been accused of", "Peacekeepers hurting civilians"),
                // A time is no content.
                ("was announced", "The plan"),
                // A feeling is its subject's, as an adjective's would be
                // (its source is "Many observers").
                ("were surprised", "when Trump produced a plan"),
            ],
        );
        // An emotion with a "that" clause has its subject for source; a
        // passive's subject before "that" is whom it was said to.
        let found = statements(
            "Republicans were also incensed that the deals did not require it. \
             He was told that the plan had failed.",
        );
        let rows = sources_and_contents(&found);
        assert_eq!(
            rows,
            [
                ("Republicans", "that the deals did not require it"),
                ("", "that the plan had failed"),
            ]
        );
    }

    #[test]
    fn a_quoted_title_belongs_to_the_phrase_it_closes() {
        let found = statements(
            "Walking into the office to chants of \"Marco! Marco!,\" the senator said \
             his campaign was strong. \
             Joe Scarborough, host of MSNBC’s “Morning Joe,” suggested Trump could lose. \
             ''I wish him well,'' Mr. Trump told the hosts of ''Morning Joe,'' adding that \
             his son is friendly with one of Mr. Bush's sons. \
             Clinton said on NBC's \"Meet the Press\" that she would win. \
             He cited \"political tensions\" in economies that are generating uncertainty.",
        );
        let rows = sources_and_contents(&found);
        assert_eq!(
            rows,
            [
                // The quotation is the writer's: the speaker's words
                // follow the cue.
                ("the senator", "his campaign was strong"),
                // The title's comma and marks close the apposition.
                (
                    "Joe Scarborough, host of MSNBC’s “Morning Joe,”",
                    "Trump could lose"
                ),
                ("Mr. Trump", "''I wish him well,''"),
                // A participle after the title is the clause subject's.
                (
                    "Mr. Trump",
                    "that his son is friendly with one of Mr. Bush's sons"
                ),
                // A show's title is part of the adjunct before "that"; a
                // quoted phrase in lower case is the content's.
                ("Clinton", "that she would win"),
                (
                    "He",
                    "\"political tensions\" in economies that are generating uncertainty"
                ),
            ]
        );
    }

    #[test]
    fn cues_take_their_auxiliaries_and_the_model_adds_unlisted_cues() {
        let x = crate::extract::run(&article(
            "Hillary Clinton has consistently stressed that her plans will help families. \
             Senator Ted Cruz mused that the party had lost its way. \
             Claudia Sheinbaum has called for greater coordination with the US. \
             Mr. Ryan has long said that taxes are too high.",
        ));
        let cues: Vec<(&str, &str, crate::model::CueClass)> = x
            .statements
            .iter()
            .map(|s| (s.cue.text.as_str(), s.cue_lemma.as_str(), s.cue_class))
            .collect();
        assert_eq!(
            cues,
            [
                (
                    "has consistently stressed",
                    "stress",
                    crate::model::CueClass::Speech
                ),
                ("mused", "mused", crate::model::CueClass::Other),
                ("has called for", "call", crate::model::CueClass::Speech),
                ("has long said", "say", crate::model::CueClass::Speech)
            ]
        );
        assert_eq!(
            x.statements[3].source.as_ref().map(|p| p.text.as_str()),
            Some("Mr. Ryan")
        );
        assert_eq!(
            x.statements[2].content_text,
            "greater coordination with the US"
        );
        assert_eq!(
            x.statements[1].source.as_ref().map(|p| p.text.as_str()),
            Some("Senator Ted Cruz")
        );
        // A headline's capitalised adverb is the cue's too.
        let x = crate::extract::run(&article(
            "Rick Perry Just Announced Who He Is Endorsing\n\nHe spoke on Monday.",
        ));
        let s = &x.statements[0];
        assert_eq!(
            (
                s.source.as_ref().map(|p| p.text.as_str()),
                s.cue.text.as_str()
            ),
            (Some("Rick Perry"), "Just Announced")
        );
    }

    #[test]
    fn a_transcript_turn_runs_to_its_paragraph_end_and_nests_speech() {
        let x = crate::extract::run(&article(
            "Partial transcript:\n\nWALLACE: Let us start with the news. Trump said he would attend. \
             I told him that was fine.\n\nPENCE: Well, I think so.",
        ));
        let found: Vec<(Option<usize>, &str, &str)> = x
            .statements
            .iter()
            .map(|s| {
                (
                    s.parent,
                    s.source.as_ref().map_or("", |p| p.text.as_str()),
                    s.content_text.as_str(),
                )
            })
            .collect();
        assert_eq!(
            found,
            [
                (
                    None,
                    "WALLACE",
                    "Let us start with the news. Trump said he would attend. I told him that was fine."
                ),
                (Some(0), "Trump", "he would attend"),
                (Some(0), "I", "that was fine"),
                (None, "PENCE", "Well, I think so."),
            ]
        );
    }

    #[test]
    fn direct_quote_before_cue_and_split_quote() {
        let found =
            statements("Claudia Sheinbaum spoke. “Well,” she said, “no.” “Never,” she added.");
        assert_eq!(found.len(), 2, "{found:?}");
        assert_eq!(found[0].0, "she");
        assert_eq!(found[0].1, "“Well,” “no.”");
        assert_eq!(found[0].2, SpeechKind::Direct);
        assert_eq!(found[1].1, "“Never,”");
        // An adjunct or addressee between the cue and the second part.
        assert_cues_and_contents(
            "\"I think he will be fair,\" Trump said during a rally in Kenansville, N.C., \
             \"but a lot of people are watching.\" \
             \"It is new,\" Schiff told Capital Download on Wednesday, \"and troubling.\"",
            &[
                (
                    "said",
                    "\"I think he will be fair,\" \"but a lot of people are watching.\"",
                ),
                ("told", "\"It is new,\" \"and troubling.\""),
            ],
        );
        // What the speaker spoke of.
        assert_cues_and_contents(
            "\"To the extent they care,\" he said of the Clinton campaign, \"I am sure I pleased them.\"",
            &[(
                "said",
                "\"To the extent they care,\" \"I am sure I pleased them.\"",
            )],
        );
    }

    #[test]
    fn indirect_and_mixed_speech_with_addressee() {
        let found = statements(
            "Mexican President Claudia Sheinbaum told reporters on Monday that talks went well. \
             Donald Trump said Mexico must “get its act together” now.",
        );
        assert_eq!(found[0].0, "Mexican President Claudia Sheinbaum");
        assert_eq!(found[0].1, "that talks went well");
        assert_eq!(found[0].2, SpeechKind::Indirect);
        assert_eq!(found[0].3.as_deref(), Some("reporters"));
        assert_eq!(found[1].2, SpeechKind::Mixed);
        assert_eq!(found[1].1, "Mexico must “get its act together” now");
    }

    #[test]
    fn according_to_and_inverted_speaker() {
        let found = statements("Talks will resume in March, according to the State Department. “It is over,” said Donald Trump.");
        assert_eq!(found[0].1, "Talks will resume in March");
        assert_eq!(found[0].0, "the State Department");
        assert_eq!(found[1].0, "Donald Trump");
    }

    #[test]
    fn an_inverted_speaker_keeps_names_and_leaves_out_a_participle() {
        assert_one_source_each(&[
            (
                "\"We know,\" said R. Gil Kerlikowske, the United States Customs commissioner.",
                "R. Gil Kerlikowske, the United States Customs commissioner",
            ),
            (
                "\"She does not care,\" wrote one Sanders supporter, standing outside the hall.",
                "one Sanders supporter",
            ),
            (
                "\"It is old,\" said a longtime adviser to Trump, who declined to be identified.",
                "a longtime adviser to Trump, who declined to be identified",
            ),
        ]);
    }

    #[test]
    fn speakers_of_conjoined_and_second_clauses() {
        let found = statements(
            "Mr. Carson admitted that the course name was inaccurate, but said his campaign had found the article.",
        );
        assert_eq!(found[1].0, "Mr. Carson");
        assert_eq!(found[1].1, "his campaign had found the article");
        // After a bare "and", a past form with a pronoun or a name before
        // it, but not one joined to the subject before "and".
        let found = statements(
            "Republicans said they were convinced the department erred and Democrats accused the GOP of stoking the issue. \
             Cruz said both he and Rubio promised to lead the fight.",
        );
        let rows = sources_and_contents(&found);
        assert_eq!(
            rows,
            [
                ("Republicans", "they were convinced the department erred"),
                ("Democrats", "the GOP of stoking the issue"),
                ("Cruz", "both he and Rubio promised to lead the fight"),
                ("both he and Rubio", "to lead the fight"),
            ]
        );
        // A second verb of the reported clause's subject stays in it.
        let found = statements(
            "Voters said they had misgivings about Mrs. Clinton, but could not bear to insult Mr. Obama.",
        );
        assert_eq!(
            found[0].1,
            "they had misgivings about Mrs. Clinton, but could not bear to insult Mr. Obama"
        );
        // A new clause with its own speaker, after a bare "and" or after
        // a time that opens it, even past a quoted phrase's comma.
        let found = statements(
            "One in three said the party doesn’t care and one in four said the party was hostile. \
             Where he used to boast that he had decimated ''core Al Qaeda,'' on Tuesday night \
             he said it still posed a threat.",
        );
        let rows = sources_and_contents(&found);
        assert_eq!(
            rows,
            [
                ("One in three", "the party doesn’t care"),
                ("one in four", "the party was hostile"),
                ("he", "that he had decimated ''core Al Qaeda,''"),
                ("he", "it still posed a threat"),
            ]
        );
        // Without a comma: the first content ends before "but said".
        let found = statements(
            "Sullivan doubted that Judicial Watch could question Clinton \
             but said the group could come back later.",
        );
        assert_eq!(found[0].1, "that Judicial Watch could question Clinton");
        assert_eq!(found[1].0, "Sullivan");
        assert_eq!(found[1].1, "the group could come back later");
        let found = statements(
            "Nearly a third say they don't know, and one in five say it's not an improvement.",
        );
        assert_eq!(
            found
                .iter()
                .map(|s| (s.0.as_str(), s.1.as_str()))
                .collect::<Vec<_>>(),
            [
                ("Nearly a third", "they don't know"),
                ("one in five", "it's not an improvement")
            ]
        );
    }

    #[test]
    fn a_determiner_and_adjectives_before_a_name_belong_to_the_speaker() {
        let found = statements(
            "A flabbergasted Noah said the plan would fail. A newly elected Bush said he would \
             veto it. The reason President Obama said no is simple.",
        );
        let sources: Vec<&str> = found.iter().map(|f| f.0.as_str()).collect();
        // (Not a noun before the name: "The reason President Obama said".)
        assert_eq!(
            sources,
            [
                "A flabbergasted Noah",
                "A newly elected Bush",
                "President Obama"
            ]
        );
    }

    #[test]
    fn content_in_a_relative_clause_ends_where_the_main_clause_resumes() {
        let found = statements(
            "Bernie Sanders, who said on Monday that he would stay in the race, won Oregon.",
        );
        assert_eq!(found[0].1, "that he would stay in the race");
        let found = statements(
            "Among voters who said they cared most about honesty, most in both states supported Sanders.",
        );
        assert_eq!(found[0].1, "they cared most about honesty");
        // Not a comma inside the content ("…, who said that the plan,
        // as written, is dead").
        let found =
            statements("Ms. Ruiz, who said that the plan, as written, is dead, walked out.");
        assert_eq!(found[0].1, "that the plan, as written, is dead");
    }

    #[test]
    fn content_ends_at_the_main_clause_and_goes_on_after_according_to() {
        let found = statements(
            "While Mr. Trump has said he is ready to fight, he has not defended the plan.",
        );
        assert_eq!(found[0].1, "he is ready to fight");
        let found = statements(
            "The plan, according to a person close to the process, is to turn the attacks around.",
        );
        assert_eq!(found[0].0, "a person close to the process");
        assert_eq!(found[0].1, "The plan is to turn the attacks around");
        let found = statements("Clinton won Iowa, according to the AP, and Sanders lost.");
        assert_eq!(found[0].1, "Clinton won Iowa");
        // Not the connective or conjunction that opens the sentence; an
        // adjunct of time or place stays.
        let found = statements(
            "In fact, she raised the most money, according to the Times. \
             And Mrs. Clinton now holds a gaping advantage, according to the poll. \
             As of Wednesday, Clinton had 2,205 delegates, according to the AP. \
             Meanwhile in Ohio, Kasich has been surging, according to the poll. \
             Thus far, the talks have failed, according to the AP. \
             Now, according to the poll, some are swinging.",
        );
        let contents: Vec<&str> = found.iter().map(|f| f.1.as_str()).collect();
        assert_eq!(
            contents,
            [
                "she raised the most money",
                "Mrs. Clinton now holds a gaping advantage",
                "As of Wednesday, Clinton had 2,205 delegates",
                "Meanwhile in Ohio, Kasich has been surging",
                "the talks have failed",
                // A time before the source, and the clause after it.
                "Now some are swinging",
            ]
        );
        let found = statements(
            "Mr. Leenders, who estimated that many workers were Trump supporters, said he voted for Mr. Obama.",
        );
        assert_eq!(found[0].1, "that many workers were Trump supporters");
        assert_eq!(found[1].1, "he voted for Mr. Obama");
        // A comma inside closing marks ends such an aside's content too.
        let found = statements(
            "Mr. Manafort, citing ''the unique magic of Trump,'' said the candidate could win.",
        );
        assert_eq!(found[0].1, "''the unique magic of Trump,''");
        assert_eq!(found[1].0, "Mr. Manafort");
        assert_eq!(found[1].1, "the candidate could win");
        // An abbreviation keeps its period, in the content and the source.
        let found = statements(
            "Jared Bernstein, an adviser to Joseph R. Biden Jr., said it hurt farmers in Fresno, \
             Calif. Nobody agreed.",
        );
        assert_eq!(found[0].1, "it hurt farmers in Fresno, Calif.");
        let found = statements(
            "The plan hurt farmers, said an adviser to Vice President Joseph R. Biden Jr.",
        );
        assert_eq!(
            found[0].0,
            "an adviser to Vice President Joseph R. Biden Jr."
        );
    }

    #[test]
    fn a_time_or_medium_before_the_cue_is_not_the_speaker() {
        assert_one_source_each(&[
            (
                "The Supreme Court this month rejected the idea that the vote was rigged.",
                "The Supreme Court",
            ),
            (
                "Rep. Elijah Cummings, the top Democrat on the committee, in a statement said the vote was rigged.",
                "Rep. Elijah Cummings, the top Democrat on the committee,",
            ),
            (
                "Trump in his announcement speech called undocumented immigrants “rapists”.",
                "Trump",
            ),
            ("Clinton in March said the plan was bad.", "Clinton"),
            // Modals and "even" stand between too.
            ("Trump is even thinking about using the stadium.", "Trump"),
            // An adjective after "were" is no passive: its subject speaks.
            (
                "Clinton aides were coy about whether they would change course.",
                "Clinton aides",
            ),
        ]);
    }

    /// Each text has one statement, whose source is the one given.
    fn assert_one_source_each(cases: &[(&str, &str)]) {
        for (text, source) in cases {
            let found = statements(text);
            assert_eq!(found.len(), 1, "{text}");
            assert_eq!(found[0].0, *source, "{text}");
        }
    }

    #[test]
    fn a_finding_or_a_name_inside_the_subject_takes_the_whole_subject() {
        assert_one_source_each(&[
            (
                "The latest Reuters/Ipsos poll showed Clinton ahead by four points.",
                "The latest Reuters/Ipsos poll",
            ),
            (
                "Exit polls taken in South Carolina found that Clinton won black voters.",
                "Exit polls taken in South Carolina",
            ),
            // A name's capitalised word is no cue ("Reports").
            (
                "The latest Rasmussen Reports poll shows Clinton ahead by four points.",
                "The latest Rasmussen Reports poll",
            ),
            (
                "People close to the Clintons said the campaign was worried.",
                "People close to the Clintons",
            ),
            (
                "Supporters who have heard from the Rubio campaign say he will win.",
                "Supporters who have heard from the Rubio campaign",
            ),
            // A question word ends the words before the subject; a
            // pronoun takes no title before it.
            ("That is why critics say the plan will fail.", "critics"),
            ("It is the kind of president she hopes he will be.", "she"),
            // "Then" opens the clause; it is no part of the speaker.
            ("Then someone asked whether it was true.", "someone"),
            // A list with commas is one subject; "family" is no adverb.
            (
                "The family, protesters and civic leaders have been demanding that the video \
                 be released.",
                "The family, protesters and civic leaders",
            ),
            // The subject may open a clause after "that".
            (
                "What helps her is that 78 percent of voters in a recent CBS News poll said \
                 they like her.",
                "78 percent of voters in a recent CBS News poll",
            ),
            // A verb before a noun phrase is no part of a subject.
            (
                "Rakeyia Scott can be heard yelling to the officers that her husband was unarmed.",
                "Rakeyia Scott",
            ),
            // A clause before the name is no subject of the cue.
            (
                "The addressees were given a deadline to comply with the DOJ demand that the \
                 law not be used.",
                "the DOJ",
            ),
        ]);
    }

    #[test]
    fn a_name_inside_the_subject_is_not_the_speaker() {
        let x = crate::extract::run(&article(
            "People close to Hillary Clinton said the campaign was worried. \
             The plan passed, according to Rep. Gwen Moore (D-Wis.).",
        ));
        let sources: Vec<_> = x
            .statements
            .iter()
            .map(|s| s.source.as_ref().expect("a source"))
            .map(|p| (p.text.as_str(), p.entity.as_ref().map(|e| e.0.as_str())))
            .collect();
        assert_eq!(
            sources,
            [
                ("People close to Hillary Clinton", None),
                ("Rep. Gwen Moore (D-Wis.)", Some("person/gwen-moore")),
            ]
        );
    }

    #[test]
    fn speakers_keep_their_titles_honorifics_and_possessives() {
        for (text, source, entity) in [
            (
                "Mrs. Clinton's aides said the plan was sound.",
                "Mrs. Clinton's aides",
                None,
            ),
            (
                "Sanders’ aides say the race is close.",
                "Sanders’ aides",
                None,
            ),
            (
                "House Speaker Paul Ryan said the bill would pass.",
                "House Speaker Paul Ryan",
                Some("person/paul-ryan"),
            ),
            (
                "Rep. Tom Cole of Oklahoma said the vote was close.",
                "Rep. Tom Cole of Oklahoma",
                Some("person/tom-cole"),
            ),
            (
                "Carole Bower, 75, a retiree in Carthage, Ill., said she supported him.",
                "Carole Bower, 75, a retiree in Carthage, Ill.,",
                None,
            ),
            // The person an apposition of several commas describes.
            (
                "Michael Mulgrew, president of the United Federation of Teachers, which \
                 represents city educators, said the plan was bad.",
                "Michael Mulgrew, president of the United Federation of Teachers, which \
                 represents city educators,",
                Some("person/michael-mulgrew"),
            ),
            (
                "Christopher Harvey, an African-American delegate from Houston, Texas, said \
                 the plan was bad.",
                "Christopher Harvey, an African-American delegate from Houston, Texas,",
                Some("person/christopher-harvey"),
            ),
            (
                "At least one commentator said the plan was bad.",
                "At least one commentator",
                None,
            ),
            (
                "The 76-year-old Bernie Sanders said the plan was bad.",
                "The 76-year-old Bernie Sanders",
                Some("person/bernie-sanders"),
            ),
            (
                "Christian Rev. Derek Penwell said the plan was bad.",
                "Christian Rev. Derek Penwell",
                Some("person/derek-penwell"),
            ),
            (
                "Billionaire hedge fund manager Paul Singer said the plan was bad.",
                "Billionaire hedge fund manager Paul Singer",
                Some("person/paul-singer"),
            ),
            (
                "His campaign chairman Paul Manafort said the plan was bad.",
                "His campaign chairman Paul Manafort",
                Some("person/paul-manafort"),
            ),
            (
                "That is the reason President Barack Obama said the plan was bad.",
                "President Barack Obama",
                Some("person/barack-obama"),
            ),
            (
                "Democracy Corps’ Stan Greenberg said the plan was bad.",
                "Democracy Corps’ Stan Greenberg",
                Some("person/stan-greenberg"),
            ),
            (
                "As the LinkedIn chief executive, Jeff Weiner, said the plan was bad.",
                "the LinkedIn chief executive, Jeff Weiner,",
                Some("person/jeff-weiner"),
            ),
            (
                "Fox News’ Bret Baier noticed that the plan was bad.",
                "Fox News’ Bret Baier",
                None,
            ),
            (
                "A pro-Rubio super PAC said the plan was bad.",
                "A pro-Rubio super PAC",
                None,
            ),
            (
                "Bernie Sanders himself said the plan was bad.",
                "Bernie Sanders himself",
                Some("person/bernie-sanders"),
            ),
            (
                "Unlike Mrs. Clinton, analysts said it was bad.",
                "analysts",
                None,
            ),
        ] {
            let x = crate::extract::run(&article(text));
            assert_eq!(x.statements.len(), 1, "{text}");
            let sp = x.statements[0].source.as_ref().expect("a source");
            assert_eq!(sp.text, source, "{text}");
            assert_eq!(sp.entity.as_ref().map(|e| e.0.as_str()), entity, "{text}");
        }
    }

    #[test]
    fn according_to_takes_its_whole_phrase_as_source() {
        assert_one_source_each(&[
            (
                "Clinton leads by four points, according to a CNN tally.",
                "a CNN tally",
            ),
            (
                "Clinton leads by four points, according to a Reuters/Ipsos poll released Friday.",
                "a Reuters/Ipsos poll released Friday",
            ),
            (
                "The plan costs $1 trillion, according to the Tax Policy Center - half a percent of output.",
                "the Tax Policy Center",
            ),
            (
                "According to the top British medical journal, the drug works.",
                "the top British medical journal",
            ),
        ]);
    }

    #[test]
    fn quote_only_sentence_continues_the_statement() {
        let found =
            statements("“We operate in Mexico,” Claudia Sheinbaum said. “No one else does.”");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].1, "“We operate in Mexico,” “No one else does.”");
    }

    #[test]
    fn nested_speech_keeps_both_levels() {
        let text = "Claudia Sheinbaum met Donald Trump. “He asked, ‘Want help?’ I told him, ‘No, thanks,’ and that was it,” Sheinbaum recounted.";
        let extraction = crate::extract::run(&article(text));
        let nested: Vec<_> = extraction
            .statements
            .iter()
            .filter(|s| s.parent.is_some())
            .collect();
        assert_eq!(nested.len(), 2, "{nested:?}");
        assert_eq!(nested[0].content_text, "‘Want help?’");
        assert_eq!(
            nested[0]
                .source
                .as_ref()
                .unwrap()
                .entity
                .as_ref()
                .unwrap()
                .0,
            "person/donald-trump"
        );
        let inner = nested[1];
        assert_eq!(inner.content_text, "‘No, thanks,’");
        assert_eq!(
            inner.source.as_ref().unwrap().entity.as_ref().unwrap().0,
            "person/claudia-sheinbaum"
        );
        assert_eq!(
            inner.addressee.as_ref().unwrap().entity.as_ref().unwrap().0,
            "person/donald-trump"
        );
    }

    #[test]
    fn common_noun_subjects_lead_ins_and_questions() {
        let found = statements(
            "But environmentalists worry that the mine will pollute the river. \
             The fund warned that growth would slow. \
             Not paying taxes “makes me smart,” Trump said. \
             WASHINGTON ― The deal is dead, officials said. \
             ORLANDO, Fla. (Reuters) - The plan is dead, officials said. \
             Trump told Alex Marlow on Thursday how surprised he was. \
             If the plan rejected single mothers, families would suffer. \
             He asked my opinion on what they had done in Venezuela.",
        );
        let got = sources_and_contents(&found);
        assert_eq!(
            got,
            [
                ("environmentalists", "that the mine will pollute the river"),
                ("The fund", "that growth would slow"),
                // The words that lead into a quotation are content; the
                // statement is mixed.
                ("Trump", "Not paying taxes “makes me smart,”"),
                // The dateline is not content.
                ("officials", "The deal is dead"),
                // Nor a city, its state and the agency.
                ("officials", "The plan is dead"),
                // Nor is the addressee before a question.
                ("Trump", "how surprised he was"),
                // Unless the object is not someone.
                ("He", "my opinion on what they had done in Venezuela"),
            ]
        );
        assert_eq!(found[2].2, SpeechKind::Mixed);
    }

    #[test]
    fn cues_take_the_colon_before_their_content_and_particles_by_stem() {
        let x = crate::extract::run(&article(
            "The senator said: “We will not back down.” \
             He was referring to the email scandal. \
             Sanders continued to attack the bank. \
             The governor made it clear that she would run. \
             “We will win,” she said. “It is over.” \
             Trump was hinting at a run.",
        ));
        let cues: Vec<&str> = x.statements.iter().map(|s| s.cue.text.as_str()).collect();
        assert_eq!(
            cues,
            [
                "said:",
                "was referring to",
                "continued to attack",
                "made it clear",
                "said",
                "was hinting at"
            ]
        );
    }

    #[test]
    fn a_light_verb_takes_its_noun_of_attitude_into_the_cue() {
        assert_cues_and_contents(
            "Many Democrats have expressed misgivings about Mrs. Clinton. \
             The governor voiced support for the plan. \
             The mayor said the support for Trump was waning.",
            &[
                ("have expressed misgivings about", "Mrs. Clinton"),
                ("voiced support for", "the plan"),
                // A verb of saying keeps its clause whole.
                ("said", "the support for Trump was waning"),
            ],
        );
    }

    #[test]
    fn a_subject_no_rule_names_is_the_speaker_as_a_whole() {
        let found = statements(
            "One in three said the party does not care. \
             People briefed on the situation say that the governor has revealed nothing. \
             Even the organizer of a pro-Trump rally said the rules increased the chance of violence. \
             Most of them said they had loved working for Carrier. \
             RNC spokesman Sean Spicer on Thursday evening said the party was not in a crisis. \
             The report cited an inquiry into the attacks, which the probe said were covered up. \
             Trump took credit for the wall, and his aides said it was built. \
             Jillian Chase, 27, a Tinder user in New York, said the election came up. \
             A study that appeared in the journal found that half of the advice was wrong. \
             A 2014 study by Loyola Law School professor Justin Levitt found that fraud is rare. \
             Dr. Mariano found that the leg was never broken. \
             Those close to him say he is tired. \
             An analysis by the Tax Policy Center shows he took a loss. \
             A study by the school found that the rules were ignored.",
        );
        let speakers: Vec<&str> = found.iter().map(|f| f.0.as_str()).collect();
        assert_eq!(
            speakers,
            [
                "One in three",
                "People briefed on the situation",
                // A leading "Even" is not the speaker's.
                "the organizer of a pro-Trump rally",
                "Most of them",
                // Nor is the date before the cue.
                "RNC spokesman Sean Spicer",
                // "cited" is a cue too; the relative clause's subject is
                // the speaker of "said".
                "The report",
                "the probe",
                // The writer's clause before ", and" is no subject.
                "his aides",
                // An age and an apposition, two commas back.
                "Jillian Chase, 27, a Tinder user in New York,",
                // A relative clause whose verb comes first is the subject's.
                "A study that appeared in the journal",
                // A work by someone: the work.
                "A 2014 study by Loyola Law School professor Justin Levitt",
                // A person's finding, when it is a clause.
                "Dr. Mariano",
                // A pronoun in the object case is no subject.
                "Those close to him",
                // Evidence shows, as a study finds.
                "An analysis by the Tax Policy Center",
                "A study by the school",
            ]
        );
    }

    #[test]
    fn noun_phrase_content_keeps_its_when_and_because_clauses() {
        let found = statements(
            "Senator Smith praised the ruling because it protects voters. \
             Ms. Jones criticized the bill while it was in committee. \
             Mr. Brown praised the plan in a statement.",
        );
        let contents: Vec<&str> = found.iter().map(|f| f.1.as_str()).collect();
        assert_eq!(
            contents,
            [
                "the ruling because it protects voters",
                "the bill while it was in committee",
                // The occasion is not content.
                "the plan",
            ]
        );
    }

    #[test]
    fn joined_speakers_are_one_source_and_each_a_speaker() {
        let x = crate::extract::run(&article(
            "Mr. Grassley and Mr. Leahy said the program was flawed. \
             Both Mr. King and Mr. Schultz say the network is fair. \
             Neither Mr. Cruz nor Mr. Rubio said a word about it. \
             Neither the US nor Trump immediately issued a statement about the call. \
             President Obama, Hillary Clinton, and other Democrats want a vote. \
             Trump met Obama and Clinton said the plan would fail. \
             Obama stressed that the reforms were not complete, and human rights groups warned that leverage was lost. \
             In a statement, China and Russia said the vote was unfair. \
             Democratic candidates Hillary Clinton and Bernie Sanders said the plan is flawed.",
        ));
        let found: Vec<(&str, Vec<&str>)> = x
            .statements
            .iter()
            .map(|s| {
                (
                    s.source.as_ref().map_or("", |p| p.text.as_str()),
                    s.speakers.iter().map(|p| p.text.as_str()).collect(),
                )
            })
            .collect();
        assert_eq!(
            found,
            [
                (
                    "Mr. Grassley and Mr. Leahy",
                    vec!["Mr. Grassley", "Mr. Leahy"]
                ),
                (
                    "Both Mr. King and Mr. Schultz",
                    vec!["Mr. King", "Mr. Schultz"]
                ),
                // "Neither … nor … said" says nothing, whether or not
                // the speakers are found joined.
                (
                    "President Obama, Hillary Clinton, and other Democrats",
                    vec!["President Obama", "Hillary Clinton", "other Democrats"]
                ),
                // An object is no speaker, nor is a clause before ", and",
                // nor an adjunct before a comma.
                ("Clinton", vec![]),
                ("Obama", vec![]),
                ("human rights groups", vec![]),
                ("China and Russia", vec!["China", "Russia"]),
                // The plural that names them all opens the phrase.
                (
                    "Democratic candidates Hillary Clinton and Bernie Sanders",
                    vec!["Hillary Clinton", "Bernie Sanders"]
                ),
            ]
        );
        // The joined phrase stands for no one; each speaker keeps its own.
        let grassley = &x.statements[0];
        assert_eq!(grassley.source.as_ref().unwrap().entity, None);
        assert!(grassley.speakers.iter().all(|p| p.entity.is_some()));
    }

    #[test]
    fn joined_sources_and_sentence_final_appositions() {
        let found = statements(
            "Federal and state officials said the count was fair. \
             Mr. Grassley and Mr. Leahy said the program was flawed. \
             The mine will reopen, said Tim Hess, a developer in Virginia, who introduced Mr. Clarke to his bankers. \
             The bill is dead, said Rep. Jim Clyburn (D-S.C.), the assistant leader of the caucus. \
             The public is tired, said Sylke Tempel, the editor. \
             “It is cheap,” said Carla Cruz, 24. \
             “It is cheap,” said Robin Maynard, half joking.",
        );
        let speakers: Vec<&str> = found.iter().map(|f| f.0.as_str()).collect();
        assert_eq!(
            speakers,
            [
                "Federal and state officials",
                "Mr. Grassley and Mr. Leahy",
                "Tim Hess, a developer in Virginia, who introduced Mr. Clarke to his bankers",
                "Rep. Jim Clyburn (D-S.C.), the assistant leader of the caucus",
                // Short appositions too, but not a manner.
                "Sylke Tempel, the editor",
                "Carla Cruz, 24",
                "Robin Maynard",
            ]
        );
        assert_eq!(found[4].1, "The public is tired");
    }

    #[test]
    fn turns_of_phrase_imperatives_and_names_given_are_no_statements() {
        let x = crate::extract::run(&article(
            "Wages fell for the good people. You know, the ones who went to college.\n\n\
             (Yes, we know, guacamole is extra.)\n\n\
             Don't believe them.\n\n\
             A warm-up band called Sophistafunk got the crowd going.\n\n\
             But dumping Trump is easier said than done in New York City.\n\n\
             That said, the economy grew.\n\n\
             Having said that, the economy grew.\n\n\
             We know that wages fell.",
        ));
        let found: Vec<(&str, &str, &str)> = x.statements.iter().map(source_cue_content).collect();
        assert_eq!(found, [("We", "know", "that wages fell")]);
    }

    #[test]
    fn a_negated_cue_makes_a_negated_statement_and_keeps_its_negation() {
        let x = crate::extract::run(&article(
            "The Trump campaign did not immediately respond to requests for comment.\n\n\
             He doesn't think so.\n\n\
             Lawmakers have not said when they would take up the bill.\n\n\
             He didn’t insist either.\n\n\
             How has the administration responded? It has not said.\n\n\
             Ebrard said the talks went well.",
        ));
        let found: Vec<(&str, &str, &str, bool)> = x
            .statements
            .iter()
            .map(|s| {
                (
                    s.source.as_ref().map_or("", |p| p.text.as_str()),
                    s.cue.text.as_str(),
                    s.content_text.as_str(),
                    s.negated,
                )
            })
            .collect();
        assert_eq!(
            found,
            [
                (
                    "The Trump campaign",
                    "did not immediately respond to",
                    "requests for comment",
                    true
                ),
                ("He", "doesn't think", "so", true),
                (
                    "Lawmakers",
                    "have not said",
                    "when they would take up the bill",
                    true
                ),
                ("Ebrard", "said", "the talks went well", false),
            ]
        );
    }

    #[test]
    fn according_to_a_known_speaker_opening_the_sentence_leaves_the_content_after_it() {
        let x = crate::extract::run(&article(
            "Mexican President Claudia Sheinbaum spoke with Trump.\n\n\
             According to Sheinbaum, the call lasted 15 minutes.\n\n\
             According to Sheinbaum, the president of Mexico, the call was friendly.",
        ));
        let found: Vec<(&str, &str)> = x
            .statements
            .iter()
            .map(|s| {
                (
                    s.source.as_ref().map_or("", |p| p.text.as_str()),
                    s.content_text.as_str(),
                )
            })
            .collect();
        assert_eq!(
            found,
            [
                ("Sheinbaum", "the call lasted 15 minutes"),
                (
                    "Sheinbaum, the president of Mexico",
                    "the call was friendly"
                ),
            ]
        );
    }

    #[test]
    fn a_source_keeps_the_determiner_before_its_number() {
        let found: Vec<String> = statements(
            "The two leaders agreed to keep talking.\n\n\
             His many supporters say the election was stolen.\n\n\
             Two officials said the plan was dead.",
        )
        .into_iter()
        .map(|(source, ..)| source)
        .collect();
        assert_eq!(
            found,
            ["The two leaders", "His many supporters", "Two officials"]
        );
    }

    #[test]
    fn a_mixed_content_that_opens_with_a_quotation_is_no_quotation_to_search() {
        let x = crate::extract::run(&article(
            "“Mexico is not a colony,” Sheinbaum told her daily press briefing on Tuesday, according to Reuters.",
        ));
        let found: Vec<(&str, &str, Option<usize>)> = x
            .statements
            .iter()
            .map(|s| (s.cue.text.as_str(), s.content_text.as_str(), s.parent))
            .collect();
        assert_eq!(
            found,
            [
                ("told", "“Mexico is not a colony,”", None),
                (
                    "according to",
                    "“Mexico is not a colony,” Sheinbaum told her daily press briefing on Tuesday",
                    None
                ),
            ]
        );
    }

    #[test]
    fn a_tweet_is_a_social_media_post() {
        let x = crate::extract::run(&article("Trump tweeted that Mexico was doing very little."));
        let s = &x.statements[0];
        assert_eq!(
            (s.cue.text.as_str(), s.medium),
            ("tweeted", Some(crate::model::Medium::SocialMediaPost))
        );
        assert_eq!(s.medium_span, Some(crate::model::Span::new(6, 13)));
    }

    #[test]
    fn an_occasion_is_the_cue_clauses_and_a_stance_inherits_none() {
        let x = crate::extract::run(&article(
            "During the call, Cuba was not addressed, even though Trump had recently \
             threatened consequences for the island.\n\n\
             Sheinbaum told reporters at her press conference that ties were good. \
             She has also refrained from criticising Maduro. \
             She added that talks would go on.",
        ));
        let found: Vec<(&str, Option<crate::model::Medium>, bool)> = x
            .statements
            .iter()
            .map(|s| (s.cue.text.as_str(), s.medium, s.addressee.is_some()))
            .collect();
        use crate::model::Medium::PressConference;
        assert_eq!(
            found,
            [
                // The call is the main clause's, not the threat's.
                ("had recently threatened", None, false),
                ("told", Some(PressConference), true),
                // A stance was not taken up at the press conference, and
                // does not break the run of what was said there.
                ("has also refrained", None, false),
                ("added", Some(PressConference), true),
            ]
        );
    }

    #[test]
    fn a_participle_that_opens_the_sentence_has_the_subject_after_it() {
        let found = statements(
            "Citing an unfounded conspiracy theory, Trump repeated his claim. \
             Bemoaning the \"phony system,\" Trump accused Holt of bias. \
             Claiming the criticism is unfair, he left.",
        );
        let rows = sources_and_contents(&found);
        assert_eq!(
            rows,
            [
                ("Trump", "an unfounded conspiracy theory"),
                ("Trump", "his claim"),
                // The quotation's closing mark after its comma.
                ("Trump", "the \"phony system,\""),
                ("Trump", "Holt of bias"),
                ("he", "the criticism is unfair"),
            ]
        );
    }

    #[test]
    fn an_object_ends_before_an_adjunct_of_medium_or_time() {
        let found = statements(
            "Trump attacked Machado in early-morning tweets. \
             She praised his presence on Twitter. \
             He said the economy was weak in July. \
             She described Trump during an interview as a fraud.",
        );
        let contents: Vec<&str> = found.iter().map(|f| f.1.as_str()).collect();
        assert_eq!(
            contents,
            [
                "Machado",
                "his presence",
                // A clause keeps its adjuncts; so does an object with a
                // complement after the adjunct.
                "the economy was weak in July",
                "Trump during an interview as a fraud",
            ]
        );
    }

    #[test]
    fn content_ends_at_a_quotations_comma_before_a_new_speaker() {
        let found = statements(
            "DuVernay said she felt the amendment was worth examining because \
             “most people don’t know about that loop-hole,” she said. \
             “We have no context for the current moment.”",
        );
        let rows = sources_and_contents(&found);
        assert_eq!(
            rows,
            [
                (
                    "DuVernay",
                    "she felt the amendment was worth examining because \
                     “most people don’t know about that loop-hole,”"
                ),
                // The first statement's words are not the lead into the
                // second's quotation.
                (
                    "she",
                    "“most people don’t know about that loop-hole,” \
                     “We have no context for the current moment.”"
                ),
            ]
        );
        let found = statements(
            "She said she speaks about race because \"you talk about the issues,\" \
             though she has also pushed for reform.",
        );
        assert_eq!(
            found[0].1,
            "she speaks about race because \"you talk about the issues,\""
        );
    }

    #[test]
    fn a_relative_pronoun_before_a_mid_sentence_cue_is_the_contents_subject() {
        let found = statements(
            "The park is near the stadium, which, Tompkins said, is usually full on game days. \
             All of which, he said, would help ensure confidence.",
        );
        let contents: Vec<&str> = found.iter().map(|f| f.1.as_str()).collect();
        assert_eq!(
            contents,
            [
                "which is usually full on game days",
                "All of which would help ensure confidence"
            ]
        );
        let found = statements(
            "He met Obama, who he noted was in his final year. \
             It is a cap that Clinton hopes can help block any challenge. \
             It was so bad that Trump said the plan failed. \
             It was a step they believe could help unify the party. \
             It was a step they believe helped the party.",
        );
        let contents: Vec<&str> = found.iter().map(|f| f.1.as_str()).collect();
        assert_eq!(
            contents,
            [
                "who was in his final year",
                "that can help block any challenge",
                "the plan failed",
                // (Without its pronoun, before an auxiliary.)
                "a step could help unify the party",
                "helped the party"
            ]
        );
    }

    #[test]
    fn an_adjunct_before_the_contents_pronoun_subject_is_not_content() {
        let found = statements(
            "Trump said after the convention he would not accept the endorsement. \
             Clinton said in a statement Thursday night they pulled the listing. \
             Sanders said after she swept the South she was confident.",
        );
        let contents: Vec<&str> = found.iter().map(|f| f.1.as_str()).collect();
        assert_eq!(
            contents,
            [
                "he would not accept the endorsement",
                "they pulled the listing",
                // A clause of its own stays ("after she swept …").
                "after she swept the South she was confident"
            ]
        );
    }

    #[test]
    fn as_someone_reports_is_an_attribution() {
        let found = statements(
            "As The Epoch Times’ Ryan Morgan reports, the call comes as Trump raised pressure.",
        );
        // (The outlet's possessive is the speaker's, as annotators mark it.)
        assert_eq!(found[0].0, "The Epoch Times’ Ryan Morgan");
        assert_eq!(found[0].1, "the call comes as Trump raised pressure");
        // After the words it attributes, "as" and its clause are the
        // writer's frame.
        let found = statements(
            "Scott had a gun, as police have said. The economy is weak, as Trump noted on Monday.",
        );
        let rows = sources_and_contents(&found);
        assert_eq!(
            rows,
            [
                ("police", "Scott had a gun"),
                ("Trump", "The economy is weak")
            ]
        );
    }

    #[test]
    fn who_faced_or_drew_what_others_said_is_not_its_source() {
        assert_statements(
            "Trump's remarks drew criticism from Mexican lawmakers.\n\n\
             The statement quickly drew sharp criticism from both sides of the debate.\n\n\
             This view has drawn criticism both inside and outside the Fed.\n\n\
             Trump drew the support of 41 percent of the voters surveyed.\n\n\
             Suu Kyi has faced sharp criticism for her silence.\n\n\
             Chuck Grassley, facing a challenge in Iowa, said he would welcome Cruz.",
            &[
                // Those the reaction comes from speak; what they react to
                // is the content, the verb and its noun the cue.
                ("Mexican lawmakers", "drew criticism", "Trump's remarks"),
                (
                    "both sides of the debate",
                    "quickly drew sharp criticism",
                    "The statement",
                ),
                // With no "from", no one is named.
                ("", "has drawn criticism", "This view"),
                (
                    "41 percent of the voters surveyed",
                    "drew the support",
                    "Trump",
                ),
                ("", "sharp criticism for", "her silence"),
                ("Chuck Grassley", "said", "he would welcome Cruz"),
            ],
        );
    }

    #[test]
    fn a_fronted_clause_ends_where_the_main_clause_begins() {
        assert_cues_and_contents(
            "When Mr. Thiel was revealed as a Trump delegate, a columnist for the tech news site \
             said he was ''utterly ashamed'' of it.\n\n\
             While he does support Clinton, Groberg admits there is a faction of her party he \
             does not see eye to eye with, most specifically the anti-war crowd who seem to \
             largely be in the Bernie Sanders camp.\n\n\
             While many trial lawyers, including big donors, fiercely opposed those decisions, \
             the Democratic base has shown little interest.",
            &[
                // A noun phrase with a verb of its own opens the main clause.
                ("was revealed", "Mr. Thiel as a Trump delegate"),
                ("said", "he was ''utterly ashamed'' of it"),
                ("does support", "Clinton"),
                // A content in the main clause keeps its own commas.
                (
                    "admits",
                    "there is a faction of her party he does not see eye to eye with, most \
                     specifically the anti-war crowd who seem to largely be in the Bernie Sanders camp",
                ),
                // An aside in pairs of commas stays inside the fronted
                // clause.
                ("fiercely opposed", "those decisions"),
                ("has shown", "little interest"),
            ],
        );
    }

    #[test]
    fn after_an_as_lead_the_main_clause_is_what_was_said() {
        assert_cues_and_contents(
            "As Smith noted in a memo, the plan failed.\n\n\
             As one Twitter user pointed out with a telling side-by-side, the gap is vast.\n\n\
             As Trump said, the economy is weak.",
            &[
                ("noted", "the plan failed"),
                ("pointed out", "the gap is vast"),
                ("said", "the economy is weak"),
            ],
        );
        // Not after a verb of an act.
        let x = crate::extract::run(&article(
            "As Trump spoke at the rally, protesters gathered outside.",
        ));
        assert!(
            x.statements
                .iter()
                .all(|s| s.content_text != "protesters gathered outside"),
            "{:?}",
            x.statements
        );
    }

    #[test]
    fn what_a_speaker_was_asked_when_answering_is_a_statement() {
        // The model alone vetoes "asked" after a quotation's speaker.
        assert_cues_and_contents(
            "\"No government is ever going to get it perfect,\" Lopez-Cantera said when asked \
             about the Florida Standards.",
            &[
                ("said", "\"No government is ever going to get it perfect,\""),
                ("asked about", "the Florida Standards"),
            ],
        );
    }

    #[test]
    fn a_clause_between_commas_is_no_apposition_of_a_speaker() {
        let found = statements(
            "In a year when arguments against big government are resonating with voters, \
             candidates have more room to walk away from the program, said Steve Grubbs, an \
             Iowa operative.",
        );
        assert_eq!(
            sources_and_contents(&found),
            [(
                "Steve Grubbs, an Iowa operative",
                "In a year when arguments against big government are resonating with voters, \
                 candidates have more room to walk away from the program"
            )]
        );
    }

    #[test]
    fn a_passive_agent_after_its_complement_or_before_a_relative_clause_is_the_source() {
        let found = statements(
            "Mehmet Oz has been called a charlatan by fellow physicians for promoting quack \
             cures.\n\n\
             His views were echoed by a number of tax experts.\n\n\
             Clinton has been attacked by Bernie Sanders, who cites the speeches as evidence.\n\n\
             Her position was supported Friday by most senators.\n\n\
             Business leaders have been unsettled by the protests.\n\n\
             The charge is featured in a video released by the campaign.",
        );
        let sources = sources_and_contents(&found);
        assert_eq!(
            sources[..5],
            [
                // The complement between the cue and its agent is content.
                ("fellow physicians", "Mehmet Oz a charlatan"),
                // A cue only the model knows.
                ("a number of tax experts", "His views"),
                ("Bernie Sanders", "Clinton"),
                ("who", "the speeches as evidence"),
                // (A day is not.)
                ("most senators", "Her position"),
            ]
        );
        // The unsettled are no one's words, nor is what another
        // participle's agent did.
        assert!(
            sources
                .iter()
                .all(|(s, _)| !matches!(*s, "the protests" | "the campaign")),
            "{sources:?}"
        );
    }

    #[test]
    fn a_participle_after_an_opening_preposition_has_the_main_clause_subject_for_source() {
        let found = statements(
            "After suggesting on Wednesday that he regretted the insults, Mr. Rubio said he \
             would stay in.\n\n\
             While insisting that the plan works, Clinton conceded flaws.",
        );
        assert_eq!(
            sources_and_contents(&found),
            [
                // (The day before "that" is no content.)
                ("Mr. Rubio", "that he regretted the insults"),
                ("Mr. Rubio", "he would stay in"),
                ("Clinton", "that the plan works"),
                ("Clinton", "flaws"),
            ]
        );
    }

    #[test]
    fn a_trailing_speaker_phrase_holds_the_name_it_is_close_to() {
        let found = statements(
            "Cruz will change how he approaches his colleagues, a source close to the senator \
             said.\n\n\
             Many speculated that he might fail, but the turnout was higher than most analysts \
             had forecast.",
        );
        let sources = sources_and_contents(&found);
        assert_eq!(
            sources[0],
            (
                "a source close to the senator",
                "Cruz will change how he approaches his colleagues"
            )
        );
        // A clause is no speaker's phrase.
        assert!(
            sources.iter().all(|(s, _)| !s.contains("turnout")),
            "{sources:?}"
        );
    }

    #[test]
    fn a_trailing_subject_after_the_clause_comma_speaks() {
        let found = statements(
            "The group has raised millions, and there is an appetite among donors to do much \
             more, Law said.\n\n\
             In an address that spoke to the ''frustration, the fear, the anxiety and, yes, the \
             anger'' over an economy in which the wealthiest Americans have thrived, Mrs. \
             Clinton struck many of the same notes.",
        );
        assert_eq!(
            sources_and_contents(&found),
            [(
                "Law",
                "The group has raised millions, and there is an appetite among donors to do much more"
            )]
        );
    }
}
