//! Stage 3: the extractions of all articles become one [`Graph`]: mentions
//! merged into entities across articles, reports of the same utterance or
//! event grouped.
//!
//! Pure, no I/O. Person keys are merged when one name ends another found
//! elsewhere ("Sheinbaum" → "Claudia Sheinbaum") and only one candidate
//! fits; titles left open by an article ("the US president") take the
//! holder of that office seen anywhere in the corpus. Reports are one
//! utterance when they have the same speaker and say the same thing (see
//! the `utterances` module); events are one when they have the same kind,
//! compatible dates and overlapping participants.

mod discrepancy;
mod occasions;
mod utterances;
mod wire;
use crate::extract::lexicon::{self, country_by_id};
use crate::model::{
    Article, ArticleId, Entity, EntityId, EntityKind, EventCluster, Extraction, Graph, MentionForm,
    Office, Piece, ReportRef,
};
use sha2::{Digest, Sha256};
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// Resolves the extractions of `articles` (same order) into a graph.
pub fn graph(articles: Vec<Article>, mut extractions: Vec<Extraction>) -> Graph {
    let merge = person_merges(&extractions);
    let offices = office_holders(&extractions, &merge);
    for x in &mut extractions {
        let unresolved: Vec<bool> = x.mentions.iter().map(|m| m.entity.is_none()).collect();
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
        let resolved_here: Vec<bool> = x
            .mentions
            .iter()
            .zip(unresolved)
            .map(|(m, was)| was && m.entity.is_some())
            .collect();
        rewrite(x, &merge, &resolved_here);
    }
    let entities = entities(&extractions);
    let mut utterances = utterances::utterances(&articles, &extractions);
    let events = events(&articles, &extractions);
    let index = occasions::Index::new(articles.iter().map(|a| &a.id), &extractions, &events);
    occasions::link(&mut utterances, &events, &index);
    occasions::about_and_bounds(&mut utterances, &events, &articles, &index);
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
    // Offices of a named country or organisation: "President" alone says
    // whose it is no more than "the president".
    let whose = |o: &Office| o.country.is_some() || o.organization.is_some();
    for m in extractions.iter().flat_map(|x| x.mentions.iter()) {
        if m.form == MentionForm::Title || !m.office.as_ref().is_some_and(whose) {
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
                organization: office.organization.clone(),
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

/// Renames merged entities throughout `x`, and gives a statement's piece
/// the entity of a mention resolved here (`resolved_here`, by mention): a
/// title or pronoun the extractor could not resolve within its article.
fn rewrite(x: &mut Extraction, merge: &HashMap<EntityId, EntityId>, resolved_here: &[bool]) {
    let fix = |e: &mut Option<EntityId>| {
        if let Some(id) = e {
            if let Some(to) = merge.get(id) {
                *id = to.clone();
            }
        }
    };
    let fix_piece = |p: &mut Piece| fix(&mut p.entity);
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
    // The longest such mention that ends the piece ("the Mexican leader",
    // "he"; a hash map's order is no order, so the choice must not depend
    // on it). A mention the extractor had resolved but did not give the
    // piece is not its speaker: "allies of Sheinbaum", "a spokeswoman for
    // Hillary Clinton".
    let late: HashMap<(usize, usize), EntityId> = x
        .mentions
        .iter()
        .zip(resolved_here)
        .filter(|(_, &late)| late)
        .filter_map(|(m, _)| Some(((m.span.char_start, m.span.char_end), m.entity.clone()?)))
        .collect();
    let refresh = |p: &mut Piece| {
        if p.entity.is_none() {
            if let Some(e) = late
                .iter()
                .filter(|((s, e), _)| *e == p.end && *s >= p.start)
                .min_by_key(|((s, _), _)| *s)
                .map(|(_, e)| e.clone())
            {
                p.entity = Some(e);
            }
        }
    };
    for s in &mut x.statements {
        // A joined source stands for no one entity: its speakers have theirs.
        if let Some(p) = s.source.as_mut().filter(|_| s.speakers.is_empty()) {
            refresh(p);
        }
        for p in s.addressee.iter_mut().chain(&mut s.speakers) {
            refresh(p);
        }
        for p in s
            .source
            .iter_mut()
            .chain(&mut s.addressee)
            .chain(&mut s.speakers)
        {
            fix_piece(p);
        }
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
        if let Some(p) = &mut e.place {
            fix_piece(p);
        }
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
                *a.names
                    .entry(crate::text::repair_mojibake(t).into_owned())
                    .or_default() += 1;
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
                within: lexicon::place_by_id(&id).and_then(|p| p.country.clone()),
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

fn events(articles: &[Article], extractions: &[Extraction]) -> Vec<EventCluster> {
    struct R<'a> {
        r: ReportRef,
        kind: crate::model::EventKind,
        status: crate::model::EventStatus,
        who: BTreeSet<EntityId>,
        date: Option<(String, String)>,
        place: Option<&'a EntityId>,
        published: Option<&'a str>,
        key: String,
    }
    let mut reports = Vec::new();
    for (a, x) in articles.iter().zip(extractions) {
        for (i, e) in x.events.iter().enumerate() {
            reports.push(R {
                r: ReportRef {
                    article: x.article.clone(),
                    index: i,
                },
                kind: e.kind,
                status: e.status,
                // People identify an event; countries only where no one is
                // named ("the US and Mexico will meet").
                who: {
                    let all = e
                        .participants
                        .iter()
                        .filter_map(|p| p.mention.entity.clone());
                    let people: BTreeSet<EntityId> =
                        all.clone().filter(|id| id.is_person()).collect();
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
                place: e.place.as_ref().and_then(|p| p.entity.as_ref()),
                published: a.published.as_deref(),
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
            // Undated in both articles, the same actors on the same ground
            // in the same week's news ("US strikes on Mexican soil" that
            // one outlet says Trump threatened and another that Sheinbaum
            // ruled out): one event, whose status the reports may dispute.
            let same_ground = a.who == b.who
                && a.place.is_some()
                && a.place == b.place
                && match (a.published, b.published) {
                    (Some(x), Some(y)) => days_apart(x, x, y, y).is_some_and(|d| d <= 7),
                    _ => false,
                };
            if dates_fit
                && people_fit
                && (a.date.is_some()
                    || b.date.is_some()
                    || a.r.article == b.r.article
                    || same_ground)
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
            // The status the most articles give; on a tie, happened before
            // planned before ruled out.
            let mut statuses: BTreeMap<crate::model::EventStatus, BTreeSet<&ArticleId>> =
                BTreeMap::new();
            for &m in &members {
                statuses
                    .entry(reports[m].status)
                    .or_default()
                    .insert(&reports[m].r.article);
            }
            let status = statuses
                .iter()
                .rev()
                .max_by_key(|(_, articles)| articles.len())
                .map_or(crate::model::EventStatus::Happened, |(s, _)| *s);
            EventCluster {
                key: short_hash(&["event", &first]),
                kind,
                status,
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
        let shared: Vec<&crate::model::Utterance> = g
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
    fn a_name_misread_as_windows_1252_is_one_person_labelled_as_written() {
        let a = article(
            "a",
            "French President FranÃƒÂ§ois Hollande said Friday that Europe must defend itself.",
        );
        let x = crate::extract::run(&a);
        let g = graph(vec![a], vec![x]);
        let hollande = g
            .entities
            .iter()
            .find(|e| e.id.0 == "person/francois-hollande")
            .unwrap_or_else(|| panic!("{:?}", g.entities));
        assert_eq!(hollande.label, "François Hollande");
        // The mention keeps the text as read: its span still holds.
        let m = g.extractions[0]
            .mentions
            .iter()
            .find(|m| m.entity.as_ref() == Some(&hollande.id))
            .unwrap();
        assert_eq!(m.text, "FranÃƒÂ§ois Hollande");
        let s = &g.extractions[0].statements[0];
        assert_eq!(
            s.source.as_ref().unwrap().entity.as_ref(),
            Some(&hollande.id)
        );
    }

    #[test]
    fn a_speaker_takes_a_title_resolved_across_articles_but_not_a_name_inside_its_phrase() {
        let a = article("a", "Mexican President Claudia Sheinbaum spoke on Monday.");
        let b = article(
            "b",
            "The Mexican president said the talks went well. \
             A spokeswoman for Hillary Clinton said the plan was dead.",
        );
        let xs = vec![crate::extract::run(&a), crate::extract::run(&b)];
        let g = graph(vec![a, b], xs);
        let speakers: Vec<(&str, Option<&str>)> = g.extractions[1]
            .statements
            .iter()
            .map(|s| {
                let p = s.source.as_ref().unwrap();
                (p.text.as_str(), p.entity.as_ref().map(|e| e.0.as_str()))
            })
            .collect();
        assert_eq!(
            speakers,
            [
                ("The Mexican president", Some("person/claudia-sheinbaum")),
                ("A spokeswoman for Hillary Clinton", None),
            ]
        );
    }

    #[test]
    fn undated_threats_on_the_same_ground_in_the_same_week_are_one_event() {
        let texts = [
            ("a", "2026-01-12", "Trump has suggested that the US would soon be launching strikes against drug traffickers on Mexican soil."),
            ("b", "2026-01-13", "Sheinbaum once again ruled out US strikes on Mexican territory."),
            ("c", "2026-01-13", "Trump has threatened US strikes in Venezuela."),
            ("d", "2026-03-02", "Trump has threatened US strikes on Mexican soil."),
        ];
        let articles: Vec<Article> = texts
            .iter()
            .map(|(id, date, text)| Article::new(id, *text).with_published(date))
            .collect();
        let xs = articles.iter().map(crate::extract::run).collect();
        let g = graph(articles, xs);
        let mut clusters: Vec<(Vec<&str>, crate::model::EventStatus)> = g
            .events
            .iter()
            .map(|e| {
                let ids = e.reports.iter().map(|r| r.article.0.as_str()).collect();
                (ids, e.status)
            })
            .collect();
        clusters.sort();
        use crate::model::EventStatus::Planned;
        assert_eq!(
            clusters,
            [
                (vec!["a", "b"], Planned),
                (vec!["c"], Planned),
                (vec!["d"], Planned)
            ]
        );
        let status: Vec<(&str, Vec<&str>)> = g
            .discrepancies
            .iter()
            .filter(|d| d.aspect == crate::model::Aspect::Status)
            .flat_map(|d| d.claims.iter())
            .map(|c| {
                let ids = c.reports.iter().map(|r| r.article.0.as_str()).collect();
                (c.value.as_str(), ids)
            })
            .collect();
        assert_eq!(status, [("planned", vec!["a"]), ("ruled-out", vec!["b"])]);
    }

    #[test]
    fn a_headline_restates_its_speakers_remark_in_the_body() {
        let text = "Lindqvist says trade talks with Brazil will go on\n\n\
                    OTTAWA — Prime Minister Anna Lindqvist said on Monday that the trade talks \
                    with Brazil will go on. Opposition leader Tom Berg said the talks were a waste \
                    of time.";
        let a = Article {
            title: Some("Lindqvist says trade talks with Brazil will go on".to_owned()),
            ..article("a", text)
        };
        let x = crate::extract::run(&a);
        assert_eq!(x.statements.len(), 3, "{:#?}", x.statements);
        let g = graph(vec![a], vec![x]);
        let mut sizes: Vec<(usize, String)> = g
            .utterances
            .iter()
            .map(|u| {
                let who = u.speaker.as_ref().map_or("", |e| e.0.as_str());
                (u.reports.len(), who.to_owned())
            })
            .collect();
        sizes.sort();
        assert_eq!(
            sizes,
            [
                (1, "person/tom-berg".to_owned()),
                (2, "person/anna-lindqvist".to_owned())
            ]
        );
    }

    #[test]
    fn hashes_are_stable() {
        assert_eq!(short_hash(&["a", "b"]), short_hash(&["a", "b"]));
        assert_ne!(short_hash(&["ab"]), short_hash(&["a", "b"]));
        assert_eq!(short_hash(&["x"]).len(), 12);
    }
}
