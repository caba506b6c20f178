//! The data model shared by every stage.
//!
//! Stages talk to each other only through these plain types: `corpus` makes
//! [`Article`]s, `extract` turns one article into an [`Extraction`], `resolve`
//! turns all extractions into a [`Graph`] of entities, utterances and events,
//! and `rdf` maps that graph to quads.
//!
//! **Span unit.** Every [`Span`] counts Unicode code points (not bytes, not
//! UTF-16 units) from the start of the article text, half-open
//! (`char_start..char_end`), as PolNeAR and the W3C Web Annotation model do.

use serde::{Deserialize, Serialize};
use std::fmt;

/// A half-open range of Unicode code points into an article's text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Span {
    /// First code point of the span.
    #[serde(rename = "start")]
    pub char_start: usize,
    /// One past the last code point of the span.
    #[serde(rename = "end")]
    pub char_end: usize,
}

impl Span {
    pub fn new(char_start: usize, char_end: usize) -> Self {
        debug_assert!(char_start <= char_end, "span {char_start}..{char_end}");
        Self {
            char_start,
            char_end,
        }
    }

    pub fn len(&self) -> usize {
        self.char_end - self.char_start
    }

    pub fn is_empty(&self) -> bool {
        self.char_end == self.char_start
    }

    pub fn contains(&self, other: Span) -> bool {
        self.char_start <= other.char_start && other.char_end <= self.char_end
    }

    pub fn overlaps(&self, other: Span) -> bool {
        self.char_start < other.char_end && other.char_start < self.char_end
    }
}

impl fmt::Display for Span {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}-{}", self.char_start, self.char_end)
    }
}

/// The stable key of an article (lower-case `[a-z0-9-]`), used in IRIs.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct ArticleId(pub String);

impl fmt::Display for ArticleId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// The stable key of an entity, such as `person/claudia-sheinbaum` or
/// `country/mx`; it is also the entity's IRI path.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct EntityId(pub String);

impl EntityId {
    /// Whether the entity is a person (`person/…`).
    pub fn is_person(&self) -> bool {
        self.0.starts_with("person/")
    }
}

impl fmt::Display for EntityId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// What a corpus manifest says of the collection as a whole; it goes into
/// the dataset description of the graph.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CorpusInfo {
    pub title: Option<String>,
    pub description: Option<String>,
    /// A licence IRI (e.g. an SPDX or Creative Commons URL) or name.
    pub license: Option<String>,
}

/// One news article: its text and what the manifest says of it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Article {
    pub id: ArticleId,
    /// The file name the text came from, relative to the corpus directory.
    pub file: String,
    pub outlet: Option<String>,
    /// Publication date, `YYYY-MM-DD`.
    pub published: Option<String>,
    pub title: Option<String>,
    pub byline: Option<String>,
    pub wire: Option<String>,
    pub dateline: Option<String>,
    pub language: String,
    pub note: Option<String>,
    /// The text exactly as read from the file (UTF-8, unchanged).
    pub text: String,
}

impl Article {
    /// An article with just an id and a text (English, no metadata), as the
    /// tests and `extract` on loose files build them.
    pub fn new(id: &str, text: impl Into<String>) -> Self {
        Self {
            id: ArticleId(id.to_owned()),
            file: format!("{id}.txt"),
            outlet: None,
            published: None,
            title: None,
            byline: None,
            wire: None,
            dateline: None,
            language: "en".to_owned(),
            note: None,
            text: text.into(),
        }
    }

    /// The same article with a publication date (`YYYY-MM-DD`).
    pub fn with_published(mut self, date: &str) -> Self {
        self.published = Some(date.to_owned());
        self
    }

    /// The text of `span`, or `None` if the span is out of bounds.
    pub fn slice(&self, span: Span) -> Option<&str> {
        slice_chars(&self.text, span)
    }
}

/// The one conversion from code-point spans to byte ranges.
pub fn slice_chars(text: &str, span: Span) -> Option<&str> {
    let (start, end) = byte_range(text, span)?;
    text.get(start..end)
}

/// The code-point span of the bytes `range` of `text`, a piece of an article
/// that starts at code point `at` (a regex match inside a sentence).
pub fn span_of_bytes(text: &str, at: usize, range: std::ops::Range<usize>) -> Span {
    let start = at + text[..range.start].chars().count();
    Span::new(start, start + text[range].chars().count())
}

/// Byte range of a code-point span, or `None` if it is out of bounds.
pub fn byte_range(text: &str, span: Span) -> Option<(usize, usize)> {
    if span.char_start > span.char_end {
        return None;
    }
    let mut start = None;
    for (i, (b, _)) in text.char_indices().enumerate() {
        if i == span.char_start {
            start = Some(b);
        }
        if i == span.char_end {
            return Some((start?, b));
        }
    }
    let count = text.chars().count();
    if span.char_end == count {
        Some((start.unwrap_or(text.len()), text.len()))
    } else {
        None
    }
}

/// What kind of thing an entity is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum EntityKind {
    Person,
    Country,
    Organization,
    /// A news outlet or wire service.
    Outlet,
    /// An unnamed audience such as "reporters".
    Group,
    /// A place that is not a country: a US state, or a city or county the
    /// text names as one ("Atlantic City", "Maricopa County").
    Place,
}

impl EntityKind {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Person => "person",
            Self::Country => "country",
            Self::Place => "place",
            Self::Organization => "organization",
            Self::Outlet => "outlet",
            Self::Group => "group",
        }
    }
}

/// How a mention names its entity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum MentionForm {
    /// A full or partial proper name ("Claudia Sheinbaum", "Sheinbaum").
    Name,
    /// A name with an honorific ("Ms Sheinbaum").
    Honorific,
    /// A title used as a reference ("the US president").
    Title,
    /// A demonym ("Mexican").
    Demonym,
    /// A capital or building standing for a government ("Washington").
    Metonym,
    /// A pronoun ("she", "I").
    Pronoun,
    /// A plain noun for a group ("reporters").
    Nominal,
}

/// A stretch of text that refers to an entity.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mention {
    pub span: Span,
    pub text: String,
    pub kind: EntityKind,
    pub form: MentionForm,
    /// The entity this mention refers to, once known. `extract` fills what a
    /// single article settles (countries, names, pronouns); `resolve` merges
    /// names across articles.
    pub entity: Option<EntityId>,
    /// Office the mention names or implies ("president"), for title mentions
    /// and names introduced with a title.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub office: Option<Office>,
    /// For a pronoun, the mention it refers back to (kept so that a title
    /// resolved later, across articles, reaches the pronoun too).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub antecedent: Option<Span>,
}

/// An office of a country or an organisation, such as (`president`,
/// `country/mx`) or (`spokesperson`, `org/us-department-of-state`).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Office {
    /// Normalised role: `president`, `foreign-minister`, `secretary-of-state`…
    pub role: String,
    pub country: Option<EntityId>,
    /// The organisation whose office it is ("State Department spokesman").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organization: Option<EntityId>,
}

/// A piece of text with its span: a cue, a speaker or an addressee.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Piece {
    pub text: String,
    pub start: usize,
    pub end: usize,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub entity: Option<EntityId>,
}

impl Piece {
    pub fn span(&self) -> Span {
        Span::new(self.start, self.end)
    }
}

/// Direct, mixed or indirect speech.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SpeechKind {
    /// The content is all inside quotation marks.
    Direct,
    /// A paraphrase that quotes some words.
    Mixed,
    /// A paraphrase with no quotation marks.
    Indirect,
}

impl SpeechKind {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Direct => "direct",
            Self::Mixed => "mixed",
            Self::Indirect => "indirect",
        }
    }
}

/// The occasion or medium of a statement.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Medium {
    PhoneCall,
    PressConference,
    SocialMediaPost,
    Interview,
    PressStatement,
    Meeting,
}

impl Medium {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::PhoneCall => "phone-call",
            Self::PressConference => "press-conference",
            Self::SocialMediaPost => "social-media-post",
            Self::Interview => "interview",
            Self::PressStatement => "press-statement",
            Self::Meeting => "meeting",
        }
    }
}

/// A date or a range of dates, ISO 8601 (`YYYY-MM-DD`), with the text it came
/// from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DateRef {
    pub text: String,
    pub start: usize,
    pub end: usize,
    /// Earliest day meant.
    pub begin: String,
    /// Latest day meant (equal to `begin` for a single day).
    pub end_date: String,
}

impl DateRef {
    /// The date of an event or utterance several reports date: the one that
    /// begins first (the first of those that begin the same day).
    pub fn first<'a>(dates: impl IntoIterator<Item = &'a DateRef>) -> Option<&'a DateRef> {
        dates.into_iter().min_by(|a, b| a.begin.cmp(&b.begin))
    }
}

/// One attribution: who said what (to whom, when, how), as one article tells it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Statement {
    /// The words that name the speaker.
    pub source: Option<Piece>,
    /// The speakers a source joins ("Mr. Grassley and Mr. Leahy"), each
    /// with its own entity, in text order; empty when it names one, whose
    /// entity is the source's.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub speakers: Vec<Piece>,
    pub cue: Piece,
    /// Whether the cue is negated ("did not say", "has never mentioned",
    /// "doesn't think"): the article reports that the source did not say,
    /// or does not hold, the content. The cue's words include the negation.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub negated: bool,
    /// The cue's lemma ("said" → "say", "according to" → "according").
    pub cue_lemma: String,
    /// Whether the cue reports words or a thought.
    pub cue_class: CueClass,
    /// The content, as one or more segments.
    pub content: Vec<Span>,
    /// The content text, segments joined by one space.
    pub content_text: String,
    pub kind: SpeechKind,
    pub addressee: Option<Piece>,
    pub medium: Option<Medium>,
    /// The words that name the medium ("at a press conference", "in a post
    /// on X"); an earlier statement's when the medium is carried over from
    /// it ("she added").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub medium_span: Option<Span>,
    /// Name of the platform, for posts ("X", "Truth Social").
    pub platform: Option<String>,
    pub date: Option<DateRef>,
    /// Index (within the same extraction) of the statement whose quote contains
    /// this one, for nested speech.
    pub parent: Option<usize>,
}

impl Statement {
    /// The span from the first content segment to the last.
    pub fn content_hull(&self) -> Span {
        let start = self.content.iter().map(|s| s.char_start).min().unwrap_or(0);
        let end = self.content.iter().map(|s| s.char_end).max().unwrap_or(0);
        Span::new(start, end)
    }
}

/// What a cue attributes: words, a belief, wish or decision, or something
/// only the learned cue model calls an attribution.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum CueClass {
    Speech,
    Thought,
    /// A cue the lexicon does not know ("ordered", "unveiled"), found by
    /// the cue model: an attribution in news annotation's wide sense, which
    /// may be an act rather than words.
    Other,
}

/// What kind of event happened.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum EventKind {
    PhoneCall,
    Meeting,
    MilitaryOperation,
    Capture,
    Strike,
    Interview,
    PressConference,
    SocialMediaPost,
    TradeMeasure,
    /// Talks whose medium the text leaves open ("spoke with", "held
    /// discussions with"): the same event as a phone call or a meeting.
    Talks,
}

impl EventKind {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::PhoneCall => "phone-call",
            Self::Meeting => "meeting",
            Self::MilitaryOperation => "military-operation",
            Self::Capture => "capture",
            Self::Strike => "strike",
            Self::Interview => "interview",
            Self::PressConference => "press-conference",
            Self::SocialMediaPost => "social-media-post",
            Self::TradeMeasure => "trade-measure",
            Self::Talks => "talks",
        }
    }

    /// Whether reports of these kinds can tell of one event: the same kind,
    /// or talks and the call or meeting they were.
    pub fn compatible(self, other: Self) -> bool {
        let open = |k: Self| matches!(k, Self::Talks | Self::PhoneCall | Self::Meeting);
        self == other
            || (open(self) && open(other) && (self == Self::Talks || other == Self::Talks))
    }
}

/// Whether an event happened, is planned or was ruled out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum EventStatus {
    Happened,
    Planned,
    RuledOut,
}

impl EventStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Happened => "happened",
            Self::Planned => "planned",
            Self::RuledOut => "ruled-out",
        }
    }
}

/// A participant of an event and its role.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Participant {
    pub role: Role,
    pub mention: Piece,
}

/// The role of an event participant.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    /// Started or carried out the event.
    Agent,
    /// Took part.
    Participant,
    /// Was acted upon (the captured, the target).
    Target,
}

impl Role {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Agent => "agent",
            Self::Participant => "participant",
            Self::Target => "target",
        }
    }
}

/// A number the text gives, with what it counts ("12 soldiers", "97%").
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Figure {
    pub text: String,
    pub start: usize,
    pub end: usize,
    /// The number, normalised (`"12"`, `"97"`, `"1.5"`).
    pub value: String,
    /// What it counts, singular lower-case (`"soldier"`, `"percent"`).
    pub unit: String,
}

/// How one event is placed in time relative to another of the same article.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Order {
    Before,
    After,
}

impl Order {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Before => "before",
            Self::After => "after",
        }
    }

    pub fn reversed(self) -> Self {
        match self {
            Self::Before => Self::After,
            Self::After => Self::Before,
        }
    }
}

/// "This event came `order` the event at index `other`" (in the same
/// extraction), as the text says ("came after", "Following the call, …").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct EventOrder {
    pub order: Order,
    pub other: usize,
    /// The word that says so ("after", "Following"), as a span.
    pub cue: Span,
}

/// A length of time the text gives an event ("a 15-minute phone call").
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Duration {
    pub text: String,
    pub start: usize,
    pub end: usize,
    /// ISO 8601 (`PT15M`).
    pub iso: String,
}

/// One event as one article tells it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Event {
    pub kind: EventKind,
    pub trigger: Piece,
    pub participants: Vec<Participant>,
    pub date: Option<DateRef>,
    pub duration: Option<Duration>,
    pub place: Option<Piece>,
    pub status: EventStatus,
    /// The words that make it planned or ruled out ("threatened", "ruled
    /// out"); none for what happened.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status_span: Option<Span>,
    /// Numbers given in the event's sentence ("killed 12 soldiers").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub figures: Vec<Figure>,
    /// Where the text places this event before or after another.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub order: Vec<EventOrder>,
}

/// Everything `extract` finds in one article.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Extraction {
    pub article: ArticleId,
    pub mentions: Vec<Mention>,
    pub statements: Vec<Statement>,
    pub events: Vec<Event>,
}

/// A person, country, organisation, outlet or group, merged across articles.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entity {
    pub id: EntityId,
    pub kind: EntityKind,
    pub label: String,
    /// Other names seen in the text, sorted.
    pub aliases: Vec<String>,
    /// ISO 3166-1 alpha-2 code, for countries.
    pub iso_code: Option<String>,
    /// Wikidata QID, where certain.
    pub wikidata: Option<String>,
    /// The country a place lies in, as the place lexicon says.
    pub within: Option<EntityId>,
    /// Offices the entity holds, as the articles say.
    pub offices: Vec<Office>,
}

/// A reference to one statement: the article and its index in that article's
/// extraction.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct ReportRef {
    pub article: ArticleId,
    pub index: usize,
}

/// One utterance in the world, reported by one or more articles.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Utterance {
    /// Stable key (a hash of its first report).
    pub key: String,
    pub speaker: Option<EntityId>,
    pub addressee: Option<EntityId>,
    pub reports: Vec<ReportRef>,
    /// The key of the event it was said at, when the articles that report
    /// it tell (see `resolve`).
    pub occasion: Option<String>,
    /// The keys of the events its content names: an event a report of it
    /// reports with the trigger inside the content ("the call touched on
    /// the US strike on Maduro").
    pub about: Vec<String>,
    /// When it was said, as far as its reports tell, for an utterance that
    /// neither a report nor its occasion dates.
    pub said_within: Option<SaidWithin>,
}

/// Bounds on the day of an utterance no report dates (`YYYY-MM-DD`), at
/// least one of them set.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SaidWithin {
    /// The day the latest dated event its content names as having happened
    /// began.
    pub not_before: Option<String>,
    /// The day the first article reporting it was published.
    pub not_after: Option<String>,
}

/// One event in the world, reported by one or more articles.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EventCluster {
    pub key: String,
    pub kind: EventKind,
    /// The status most articles report (the reports may dispute it).
    pub status: EventStatus,
    pub reports: Vec<ReportRef>,
}

/// The whole resolved corpus, ready to map to RDF.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Graph {
    pub articles: Vec<Article>,
    /// One extraction per article, in the same order, with entity ids filled.
    pub extractions: Vec<Extraction>,
    pub entities: Vec<Entity>,
    pub utterances: Vec<Utterance>,
    pub events: Vec<EventCluster>,
    /// For each article, in order, the article that names its independent
    /// source: itself, or the earlier article whose wire copy it republishes.
    pub sources: Vec<ArticleId>,
    /// Aspects on which reports of one utterance or event disagree.
    pub discrepancies: Vec<Discrepancy>,
}

/// What a discrepancy is about: an utterance or an event, by key.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase", tag = "type", content = "key")]
pub enum Subject {
    Utterance(String),
    Event(String),
}

/// The aspect on which reports disagree.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Aspect {
    Date,
    /// Before or after another event.
    Order,
    Duration,
    Place,
    /// A number given for the same thing.
    Figure,
    Medium,
    Addressee,
    /// The words of a direct quote.
    Wording,
    /// Who started or carried out an event (the caller, the raider).
    Initiator,
    /// Who said the words of an utterance.
    Speaker,
    /// Whether an event happened, is planned or was ruled out.
    Status,
}

impl Aspect {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Date => "date",
            Self::Order => "order",
            Self::Duration => "duration",
            Self::Place => "place",
            Self::Figure => "figure",
            Self::Medium => "medium",
            Self::Addressee => "addressee",
            Self::Wording => "wording",
            Self::Initiator => "initiator",
            Self::Speaker => "speaker",
            Self::Status => "status",
        }
    }
}

/// One value of a disputed aspect and the reports that give it.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Claim {
    /// The value as text ("2026-01-11", "PT15M", "after", "12").
    pub value: String,
    /// The entity the value names, for places, addressees and initiators.
    pub entity: Option<EntityId>,
    /// The reports (statements or events, by article and index) that give
    /// this value, sorted.
    pub reports: Vec<ReportRef>,
}

/// Reports of one utterance or event that disagree on one aspect.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Discrepancy {
    /// Stable key: a hash of the subject, aspect and qualifier.
    pub key: String,
    pub subject: Subject,
    pub aspect: Aspect,
    /// What is counted, for figures ("soldier"); the other event's key, for
    /// order.
    pub qualifier: Option<String>,
    /// Two or more claims, sorted by value.
    pub claims: Vec<Claim>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slices_by_code_point_not_byte() {
        let text = "“Olá,” said Ms Sheinbaum 🙂 today";
        let span = Span::new(1, 5);
        assert_eq!(slice_chars(text, span), Some("Olá,"));
        assert_eq!(slice_chars(text, Span::new(25, 26)), Some("🙂"));
        assert_eq!(slice_chars(text, Span::new(27, 32)), Some("today"));
        assert_eq!(slice_chars(text, Span::new(27, 33)), None);
        assert_eq!(slice_chars(text, Span::new(32, 32)), Some(""));
    }

    #[test]
    fn span_relations() {
        let a = Span::new(2, 8);
        assert!(a.contains(Span::new(3, 8)));
        assert!(!a.contains(Span::new(1, 3)));
        assert!(a.overlaps(Span::new(7, 9)));
        assert!(!a.overlaps(Span::new(8, 9)));
        assert_eq!(a.to_string(), "2-8");
        assert_eq!(a.len(), 6);
    }
}
