//! Word lists the extractor matches against: countries and places (from the
//! SKOS lexicons `ontology/lexicon/countries.ttl` and `places.ttl`),
//! organisations and outlets, offices, honorifics, first names with their
//! usual gender, and cue verbs.
//!
//! Phrases are keyed by their folded tokens joined with one space
//! (`"mexico city"`, `"u.s."`), so matching is a hash look-up per length.

use crate::model::{EntityId, EntityKind, MentionForm};
use crate::text::WordSet;
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::collections::BTreeMap;
use std::sync::OnceLock;

/// One country of the lexicon.
#[derive(Debug, Clone)]
pub struct Country {
    pub iso: String,
    pub name: String,
    pub aliases: Vec<String>,
    pub demonyms: Vec<String>,
    pub metonyms: Vec<String>,
    pub wikidata: Option<String>,
    /// The name is also a given name or part of another place name; it
    /// matches only with no capitalised word beside it.
    pub standalone: bool,
    /// Whether the short name itself is matched (not for "Georgia", mostly
    /// the US state in English news).
    pub match_name: bool,
}

impl Country {
    pub fn id(&self) -> EntityId {
        EntityId(format!("country/{}", self.iso.to_lowercase()))
    }
}

/// One place of the lexicon that is not a country (a US state).
#[derive(Debug, Clone)]
pub struct Place {
    /// The concept IRI's path after the data namespace (`place/ohio`).
    pub id: EntityId,
    pub name: String,
    pub aliases: Vec<String>,
    /// The country it lies in (`schema:containedInPlace`).
    pub country: Option<EntityId>,
    pub standalone: bool,
    pub match_name: bool,
}

/// What a lexicon phrase stands for.
#[derive(Debug, Clone)]
pub struct Entry {
    pub entity: EntityId,
    pub kind: EntityKind,
    pub form: MentionForm,
    pub label: &'static str,
    /// Matches only with the exact case given (acronyms such as "US").
    pub exact_case: Option<String>,
    /// Matches lower-case text too ("mexico's constitution").
    pub any_case: bool,
    /// Matches only with no capitalised word beside it ("Jordan" but not
    /// "Jim Jordan", "Jersey" but not "New Jersey").
    pub standalone: bool,
}

pub struct Lexicon {
    pub countries: Vec<Country>,
    pub places: Vec<Place>,
    pub phrases: HashMap<String, Entry>,
    /// The phrases' leading words, one word, two words and so on up to the
    /// whole phrase ("the", "the white", "the white house"): a word
    /// sequence none of the phrases starts with ends the search.
    pub prefixes: HashSet<String>,
    pub max_phrase_len: usize,
}

/// Words that are country names or demonyms but also ordinary lower-case
/// words; they match only when capitalised.
static AMBIGUOUS_LOWER: WordSet = WordSet::new(&[
    "turkey",
    "chad",
    "jordan",
    "georgia",
    "guinea",
    "china",
    "polish",
    "french",
    "american",
    "americans",
    "america",
    "us",
    "thai",
    "swiss",
    "danish",
    "dutch",
    "greek",
    "irish",
    "india",
    "indian",
    "indians",
    "german",
    "chinese",
    "japanese",
    "holland",
    "lima",
    "santiago",
    "kingston",
    "wellington",
    "washington",
    "paris",
    "rome",
    "nice",
    "cuba",
    "jersey",
    "guernsey",
    "niger",
    "georgian",
    "dominica",
    "tonga",
    "guam",
    "reunion",
]);

/// Organisations and outlets: (entity key, kind, label, names).
const ORGANIZATIONS: &[(&str, EntityKind, &str, &[&str])] = &[
    (
        "org/white-house",
        EntityKind::Organization,
        "White House",
        &["White House", "the White House"],
    ),
    (
        "org/us-department-of-state",
        EntityKind::Organization,
        "US Department of State",
        &[
            "State Department",
            "Department of State",
            "US Department of State",
            "U.S. Department of State",
            "U.S. State Department",
            "US State Department",
        ],
    ),
    (
        "org/pentagon",
        EntityKind::Organization,
        "Pentagon",
        &[
            "Pentagon",
            "the Pentagon",
            "Department of Defense",
            "Defense Department",
        ],
    ),
    (
        "org/trump-administration",
        EntityKind::Organization,
        "Trump administration",
        &["Trump administration", "the Trump administration"],
    ),
    (
        "org/us-congress",
        EntityKind::Organization,
        "US Congress",
        &["Congress"],
    ),
    (
        "org/us-senate",
        EntityKind::Organization,
        "US Senate",
        &["Senate"],
    ),
    (
        "org/fbi",
        EntityKind::Organization,
        "FBI",
        &["FBI", "F.B.I."],
    ),
    (
        "org/cia",
        EntityKind::Organization,
        "CIA",
        &["CIA", "C.I.A."],
    ),
    (
        "org/dea",
        EntityKind::Organization,
        "DEA",
        &["DEA", "Drug Enforcement Administration"],
    ),
    (
        "org/united-nations",
        EntityKind::Organization,
        "United Nations",
        &["United Nations", "UN", "U.N."],
    ),
    ("org/nato", EntityKind::Organization, "NATO", &["NATO"]),
    (
        "org/european-union",
        EntityKind::Organization,
        "European Union",
        &["European Union", "EU", "E.U."],
    ),
    (
        "org/democratic-party",
        EntityKind::Organization,
        "Democratic Party",
        &["Democratic Party", "Democratic National Committee", "DNC"],
    ),
    (
        "org/republican-party",
        EntityKind::Organization,
        "Republican Party",
        &[
            "Republican Party",
            "GOP",
            "Republican National Committee",
            "RNC",
        ],
    ),
    (
        "org/secret-service",
        EntityKind::Organization,
        "Secret Service",
        &["Secret Service"],
    ),
    (
        "org/supreme-court",
        EntityKind::Organization,
        "Supreme Court",
        &["Supreme Court"],
    ),
    (
        "outlet/fox-news",
        EntityKind::Outlet,
        "Fox News",
        &["Fox News"],
    ),
    (
        "outlet/associated-press",
        EntityKind::Outlet,
        "Associated Press",
        &["Associated Press", "AP"],
    ),
    (
        "outlet/afp",
        EntityKind::Outlet,
        "Agence France-Presse",
        &["AFP", "Agence France-Presse"],
    ),
    (
        "outlet/reuters",
        EntityKind::Outlet,
        "Reuters",
        &["Reuters"],
    ),
    (
        "outlet/bloomberg",
        EntityKind::Outlet,
        "Bloomberg",
        &["Bloomberg"],
    ),
    (
        "outlet/the-epoch-times",
        EntityKind::Outlet,
        "The Epoch Times",
        &["The Epoch Times", "Epoch Times"],
    ),
    (
        "outlet/anadolu-agency",
        EntityKind::Outlet,
        "Anadolu Agency",
        &["Anadolu Agency", "Anadolu"],
    ),
    (
        "outlet/the-straits-times",
        EntityKind::Outlet,
        "The Straits Times",
        &["The Straits Times", "Straits Times"],
    ),
    ("outlet/cnn", EntityKind::Outlet, "CNN", &["CNN"]),
    (
        "outlet/the-new-york-times",
        EntityKind::Outlet,
        "The New York Times",
        &["The New York Times", "New York Times"],
    ),
    (
        "outlet/the-washington-post",
        EntityKind::Outlet,
        "The Washington Post",
        &["The Washington Post", "Washington Post"],
    ),
    (
        "outlet/the-wall-street-journal",
        EntityKind::Outlet,
        "The Wall Street Journal",
        &["The Wall Street Journal", "Wall Street Journal"],
    ),
    (
        "outlet/politico",
        EntityKind::Outlet,
        "Politico",
        &["Politico"],
    ),
    (
        "outlet/breitbart",
        EntityKind::Outlet,
        "Breitbart",
        &["Breitbart", "Breitbart News"],
    ),
    (
        "outlet/usa-today",
        EntityKind::Outlet,
        "USA Today",
        &["USA Today"],
    ),
    (
        "outlet/huffpost",
        EntityKind::Outlet,
        "HuffPost",
        &["Huffington Post", "HuffPost", "The Huffington Post"],
    ),
    (
        "outlet/nbc-news",
        EntityKind::Outlet,
        "NBC News",
        &["NBC", "NBC News"],
    ),
    (
        "outlet/cbs-news",
        EntityKind::Outlet,
        "CBS News",
        &["CBS", "CBS News"],
    ),
    (
        "outlet/abc-news",
        EntityKind::Outlet,
        "ABC News",
        &["ABC", "ABC News"],
    ),
    ("outlet/msnbc", EntityKind::Outlet, "MSNBC", &["MSNBC"]),
    ("outlet/bbc", EntityKind::Outlet, "BBC", &["BBC"]),
    (
        "outlet/politifact",
        EntityKind::Outlet,
        "PolitiFact",
        &["PolitiFact"],
    ),
    (
        "outlet/zero-hedge",
        EntityKind::Outlet,
        "Zero Hedge",
        &["Zero Hedge"],
    ),
    // Platforms: companies, which speak for themselves ("Twitter said").
    (
        "org/twitter",
        EntityKind::Organization,
        "Twitter",
        &["Twitter"],
    ),
    (
        "org/facebook",
        EntityKind::Organization,
        "Facebook",
        &["Facebook"],
    ),
    (
        "org/youtube",
        EntityKind::Organization,
        "YouTube",
        &["YouTube"],
    ),
    (
        "org/instagram",
        EntityKind::Organization,
        "Instagram",
        &["Instagram"],
    ),
    (
        "org/truth-social",
        EntityKind::Organization,
        "Truth Social",
        &["Truth Social"],
    ),
];

/// Whether a folded word is a word of one of [`OFFICES`] ("secretary",
/// "state", "foreign").
pub fn is_office_word(folded: &str) -> bool {
    static WORDS: OnceLock<HashSet<&'static str>> = OnceLock::new();
    WORDS
        .get_or_init(|| OFFICES.iter().flat_map(|(o, _)| o.split(' ')).collect())
        .contains(folded)
}

/// Office words, longest first: (folded phrase, normalised role).
pub const OFFICES: &[(&str, &str)] = &[
    ("secretary of foreign affairs", "foreign-minister"),
    ("foreign affairs secretary", "foreign-minister"),
    ("secretary of state", "foreign-minister"),
    ("foreign secretary", "foreign-minister"),
    ("foreign minister", "foreign-minister"),
    ("vice president", "vice-president"),
    ("prime minister", "head-of-government"),
    ("attorney general", "attorney-general"),
    ("defense secretary", "defense-minister"),
    ("defence secretary", "defense-minister"),
    ("defense minister", "defense-minister"),
    ("defence minister", "defense-minister"),
    ("president", "head-of-state"),
    ("leader", "leader"),
    ("house speaker", "speaker"),
    ("premier", "head-of-government"),
    ("chancellor", "head-of-government"),
    ("spokesman", "spokesperson"),
    ("spokeswoman", "spokesperson"),
    ("spokesperson", "spokesperson"),
    ("senator", "senator"),
    ("speaker", "speaker"),
    ("representative", "representative"),
    ("congressman", "representative"),
    ("congresswoman", "representative"),
    ("chairman", "chair"),
    ("chairwoman", "chair"),
    ("judge", "judge"),
    ("pope", "pope"),
    ("governor", "governor"),
    ("ambassador", "ambassador"),
    ("minister", "minister"),
    ("secretary", "secretary"),
    ("king", "head-of-state"),
    ("queen", "head-of-state"),
    ("mayor", "mayor"),
    ("admiral", "admiral"),
    ("colonel", "colonel"),
    ("delegate", "delegate"),
    ("counterpart", "counterpart"),
];

/// Abbreviated titles that stand before a name.
pub const TITLE_ABBREVIATIONS: &[(&str, &str)] = &[
    ("sen", "senator"),
    ("gov", "governor"),
    ("rep", "representative"),
    ("pres", "head-of-state"),
    ("gen", "general"),
    ("adm", "admiral"),
    ("col", "colonel"),
    ("del", "delegate"),
];

/// Honorifics and the gender they mark.
pub const HONORIFICS: &[(&str, Gender)] = &[
    ("mr", Gender::Male),
    ("mrs", Gender::Female),
    ("ms", Gender::Female),
    ("miss", Gender::Female),
    ("dr", Gender::Unknown),
    ("sir", Gender::Male),
    ("dame", Gender::Female),
];

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Gender {
    Male,
    Female,
    Unknown,
}

const FEMALE_NAMES: &str = "mary patricia jennifer linda susan margaret karen lisa nancy betty sandra donna carol ruth sharon michelle laura sarah kimberly deborah jessica shirley cynthia angela melissa brenda amy anna rebecca virginia kathleen pamela martha debra amanda stephanie carolyn christine marie janet catherine frances ann joyce diane alice julie heather teresa doris gloria evelyn jean cheryl katherine joan ashley judith rose janice kelly nicole judy christina kathy theresa beverly denise tammy irene jane lori rachel marilyn andrea kathryn louise sara anne jacqueline wanda bonnie julia ruby lois tina phyllis norma paula diana annie lillian emily robin peggy crystal gladys rita dawn connie florence tracy edna tiffany carmen rosa cindy grace wendy victoria edith sherry sylvia josephine thelma shannon sheila ethel ellen elaine marjorie carrie charlotte monica esther pauline emma juanita anita rhonda hazel amber eva debbie april leslie clara lucille joanne eleanor valerie danielle megan alicia suzanne michele gail bertha darlene veronica jill erin geraldine lauren cathy joann lorraine lynn sally regina erica beatrice dolores bernice audrey yvonne annette june samantha marion dana stacy renee ida vivian roberta holly brittany melanie loretta yolanda jeanette laurie katie kristen vanessa alma sue elsie beth jeanne hillary chelsea melania ivanka kellyanne huma elizabeth claudia cilia kamala nikki sheryl carly condoleezza madeleine hope ivana omarosa kirstjen tulsi marianne alexandria ilhan rashida ayanna liz dianne barbara maxine maria lucia isabel dilma cristina xiomara delcy rosario gabriela olga luisa marcela ximena paola angela theresa ursula giorgia marine jacinda sanna kristalina christine janet gina samantha kristi tulsi susie karine abigail addison aditi adriana aisha akiko alejandra alexandra alexis allison amina angelika anjali annika antoinette araceli arlene astrid ava beatriz bernadette bethany birgit brianna brooke caitlin camila candace candice cassandra charlene chloe claire colleen constance consuelo courtney daniela deepa destiny dina doreen dorothy ebony eileen elena esperanza eunice fatima fernanda frauke gabrielle galina georgette glenda greta hailey haley hannah heidi helen helga hiroko ines inga ingrid irina isabella jasmine jeannette jenna jillian joanna jocelyn johanna jolene kaitlyn kari kate katharine kathie katy kayla keiko keisha kelsey krista kristin kristina kristy lakshmi latoya lauri layla leah leila lena leticia lily lindsay lorena ludmila lynda lynette lynne maggie marcia margarita mariana marisol marlene marsha maureen meera meghan melody mia mildred mindy molly nadia nadine natalia natalie natasha neha nicolette nina noreen oksana olivia paige patsy paulette pilar pooja priya raquel rena rocio ronda rosalind rosalyn rosemary roslyn sabine sakura saundra shreya silvia sondra sonya sophia stella sunita svetlana tamara tanya tara tatiana tonya ulrike valeria vera violet wilma yasmin yesenia yoko yulia zainab zoe";

const MALE_NAMES: &str = "james john robert michael william david richard joseph thomas charles christopher daniel matthew anthony donald mark paul steven andrew kenneth joshua kevin brian george edward ronald timothy jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin scott brandon benjamin samuel frank gregory raymond alexander patrick jack dennis jerry tyler aaron jose henry adam douglas nathan peter zachary kyle walter harold jeremy ethan carl keith roger gerald christian terry sean arthur austin noah lawrence jesse joe bryan billy jordan albert dylan bruce willie gabriel alan juan logan wayne ralph roy eugene randy vincent russell louis philip bobby johnny bradley mike bill bernie ted marco jeb ben barack chris rudy newt mitch tim rand jim jeff steve dan sam tom matt josh greg jared reince corey lindsey rick martin lincoln harry al dick julian vladimir xi emmanuel recep bashar hugo evo rafael sergio ricardo francisco antonio fernando roberto alberto eduardo omar ramon andres manuel nicolas gustavo miguel fidel raul luis jorge carlos pedro javier alejandro felipe enrique vicente ernesto marcelo mario jesus pablo diego alvaro tommy mohammed muhammad ahmed ali hassan abdel benjamin naftali yair volodymyr olaf keir rishi boris narendra shinzo fumio moon kim jair lula javier daniel nayib alberto joe kevin chuck mitch hakeem pete lloyd antony jake merrick alejandro kash pam marco jd mike stephen abdul abdullah adolfo akira alain alastair alexei alfonso alvin amit amos anatoly andrei andy angus anil anwar archie ariel armando arturo arvind asif avigdor ayman benny benoit bernard brad brendan caleb callum calvin cedric charlie ciaran clarence clifford clive cody colin connor conor cormac cornelius curtis danny darnell darrell darryl daryl declan demetrius derek derrick desmond devin didier dieter dmitry donnie duane duncan dustin dwayne dwight eamon eddie ehud elijah emilio enrico ernest ernie evan fahd faisal fergus fintan floyd francois frank-walter freddie frederick friedrich gamal gavin gennady gerard gerhard gideon giovanni giuseppe gonzalo graham hamad hamid hamish hayden hector helmut herbert herman hiroshi horst hosni howard humberto hussein ian ibrahim ignacio igor imran isaac ismail ivan jacques jaden jamal jayden jean-claude jean-luc jean-marc jean-yves jermaine jerome jimmy joaquin junichiro jurgen karim kenji kenny khalid kirill klaus landon laurent lenny leonard leonid leroy lester liam lonnie lucas luigi mahmoud malcolm manfred manmohan marcus marvin massimo mateo matteo maurice mauricio maxim melvin menachem micah michel mikhail mitchell moammar moshe muammar mustafa nabil nawaz neville niall nigel nikolai nolan octavio oleg oliver osama owen padraig paolo pavel philippe pierre preston quincy rahul rajesh ramesh ramiro ramzan rashid reggie reuven riley rodrigo rogelio ronnie ruben rupert rustam saddam salman sanjay seamus sebastien sergei sergey seth shahbaz shane shawn shimon sigmar silvio spencer sunil suresh takeshi tariq taro teddy terrance terrence theodore thierry timmy todd tony travis trevor tyrone ulises valery vernon vijay viktor vladislav walid wesley wilhelm willis wolfgang woodrow wyatt yasser yevgeny yitzhak yoav yoshihide youssef yuri yusuf zach zack";

/// Cue words: folded word form and lemma. Verbs in their usual forms;
/// `according` is handled with the following "to".
pub const CUES: &[(&str, &str)] = &[
    ("said", "say"),
    ("says", "say"),
    ("say", "say"),
    ("saying", "say"),
    ("told", "tell"),
    ("tells", "tell"),
    ("tell", "tell"),
    ("telling", "tell"),
    ("added", "add"),
    ("adds", "add"),
    ("adding", "add"),
    ("wrote", "write"),
    ("writes", "write"),
    ("writing", "write"),
    ("stated", "state"),
    ("states", "state"),
    ("noted", "note"),
    ("notes", "note"),
    ("noting", "note"),
    ("explained", "explain"),
    ("explains", "explain"),
    ("stressed", "stress"),
    ("reaffirmed", "reaffirm"),
    ("reaffirms", "reaffirm"),
    ("reiterated", "reiterate"),
    ("reiterates", "reiterate"),
    ("stresses", "stress"),
    ("acknowledged", "acknowledge"),
    ("acknowledges", "acknowledge"),
    ("recounted", "recount"),
    ("recounts", "recount"),
    ("revealed", "reveal"),
    ("reveals", "reveal"),
    ("responded", "respond"),
    ("responds", "respond"),
    ("replied", "reply"),
    ("replies", "reply"),
    ("asked", "ask"),
    ("asks", "ask"),
    ("announced", "announce"),
    ("announces", "announce"),
    ("claimed", "claim"),
    ("claims", "claim"),
    ("argued", "argue"),
    ("argues", "argue"),
    ("warned", "warn"),
    ("warns", "warn"),
    ("emphasized", "emphasize"),
    ("emphasised", "emphasize"),
    ("emphasizes", "emphasize"),
    ("affirmed", "affirm"),
    ("affirms", "affirm"),
    ("reiterated", "reiterate"),
    ("reiterates", "reiterate"),
    ("insisted", "insist"),
    ("insists", "insist"),
    ("suggested", "suggest"),
    ("suggests", "suggest"),
    ("suggesting", "suggest"),
    ("reported", "report"),
    ("reports", "report"),
    ("posted", "post"),
    ("tweeted", "tweet"),
    ("tweets", "tweet"),
    ("confirmed", "confirm"),
    ("confirms", "confirm"),
    ("confirming", "confirm"),
    ("denied", "deny"),
    ("denies", "deny"),
    ("declared", "declare"),
    ("declares", "declare"),
    ("urged", "urge"),
    ("urges", "urge"),
    ("described", "describe"),
    ("describes", "describe"),
    ("characterized", "characterize"),
    ("characterised", "characterize"),
    ("asserted", "assert"),
    ("asserts", "assert"),
    ("asserting", "assert"),
    ("highlighted", "highlight"),
    ("highlighting", "highlight"),
    ("highlights", "highlight"),
    ("predicted", "predict"),
    ("predicts", "predict"),
    ("promised", "promise"),
    ("promises", "promise"),
    ("vowed", "vow"),
    ("vows", "vow"),
    ("pledged", "pledge"),
    ("accused", "accuse"),
    ("accuses", "accuse"),
    ("blamed", "blame"),
    ("believes", "believe"),
    ("believed", "believe"),
    ("believe", "believe"),
    ("thinks", "think"),
    ("worry", "worry"),
    ("worries", "worry"),
    ("worried", "worry"),
    ("admitted", "admit"),
    ("admits", "admit"),
    ("conceded", "concede"),
    ("contended", "contend"),
    ("maintained", "maintain"),
    ("observed", "observe"),
    ("remarked", "remark"),
    ("mentioned", "mention"),
    ("indicated", "indicate"),
    ("indicates", "indicate"),
    ("touted", "tout"),
    ("mocked", "mock"),
    ("complained", "complain"),
    ("praised", "praise"),
    ("hailed", "hail"),
    ("hails", "hail"),
    ("hinted", "hint"),
    ("hints", "hint"),
    ("recalled", "recall"),
    ("expressed", "express"),
    ("signaled", "signal"),
    ("signalled", "signal"),
    ("criticized", "criticize"),
    ("criticised", "criticize"),
    ("demanded", "demand"),
    ("requested", "request"),
    ("quipped", "quip"),
    ("joked", "joke"),
    ("boasted", "boast"),
    ("questioned", "question"),
    ("cautioned", "caution"),
    ("announcing", "announce"),
    ("according", "according to"),
];

/// Nouns that can head a speaker phrase without being a named entity
/// ("officials", "a source", "experts", "the bank").
static SPEAKER_NOUNS: WordSet = WordSet::spaced(
    "official officials source sources aide aides expert experts analyst \
    pollster pollsters strategist strategists consultant consultants professor economist \
    secretary minister ambassador commissioner mayor sheriff chief executive ceo founder \
    historian author columnist editor correspondent percent majority plurality \
    analysts critic critics supporter supporters spokesman spokeswoman spokesperson spokespeople \
    campaign administration statement report reports poll polls survey surveys study studies \
    people voters voter democrats republicans democrat republican lawmakers lawmaker legislators \
    adviser advisers advisor advisors observers residents witnesses police authorities government \
    ministry department agency newspaper media reporters economists diplomats leaders member \
    members president leader governor senator senators candidate nominee manager chairman \
    chairwoman chancellor premier congressman congresswoman pope admiral colonel \
    director organizers activists scientists researchers data documents prosecutors lawyer \
    lawyers attorney attorneys court judge website group groups company committee others bank \
    firm organization party office union alliance coalition council commission board network \
    station paper magazine institute center foundation association team club school university \
    regulator regulators representatives staff insiders allies opponents rivals conservatives \
    liberals progressives americans respondents participants protesters workers employees \
    executives investors analysis filings memo letter email emails tweet post ad ads video book \
    transcript records estimates projections figures numbers \
    front-runner frontrunner hopeful hopefuls contender contenders host co-host anchor \
    moderator reporter journalist commentator pundit blogger writer novelist speechwriter \
    neurosurgeon surgeon doctor physician pastor counsel prosecutor businessman businesswoman \
    entrepreneur magnate developer donor donors delegate delegates lobbyist lobbyists \
    activist widow widower justice justices",
);

/// Capitalised nouns that stand before a name as its title, though they
/// are neither offices the graph records nor nouns the statement rules
/// take for a speaker: "Officer Joseph Beinlich", "Rabbi Rick Jacobs",
/// "Billionaire Donald Trump".
static TITLE_NOUNS: WordSet = WordSet::spaced(
    "officer alderman alderwoman rabbi reverend actor actress filmmaker billionaire \
    icon recorder advocate supervisor treasurer secretary-treasurer comedian singer rapper \
    coach detective sergeant lieutenant captain deputy commander trooper chair",
);

/// Whether a folded word can be a name's title: a noun for a speaker
/// ("Activist Angela Davis") or a noun that stands before a name as its title
/// ("Officer Joseph Beinlich").
pub fn is_title_noun(folded: &str) -> bool {
    is_speaker_noun(folded) || TITLE_NOUNS.contains(folded)
}

/// Whether a lower-case word can end a noun phrase that is the subject of
/// a cue: not a function word, adverb, verb form or object pronoun.
pub fn can_head_noun_phrase(folded: &str) -> bool {
    folded.chars().all(|c| c.is_alphabetic() || c == '-')
        && folded.chars().count() > 1
        && !NOT_NOUN_HEADS.contains(folded)
        && (!folded.ends_with("ly") || super::words::is_noun_in_ly(folded))
        && !folded.ends_with("ing")
}

/// Words that cannot end a subject noun phrase.
static NOT_NOUN_HEADS: WordSet = WordSet::spaced(
    "a an the this that these those which who whom whose what \
    and or but nor so yet as if than because while when where whether though although \
    of in on at to for from by with about against between into through during before after \
    over under above below up down out off near since until upon within without among across \
    along around behind beyond despite like unlike per via toward towards \
    is are was were be been being am has have had do does did will would shall should can \
    could may might must not no never also just even only still already again too very \
    him her them us me my your his its our their mine yours hers ours theirs \
    he she they we you i it one \
    there here then now today yesterday tomorrow tonight later earlier soon ago \
    said says say told tell asked added noted called \
    more most less least much many such own other another same each every either neither \
    some any all both few several instead however therefore thus meanwhile \
    perhaps probably maybe possibly apparently almost away back forward together ahead aside apart",
);

/// Nouns for works that speak for their authors ("a statement from the
/// State Department", "a study by Harvard University").
static WORK_NOUNS: WordSet = WordSet::spaced(
    "ad ads analysis article audit book complaint count data declaration \
    document documents editorial email emails estimate estimates excerpts filing filings \
    investigation lawsuit letter memo poll polls post projection projections release report \
    reports research review ruling speech statement statements studies study survey surveys \
    tally tweet tweets video videos",
);

pub fn is_work_noun(folded: &str) -> bool {
    WORK_NOUNS.contains(folded)
}

/// Whether a (folded) noun can head a speaker phrase.
pub fn is_speaker_noun(folded: &str) -> bool {
    SPEAKER_NOUNS.contains(folded)
}

static LEXICON: OnceLock<Lexicon> = OnceLock::new();

pub fn lexicon() -> &'static Lexicon {
    LEXICON.get_or_init(build)
}

/// The folded key of a phrase as the tokenizer splits it.
pub fn key_of(phrase: &str) -> String {
    let chars: Vec<char> = phrase.chars().collect();
    crate::text::tokenize(&chars, 0, chars.len())
        .iter()
        .map(|t| crate::text::fold(&t.text(&chars)))
        .collect::<Vec<_>>()
        .join(" ")
}

fn leak(s: String) -> &'static str {
    // The lexicon lives for the whole process; its labels are built once.
    Box::leak(s.into_boxed_str())
}

/// What a SKOS lexicon file says of one concept, by the local names of the
/// predicates newsgraph reads (`prefLabel`, `iso3166Alpha2`,
/// `containedInPlace`, …): their values in the file's order.
type Concept = BTreeMap<&'static str, Vec<String>>;

/// Predicates of the lexicon files the extractor reads.
const CONCEPT_PREDICATES: &[(&str, &str)] = &[
    (crate::vocab::NG, "iso3166Alpha2"),
    (crate::vocab::NG, "demonym"),
    (crate::vocab::NG, "metonym"),
    (crate::vocab::NG, "matchStandaloneOnly"),
    (crate::vocab::NG, "matchPrefLabel"),
    (crate::vocab::SKOS, "prefLabel"),
    (crate::vocab::SKOS, "altLabel"),
    (crate::vocab::OWL, "sameAs"),
    (crate::vocab::SCHEMA, "containedInPlace"),
];

/// Reads a SKOS lexicon file: each subject's values of
/// [`CONCEPT_PREDICATES`], subjects in IRI order.
fn concepts(ttl: &str) -> Result<BTreeMap<String, Concept>, String> {
    use oxigraph::io::{RdfFormat, RdfParser};
    use oxigraph::model::{NamedOrBlankNode, Term};
    let mut by_subject: BTreeMap<String, Concept> = BTreeMap::new();
    for quad in RdfParser::from_format(RdfFormat::Turtle).for_slice(ttl.as_bytes()) {
        let quad = quad.map_err(|e| e.to_string())?;
        let NamedOrBlankNode::NamedNode(subject) = &quad.subject else {
            continue;
        };
        let predicate = quad.predicate.as_str();
        let Some((_, local)) = CONCEPT_PREDICATES
            .iter()
            .find(|(ns, local)| predicate.strip_prefix(ns) == Some(local))
        else {
            continue;
        };
        let value = match &quad.object {
            Term::Literal(l) => l.value().to_owned(),
            Term::NamedNode(n) => n.as_str().to_owned(),
            _ => continue,
        };
        by_subject
            .entry(subject.as_str().to_owned())
            .or_default()
            .entry(local)
            .or_default()
            .push(value);
    }
    Ok(by_subject)
}

/// The values of `key` in a concept.
fn values(c: &Concept, key: &str) -> Vec<String> {
    c.get(key).cloned().unwrap_or_default()
}

/// The first value of `key` in a concept, if any.
fn value<'c>(c: &'c Concept, key: &str) -> Option<&'c str> {
    c.get(key).and_then(|v| v.first()).map(String::as_str)
}

/// The entity id of a data IRI (`…/id/country/us` → `country/us`).
fn entity_of(iri: &str) -> Option<EntityId> {
    iri.strip_prefix(crate::vocab::ID)
        .map(|id| EntityId(id.to_owned()))
}

/// Reads the country lexicon: one country per subject that has an
/// `ng:iso3166Alpha2` code, in IRI (so code) order.
fn countries(ttl: &str) -> Result<Vec<Country>, String> {
    let countries: Vec<Country> = concepts(ttl)?
        .values()
        .filter_map(|c| {
            Some(Country {
                iso: value(c, "iso3166Alpha2")?.to_owned(),
                name: value(c, "prefLabel").unwrap_or_default().to_owned(),
                aliases: values(c, "altLabel"),
                demonyms: values(c, "demonym"),
                metonyms: values(c, "metonym"),
                wikidata: value(c, "sameAs")
                    .and_then(|v| v.strip_prefix(crate::vocab::WD))
                    .map(str::to_owned),
                standalone: value(c, "matchStandaloneOnly") == Some("true"),
                match_name: value(c, "matchPrefLabel") != Some("false"),
            })
        })
        .collect();
    if let Some(bad) = countries
        .iter()
        .find(|c| c.name.is_empty() || c.iso.len() != 2)
    {
        return Err(format!(
            "country {:?} lacks a label or a two-letter code",
            bad.iso
        ));
    }
    Ok(countries)
}

/// Reads the place lexicon: one place per subject under the data
/// namespace's `place/`, in IRI order.
fn places(ttl: &str) -> Result<Vec<Place>, String> {
    concepts(ttl)?
        .iter()
        .filter_map(|(iri, c)| Some((entity_of(iri)?, c)))
        .filter(|(id, _)| id.0.starts_with("place/"))
        .map(|(id, c)| {
            let name = value(c, "prefLabel")
                .ok_or_else(|| format!("place {} lacks a label", id.0))?
                .to_owned();
            Ok(Place {
                id,
                name,
                aliases: values(c, "altLabel"),
                country: value(c, "containedInPlace").and_then(entity_of),
                standalone: value(c, "matchStandaloneOnly") == Some("true"),
                match_name: value(c, "matchPrefLabel") != Some("false"),
            })
        })
        .collect()
}

fn build() -> Lexicon {
    let countries = countries(crate::vocab::COUNTRIES_TTL)
        .unwrap_or_else(|e| panic!("ontology/lexicon/countries.ttl (built in): {e}"));
    let places = places(crate::vocab::PLACES_TTL)
        .unwrap_or_else(|e| panic!("ontology/lexicon/places.ttl (built in): {e}"));
    let mut phrases = HashMap::default();
    let mut add = |phrase: &str, entry: Entry| {
        let key = key_of(phrase);
        if !key.is_empty() {
            phrases.entry(key).or_insert(entry);
        }
    };
    for (key, kind, label, names) in ORGANIZATIONS {
        for name in *names {
            let acronym = name.len() <= 5 && name.chars().all(|c| c.is_uppercase() || c == '.');
            add(
                name,
                Entry {
                    entity: EntityId((*key).to_owned()),
                    kind: *kind,
                    form: MentionForm::Name,
                    label,
                    exact_case: acronym.then(|| (*name).to_owned()),
                    any_case: false,
                    standalone: false,
                },
            );
        }
    }
    for country in &countries {
        let label = leak(country.name.clone());
        let names = std::iter::once(&country.name)
            .filter(|_| country.match_name)
            .chain(&country.aliases);
        for name in names {
            let acronym = name
                .chars()
                .filter(|c| c.is_alphabetic())
                .all(char::is_uppercase);
            let lower = key_of(name);
            add(
                name,
                Entry {
                    entity: country.id(),
                    kind: EntityKind::Country,
                    form: MentionForm::Name,
                    label,
                    exact_case: acronym.then(|| name.clone()),
                    any_case: !acronym && !AMBIGUOUS_LOWER.contains(lower.as_str()),
                    standalone: country.standalone,
                },
            );
        }
        for name in &country.demonyms {
            let lower = key_of(name);
            add(
                name,
                Entry {
                    entity: country.id(),
                    kind: EntityKind::Country,
                    form: MentionForm::Demonym,
                    label,
                    exact_case: None,
                    any_case: !AMBIGUOUS_LOWER.contains(lower.as_str()),
                    standalone: false,
                },
            );
        }
        for name in &country.metonyms {
            add(
                name,
                Entry {
                    entity: country.id(),
                    kind: EntityKind::Country,
                    form: MentionForm::Metonym,
                    label,
                    exact_case: None,
                    any_case: false,
                    standalone: false,
                },
            );
        }
    }
    // After the countries: "Georgia" is the state, which the country leaves
    // to it ("New Mexico" is a longer phrase than "Mexico" in any case).
    for place in &places {
        let label = leak(place.name.clone());
        let names = std::iter::once(&place.name)
            .filter(|_| place.match_name)
            .chain(&place.aliases);
        for name in names {
            add(
                name,
                Entry {
                    entity: place.id.clone(),
                    kind: EntityKind::Place,
                    form: MentionForm::Name,
                    label,
                    exact_case: None,
                    any_case: false,
                    standalone: place.standalone,
                },
            );
        }
    }
    let max_phrase_len = phrases
        .keys()
        .map(|k| k.split(' ').count())
        .max()
        .unwrap_or(1);
    let prefixes = phrases
        .keys()
        .flat_map(|k| {
            k.match_indices(' ')
                .map(|(b, _)| k[..b].to_owned())
                .chain(std::iter::once(k.clone()))
        })
        .collect();
    Lexicon {
        countries,
        places,
        phrases,
        prefixes,
        max_phrase_len,
    }
}

/// Cue lemmas that attribute a belief, wish or decision rather than words.
static THOUGHT_CUES: WordSet = WordSet::spaced(
    "believe think want hope fear feel know seem doubt worry consider \
    intend plan support oppose favor prefer agree decide refuse decline understand see view \
    expect express",
);

/// Whether a cue lemma attributes a thought (belief, intention, stance)
/// rather than speech.
pub fn is_thought(lemma: &str) -> bool {
    THOUGHT_CUES.contains(lemma)
}

/// The lemma and class of a cue's text (its first word decides).
pub fn classify_cue(text: &str) -> (String, crate::model::CueClass) {
    let folded = crate::text::fold(text);
    // The first cue word after any auxiliaries ("has called" → call).
    let mut words = folded.split_whitespace();
    let first = words.next().unwrap_or_default();
    let head = std::iter::once(first)
        .chain(words)
        .find(|w| cue_lemma(w).is_some())
        .unwrap_or(first);
    let lemma = cue_lemma(head).unwrap_or(head).to_owned();
    let class = if is_thought(&lemma) {
        crate::model::CueClass::Thought
    } else if lemma == "according to" || is_known_cue(&lemma) {
        crate::model::CueClass::Speech
    } else {
        crate::model::CueClass::Other
    };
    (lemma, class)
}

/// Weekday and month names and abbreviations (folded).
static CALENDAR: WordSet = WordSet::spaced(
    "monday tuesday wednesday thursday friday saturday sunday january \
    february march april may june july august september october november december jan feb mar \
    apr jun jul aug sep sept oct nov dec",
);

/// Whether a folded word names a weekday or a month.
pub fn is_calendar_word(folded: &str) -> bool {
    CALENDAR.contains(folded)
}

/// The usual gender of a first name.
pub fn first_name_gender(folded: &str) -> Option<Gender> {
    static NAMES: OnceLock<HashMap<&'static str, Gender>> = OnceLock::new();
    let names = NAMES.get_or_init(|| {
        let mut map = HashMap::default();
        for n in MALE_NAMES.split_whitespace() {
            map.insert(n, Gender::Male);
        }
        for n in FEMALE_NAMES.split_whitespace() {
            map.insert(n, Gender::Female);
        }
        map
    });
    names.get(folded).copied()
}

/// More cues, as `form:lemma` pairs: verbs of judging, demanding,
/// promising and reporting findings, which news attributes like speech,
/// and (the last lines) of praise, blame, complaint and manner of speaking
/// ("lament", "denounce", "implore", "whisper"). Changing the list changes
/// the cue model's features: retrain it (see [`super::cuemodel`]).
const MORE_CUES: &str = "suggest:suggest argue:argue warn:warn insist:insist explain:explain \
    stress:stress acknowledge:acknowledge reveal:reveal respond:respond reply:reply \
    announce:announce deny:deny declare:declare urge:urge describe:describe assert:assert \
    predict:predict vow:vow accuse:accuse blame:blame admit:admit concede:concede \
    contend:contend maintain:maintain observe:observe indicate:indicate criticize:criticize \
    mention:mention confirm:confirm emphasize:emphasize affirm:affirm reiterate:reiterate \
    recount:recount add:add write:write faulting:fault faulted:fault faults:fault \
    wants:want want:want wanted:want agreed:agree agrees:agree agree:agree supports:support \
    support:support supported:support seems:seem seemed:seem plans:plan planned:plan \
    declined:decline declines:decline expects:expect expected:expect know:know knows:know \
    knew:know hopes:hope hoped:hope fears:fear feared:fear feels:feel felt:feel thinks:think \
    thought:think doubt:doubt doubts:doubt worries:worry worried:worry opposes:oppose \
    opposed:oppose oppose:oppose favors:favor favor:favor prefers:prefer decided:decide \
    refused:refuse refuses:refuse understood:understand sees:see sees:see views:view \
    considers:consider considered:consider intends:intend intended:intend estimates:estimate \
    called:call calls:call calling:call cited:cite cites:cite citing:cite \
    condemned:condemn condemns:condemn attacked:attack attacks:attack blasted:blast blasts:blast \
    slammed:slam slams:slam rejected:reject rejects:reject dismissed:dismiss dismisses:dismiss \
    charged:charge charges:charge claiming:claim arguing:argue promising:promise pledges:pledge \
    vowing:vow warning:warn predicting:predict proposed:propose proposes:propose \
    demanding:demand demands:demand urging:urge encouraged:encourage encouraging:encourage \
    insisting:insist continued:continue estimated:estimate estimates:estimate \
    concluded:conclude concludes:conclude found:find finds:find showed:show shows:show \
    suggesting:suggest questioning:question accusing:accuse criticizing:criticize \
    praising:praise defended:defend defends:defend defending:defend countered:counter \
    countering:counter retorted:retort shouted:shout chanted:chant chanting:chant \
    testified:testify testifies:testify disclosed:disclose alleged:allege alleges:allege \
    alleging:allege contends:contend maintains:maintain acknowledging:acknowledge \
    conceding:concede stating:state noting:note explaining:explain adding:add \
    describing:describe declaring:declare announces:announce responding:respond replying:reply \
    asking:ask telling:tell writing:write wrote:write reporting:report reported:report \
    pointed:point points:point ruled:rule rules:rule \
    bemoan:bemoan bemoans:bemoan bemoaned:bemoan bemoaning:bemoan lament:lament laments:lament \
    lamented:lament lamenting:lament decry:decry decries:decry decried:decry decrying:decry \
    deride:deride derides:deride derided:deride deriding:deride denounce:denounce \
    denounces:denounce denounced:denounce denouncing:denounce deplore:deplore deplores:deplore \
    deplored:deplore deploring:deplore castigate:castigate castigates:castigate \
    castigated:castigate castigating:castigate chide:chide chides:chide chided:chide \
    chiding:chide scold:scold scolds:scold scolded:scold scolding:scold rebuke:rebuke \
    rebukes:rebuke rebuked:rebuke rebuking:rebuke berate:berate berates:berate berated:berate \
    berating:berate lambast:lambast lambasts:lambast lambasted:lambast lambasting:lambast \
    assail:assail assails:assail assailed:assail assailing:assail excoriate:excoriate \
    excoriates:excoriate excoriated:excoriate excoriating:excoriate ridicule:ridicule \
    ridicules:ridicule ridiculed:ridicule ridiculing:ridicule scoff:scoff scoffs:scoff \
    scoffed:scoff scoffing:scoff bristle:bristle bristles:bristle bristled:bristle \
    bristling:bristle laud:laud lauds:laud lauded:laud lauding:laud applaud:applaud \
    applauds:applaud applauded:applaud applauding:applaud commend:commend commends:commend \
    commended:commend commending:commend welcome:welcome welcomes:welcome welcomed:welcome \
    welcoming:welcome endorse:endorse endorses:endorse endorsed:endorse endorsing:endorse \
    brag:brag brags:brag braged:brag braging:brag confess:confess confesses:confess \
    confessed:confess confessing:confess insinuate:insinuate insinuates:insinuate \
    insinuated:insinuate insinuating:insinuate imply:imply implies:imply implied:imply \
    implying:imply aver:aver avers:aver averred:aver averring:aver posit:posit posits:posit \
    posited:posit positing:posit theorize:theorize theorizes:theorize theorized:theorize \
    theorizing:theorize speculate:speculate speculates:speculate speculated:speculate \
    speculating:speculate surmise:surmise surmises:surmise surmised:surmise surmising:surmise \
    wonder:wonder wonders:wonder wondered:wonder wondering:wonder ponder:ponder ponders:ponder \
    pondered:ponder pondering:ponder inquire:inquire inquires:inquire inquired:inquire \
    inquiring:inquire implore:implore implores:implore implored:implore imploring:implore \
    beg:beg begs:beg begged:beg begging:beg plead:plead pleads:plead pleaded:plead \
    pleading:plead beseech:beseech beseeches:beseech beseeched:beseech beseeching:beseech \
    exhort:exhort exhorts:exhort exhorted:exhort exhorting:exhort advise:advise advises:advise \
    advised:advise advising:advise recommend:recommend recommends:recommend \
    recommended:recommend recommending:recommend remind:remind reminds:remind reminded:remind \
    reminding:remind assure:assure assures:assure assured:assure assuring:assure \
    reassure:reassure reassures:reassure reassured:reassure reassuring:reassure swear:swear \
    swears:swear swore:swear sworn:swear swearing:swear threaten:threaten threatens:threaten \
    threatened:threaten threatening:threaten forecast:forecast forecasts:forecast \
    forecasted:forecast forecasting:forecast grumble:grumble grumbles:grumble grumbled:grumble \
    grumbling:grumble gripe:gripe gripes:gripe griped:gripe griping:gripe dispute:dispute \
    disputes:dispute disputed:dispute disputing:dispute refute:refute refutes:refute \
    refuted:refute refuting:refute rebut:rebut rebuts:rebut rebutted:rebut rebutting:rebut \
    disavow:disavow disavows:disavow disavowed:disavow disavowing:disavow repudiate:repudiate \
    repudiates:repudiate repudiated:repudiate repudiating:repudiate renounce:renounce \
    renounces:renounce renounced:renounce renouncing:renounce thank:thank thanks:thank \
    thanked:thank thanking:thank congratulate:congratulate congratulates:congratulate \
    congratulated:congratulate congratulating:congratulate apologize:apologize \
    apologizes:apologize apologized:apologize apologizing:apologize portray:portray \
    portrays:portray portrayed:portray portraying:portray depict:depict depicts:depict \
    depicted:depict depicting:depict clarify:clarify clarifies:clarify clarified:clarify \
    clarifying:clarify elaborate:elaborate elaborates:elaborate elaborated:elaborate \
    elaborating:elaborate summarize:summarize summarizes:summarize summarized:summarize \
    summarizing:summarize underscore:underscore underscores:underscore underscored:underscore \
    underscoring:underscore invoke:invoke invokes:invoke invoked:invoke invoking:invoke \
    verify:verify verifies:verify verified:verify verifying:verify corroborate:corroborate \
    corroborates:corroborate corroborated:corroborate corroborating:corroborate divulge:divulge \
    divulges:divulge divulged:divulge divulging:divulge proclaim:proclaim proclaims:proclaim \
    proclaimed:proclaim proclaiming:proclaim pronounce:pronounce pronounces:pronounce \
    pronounced:pronounce pronouncing:pronounce yell:yell yells:yell yelled:yell yelling:yell \
    scream:scream screams:scream screamed:scream screaming:scream whisper:whisper \
    whispers:whisper whispered:whisper whispering:whisper mutter:mutter mutters:mutter \
    muttered:mutter muttering:mutter exclaim:exclaim exclaims:exclaim exclaimed:exclaim \
    exclaiming:exclaim marvel:marvel marvels:marvel marveled:marvel marveling:marvel \
    disagree:disagree disagrees:disagree disagreed:disagree disagreing:disagree regret:regret \
    regrets:regret regretted:regret regretting:regret";

/// The lemma of a cue word, if it is one.
pub fn cue_lemma(folded: &str) -> Option<&'static str> {
    static MAP: OnceLock<HashMap<&'static str, &'static str>> = OnceLock::new();
    MAP.get_or_init(|| {
        let mut map: HashMap<&'static str, &'static str> = CUES.iter().copied().collect();
        for pair in MORE_CUES.split_whitespace() {
            if let Some((form, lemma)) = pair.split_once(':') {
                map.entry(form).or_insert(lemma);
            }
        }
        map
    })
    .get(folded)
    .copied()
}

/// Whether the lexicon knows a cue lemma (cues the model alone finds, such
/// as "ordered", are not in it).
pub fn is_known_cue(lemma: &str) -> bool {
    known_lemma(lemma).is_some()
}

/// The lexicon's cue lemma spelt as `word` ("think"), if it has one.
pub fn known_lemma(word: &str) -> Option<&'static str> {
    static LEMMAS: OnceLock<HashSet<&'static str>> = OnceLock::new();
    LEMMAS
        .get_or_init(|| {
            CUES.iter()
                .map(|(_, l)| *l)
                .chain(
                    MORE_CUES
                        .split_whitespace()
                        .filter_map(|p| p.split_once(':').map(|(_, l)| l)),
                )
                .collect()
        })
        .get(word)
        .copied()
}

pub fn country_by_id(id: &EntityId) -> Option<&'static Country> {
    lexicon().countries.iter().find(|c| c.id() == *id)
}

pub fn place_by_id(id: &EntityId) -> Option<&'static Place> {
    lexicon().places.iter().find(|p| p.id == *id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn countries_load_with_codes_and_forms() {
        let lex = lexicon();
        // Every ISO 3166-1 code, each once, with a label.
        assert_eq!(lex.countries.len(), 249);
        let codes: std::collections::BTreeSet<&str> =
            lex.countries.iter().map(|c| c.iso.as_str()).collect();
        assert_eq!(codes.len(), 249);
        assert!(lex
            .countries
            .iter()
            .all(|c| !c.name.is_empty() && c.iso.chars().all(|ch| ch.is_ascii_uppercase())));
        let mx = country_by_id(&EntityId("country/mx".into())).unwrap();
        assert_eq!(mx.wikidata.as_deref(), Some("Q96"));
        assert_eq!(mx.metonyms, ["Mexico City"]);
        assert_eq!(lex.phrases["astana"].entity.0, "country/kz");
        assert_eq!(lex.phrases["ivory coast"].entity.0, "country/ci");
        // "Georgia" is mostly the US state; the country is still reached.
        assert_eq!(lex.phrases["georgia"].entity.0, "place/georgia");
        assert_eq!(lex.phrases["tbilisi"].entity.0, "country/ge");
        assert!(lex.phrases["jordan"].standalone);
        let mexican = &lex.phrases["mexican"];
        assert_eq!(mexican.entity.0, "country/mx");
        assert_eq!(mexican.form, MentionForm::Demonym);
        let us = &lex.phrases["u.s."];
        assert_eq!(us.entity.0, "country/us");
        assert_eq!(lex.phrases["washington"].form, MentionForm::Metonym);
        assert_eq!(
            lex.phrases["state department"].entity.0,
            "org/us-department-of-state"
        );
    }

    #[test]
    fn places_load_as_states_of_the_us() {
        let lex = lexicon();
        // The fifty states and the District of Columbia, each in the US.
        assert_eq!(lex.places.len(), 51);
        let us = EntityId("country/us".into());
        assert!(lex
            .places
            .iter()
            .all(|p| !p.name.is_empty() && p.country.as_ref() == Some(&us) && p.standalone));
        let wv = &lex.phrases["west virginia"];
        assert_eq!(wv.entity.0, "place/west-virginia");
        assert_eq!((wv.kind, wv.label), (EntityKind::Place, "West Virginia"));
        assert!(wv.standalone && !wv.any_case);
        // "Washington" stays the federal government; the state has its
        // longer names.
        assert_eq!(lex.phrases["washington"].entity.0, "country/us");
        assert_eq!(lex.phrases["washington state"].entity.0, "place/washington");
        // Longer than the country's name.
        assert_eq!(lex.phrases["new mexico"].entity.0, "place/new-mexico");
        let ohio = place_by_id(&EntityId("place/ohio".into())).unwrap();
        assert_eq!(ohio.name, "Ohio");
        // A file with a place but no label is refused, naming it.
        let err = places(
            "<https://w3id.org/newsgraph/id/place/x> \
             <http://schema.org/containedInPlace> \
             <https://w3id.org/newsgraph/id/country/us> .",
        )
        .unwrap_err();
        assert_eq!(err, "place place/x lacks a label");
    }

    #[test]
    fn names_and_cues() {
        assert_eq!(first_name_gender("claudia"), Some(Gender::Female));
        assert_eq!(first_name_gender("donald"), Some(Gender::Male));
        assert_eq!(cue_lemma("recounted"), Some("recount"));
        assert_eq!(cue_lemma("table"), None);
    }
}
