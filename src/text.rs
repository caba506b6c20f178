//! Text primitives shared by the stages: a tokenizer over code points and
//! the folding used to compare names.
//!
//! Everything here works on `&[char]`, so token positions are code-point
//! offsets, the unit of [`crate::model::Span`].

use rustc_hash::FxHashSet;
use std::sync::OnceLock;

/// One token: a word, a number or a single punctuation mark.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    pub start: usize,
    pub end: usize,
    pub kind: TokenKind,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    Word,
    Number,
    Punct,
}

impl Token {
    pub fn text(&self, chars: &[char]) -> String {
        chars[self.start..self.end].iter().collect()
    }

    pub fn is_word(&self) -> bool {
        self.kind != TokenKind::Punct
    }

    /// Whether the token is the given punctuation character.
    pub fn is(&self, chars: &[char], c: char) -> bool {
        self.end == self.start + 1 && chars[self.start] == c
    }

    /// Whether the first letter is upper case.
    pub fn is_capitalized(&self, chars: &[char]) -> bool {
        chars[self.start].is_uppercase()
    }
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '’'
}

/// The byte Windows-1252 (or Latin-1) writes `c` as, for the bytes that
/// continue a UTF-8 sequence (0x80–0xBF).
fn continuation_byte(c: char) -> Option<u8> {
    let b = match c {
        '\u{80}'..='\u{bf}' => c as u32 as u8,
        '€' => 0x80,
        '‚' => 0x82,
        'ƒ' => 0x83,
        '„' => 0x84,
        '…' => 0x85,
        '†' => 0x86,
        '‡' => 0x87,
        'ˆ' => 0x88,
        '‰' => 0x89,
        'Š' => 0x8a,
        '‹' => 0x8b,
        'Œ' => 0x8c,
        'Ž' => 0x8e,
        '‘' => 0x91,
        '’' => 0x92,
        '“' => 0x93,
        '”' => 0x94,
        '•' => 0x95,
        '–' => 0x96,
        '—' => 0x97,
        '˜' => 0x98,
        '™' => 0x99,
        'š' => 0x9a,
        '›' => 0x9b,
        'œ' => 0x9c,
        'ž' => 0x9e,
        'Ÿ' => 0x9f,
        _ => return None,
    };
    Some(b)
}

/// Latin-1's letters that lead a two- or three-byte UTF-8 sequence when
/// misread ("Ã" is 0xC3), as a base letter and a combining mark: text in
/// decomposed form writes "Ã" as "A", U+0303.
const DECOMPOSED_LEADS: [(char, char, char); 39] = [
    ('Â', 'A', '\u{302}'),
    ('Ã', 'A', '\u{303}'),
    ('Ä', 'A', '\u{308}'),
    ('Å', 'A', '\u{30a}'),
    ('Ç', 'C', '\u{327}'),
    ('È', 'E', '\u{300}'),
    ('É', 'E', '\u{301}'),
    ('Ê', 'E', '\u{302}'),
    ('Ë', 'E', '\u{308}'),
    ('Ì', 'I', '\u{300}'),
    ('Í', 'I', '\u{301}'),
    ('Î', 'I', '\u{302}'),
    ('Ï', 'I', '\u{308}'),
    ('Ñ', 'N', '\u{303}'),
    ('Ò', 'O', '\u{300}'),
    ('Ó', 'O', '\u{301}'),
    ('Ô', 'O', '\u{302}'),
    ('Õ', 'O', '\u{303}'),
    ('Ö', 'O', '\u{308}'),
    ('Ù', 'U', '\u{300}'),
    ('Ú', 'U', '\u{301}'),
    ('Û', 'U', '\u{302}'),
    ('Ü', 'U', '\u{308}'),
    ('Ý', 'Y', '\u{301}'),
    ('à', 'a', '\u{300}'),
    ('á', 'a', '\u{301}'),
    ('â', 'a', '\u{302}'),
    ('ã', 'a', '\u{303}'),
    ('ä', 'a', '\u{308}'),
    ('å', 'a', '\u{30a}'),
    ('ç', 'c', '\u{327}'),
    ('è', 'e', '\u{300}'),
    ('é', 'e', '\u{301}'),
    ('ê', 'e', '\u{302}'),
    ('ë', 'e', '\u{308}'),
    ('ì', 'i', '\u{300}'),
    ('í', 'i', '\u{301}'),
    ('î', 'i', '\u{302}'),
    ('ï', 'i', '\u{308}'),
];

/// The lead of a misread UTF-8 sequence at `chars[i..]`: the byte Latin-1
/// writes it as, how many code points it takes (two when decomposed), and
/// how many continuation bytes follow it.
fn mojibake_lead(chars: &[char], i: usize) -> Option<(u8, usize, usize)> {
    let c = *chars.get(i)?;
    let (lead, len) = match chars.get(i + 1) {
        Some(&mark) if is_combining_mark(mark) => DECOMPOSED_LEADS
            .iter()
            .find(|&&(_, base, m)| base == c && m == mark)
            .map(|&(lead, _, _)| (lead, 2))?,
        _ => (c, 1),
    };
    let continuations = match lead {
        '\u{c2}'..='\u{df}' => 1,
        '\u{e0}'..='\u{ef}' => 2,
        _ => return None,
    };
    Some((lead as u32 as u8, len, continuations))
}

/// The mojibake at `chars[i..]`, when there is one: a UTF-8 sequence that
/// was decoded as Windows-1252 ("Ã©" for "é", "â€™" for "’"), as its
/// length in code points and the character it stands for. Only Latin-1's
/// upper half, Latin Extended-A (U+00A0–U+017F), general punctuation, "€"
/// and "™" count, so that a capital before a mark ("CAFÉ…") is left alone.
fn mojibake_at(chars: &[char], i: usize) -> Option<(usize, char)> {
    let (lead, len, n) = mojibake_lead(chars, i)?;
    let mut bytes = [lead, 0, 0];
    for (k, &c) in chars.get(i + len..i + len + n)?.iter().enumerate() {
        bytes[k + 1] = continuation_byte(c)?;
    }
    // A no-break space after a letter is mostly just that ("Ä" U+00A0),
    // but after "Ã" it is the "à" of "voilÃ ".
    if bytes[1] == 0xa0 && !matches!(lead, 0xc2 | 0xc3) {
        return None;
    }
    let decoded = std::str::from_utf8(&bytes[..=n]).ok()?.chars().next()?;
    matches!(decoded, '\u{a0}'..='\u{17f}' | '\u{2010}'..='\u{206f}' | '€' | '™')
        .then_some((len + n, decoded))
}

/// Whether `text` holds a character that may lead a misread one: most
/// text outside ASCII has none (curly quotes, dashes).
fn may_be_misread(text: &str) -> bool {
    !text.is_ascii()
        && text
            .chars()
            .any(|c| matches!(c, '\u{c2}'..='\u{ef}') || is_combining_mark(c))
}

/// Where text was misread as Windows-1252: the first misread character's
/// start and length in code points, and how many characters were misread.
pub fn misread(text: &str) -> Option<(usize, usize, usize)> {
    if !may_be_misread(text) {
        return None;
    }
    let chars: Vec<char> = text.chars().collect();
    let chars = chars.as_slice();
    let mut first = None;
    let mut count = 0;
    let mut i = 0;
    while i < chars.len() {
        match mojibake_at(chars, i) {
            Some((n, _)) => {
                first.get_or_insert((i, n));
                count += 1;
                i += n;
            }
            None => i += 1,
        }
    }
    first.map(|(i, n)| (i, n, count))
}

/// Text whose UTF-8 was once read as Windows-1252, as it was written:
/// "FranÃ§ois" → "François", and twice over "FranÃƒÂ§ois" → "François".
/// Text without such sequences comes back as it is. Names and labels are
/// repaired; offsets still count the code points of the text as read.
pub fn repair_mojibake(text: &str) -> std::borrow::Cow<'_, str> {
    if !may_be_misread(text) {
        return text.into();
    }
    let mut chars: Vec<char> = text.chars().collect();
    // Each pass undoes one misreading; text misread twice takes two.
    let mut changed = false;
    for _ in 0..3 {
        let mut out = Vec::with_capacity(chars.len());
        let mut i = 0;
        let mut pass_changed = false;
        while i < chars.len() {
            if let Some((n, c)) = mojibake_at(&chars, i) {
                out.push(c);
                i += n;
                pass_changed = true;
            } else {
                out.push(chars[i]);
                i += 1;
            }
        }
        chars = out;
        changed |= pass_changed;
        if !pass_changed {
            break;
        }
    }
    if changed {
        chars.into_iter().collect::<String>().into()
    } else {
        text.into()
    }
}

/// Where the misread letter that the word `chars[begin..i]` ends inside
/// ends, when `chars[i]` continues it: its lead ("Ã", or "A" and U+0303)
/// came last. (Misread punctuation, "â€™" for "’", still splits words as
/// its marks do.)
fn misread_rest(chars: &[char], begin: usize, i: usize, end: usize) -> Option<usize> {
    (1..=2)
        .filter_map(|back| i.checked_sub(back).filter(|&j| j >= begin))
        .find_map(|j| {
            mojibake_at(chars, j)
                // (A letter, or Latin-1's sign in a word misread twice:
                // "Â§" is the "§" of "Ã§".)
                .filter(|&(_, c)| c <= '\u{17f}')
                .map(|(n, _)| j + n)
        })
        .filter(|&next| next > i && next <= end)
}

/// A combining diacritical mark: text in decomposed form writes "Peña"
/// as "Pen", U+0303, "a", one word.
fn is_combining_mark(c: char) -> bool {
    matches!(c, '\u{300}'..='\u{36f}')
}

/// Splits `chars[start..end]` into tokens. Words keep inner hyphens and
/// apostrophes ("Díaz-Canel", "don’t"), abbreviations keep their dots
/// ("U.S."), combining marks stay inside their words, and a possessive
/// "’s" is a token of its own.
pub fn tokenize(chars: &[char], start: usize, end: usize) -> Vec<Token> {
    // About one token in five characters of English prose.
    let mut tokens = Vec::with_capacity((end - start) / 5 + 1);
    let mut i = start;
    while i < end {
        let c = chars[i];
        if c.is_whitespace() {
            i += 1;
            continue;
        }
        if !c.is_alphanumeric() {
            // A possessive or contraction that starts with an apostrophe.
            if is_apostrophe(c)
                && i + 1 < end
                && matches!(chars[i + 1], 's' | 'S')
                && (i + 2 >= end || !chars[i + 2].is_alphanumeric())
                && i > start
                && chars[i - 1].is_alphanumeric()
            {
                tokens.push(Token {
                    start: i,
                    end: i + 2,
                    kind: TokenKind::Word,
                });
                i += 2;
                continue;
            }
            tokens.push(Token {
                start: i,
                end: i + 1,
                kind: TokenKind::Punct,
            });
            i += 1;
            continue;
        }
        let begin = i;
        let mut digits = true;
        while i < end {
            let c = chars[i];
            if c.is_alphanumeric() || is_combining_mark(c) {
                digits &= c.is_numeric();
                i += 1;
            } else if let Some(next) = (!c.is_ascii())
                .then(|| misread_rest(chars, begin, i, end))
                .flatten()
            {
                // "FranÃ§ois": the rest of a misread letter ("Ã" is one).
                digits = false;
                i = next;
            } else if (c == '-' || c == '.' || c == ',' || is_apostrophe(c))
                && i + 1 < end
                && chars[i + 1].is_alphanumeric()
            {
                // Keep "15-minute", "don’t", "U.S", "1,000" and "2.5" together,
                // but leave a possessive "’s" for its own token.
                if is_apostrophe(c)
                    && matches!(chars[i + 1], 's' | 'S')
                    && (i + 2 >= end || !chars[i + 2].is_alphanumeric())
                {
                    break;
                }
                if c == ',' && !(digits && chars[i + 1].is_numeric()) {
                    break;
                }
                if c == '.'
                    && !(chars[i - 1].is_alphanumeric()
                        && (i - begin == 1 || digits || chars[i - 2] == '.'))
                {
                    break;
                }
                i += 1;
            } else {
                break;
            }
        }
        // "U.S." and "D.C.": a trailing dot after single-letter groups.
        if i < end && chars[i] == '.' && i >= begin + 3 && chars[i - 2] == '.' {
            i += 1;
        }
        tokens.push(Token {
            start: begin,
            end: i,
            kind: if digits {
                TokenKind::Number
            } else {
                TokenKind::Word
            },
        });
    }
    tokens
}

/// Whether `tokens` are a headline in title case ("New Poll Shows Bump For
/// Clinton"): four words or more, four in five of them capitalised.
pub fn is_title_case(chars: &[char], tokens: &[Token]) -> bool {
    let words = tokens.iter().filter(|t| t.is_word());
    let capitals = words.clone().filter(|t| t.is_capitalized(chars)).count();
    let words = words.count();
    words >= 4 && capitals * 5 >= words * 4
}

/// The tokens of `chars[start..end]` as `tokens` (the tokens of a span
/// that holds it) already have them: the range of `tokens` that
/// [`tokenize`] of the sub-span would give, or `None` when a token crosses
/// either end or a possessive "’s" opens the sub-span (which is one only
/// after a letter before it).
pub fn tokens_within(
    chars: &[char],
    tokens: &[Token],
    start: usize,
    end: usize,
) -> Option<std::ops::Range<usize>> {
    let lo = tokens.partition_point(|t| t.end <= start);
    let hi = tokens.partition_point(|t| t.start < end);
    let crosses = |t: &Token| t.start < start || t.end > end;
    if tokens.get(lo).is_some_and(crosses) || (hi > lo && crosses(&tokens[hi - 1])) {
        return None;
    }
    if tokens
        .get(lo)
        .is_some_and(|t| t.end - t.start == 2 && is_apostrophe(chars[t.start]) && lo < hi)
    {
        return None;
    }
    Some(lo..hi)
}

/// A fixed list of folded words, looked up by hash: the word lists the
/// rules consult on every token are too long to scan word by word.
pub struct WordSet {
    list: &'static [&'static str],
    /// More words, separated by white space.
    spaced: &'static str,
    set: OnceLock<FxHashSet<&'static str>>,
}

impl WordSet {
    pub const fn new(list: &'static [&'static str]) -> Self {
        Self {
            list,
            spaced: "",
            set: OnceLock::new(),
        }
    }

    /// The words of `text`, separated by white space.
    pub const fn spaced(text: &'static str) -> Self {
        Self {
            list: &[],
            spaced: text,
            set: OnceLock::new(),
        }
    }

    /// Whether `word` is one of the list's words.
    #[inline]
    pub fn contains(&self, word: &str) -> bool {
        self.set
            .get_or_init(|| {
                let spaced = self.spaced.split_whitespace();
                self.list.iter().copied().chain(spaced).collect()
            })
            .contains(word)
    }
}

/// Lower-case ASCII form used to compare names: accents dropped, curly
/// apostrophes straightened ("Ramón" and "ramon" fold alike).
pub fn fold(text: &str) -> String {
    if text.is_ascii() {
        return text.to_ascii_lowercase();
    }
    let text = repair_mojibake(text);
    if text.bytes().any(|b| b.is_ascii_control()) {
        // `deunicode` drops ASCII control characters, which would join the
        // words either side of a line break.
        let spaced: String = text
            .chars()
            .map(|c| if c.is_ascii_control() { ' ' } else { c })
            .collect();
        deunicode::deunicode(&spaced).to_lowercase()
    } else {
        deunicode::deunicode(&text).to_lowercase()
    }
}

/// An article's text, its code points, and the byte offset of each, so
/// that a span in code points reads as a `&str` without a copy.
pub struct Text<'a> {
    text: &'a str,
    chars: Vec<char>,
    byte_at: Vec<usize>,
}

impl<'a> Text<'a> {
    pub fn new(text: &'a str) -> Self {
        // (A text has at most as many code points as bytes: one allocation
        // each, where `unzip` would grow them as it goes.)
        let mut chars = Vec::with_capacity(text.len());
        let mut byte_at = Vec::with_capacity(text.len() + 1);
        for (b, c) in text.char_indices() {
            byte_at.push(b);
            chars.push(c);
        }
        byte_at.push(text.len());
        Self {
            text,
            chars,
            byte_at,
        }
    }

    /// The text's code points, which spans count.
    pub fn chars(&self) -> &[char] {
        &self.chars
    }

    /// The text of code points `start..end`.
    pub fn slice(&self, start: usize, end: usize) -> &'a str {
        &self.text[self.byte_at[start]..self.byte_at[end]]
    }
}

/// A folded token. Words up to 24 bytes, nearly all of them, are kept
/// inline, so folding an article's tokens allocates almost nothing.
pub type Fold = compact_str::CompactString;

/// [`fold`] for a token's code points, without an intermediate string in
/// the common ASCII case.
pub fn fold_chars(chars: &[char]) -> Fold {
    if chars.iter().all(char::is_ascii) {
        // Byte by byte into an inline buffer: collecting `char`s into the
        // string checks its capacity and encodes each one.
        let mut bytes = [0u8; 24];
        if let Some(head) = bytes.get_mut(..chars.len()) {
            for (b, c) in head.iter_mut().zip(chars) {
                *b = c.to_ascii_lowercase() as u8;
            }
            if let Ok(word) = std::str::from_utf8(head) {
                return Fold::new(word);
            }
        }
        chars.iter().map(|c| c.to_ascii_lowercase()).collect()
    } else {
        fold(&chars.iter().collect::<String>()).into()
    }
}

/// The words of a text folded and joined by single spaces: the key under
/// which names and quotes are compared.
pub fn normalize(text: &str) -> String {
    // One pass, the same as splitting `fold(text)` at every byte that is
    // not an ASCII letter or digit: a character outside ASCII is folded on
    // its own (`deunicode` spells each alike wherever it stands, but for
    // trailing spaces, which separate words here anyway).
    let mut out = String::with_capacity(text.len());
    let mut gap = false;
    let mut push = |piece: &str| {
        for b in piece.bytes() {
            if b.is_ascii_alphanumeric() {
                if gap && !out.is_empty() {
                    out.push(' ');
                }
                gap = false;
                out.push(char::from(b.to_ascii_lowercase()));
            } else {
                gap = true;
            }
        }
    };
    let mut ascii = [0u8; 4];
    // (Repaired first, as `fold` repairs.)
    for c in repair_mojibake(text).chars() {
        if c.is_ascii() {
            push(c.encode_utf8(&mut ascii));
        } else {
            // One `deunicode` cannot spell is a mark, which separates.
            push(deunicode::deunicode_char(c).unwrap_or(" "));
        }
    }
    out
}

/// FNV-1a: a fast hash, stable across builds and platforms, for short keys
/// such as words.
pub const fn fnv1a(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let mut i = 0;
    while i < bytes.len() {
        h ^= bytes[i] as u64;
        h = h.wrapping_mul(0x0100_0000_01b3);
        i += 1;
    }
    h
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_sets_agree_with_contains() {
        const LIST: &[&str] = &["has", "had", "have", "", "é", "also"];
        static WORDS: WordSet = WordSet::new(LIST);
        for word in [
            "has", "had", "ha", "hasn", "", "é", "e", "also", "alsO", "x",
        ] {
            assert_eq!(WORDS.contains(word), LIST.contains(&word), "{word:?}");
        }
        assert!(!WordSet::new(&["a"]).contains(""));
        let spaced = WordSet::spaced("met  took\n spoke");
        assert!(spaced.contains("took") && spaced.contains("spoke"));
        assert!(!spaced.contains("") && !spaced.contains("met took"));
    }

    #[test]
    fn a_text_slices_by_code_points() {
        let text = Text::new("Ramón said “sí” — twice.");
        assert_eq!(text.slice(0, 5), "Ramón");
        assert_eq!(text.slice(11, 15), "“sí”");
        assert_eq!(text.slice(16, 24), "— twice.");
        assert_eq!(text.slice(24, 24), "");
    }

    fn words(text: &str) -> Vec<String> {
        let chars: Vec<char> = text.chars().collect();
        tokenize(&chars, 0, chars.len())
            .iter()
            .map(|t| t.text(&chars))
            .collect()
    }

    #[test]
    fn tokenizes_names_abbreviations_and_possessives() {
        assert_eq!(
            words("U.S. President Díaz-Canel’s “15-minute” call, don’t."),
            [
                "U.S.",
                "President",
                "Díaz-Canel",
                "’s",
                "“",
                "15-minute",
                "”",
                "call",
                ",",
                "don’t",
                "."
            ]
        );
        assert_eq!(words("Jan. 12, 2026"), ["Jan", ".", "12", ",", "2026"]);
        assert_eq!(words("1,000 people 🙂"), ["1,000", "people", "🙂"]);
        assert_eq!(
            words("Enrique Pen\u{303}a Nieto"),
            ["Enrique", "Pen\u{303}a", "Nieto"]
        );
    }

    #[test]
    fn repairs_text_misread_as_windows_1252() {
        assert_eq!(repair_mojibake("FranÃ§ois Hollande"), "François Hollande");
        assert_eq!(
            repair_mojibake("JuliÃ¡n, GuantÃ¡namo"),
            "Julián, Guantánamo"
        );
        assert_eq!(repair_mojibake("Trumpâ€™s"), "Trump’s");
        // Misread twice, and in decomposed form ("Ã" as "A", U+0303), as
        // PolNeAR writes "François".
        assert_eq!(repair_mojibake("FranÃƒÂ§ois"), "François");
        assert_eq!(
            repair_mojibake("FranA\u{303}\u{83}A\u{302}\u{a7}ois"),
            "François"
        );
        // Letters before a mark that decode to no Latin letter or mark.
        for text in [
            "Peña Nieto",
            "Pen\u{303}a",
            "CAFÉ…",
            "Straße’s",
            "“Olá”",
            "NÃO",
        ] {
            assert!(
                matches!(repair_mojibake(text), std::borrow::Cow::Borrowed(t) if t == text),
                "{text}"
            );
        }
        assert_eq!(fold("JuliÃ¡n Castro"), "julian castro");
        // `normalize` splits what `fold` gives ("Â¡" is a misread "¡").
        assert_eq!(normalize("JuliÃ¡n Â¡Castro!"), "julian castro");
        assert_eq!(normalize("Â¡"), normalize_by_definition("Â¡"));
    }

    #[test]
    fn a_misread_letter_stays_inside_its_word() {
        assert_eq!(words("FranÃ§ois Hollande"), ["FranÃ§ois", "Hollande"]);
        assert_eq!(
            words("FranA\u{303}\u{83}A\u{302}\u{a7}ois said"),
            ["FranA\u{303}\u{83}A\u{302}\u{a7}ois", "said"]
        );
        assert_eq!(words("CAFÉ… ok"), ["CAFÉ", "…", "ok"]);
    }

    #[test]
    fn token_offsets_count_code_points() {
        let chars: Vec<char> = "“Olá” said".chars().collect();
        let tokens = tokenize(&chars, 0, chars.len());
        assert_eq!((tokens[1].start, tokens[1].end), (1, 4));
        assert_eq!((tokens[3].start, tokens[3].end), (6, 10));
    }

    #[test]
    fn folds_accents_and_case() {
        assert_eq!(fold("Juan Ramón de la Fuente"), "juan ramon de la fuente");
        assert_eq!(normalize("“We operate in Mexico,”"), "we operate in mexico");
        // A line break separates words in a text outside ASCII too.
        assert_eq!(fold("Claudia\nSheinbaum “"), "claudia sheinbaum \"");
        assert_eq!(normalize("“Claudia\nSheinbaum”"), "claudia sheinbaum");
    }

    /// What `normalize` is defined as: the folded text split at every
    /// character that is not an ASCII letter or digit.
    fn normalize_by_definition(text: &str) -> String {
        fold(text)
            .split(|c: char| !c.is_ascii_alphanumeric())
            .filter(|w| !w.is_empty())
            .collect::<Vec<_>>()
            .join(" ")
    }

    #[test]
    fn normalize_agrees_with_its_definition() {
        for text in [
            "",
            " ",
            "“We operate in Mexico,”",
            "Díaz-Canel’s  “first” call",
            "中国x🅶 snow☃man",
            "ÆON Straße ǅemal",
            "12\u{a0}January — 2026…",
            "\u{301}e\u{301}",
            // A character `deunicode` cannot spell separates.
            "a\u{10f82}²",
            // As does a control character, inside ASCII or not.
            "a\u{7f}b é\u{7f}c\u{0}d",
        ] {
            assert_eq!(normalize(text), normalize_by_definition(text), "{text:?}");
        }
    }

    proptest::proptest! {
        /// Tokens taken from a holding span's are what tokenising the
        /// sub-span gives, whenever `tokens_within` takes them (misread
        /// letters, "Ã§" and "A", U+0303, U+0083, among the characters).
        #[test]
        fn tokens_within_agree_with_tokenize(
            text in "[aSs1 .,'’\\-ÃÂA§\u{83}\u{303}€™â]{0,24}",
            a in 0usize..25,
            b in 0usize..25,
        ) {
            let chars: Vec<char> = text.chars().collect();
            let (start, end) = (a.min(b).min(chars.len()), a.max(b).min(chars.len()));
            let all = tokenize(&chars, 0, chars.len());
            if let Some(range) = tokens_within(&chars, &all, start, end) {
                proptest::prop_assert_eq!(&all[range], &tokenize(&chars, start, end)[..]);
            }
        }

        #[test]
        fn normalize_agrees_with_its_definition_on_any_text(text in "\\PC{0,40}") {
            proptest::prop_assert_eq!(normalize(&text), normalize_by_definition(&text));
        }
    }
}
