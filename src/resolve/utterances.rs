//! Reports of one utterance across articles: same speaker, and contents
//! that share their rare words (weighted by rarity, with words outlets and
//! translators swap counted as one), a quoted phrase, or their place in the
//! story (the same question, the same nested remark, the remark between
//! two that already match).

use super::{cluster, report_key, short_hash, UnionFind};
use crate::model::{Article, EntityId, Extraction, ReportRef, SpeechKind, Utterance};
use crate::text::normalize;
use std::collections::{BTreeMap, BTreeSet, HashMap};

pub(super) fn utterances(articles: &[Article], extractions: &[Extraction]) -> Vec<Utterance> {
    let reports = reports(articles, extractions);
    let mut df: HashMap<String, usize> = HashMap::new();
    for r in &reports {
        for w in &r.words {
            *df.entry(w.clone()).or_default() += 1;
        }
    }
    let n = reports.len().max(1) as f64;
    let idf: HashMap<String, f64> = df
        .into_iter()
        .map(|(w, d)| (w, (n / d as f64).ln() + 0.1))
        .collect();
    // Candidate pairs, best first; a pair joins two groups only if no
    // article reports in both (one report per article and utterance), so
    // weak links cannot chain unrelated statements together.
    let mut pairs: Vec<(f64, usize, usize)> = Vec::new();
    for i in 0..reports.len() {
        for j in i + 1..reports.len() {
            if let Some(score) = likeness(&reports[i], &reports[j], &idf) {
                pairs.push((score, i, j));
            }
        }
    }
    let mut groups = Groups::new(&reports);
    // A headline and its body report share their one article, so joining
    // them leaves each group's set of articles as it was.
    for (i, j) in restated(&reports, &idf) {
        groups.uf.union(i, j);
    }
    groups.join(pairs);
    // Then the story's order: what two matched reports frame is matched too.
    for _ in 0..3 {
        let more = in_context(&reports, &mut groups);
        if more.is_empty() || groups.join(more) == 0 {
            break;
        }
    }
    let mut uf = groups.uf;
    let groups = uf.groups();
    // A negated report ("did not mention the wall") stands alone and tells
    // of no utterance.
    let mut out: Vec<Utterance> = groups
        .into_iter()
        .filter(|members| !members.iter().all(|&m| reports[m].denied))
        .map(|members| {
            let (first, refs) = cluster(&members, |m| (&reports[m].key, &reports[m].r));
            let mut addressees: BTreeMap<&EntityId, usize> = BTreeMap::new();
            for &m in &members {
                if let Some(a) = &reports[m].addressee {
                    *addressees.entry(a).or_default() += 1;
                }
            }
            let addressee = addressees
                .into_iter()
                .max_by_key(|(_, n)| *n)
                .map(|(a, _)| a.clone());
            Utterance {
                key: short_hash(&["utterance", &first]),
                speaker: reports[members[0]].speaker.clone(),
                addressee,
                reports: refs,
                occasion: None,
                about: Vec::new(),
                said_within: None,
            }
        })
        .collect();
    out.sort_by(|a, b| a.key.cmp(&b.key));
    out
}

/// One statement as the comparison sees it.
struct Report {
    r: ReportRef,
    speaker: Option<EntityId>,
    /// Who speaks, for comparison: the speaker entity, else the head of an
    /// unresolved source ("experts" in "Some experts still believe").
    voice: Option<String>,
    addressee: Option<EntityId>,
    words: BTreeSet<String>,
    /// Each two content words that follow each other ("running Mexico").
    phrases: BTreeSet<(String, String)>,
    /// The normalised wording (Quotebank's merge key for quotes).
    text: String,
    /// Content words of each quoted fragment.
    fragments: Vec<BTreeSet<String>>,
    /// The people the content names, besides the speaker.
    named: BTreeSet<EntityId>,
    direct: bool,
    /// A question ("asked me what my opinion was").
    question: bool,
    /// Whether the content says "not", "no" or "never" an odd number of
    /// times ("she is not honest and trustworthy").
    negated: bool,
    /// Whether the cue is negated ("did not say"): the report denotes no
    /// utterance, so it joins none.
    denied: bool,
    medium: Option<crate::model::Medium>,
    /// The report (index into all reports) whose quote holds this one.
    parent: Option<usize>,
    /// The voice of that report: who recounts this one.
    told_by: Option<String>,
    /// Whether its cue lies in the article's headline.
    headline: bool,
    key: String,
}

fn reports(articles: &[Article], extractions: &[Extraction]) -> Vec<Report> {
    let mut reports: Vec<Report> = Vec::new();
    for (a, x) in articles.iter().zip(extractions) {
        let base = reports.len();
        let chars: Vec<char> = a.text.chars().collect();
        let headline = headline(a);
        let people: Vec<&crate::model::Mention> = x
            .mentions
            .iter()
            .filter(|m| m.kind == crate::model::EntityKind::Person)
            .collect();
        let inside =
            |k: usize, m: &crate::model::Mention| m.span.char_start <= k && k < m.span.char_end;
        for (i, s) in x.statements.iter().enumerate() {
            // What was said, without the people it names: "continue pursuing
            // dialogue with US President Donald Trump" and "a very good
            // conversation with the President of the United States, Donald
            // Trump" share a name, not a remark.
            let said: String = s
                .content
                .iter()
                .flat_map(|c| {
                    (c.char_start..c.char_end.min(chars.len())).map(|k| {
                        if people.iter().any(|m| inside(k, m)) {
                            ' '
                        } else {
                            chars[k]
                        }
                    })
                })
                .collect();
            let sequence = content_sequence(&said);
            let speaker = s.source.as_ref().and_then(|p| p.entity.clone());
            let named = people
                .iter()
                .filter(|m| {
                    s.content
                        .iter()
                        .any(|c| c.char_start <= m.span.char_start && m.span.char_end <= c.char_end)
                })
                .filter_map(|m| m.entity.clone())
                .filter(|e| Some(e) != speaker.as_ref())
                .collect();
            let voice = speaker.as_ref().map(|e| e.0.clone()).or_else(|| {
                let head = s.source.as_ref()?.text.split_whitespace().last()?;
                Some(format!("unnamed:{}", head.to_lowercase()))
            });
            reports.push(Report {
                r: ReportRef {
                    article: a.id.clone(),
                    index: i,
                },
                speaker,
                voice,
                addressee: s.addressee.as_ref().and_then(|p| p.entity.clone()),
                words: sequence.iter().cloned().collect(),
                phrases: sequence
                    .windows(2)
                    .map(|w| (w[0].clone(), w[1].clone()))
                    .collect(),
                text: normalize(&s.content_text),
                fragments: quoted_fragments(&s.content_text)
                    .iter()
                    .map(|f| content_words(f))
                    .collect(),
                named,
                direct: s.kind == SpeechKind::Direct,
                question: QUESTION_CUES.contains(&s.cue_lemma.as_str()),
                negated: negated(&s.content_text),
                denied: s.negated,
                medium: s.medium,
                parent: s.parent.map(|p| base + p),
                told_by: None,
                headline: headline
                    .is_some_and(|h| h.char_start <= s.cue.start && s.cue.end <= h.char_end),
                key: report_key(&a.id.0, s),
            });
        }
    }
    for i in 0..reports.len() {
        reports[i].told_by = reports[i].parent.and_then(|p| reports[p].voice.clone());
    }
    reports
}

/// The rarity (inverse document frequency, natural log, plus 0.1) from
/// which a word counts as rare: in at most a quarter of all reports.
const RARE: f64 = 1.5;

/// Whether `text` says "not", "no", "never" or "n't" an odd number of times.
fn negated(text: &str) -> bool {
    let normal = normalize(text);
    let count = normal
        .split(' ')
        .filter(|w| matches!(*w, "not" | "no" | "never" | "t" | "nor"))
        .count();
    count % 2 == 1
}

const QUESTION_CUES: &[&str] = &["ask", "inquire", "question", "query"];

/// How surely two reports tell one utterance, on their words alone; `None`
/// when they do not. Higher joins first.
fn likeness(a: &Report, b: &Report, idf: &HashMap<String, f64>) -> Option<f64> {
    if a.r.article == b.r.article {
        return None;
    }
    alike(a, b, idf)
}

/// The span of an article's headline: its title, where the text prints it
/// near the top.
fn headline(a: &Article) -> Option<crate::model::Span> {
    let title = a.title.as_deref().filter(|t| !t.trim().is_empty())?;
    let top = a.text.get(..a.text.len().min(2000)).unwrap_or(&a.text);
    let at = top.find(title)?;
    Some(crate::model::span_of_bytes(
        &a.text,
        0,
        at..at + title.len(),
    ))
}

/// Each headline report and the report of the same remark in its
/// article's body, the likest one: a headline restates what the article
/// reports ("Sheinbaum rejects US strikes on Mexico territory in latest
/// call with Trump" and "Sheinbaum … ruled out US strikes on Mexican
/// territory in a phone call with US President Donald Trump").
fn restated(reports: &[Report], idf: &HashMap<String, f64>) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for (i, h) in reports.iter().enumerate().filter(|(_, r)| r.headline) {
        let best = reports
            .iter()
            .enumerate()
            .filter(|(_, b)| b.r.article == h.r.article && !b.headline)
            .filter_map(|(j, b)| Some((alike(h, b, idf)?, j)))
            .max_by(|x, y| x.0.total_cmp(&y.0).then(y.1.cmp(&x.1)));
        if let Some((_, j)) = best {
            out.push((i, j));
        }
    }
    out
}

/// [`likeness`] of two reports, whichever articles they come from.
fn alike(a: &Report, b: &Report, idf: &HashMap<String, f64>) -> Option<f64> {
    if a.voice.is_none() || b.voice.is_none() || a.denied || b.denied {
        return None;
    }
    // The same quoted words, one report quoting more of them.
    let (short, long) = if a.text.len() <= b.text.len() {
        (&a.text, &b.text)
    } else {
        (&b.text, &a.text)
    };
    if a.voice != b.voice {
        // The same long quotation, word for word, given to two speakers:
        // one utterance whose speaker the reports dispute. Nearly all of
        // each, so that a quotation recounting another's words is not
        // taken for them.
        let verbatim = a.direct
            && b.direct
            && 5 * short.len() >= 4 * long.len()
            && short.split(' ').nth(7).is_some()
            && long.contains(short.as_str());
        return verbatim.then_some(0.95);
    }
    if a.direct && b.direct && short.split(' ').count() >= 3 && long.contains(short.as_str()) {
        return Some(1.0);
    }
    // A quoted phrase of one report inside the other's words ("“get its act
    // together”" and "“Mexico has to get their act together…”").
    let shares_fragment = |x: &Report, y: &Report| {
        x.fragments
            .iter()
            .any(|f| f.len() >= 3 && f.is_subset(&y.words))
    };
    if (a.direct || b.direct) && (shares_fragment(a, b) || shares_fragment(b, a)) {
        return Some(0.9);
    }
    // Two rare words one report quotes and the other says in the same
    // order ("the need for “tangible results”" and "stressed the need for
    // tangible results").
    let rare = |w: &String| idf.get(w).is_some_and(|&x| x >= RARE);
    let quotes_a_pair = |x: &Report, y: &Report| {
        x.phrases.iter().any(|pair @ (p, q)| {
            rare(p)
                && rare(q)
                && y.phrases.contains(pair)
                && x.fragments
                    .iter()
                    .any(|f| f.len() == 2 && f.contains(p) && f.contains(q))
        })
    };
    if quotes_a_pair(a, b) || quotes_a_pair(b, a) {
        return Some(0.8);
    }
    // Two outlets' translations of one quoted phrase ("“97% of the drugs
    // coming in by water”" and "“broken up about 97% of drug trafficking
    // by sea”", "“The cartels are running Mexico…”" and "“criminal gangs
    // are running Mexico”"): short phrases that are most of what each
    // report says, sharing most words of the shorter, two of them in the
    // same order.
    let translated = a.fragments.iter().any(|f| {
        b.fragments.iter().any(|g| {
            let shared: BTreeSet<&String> = f.intersection(g).collect();
            shared.len() >= 3
                && f.len().max(g.len()) <= 12
                && 2 * f.len() >= a.words.len()
                && 2 * g.len() >= b.words.len()
                && shared.len() as f64 >= 0.6 * f.len().min(g.len()) as f64
                && a.phrases
                    .intersection(&b.phrases)
                    .any(|(x, y)| shared.contains(x) && shared.contains(y))
        })
    });
    if translated {
        return Some(0.85);
    }
    let shorter = if a.words.len() <= b.words.len() { a } else { b };
    let longer = if std::ptr::eq(shorter, a) { b } else { a };
    // One question, as the one asked recounts it ("Trump had asked for her
    // views on the capture of Maduro", "He asked me what my opinion was on
    // what they had done in Venezuela"): two words in common, or one rare
    // one, will do.
    let mut shared = a.words.intersection(&b.words);
    if a.question
        && b.question
        && a.told_by.is_some()
        && a.told_by == b.told_by
        && (shared.clone().count() >= 2 || shared.any(rare))
    {
        return Some(0.3);
    }
    // A short report ("Trump was understanding") is too small to be
    // matched on shared words alone; it matches another short one about
    // the same people that holds all its words ("this point was understood
    // by Trump"), not one that shares a word about no one ("we must always
    // seek mutual understanding").
    if shorter.words.len() < 4 {
        if longer.words.len() >= 4 || a.negated != b.negated {
            return None;
        }
        // The same three content words or more, word for word ("ordered
        // a raid on the port of Arica" in two outlets).
        if shorter.words.len() >= 3 && a.text == b.text {
            return Some(0.5);
        }
        let about_same = !a.named.is_empty() && a.named == b.named;
        return (about_same && !shorter.words.is_empty() && shorter.words.is_subset(&longer.words))
            .then_some(0.3);
    }
    // The same speaker telling the same person (not an audience) about
    // the same few rare words is most likely one utterance.
    let same_pair = a.addressee.is_some()
        && a.addressee == b.addressee
        && a.addressee
            .as_ref()
            .is_some_and(|e| !e.0.starts_with("group/"));
    // A figure both give ("a 50 per cent one-year drop in fentanyl
    // trafficking", "a 50% drop in fentanyl seizures") is rarely a
    // coincidence; a year is no figure.
    let same_figure = a.words.intersection(&b.words).any(|w| {
        let year = w.len() == 4 && (w.starts_with("19") || w.starts_with("20"));
        w.len() >= 2 && !year && w.chars().all(|c| c.is_ascii_digit())
    });
    let threshold = if same_pair {
        0.25
    } else if same_figure {
        0.3
    } else if a.direct && b.direct {
        // Two outlets' translations of one quote share fewer words
        // than two paraphrases must ("so far, it's going very well;
        // it's not necessary" and "things are progressing well and
        // that option is unnecessary"): measured on the seeds, the
        // same-speaker direct pairs at 0.4–0.5 were all one utterance.
        0.4
    } else {
        0.55
    };
    // A report of four or five words shares most of them by chance more
    // often, unless both are about the same people: "the importance of
    // respecting her country's sovereignty" is not "Trump showed respect
    // for Mexico's sovereignty".
    let threshold = if shorter.words.len() <= 5 && a.named != b.named {
        threshold + 0.2
    } else {
        threshold
    };
    let score = weighted_overlap(&a.words, &b.words, idf);
    (score >= threshold).then_some(score - threshold)
}

/// Reports grouped into utterances, at most one report per article in each.
struct Groups<'a> {
    uf: UnionFind,
    articles: Vec<BTreeSet<&'a crate::model::ArticleId>>,
    /// Each report's [`Report::denied`]: such a report joins no group.
    denied: Vec<bool>,
}

impl<'a> Groups<'a> {
    fn new(reports: &'a [Report]) -> Self {
        Self {
            uf: UnionFind::new(reports.len()),
            denied: reports.iter().map(|r| r.denied).collect(),
            articles: reports
                .iter()
                .map(|r| BTreeSet::from([&r.r.article]))
                .collect(),
        }
    }

    /// Joins the pairs, best first, where no article would report twice;
    /// returns how many joined.
    fn join(&mut self, mut pairs: Vec<(f64, usize, usize)>) -> usize {
        pairs.sort_by(|x, y| y.0.total_cmp(&x.0).then(x.1.cmp(&y.1)).then(x.2.cmp(&y.2)));
        let mut joined = 0;
        for (_, i, j) in pairs {
            let (ri, rj) = (self.uf.find(i), self.uf.find(j));
            if self.denied[i]
                || self.denied[j]
                || ri == rj
                || !self.articles[ri].is_disjoint(&self.articles[rj])
            {
                continue;
            }
            self.uf.union(ri, rj);
            let root = self.uf.find(ri);
            let other = if root == ri { rj } else { ri };
            let moved = std::mem::take(&mut self.articles[other]);
            self.articles[root].extend(moved);
            joined += 1;
        }
        joined
    }

    fn same(&mut self, i: usize, j: usize) -> bool {
        self.uf.find(i) == self.uf.find(j)
    }
}

/// Pairs that the story's order makes one utterance, given the groups so
/// far:
/// - two reports that quote matched remarks of another speaker, by the
///   same speaker ("Trump had asked for her views on the capture of
///   Maduro" and "He asked me what my opinion was on what they had done in
///   Venezuela, and I told him…");
/// - the one remark of a speaker that two articles report between two
///   matched remarks of that speaker on the same occasion, as outlets
///   retell an interview in its order (the land operations between the 97%
///   figure and "cartels are running Mexico").
fn in_context(reports: &[Report], groups: &mut Groups) -> Vec<(f64, usize, usize)> {
    let mut out = Vec::new();
    let mut matched: Vec<(usize, usize)> = Vec::new();
    for members in groups.uf.groups() {
        for (k, &i) in members.iter().enumerate() {
            for &j in &members[k + 1..] {
                matched.push((i, j));
            }
        }
    }
    let fits = |x: usize, y: usize| {
        let (a, b) = (&reports[x], &reports[y]);
        a.r.article != b.r.article && a.voice.is_some() && a.voice == b.voice
    };
    for &(i, j) in &matched {
        if let (Some(p), Some(q)) = (reports[i].parent, reports[j].parent) {
            if fits(p, q) && !groups.same(p, q) {
                out.push((0.0, p.min(q), p.max(q)));
            }
        }
    }
    // Told one after the other in both, with the occasion stated: when the
    // reports two after a matched pair match too, the one report between,
    // in each article, is the same remark.
    let same_article =
        |p: usize, q: usize| q < reports.len() && reports[p].r.article == reports[q].r.article;
    for &(a1, b1) in &matched {
        let (a2, b2) = (a1 + 2, b1 + 2);
        let (x, y) = (a1 + 1, b1 + 1);
        if !same_article(a1, a2) || !same_article(b1, b2) || !groups.same(a2, b2) {
            continue;
        }
        let voice = &reports[a1].voice;
        let occasion = reports[x].medium;
        if [a2, b1, x].iter().all(|&k| reports[k].voice == *voice)
            && fits(x, y)
            && reports[x].parent.is_none()
            && reports[y].parent.is_none()
            && occasion.is_some()
            && [a1, a2, b1, b2, y]
                .iter()
                .all(|&k| reports[k].medium == occasion)
            && !groups.same(x, y)
        {
            out.push((0.0, x.min(y), x.max(y)));
        }
    }
    out.sort_by(|x, y| x.1.cmp(&y.1).then(x.2.cmp(&y.2)));
    out.dedup();
    out
}

/// Words that say nothing of what a remark was about: function words,
/// modals, "said", "president" (titles are who, not what). "Very" stays: it
/// is half of many short quotes ("very sad to watch").
#[rustfmt::skip]
const STOP: &[&str] = &[
    "the", "a", "an", "and", "or", "of", "to", "in", "on", "that", "is", "was", "we", "it", "with",
    "for", "as", "be", "are", "this", "by", "at", "from", "our", "their", "its", "has", "have",
    "had", "she", "he", "i", "they", "there", "not", "but", "my", "me", "her", "his", "him", "you",
    "your", "s", "t", "if", "would", "could", "will", "may", "might", "can", "should", "must",
    "because", "against", "through", "about", "up", "into", "than", "then", "so", "such", "also",
    "any", "all", "more", "which", "who", "what", "when", "where", "how", "been", "being", "were",
    "do", "does", "did", "done", "these", "those", "them", "many", "some", "again", "both",
    "still", "even", "already", "now", "soon", "just", "said", "says", "say", "president",
    "presidents", "don", "re", "ll", "m", "ve", "d", "going", "gonna", "let", "ok", "oh",
];

/// Words that outlets and translators use for one another when they
/// report the same remark ("it's not necessary" and "such aid is
/// unnecessary", "collaborate" and "cooperation", "a 50 per cent drop" and
/// "a 50% reduction"), each with the form it compares as.
const SAME_SENSE: &[(&str, &[&str])] = &[
    ("necessary", &["unnecessary", "needed", "unneeded", "need"]),
    (
        "cooperate",
        &[
            "cooperation",
            "cooperating",
            "cooperated",
            "collaborate",
            "collaboration",
            "collaborating",
            "coordinate",
            "coordination",
            "coordinating",
        ],
    ),
    (
        "intervene",
        &["intervention", "interventions", "intervening", "intervened"],
    ),
    (
        "decline",
        &[
            "drop",
            "drops",
            "dropped",
            "reduction",
            "reduced",
            "decrease",
            "decreased",
            "fall",
            "fell",
        ],
    ),
    ("troops", &["troop", "forces", "force", "soldiers"]),
    (
        "offer",
        &[
            "offered",
            "offers",
            "offering",
            "proposal",
            "proposals",
            "proposed",
        ],
    ),
    (
        "understand",
        &["understood", "understanding", "understands"],
    ),
    (
        "dialogue",
        &["dialog", "conversation", "conversations", "talks"],
    ),
    ("opinion", &["opinions", "views", "view"]),
    ("us", &["washington", "america", "american", "americans"]),
    ("mexico", &["mexican", "mexicans"]),
    ("percent", &["cent"]),
    ("seize", &["seized", "seizure", "seizures", "seizing"]),
    ("traffic", &["trafficking", "traffickers", "trafficked"]),
    ("sovereignty", &["sovereign", "sovereignties"]),
    (
        "deploy",
        &["deployment", "deploying", "deployed", "send", "sending"],
    ),
    ("murder", &["murders", "homicide", "homicides", "killings"]),
    ("sea", &["seas", "water", "waters", "maritime"]),
    ("cartel", &["cartels", "gang", "gangs"]),
    ("ground", &["land"]),
    ("key", &["vital", "crucial", "essential"]),
];

fn same_sense(word: &str) -> &str {
    SAME_SENSE
        .iter()
        .find(|(_, alike)| alike.contains(&word))
        .map_or(word, |(head, _)| head)
}

/// Content words of a text, crudely stemmed ("interventions" and
/// "intervention" compare equal), words of the same sense as one
/// ([`SAME_SENSE`]) and "United States" or "U.S." as "us".
fn content_words(text: &str) -> BTreeSet<String> {
    content_sequence(text).into_iter().collect()
}

/// The content words of a text in their order (see [`content_words`]).
fn content_sequence(text: &str) -> Vec<String> {
    let normal = normalize(text);
    let words: Vec<&str> = normal.split(' ').filter(|w| !w.is_empty()).collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let pair = words.get(i + 1).map(|next| (words[i], *next));
        if matches!(pair, Some(("united", "states") | ("u", "s"))) {
            out.push("us".to_owned());
            i += 2;
            continue;
        }
        let w = words[i];
        i += 1;
        if !STOP.contains(&w) {
            out.push(stem(same_sense(w)));
        }
    }
    out
}

/// The stretches of `text` inside double quotation marks.
pub(super) fn quoted_fragments(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut open: Option<usize> = None;
    for (i, c) in text.char_indices() {
        match (c, open) {
            ('“', _) | ('"', None) => open = Some(i + c.len_utf8()),
            ('”' | '"', Some(start)) => {
                out.push(&text[start..i]);
                open = None;
            }
            _ => {}
        }
    }
    out
}

/// The Snowball (Porter 2) English stem: "strikes" and "strike",
/// "running" and "run", "focus" and "focused" compare equal.
fn stem(word: &str) -> String {
    static ENGLISH: std::sync::OnceLock<rust_stemmers::Stemmer> = std::sync::OnceLock::new();
    ENGLISH
        .get_or_init(|| rust_stemmers::Stemmer::create(rust_stemmers::Algorithm::English))
        .stem(word)
        .into_owned()
}

/// How much of the smaller word set the other shares, each word weighted
/// by its rarity across all reports (so "Mexico" counts for little).
fn weighted_overlap(a: &BTreeSet<String>, b: &BTreeSet<String>, idf: &HashMap<String, f64>) -> f64 {
    let weight = |set: &BTreeSet<String>| {
        set.iter()
            .map(|w| idf.get(w).copied().unwrap_or(1.0))
            .sum::<f64>()
    };
    let shared: BTreeSet<String> = a.intersection(b).cloned().collect();
    let small = weight(a).min(weight(b));
    if small == 0.0 {
        0.0
    } else {
        weight(&shared) / small
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn paraphrases_share_their_words() {
        let a = super::content_words("We collaborate without the need for U.S. intervention");
        let b = super::content_words(
            "they cooperate, and the United States will not intervene; it is unnecessary",
        );
        for w in ["cooperate", "us", "intervene", "necessary"] {
            let w = super::content_words(w).pop_first().unwrap();
            assert!(a.contains(&w) && b.contains(&w), "{w}: {a:?} {b:?}");
        }
    }

    #[test]
    fn a_quoted_phrase_is_found_inside_a_longer_quote() {
        let f = super::quoted_fragments("Mexico needs to “get its act together” when dealing");
        assert_eq!(f, vec!["get its act together"]);
        let w = super::content_words(f[0]);
        let o = super::content_words(
            "“Mexico has to get their act together, because they are pouring through Mexico.”",
        );
        assert!(w.is_subset(&o), "{w:?} {o:?}");
    }
}

#[cfg(test)]
mod story_tests {
    use crate::model::Article;

    /// The utterance of each report, by article and content.
    fn utterances(texts: &[(&str, &str)]) -> Vec<(String, String, String)> {
        let articles: Vec<Article> = texts
            .iter()
            .map(|&(id, text)| Article::new(id, text).with_published("2026-01-13"))
            .collect();
        let xs = articles.iter().map(crate::extract::run).collect();
        let g = crate::resolve::graph(articles, xs);
        let mut out = Vec::new();
        for u in &g.utterances {
            for r in &u.reports {
                let x = g
                    .extractions
                    .iter()
                    .find(|x| x.article == r.article)
                    .unwrap();
                let s = &x.statements[r.index];
                out.push((u.key.clone(), r.article.0.clone(), s.content_text.clone()));
            }
        }
        out
    }

    #[test]
    fn reports_of_one_interview_align_whatever_the_wording() {
        let a = "Fox interview\n\nIn an interview with Fox News on Thursday, President Lena Ortiz said that \"we stopped 97% of the drugs coming in by water.\" Ortiz announced plans to strike smuggling rings on land next. Ortiz said the smugglers were \"running the border towns.\"\n\nOrtiz told reporters that Mayor Paul Brandt had asked for her views on the port closure. Ortiz said Brandt was understanding.\n";
        let b = "Ortiz on Fox\n\nIn a Fox News interview on Thursday, President Lena Ortiz said her government had \"broken up about 97% of drug trafficking by sea.\" She described the next step as ground raids on the rings. Ortiz also said \"smuggling gangs are running the border towns.\"\n\nOrtiz said: \"Mayor Paul Brandt asked my opinion on closing the port.\" She said this point was understood by Brandt.\n";
        let rows = utterances(&[("a", a), ("b", b)]);
        let key = |doc: &str, start: &str| {
            let found: Vec<&String> = rows
                .iter()
                .filter(|(_, d, c)| d == doc && c.trim_start_matches('"').starts_with(start))
                .map(|(k, _, _)| k)
                .collect();
            assert_eq!(found.len(), 1, "{doc} {start}: {rows:#?}");
            found[0].clone()
        };
        for (x, y) in [
            // One quoted phrase, two translations ("water" and "sea").
            ("that \"we stopped 97%", "her government had"),
            ("the smugglers were", "smuggling gangs"),
            // Told between those two in both articles.
            ("plans to strike", "the next step"),
            // One question (views and opinion), and the two tellings of it.
            ("her views", "my opinion"),
            ("that Mayor Paul Brandt", "Mayor Paul Brandt asked"),
            // Short, about the same person, with the same words.
            ("Brandt was understanding", "this point was understood"),
        ] {
            assert_eq!(key("a", x), key("b", y), "{x} / {y}: {rows:#?}");
        }
    }

    #[test]
    fn negation_is_counted() {
        assert!(super::negated("she is not honest"));
        assert!(super::negated("we don't agree"));
        assert!(!super::negated("it is not true that no one came"));
        assert!(!super::negated("she is honest"));
    }

    #[test]
    fn a_short_report_in_the_same_words_is_one_utterance() {
        let a = "Raid\n\nPresident Lena Ortiz ordered a raid on the port of Arica on Monday.\n";
        let b = "Raid\n\nPresident Lena Ortiz ordered a raid on the port of Arica on Tuesday.\n";
        let rows = utterances(&[("a", a), ("b", b)]);
        assert_eq!(rows.len(), 2, "{rows:#?}");
        // (The days are dates, not content; the reports dispute them.)
        assert_eq!(rows[0].2, "a raid on the port of Arica", "{rows:#?}");
        assert_eq!(rows[0].0, rows[1].0, "{rows:#?}");
    }

    #[test]
    fn a_short_report_needs_the_same_people() {
        let a = "Talks\n\nPresident Lena Ortiz said Mayor Paul Brandt was understanding.\n";
        let b = "Talks\n\nPresident Lena Ortiz said both towns seek mutual understanding.\n";
        let rows = utterances(&[("a", a), ("b", b)]);
        assert_eq!(rows.len(), 2, "{rows:#?}");
        assert_ne!(rows[0].0, rows[1].0, "{rows:#?}");
    }
}
