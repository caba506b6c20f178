//! Stage 3: the extractions of all articles become one [`Graph`]: mentions
//! merged into entities across articles, reports of the same utterance or
//! event grouped.
//!
//! Pure, no I/O. Person keys are merged when one name ends another found
//! elsewhere ("Sheinbaum" → "Claudia Sheinbaum") and only one candidate
//! fits; titles left open by an article ("the US president") take the
//! holder of that office seen anywhere in the corpus. Reports are one
//! utterance when they have the same speaker and their contents share most
//! of their words; events are one when they have the same kind, compatible
//! dates and overlapping participants.

mod discrepancy;
mod wire;
use crate::extract::lexicon::{self, country_by_id};
use crate::model::{
    Article, Entity, EntityId, EntityKind, EventCluster, Extraction, Graph, MentionForm, Office,
    Piece, ReportRef, SpeechKind, Utterance,
};
use crate::text::normalize;
use sha2::{Digest, Sha256};
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// Resolves the extractions of `articles` (same order) into a graph.
pub fn graph(articles: Vec<Article>, mut extractions: Vec<Extraction>) -> Graph {
    let merge = person_merges(&extractions);
    let offices = office_holders(&extractions, &merge);
    for x in &mut extractions {
        for m in &mut x.mentions {
            if m.entity.is_none() && m.form == MentionForm::Title {
                if let Some(o) = &m.office {
                    m.entity = offices.get(o).cloned();
                }
            }
        }
        // Pronouns whose antecedent was such a title follow it.
        let titles: HashMap<crate::model::Span, EntityId> = x
            .mentions
            .iter()
            .filter_map(|m| Some((m.span, m.entity.clone()?)))
            .collect();
        for m in &mut x.mentions {
            if m.entity.is_none() {
                if let Some(a) = m.antecedent {
                    m.entity = titles.get(&a).cloned();
                }
            }
        }
        rewrite(x, &merge);
    }
    let entities = entities(&extractions);
    let utterances = utterances(&articles, &extractions);
    let events = events(&extractions);
    let sources = wire::independent_sources(&articles);
    let discrepancies = discrepancy::find(&extractions, &utterances, &events);
    Graph {
        articles,
        extractions,
        entities,
        utterances,
        events,
        sources,
        discrepancies,
    }
}

/// A short stable hash of a key: 12 hex digits of SHA-256.
pub fn short_hash(parts: &[&str]) -> String {
    let mut h = Sha256::new();
    h.update(b"v1");
    for p in parts {
        h.update([0x1f]);
        h.update(p.as_bytes());
    }
    h.finalize()
        .iter()
        .take(6)
        .map(|b| format!("{b:02x}"))
        .collect()
}

fn person_merges(extractions: &[Extraction]) -> HashMap<EntityId, EntityId> {
    let ids: BTreeSet<&EntityId> = extractions
        .iter()
        .flat_map(|x| x.mentions.iter())
        .filter(|m| m.kind == EntityKind::Person)
        .filter_map(|m| m.entity.as_ref())
        .collect();
    let mut merge = HashMap::new();
    for id in &ids {
        let Some(slug) = id.0.strip_prefix("person/") else {
            continue;
        };
        let longer: Vec<&&EntityId> = ids
            .iter()
            .filter(|o| o.0.len() > id.0.len() && o.0.ends_with(&format!("-{slug}")))
            .collect();
        // Only the longest candidates: "claudia-sheinbaum" over "x-claudia-sheinbaum" is
        // not at stake here; a surname shared by two full names stays unmerged.
        if longer.len() == 1 {
            merge.insert((*id).clone(), (**longer[0]).clone());
        } else if !longer.is_empty() {
            let finals: BTreeSet<&EntityId> = longer
                .iter()
                .map(|o| {
                    // Follow to the longest name that ends with this one.
                    ids.iter()
                        .filter(|x| {
                            x.0.len() >= o.0.len() && x.0.ends_with(&o.0["person/".len()..])
                        })
                        .max_by_key(|x| x.0.len())
                        .copied()
                        .unwrap_or(**o)
                })
                .collect();
            if finals.len() == 1 {
                if let Some(f) = finals.into_iter().next() {
                    merge.insert((*id).clone(), f.clone());
                }
            }
        }
    }
    // Resolve chains.
    let keys: Vec<EntityId> = merge.keys().cloned().collect();
    for k in keys {
        let mut target = merge[&k].clone();
        let mut hops = 0;
        while let Some(next) = merge.get(&target) {
            target = next.clone();
            hops += 1;
            if hops > 8 {
                break;
            }
        }
        merge.insert(k, target);
    }
    merge
}

fn office_holders(
    extractions: &[Extraction],
    merge: &HashMap<EntityId, EntityId>,
) -> HashMap<Office, EntityId> {
    let mut seen: BTreeMap<Office, BTreeSet<EntityId>> = BTreeMap::new();
    for m in extractions.iter().flat_map(|x| x.mentions.iter()) {
        if m.form == MentionForm::Title || m.office.as_ref().is_none_or(|o| o.country.is_none()) {
            continue;
        }
        let (Some(office), Some(entity)) = (&m.office, &m.entity) else {
            continue;
        };
        let entity = merge.get(entity).unwrap_or(entity).clone();
        for role in equivalent_roles(&office.role) {
            seen.entry(Office {
                role: role.to_owned(),
                country: office.country.clone(),
            })
            .or_default()
            .insert(entity.clone());
        }
    }
    seen.into_iter()
        .filter(|(_, holders)| holders.len() == 1)
        .filter_map(|(o, h)| Some((o, h.into_iter().next()?)))
        .collect()
}

fn equivalent_roles(role: &str) -> Vec<&str> {
    match role {
        "head-of-state" | "leader" => vec!["head-of-state", "leader"],
        other => vec![other],
    }
}

fn rewrite(x: &mut Extraction, merge: &HashMap<EntityId, EntityId>) {
    let fix = |e: &mut Option<EntityId>| {
        if let Some(id) = e {
            if let Some(to) = merge.get(id) {
                *id = to.clone();
            }
        }
    };
    let fix_piece = |p: &mut Option<Piece>| {
        if let Some(p) = p {
            fix(&mut p.entity);
        }
    };
    // Statement pieces point at the mention they came from: refresh them from
    // the mentions, which may have been resolved since.
    let by_span: HashMap<(usize, usize), Option<EntityId>> = x
        .mentions
        .iter()
        .map(|m| ((m.span.char_start, m.span.char_end), m.entity.clone()))
        .collect();
    for m in &mut x.mentions {
        fix(&mut m.entity);
    }
    let refresh = |p: &mut Option<Piece>| {
        if let Some(p) = p {
            if p.entity.is_none() {
                if let Some(e) = by_span
                    .iter()
                    .find(|((s, e), _)| *e == p.end && *s >= p.start)
                    .and_then(|(_, e)| e.clone())
                {
                    p.entity = Some(e);
                }
            }
        }
    };
    for s in &mut x.statements {
        refresh(&mut s.source);
        refresh(&mut s.addressee);
        fix_piece(&mut s.source);
        fix_piece(&mut s.addressee);
    }
    for e in &mut x.events {
        for p in &mut e.participants {
            if p.mention.entity.is_none() {
                p.mention.entity = by_span
                    .get(&(p.mention.start, p.mention.end))
                    .cloned()
                    .flatten();
            }
            fix(&mut p.mention.entity);
        }
        e.participants.sort();
        e.participants.dedup_by(|a, b| {
            a.role == b.role && a.mention.entity.is_some() && a.mention.entity == b.mention.entity
        });
        fix_piece(&mut e.place);
    }
}

fn entities(extractions: &[Extraction]) -> Vec<Entity> {
    struct Acc {
        kind: EntityKind,
        names: BTreeMap<String, usize>,
        offices: BTreeSet<Office>,
    }
    let mut acc: BTreeMap<EntityId, Acc> = BTreeMap::new();
    let mut touch =
        |id: &EntityId, kind: EntityKind, text: Option<&str>, office: Option<&Office>| {
            let a = acc.entry(id.clone()).or_insert_with(|| Acc {
                kind,
                names: BTreeMap::new(),
                offices: BTreeSet::new(),
            });
            if let Some(t) = text {
                *a.names.entry(t.to_owned()).or_default() += 1;
            }
            if let Some(o) = office {
                a.offices.insert(o.clone());
            }
        };
    for x in extractions {
        for m in &x.mentions {
            let Some(id) = &m.entity else { continue };
            let text = matches!(m.form, MentionForm::Name | MentionForm::Metonym)
                .then_some(m.text.as_str());
            touch(
                id,
                m.kind,
                text,
                if m.form == MentionForm::Title {
                    None
                } else {
                    m.office.as_ref()
                },
            );
        }
        for s in &x.statements {
            for p in [&s.source, &s.addressee].into_iter().flatten() {
                if let Some(id) = &p.entity {
                    if id.0.starts_with("group/") {
                        touch(id, EntityKind::Group, Some(&p.text), None);
                    }
                }
            }
        }
    }
    let lex = lexicon::lexicon();
    acc.into_iter()
        .map(|(id, a)| {
            let country = country_by_id(&id);
            let known_label = lex
                .phrases
                .values()
                .find(|e| e.entity == id)
                .map(|e| e.label.to_owned());
            let label = match (&country, known_label) {
                (Some(c), _) => c.name.clone(),
                (None, Some(l)) => l,
                (None, None) => best_name(&a.names).unwrap_or_else(|| label_from_id(&id)),
            };
            let mut aliases: Vec<String> =
                a.names.keys().filter(|n| **n != label).cloned().collect();
            if let Some(c) = country {
                aliases.extend(c.aliases.iter().cloned());
                aliases.extend(c.demonyms.iter().cloned());
            }
            aliases.sort();
            aliases.dedup();
            Entity {
                kind: if country.is_some() {
                    EntityKind::Country
                } else {
                    a.kind
                },
                iso_code: country.map(|c| c.iso.clone()),
                wikidata: country.and_then(|c| c.wikidata.clone()),
                // "President Sheinbaum" says less than "Mexican President
                // Sheinbaum", "the Venezuelan leader" less than "Venezuelan
                // President": the vaguer office goes where a sharper one of
                // the same person says it.
                offices: a
                    .offices
                    .iter()
                    .filter(|o| {
                        let said_better = |p: &&Office| {
                            (p.role == o.role && o.country.is_none() && p.country.is_some())
                                || (o.role == "leader"
                                    && p.role == "head-of-state"
                                    && (p.country == o.country || o.country.is_none()))
                        };
                        !a.offices.iter().any(|p| said_better(&p))
                    })
                    .cloned()
                    .collect(),
                id,
                label,
                aliases,
            }
        })
        .collect()
}

/// The most frequent of the longest names, accents preferred on ties.
fn best_name(names: &BTreeMap<String, usize>) -> Option<String> {
    let words = |n: &str| n.split_whitespace().count();
    let longest = names.keys().map(|n| words(n)).max()?;
    names
        .iter()
        .filter(|(n, _)| words(n) == longest)
        .max_by_key(|(n, count)| (**count, n.len()))
        .map(|(n, _)| n.clone())
}

fn label_from_id(id: &EntityId) -> String {
    let slug = id.0.rsplit('/').next().unwrap_or(&id.0);
    slug.split('-')
        .map(|w| {
            let mut c = w.chars();
            c.next()
                .map(|f| f.to_uppercase().chain(c).collect::<String>())
                .unwrap_or_default()
        })
        .collect::<Vec<_>>()
        .join(" ")
}

const STOP: &[&str] = &[
    "the", "a", "an", "and", "or", "of", "to", "in", "on", "that", "is", "was", "we", "it", "with",
    "for", "as", "be", "are", "this", "by", "at", "from", "our", "their", "its", "has", "have",
    "had", "she", "he", "i", "they", "there", "not", "but", "my", "me", "her", "his", "him", "you",
    "your", "s", "t",
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
    (
        "troops",
        &["troop", "forces", "force", "soldiers", "military"],
    ),
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
    let normal = normalize(text);
    let words: Vec<&str> = normal.split(' ').filter(|w| !w.is_empty()).collect();
    let mut out = BTreeSet::new();
    let mut i = 0;
    while i < words.len() {
        let pair = words.get(i + 1).map(|next| (words[i], *next));
        if matches!(pair, Some(("united", "states") | ("u", "s"))) {
            out.insert("us".to_owned());
            i += 2;
            continue;
        }
        let w = words[i];
        i += 1;
        if !STOP.contains(&w) {
            out.insert(stem(same_sense(w)));
        }
    }
    out
}

/// The stretches of `text` inside double quotation marks.
fn quoted_fragments(text: &str) -> Vec<&str> {
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

fn stem(word: &str) -> String {
    for suffix in ["ing", "ed", "es", "s"] {
        if let Some(root) = word.strip_suffix(suffix) {
            if root.len() >= 4 {
                return root.to_owned();
            }
        }
    }
    word.to_owned()
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

struct UnionFind(Vec<usize>);

impl UnionFind {
    fn new(n: usize) -> Self {
        Self((0..n).collect())
    }
    fn find(&mut self, i: usize) -> usize {
        let mut r = i;
        while self.0[r] != r {
            r = self.0[r];
        }
        let mut j = i;
        while self.0[j] != r {
            let next = self.0[j];
            self.0[j] = r;
            j = next;
        }
        r
    }
    /// The members of each group, in index order.
    fn groups(&mut self) -> Vec<Vec<usize>> {
        let mut groups: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
        for i in 0..self.0.len() {
            let root = self.find(i);
            groups.entry(root).or_default().push(i);
        }
        groups.into_values().collect()
    }

    fn union(&mut self, a: usize, b: usize) {
        let (ra, rb) = (self.find(a), self.find(b));
        if ra != rb {
            let (lo, hi) = if ra < rb { (ra, rb) } else { (rb, ra) };
            self.0[hi] = lo;
        }
    }
}

/// The smallest report key of a group (its stable name) and its reports,
/// sorted.
fn cluster<'a>(
    members: &[usize],
    report: impl Fn(usize) -> (&'a String, &'a ReportRef),
) -> (String, Vec<ReportRef>) {
    let first = members
        .iter()
        .map(|&m| report(m).0)
        .min()
        .cloned()
        .unwrap_or_default();
    let mut refs: Vec<ReportRef> = members.iter().map(|&m| report(m).1.clone()).collect();
    refs.sort();
    (first, refs)
}

/// The key of a report, as in its IRI: the article, its cue span and where
/// its content starts (one cue can govern two contents: "said A, and B").
pub fn report_key(article: &str, s: &crate::model::Statement) -> String {
    format!(
        "{article}_c{}-{}-{}",
        s.cue.start,
        s.cue.end,
        s.content_hull().char_start
    )
}

fn utterances(articles: &[Article], extractions: &[Extraction]) -> Vec<Utterance> {
    struct R {
        r: ReportRef,
        speaker: Option<EntityId>,
        addressee: Option<EntityId>,
        words: BTreeSet<String>,
        /// The normalised wording (Quotebank's merge key for quotes).
        text: String,
        /// Content words of each quoted fragment.
        fragments: Vec<BTreeSet<String>>,
        direct: bool,
        key: String,
    }
    let mut reports: Vec<R> = Vec::new();
    for (a, x) in articles.iter().zip(extractions) {
        let chars: Vec<char> = a.text.chars().collect();
        let people: Vec<crate::model::Span> = x
            .mentions
            .iter()
            .filter(|m| m.kind == crate::model::EntityKind::Person)
            .map(|m| m.span)
            .collect();
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
                        if people.iter().any(|p| p.char_start <= k && k < p.char_end) {
                            ' '
                        } else {
                            chars[k]
                        }
                    })
                })
                .collect();
            reports.push(R {
                r: ReportRef {
                    article: a.id.clone(),
                    index: i,
                },
                speaker: s.source.as_ref().and_then(|p| p.entity.clone()),
                addressee: s.addressee.as_ref().and_then(|p| p.entity.clone()),
                words: content_words(&said),
                text: normalize(&s.content_text),
                fragments: quoted_fragments(&s.content_text)
                    .iter()
                    .map(|f| content_words(f))
                    .collect(),
                direct: s.kind == SpeechKind::Direct,
                key: report_key(&a.id.0, s),
            });
        }
    }
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
            let (a, b) = (&reports[i], &reports[j]);
            if a.r.article == b.r.article || a.speaker.is_none() || a.speaker != b.speaker {
                continue;
            }
            // The same quoted words, one report quoting more of them.
            let (short, long) = if a.text.len() <= b.text.len() {
                (&a.text, &b.text)
            } else {
                (&b.text, &a.text)
            };
            if a.direct
                && b.direct
                && short.split(' ').count() >= 3
                && long.contains(short.as_str())
            {
                pairs.push((1.0, i, j));
                continue;
            }
            // A quoted phrase of one report inside the other's words
            // ("“get its act together”" and "“Mexico has to get their act
            // together…”").
            let shares_fragment = |x: &R, y: &R| {
                x.fragments
                    .iter()
                    .any(|f| f.len() >= 3 && f.is_subset(&y.words))
            };
            if (a.direct || b.direct) && (shares_fragment(a, b) || shares_fragment(b, a)) {
                pairs.push((0.9, i, j));
                continue;
            }
            // A short report ("Trump was understanding") is too small to be
            // matched on shared words alone.
            if a.words.len().min(b.words.len()) < 4 {
                continue;
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
            let score = weighted_overlap(&a.words, &b.words, &idf);
            if score >= threshold {
                pairs.push((score - threshold, i, j));
            }
        }
    }
    pairs.sort_by(|x, y| y.0.total_cmp(&x.0).then(x.1.cmp(&y.1)).then(x.2.cmp(&y.2)));
    let mut uf = UnionFind::new(reports.len());
    let mut articles: Vec<BTreeSet<&crate::model::ArticleId>> = reports
        .iter()
        .map(|r| BTreeSet::from([&r.r.article]))
        .collect();
    for (_, i, j) in pairs {
        let (ri, rj) = (uf.find(i), uf.find(j));
        if ri == rj || !articles[ri].is_disjoint(&articles[rj]) {
            continue;
        }
        uf.union(ri, rj);
        let root = uf.find(ri);
        let other = if root == ri { rj } else { ri };
        let moved = std::mem::take(&mut articles[other]);
        articles[root].extend(moved);
    }
    let groups = uf.groups();
    let mut out: Vec<Utterance> = groups
        .into_iter()
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
            }
        })
        .collect();
    out.sort_by(|a, b| a.key.cmp(&b.key));
    out
}

fn events(extractions: &[Extraction]) -> Vec<EventCluster> {
    struct R {
        r: ReportRef,
        kind: crate::model::EventKind,
        who: BTreeSet<EntityId>,
        date: Option<(String, String)>,
        key: String,
    }
    let mut reports = Vec::new();
    for x in extractions {
        for (i, e) in x.events.iter().enumerate() {
            reports.push(R {
                r: ReportRef {
                    article: x.article.clone(),
                    index: i,
                },
                kind: e.kind,
                // People identify an event; countries only where no one is
                // named ("the US and Mexico will meet").
                who: {
                    let all = e
                        .participants
                        .iter()
                        .filter_map(|p| p.mention.entity.clone());
                    let people: BTreeSet<EntityId> = all
                        .clone()
                        .filter(|id| id.0.starts_with("person/"))
                        .collect();
                    if people.is_empty() {
                        all.collect()
                    } else {
                        people
                    }
                },
                date: e
                    .date
                    .as_ref()
                    .map(|d| (d.begin.clone(), d.end_date.clone())),
                key: format!("{}_e{}-{}", x.article.0, e.trigger.start, e.trigger.end),
            });
        }
    }
    let mut uf = UnionFind::new(reports.len());
    for i in 0..reports.len() {
        for j in i + 1..reports.len() {
            let (a, b) = (&reports[i], &reports[j]);
            if !a.kind.compatible(b.kind) || a.who.is_empty() || b.who.is_empty() {
                continue;
            }
            let shared = a.who.intersection(&b.who).count();
            // Two articles may disagree on the date of one event: the same
            // people within two days are one event, and the dates a
            // discrepancy.
            let dates_fit = match (&a.date, &b.date) {
                (Some((a0, a1)), Some((b0, b1))) => {
                    (a0 <= b1 && b0 <= a1)
                        || (a.r.article != b.r.article
                            && a.who == b.who
                            && days_apart(a0, a1, b0, b1).is_some_and(|d| d <= 2))
                }
                _ => true,
            };
            // One names more of the people on the same day ("Maduro" and
            // "Maduro and his wife").
            let nested = a.who.is_subset(&b.who) || b.who.is_subset(&a.who);
            let people_fit = shared >= 2
                || (shared >= 1 && a.who == b.who)
                || (shared >= 1 && nested && a.date.is_some() && a.date == b.date);
            if dates_fit
                && people_fit
                && (a.date.is_some() || b.date.is_some() || a.r.article == b.r.article)
            {
                uf.union(i, j);
            }
        }
    }
    let groups = uf.groups();
    let mut out: Vec<EventCluster> = groups
        .into_iter()
        .map(|members| {
            let (first, refs) = cluster(&members, |m| (&reports[m].key, &reports[m].r));
            // Talks that were a call or a meeting are named for what they were.
            let kind = members
                .iter()
                .map(|&m| reports[m].kind)
                .find(|k| *k != crate::model::EventKind::Talks)
                .unwrap_or(reports[members[0]].kind);
            EventCluster {
                key: short_hash(&["event", &first]),
                kind,
                reports: refs,
            }
        })
        .collect();
    out.sort_by(|a, b| a.key.cmp(&b.key));
    out
}

/// Days between two date ranges (`YYYY-MM-DD`), or `None` if a date does not
/// parse.
fn days_apart(a0: &str, a1: &str, b0: &str, b1: &str) -> Option<i64> {
    let d = |s: &str| s.parse::<jiff::civil::Date>().ok();
    let (a0, a1, b0, b1) = (d(a0)?, d(a1)?, d(b0)?, d(b1)?);
    let gap = if a1 < b0 { a1.until(b0) } else { b1.until(a0) };
    gap.ok().map(|span| i64::from(span.get_days()).abs())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn article(id: &str, text: &str) -> Article {
        Article {
            outlet: Some(id.to_owned()),
            ..Article::new(id, text).with_published("2026-01-13")
        }
    }

    #[test]
    fn merges_people_and_utterances_across_articles() {
        let a = article("a", "Mexican President Claudia Sheinbaum spoke with US President Donald Trump on Monday. “We had a very good conversation with Trump,” Sheinbaum said.");
        let b = article("b", "“We had a very good conversation,” Sheinbaum wrote on X. The US president did not comment.");
        let xs = vec![crate::extract::run(&a), crate::extract::run(&b)];
        let g = graph(vec![a, b], xs);
        let ids: Vec<&str> = g.entities.iter().map(|e| e.id.0.as_str()).collect();
        assert!(ids.contains(&"person/claudia-sheinbaum"), "{ids:?}");
        assert!(!ids.contains(&"person/sheinbaum"), "{ids:?}");
        let shared: Vec<&Utterance> = g
            .utterances
            .iter()
            .filter(|u| u.reports.len() == 2)
            .collect();
        assert_eq!(shared.len(), 1, "{:?}", g.utterances);
        assert_eq!(
            shared[0].speaker.as_ref().unwrap().0,
            "person/claudia-sheinbaum"
        );
        // The title in article b resolves through article a's "US President Donald Trump".
        let title = g.extractions[1]
            .mentions
            .iter()
            .find(|m| m.text == "The US president")
            .unwrap();
        assert_eq!(title.entity.as_ref().unwrap().0, "person/donald-trump");
        let mexico = g.entities.iter().find(|e| e.id.0 == "country/mx").unwrap();
        assert_eq!(mexico.iso_code.as_deref(), Some("MX"));
        assert_eq!(mexico.label, "Mexico");
    }

    #[test]
    fn hashes_are_stable() {
        assert_eq!(short_hash(&["a", "b"]), short_hash(&["a", "b"]));
        assert_ne!(short_hash(&["ab"]), short_hash(&["a", "b"]));
        assert_eq!(short_hash(&["x"]).len(), 12);
    }
}
#[cfg(test)]
mod fragment_tests {
    #[test]
    fn paraphrases_share_their_words() {
        let a = super::content_words("We collaborate without the need for U.S. intervention");
        let b = super::content_words(
            "they cooperate, and the United States will not intervene; it is unnecessary",
        );
        for w in ["cooperate", "us", "intervene", "necessary"] {
            assert!(a.contains(w) && b.contains(w), "{w}: {a:?} {b:?}");
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
