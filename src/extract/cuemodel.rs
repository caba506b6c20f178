//! A learned cue detector: a logistic regression that scores each word
//! token as the cue of an attribution ("shows", "called", "is stressing")
//! from the word, its suffix, its neighbours and nearby quotation marks.
//!
//! The statement rules ([`super::statements`]) anchor on cue words. Their
//! lexicon knows the usual verbs of saying and believing; this model adds
//! the long tail that news attributes like speech ("mused", "ordered",
//! "lobbied") and vetoes lexicon words it scores well below zero. The rules
//! still find each cue's source and content.
//!
//! The built-in weights (`cue-model.tsv` beside this file) were trained on
//! PolNeAR's train split with `newsgraph train --gold
//! ../shared/polnear/train`; training is deterministic, so the command
//! reproduces the file byte for byte. The file is plain text: `#` comment
//! lines, then one `weight<TAB>feature` line per feature, sorted by feature.

use crate::text::{fnv1a as fnv, Fold, Token};
use anyhow::{bail, Context, Result};
use std::collections::HashMap;
use std::sync::OnceLock;

/// A token whose score (the model's log-odds) reaches this is a cue even
/// when the lexicon does not know its word. It lies below even odds (0): a
/// cue still needs a source and content before it makes a statement.
/// Measured on PolNeAR's dev split (exact F1, source / cue / content)
/// against −0.5: −0.75 gave +0.07 / −0.14 / −0.18, −0.25 gave −0.31 /
/// −0.10 / −0.21, 0 gave −0.94 / −0.20 / −0.23.
pub const CUE_THRESHOLD: f32 = -0.5;
/// A lexicon cue whose score falls below this is not taken. Against −2:
/// −2.5 gave dev −0.25 / −0.20 / −0.11, −1.5 gave −0.05 / +0.09 / +0.04.
pub const VETO_THRESHOLD: f32 = -2.0;

/// How to train.
#[derive(Debug, Clone, Copy)]
pub struct Settings {
    /// The strength of the L2 penalty on the weights.
    pub l2: f64,
    /// Features seen fewer times than this get no weight.
    pub min_count: u32,
    /// Weights smaller than this (in absolute value) are left out.
    pub min_weight: f32,
}

impl Default for Settings {
    /// The settings of the built-in model.
    fn default() -> Self {
        Self {
            l2: 1.0,
            min_count: 3,
            min_weight: 0.05,
        }
    }
}

/// One part of a feature: a word or suffix and its hash.
#[derive(Clone, Copy)]
struct Part<'a> {
    text: &'a str,
    hash: u64,
}

impl<'a> Part<'a> {
    fn new(text: &'a str) -> Self {
        Self {
            text,
            hash: fnv(text.as_bytes()),
        }
    }
}

/// A feature's key: its template's hash mixed with each part's.
fn key(template: Part<'_>, parts: &[Part<'_>]) -> u64 {
    parts.iter().fold(template.hash, |h, p| {
        (h ^ p.hash)
            .wrapping_mul(0x9e37_79b9_7f4a_7c15)
            .rotate_left(29)
    })
}

/// Feature templates. A feature's text is its template followed by its
/// parts, separated by spaces ("p1w=has said"); templates without `=` have
/// no parts.
const TEMPLATES: &[&str] = &[
    "bias", "w=", "s4=", "s3=", "s2=", "stem=", "lex", "olex", "p1=", "p2=", "n1=", "n2=", "p1w=",
    "wn1=", "stp1=", "stn1=", "sh=", "wsh1=", "p1sh=", "pos=", "wpos=", "cap-", "wcap=", "that+",
    "wthat=", "qb", "wqb=", "qa", "wqa=", "quoted", "q-3", "q-2", "q-1", "q+1", "q+2", "q+3",
];

/// The key of a feature written as text.
fn key_of_text(text: &str) -> Option<u64> {
    let template = TEMPLATES.iter().find(|t| {
        if t.ends_with('=') {
            text.starts_with(**t)
        } else {
            text == **t
        }
    })?;
    let rest = &text[template.len()..];
    let parts: Vec<Part<'_>> = if rest.is_empty() {
        Vec::new()
    } else {
        rest.split(' ').map(Part::new).collect()
    };
    Some(key(Part::new(template), &parts))
}

/// The weights: an open-addressing table of (key tag, weight) pairs, eight
/// bytes a slot, so that a model of tens of thousands of features stays in
/// a core's cache. The slot comes from a key's low bits and the tag is its
/// high 32 bits; a feature the model lacks may share a tag with one it has
/// once in about four billion lookups.
struct Weights {
    slots: Vec<(u32, f32)>,
    mask: usize,
}

impl Weights {
    const EMPTY: u32 = 0;

    fn tag(key: u64) -> u32 {
        ((key >> 32) as u32).max(1)
    }

    fn new(pairs: impl ExactSizeIterator<Item = (u64, f32)>) -> Self {
        // At most about two thirds full.
        let size = (pairs.len() * 3 / 2 + 1).next_power_of_two().max(8);
        let mut table = Self {
            slots: vec![(Self::EMPTY, 0.0); size],
            mask: size - 1,
        };
        for (key, weight) in pairs {
            let tag = Self::tag(key);
            let mut i = key as usize & table.mask;
            while table.slots[i].0 != Self::EMPTY && table.slots[i].0 != tag {
                i = (i + 1) & table.mask;
            }
            table.slots[i] = (tag, table.slots[i].1 + weight);
        }
        table
    }

    #[inline]
    fn get(&self, key: u64) -> f32 {
        self.probe(
            key,
            key as usize & self.mask,
            self.slots[key as usize & self.mask],
        )
    }

    /// The weight of `key`, given its home slot `i` and what that slot
    /// holds.
    #[inline]
    fn probe(&self, key: u64, mut i: usize, mut slot: (u32, f32)) -> f32 {
        let tag = Self::tag(key);
        loop {
            let (t, w) = slot;
            if t == tag {
                return w;
            }
            if t == Self::EMPTY {
                return 0.0;
            }
            i = (i + 1) & self.mask;
            slot = self.slots[i];
        }
    }

    /// The sum of the weights of `keys`. The home slots are all read
    /// first: the reads do not depend on each other, so the processor
    /// waits for the memory once rather than once per key (the table is
    /// larger than a core's nearer caches).
    fn sum(&self, keys: &[u64]) -> f32 {
        let mut homes = [(0usize, (0u32, 0f32)); MAX_FEATURES];
        for (home, &key) in homes.iter_mut().zip(keys) {
            let i = key as usize & self.mask;
            *home = (i, self.slots[i]);
        }
        keys.iter()
            .zip(&homes)
            .map(|(&key, &(i, slot))| self.probe(key, i, slot))
            .sum()
    }
}

/// The most features a token can have: one per template.
const MAX_FEATURES: usize = TEMPLATES.len();

/// The tokens of a unit, as the model sees them, with what the features
/// need of each token computed once.
pub struct Window<'a> {
    chars: &'a [char],
    tokens: &'a [Token],
    /// Folded forms of `tokens` (lower case, normalised quotes).
    folds: &'a [Fold],
    /// Whether each token lies inside a quotation.
    quoted: &'a [bool],
    /// The hash of each fold.
    hashes: Vec<u64>,
    /// Each token's cue lemma, when the cue lexicon knows it.
    lemmas: Vec<Option<&'static str>>,
    /// How many tokens the cue lexicon knows.
    lexical: usize,
    /// How many quotation marks come before each token (and, last, in
    /// all).
    marks_before: Vec<u32>,
}

impl<'a> Window<'a> {
    pub fn new(
        chars: &'a [char],
        tokens: &'a [Token],
        folds: &'a [Fold],
        quoted: &'a [bool],
    ) -> Self {
        let hashes = folds.iter().map(|f| fnv(f.as_bytes())).collect();
        let lemmas: Vec<_> = folds.iter().map(|f| super::lexicon::cue_lemma(f)).collect();
        let lexical = lemmas.iter().filter(|l| l.is_some()).count();
        let mut marks_before = Vec::with_capacity(tokens.len() + 1);
        let mut marks = 0;
        marks_before.push(0);
        for t in tokens {
            marks += u32::from(t.end == t.start + 1 && is_quote_mark(chars[t.start]));
            marks_before.push(marks);
        }
        Self {
            chars,
            tokens,
            folds,
            quoted,
            hashes,
            lemmas,
            lexical,
            marks_before,
        }
    }

    /// The cue lemma of token `i`, when the cue lexicon knows it.
    pub fn lemma(&self, i: usize) -> Option<&'static str> {
        self.lemmas.get(i).copied().flatten()
    }
}

const START: Part<'static> = Part {
    text: "<s>",
    hash: fnv(b"<s>"),
};
const END: Part<'static> = Part {
    text: "</s>",
    hash: fnv(b"</s>"),
};

fn is_quote_mark(c: char) -> bool {
    matches!(c, '"' | '“' | '”' | '‘' | '’' | '\'' | '«' | '»')
}

/// A template as a feature part, its hash computed at compile time.
macro_rules! t {
    ($name:literal) => {
        const {
            Part {
                text: $name,
                hash: fnv($name.as_bytes()),
            }
        }
    };
}

/// A token's shape: `C`apitalised, `l`ower case, `d`igit, `p`unctuation,
/// or `_` beyond the unit.
fn shape(w: &Window<'_>, i: usize) -> u8 {
    let Some(t) = w.tokens.get(i) else {
        return b'_';
    };
    let c = w.chars[t.start];
    if c.is_uppercase() {
        b'C'
    } else if c.is_lowercase() {
        b'l'
    } else if c.is_numeric() {
        b'd'
    } else {
        b'p'
    }
}

/// Calls `f` with each feature of token `i`: its template and parts.
fn features(w: &Window<'_>, i: usize, f: &mut impl FnMut(Part<'static>, &[Part<'_>])) {
    let fold = |k: isize| -> Part<'_> {
        let j = i as isize + k;
        if j < 0 {
            START
        } else {
            let j = j as usize;
            w.folds.get(j).map_or(END, |text| Part {
                text,
                hash: w.hashes[j],
            })
        }
    };
    let word = fold(0);
    let suffix = |n: usize| {
        let start = word
            .text
            .char_indices()
            .rev()
            .nth(n - 1)
            .map_or(0, |(b, _)| b);
        Part::new(&word.text[start..])
    };
    let shape_part = |s: u8| -> Part<'static> {
        match s {
            b'C' => t!("C"),
            b'l' => t!("l"),
            b'd' => t!("d"),
            b'p' => t!("p"),
            _ => t!("_"),
        }
    };
    f(t!("bias"), &[]);
    f(t!("w="), &[word]);
    f(t!("s4="), &[suffix(4)]);
    f(t!("s3="), &[suffix(3)]);
    f(t!("s2="), &[suffix(2)]);
    // The stem stands for the word in conjunctions with its context, so
    // that "warned", "warns" and "warning" share what they learn.
    let stem = Part::new(stem(word.text));
    f(t!("stem="), &[stem]);
    if w.lemmas[i].is_some() {
        f(t!("lex"), &[]);
    }
    // Another cue in the unit competes for its source and content.
    if w.lexical > usize::from(w.lemmas[i].is_some()) {
        f(t!("olex"), &[]);
    }
    f(t!("p1="), &[fold(-1)]);
    f(t!("p2="), &[fold(-2)]);
    f(t!("n1="), &[fold(1)]);
    f(t!("n2="), &[fold(2)]);
    f(t!("p1w="), &[fold(-1), word]);
    f(t!("wn1="), &[word, fold(1)]);
    f(t!("stp1="), &[fold(-1), stem]);
    f(t!("stn1="), &[stem, fold(1)]);
    let shapes = [shape(w, i), shape(w, i.wrapping_sub(1)), shape(w, i + 1)];
    let mut buf = [0u8; 3];
    for (b, s) in buf.iter_mut().zip(shapes) {
        *b = s;
    }
    f(
        t!("sh="),
        &[Part::new(std::str::from_utf8(&buf).unwrap_or("___"))],
    );
    f(t!("wsh1="), &[word, shape_part(shapes[2])]);
    f(t!("p1sh="), &[stem, shape_part(shapes[1])]);
    // Where the token sits in its unit.
    let pos = match i {
        0 => t!("0"),
        1..=2 => t!("1"),
        3..=5 => t!("3"),
        _ => t!("6"),
    };
    f(t!("pos="), &[pos]);
    f(t!("wpos="), &[stem, pos]);
    // A capitalised word (a name) among the three before.
    if (i.saturating_sub(3)..i).any(|j| shape(w, j) == b'C') {
        f(t!("cap-"), &[]);
        f(t!("wcap="), &[stem]);
    }
    if (1..=4).any(|k| fold(k).text == "that") {
        f(t!("that+"), &[]);
        f(t!("wthat="), &[stem]);
    }
    // Quotation marks anywhere before or after in the unit.
    if w.marks_before[i] > 0 {
        f(t!("qb"), &[]);
        f(t!("wqb="), &[stem]);
    }
    if w.marks_before[w.tokens.len()] > w.marks_before[i + 1] {
        f(t!("qa"), &[]);
        f(t!("wqa="), &[stem]);
    }
    if w.quoted.get(i).copied().unwrap_or(false) {
        f(t!("quoted"), &[]);
    }
    const OFFSETS: [Part<'static>; 7] = [
        t!("q-3"),
        t!("q-2"),
        t!("q-1"),
        t!(""),
        t!("q+1"),
        t!("q+2"),
        t!("q+3"),
    ];
    for (k, name) in OFFSETS.iter().enumerate() {
        let Some(j) = (i + k).checked_sub(3) else {
            continue;
        };
        if j != i
            && w.tokens
                .get(j)
                .is_some_and(|t| t.end == t.start + 1 && is_quote_mark(w.chars[t.start]))
        {
            f(*name, &[]);
        }
    }
}

/// A crude stem: the word without a common inflection ("warned" → "warn").
fn stem(word: &str) -> &str {
    for suffix in ["ing", "ied", "ies", "ed", "es", "s", "d"] {
        if let Some(s) = word.strip_suffix(suffix) {
            if s.len() >= 3 {
                return s;
            }
        }
    }
    word
}

/// A feature's text, as the model file writes it.
fn feature_text(template: Part<'_>, parts: &[Part<'_>]) -> String {
    let mut text = template.text.to_owned();
    for (k, p) in parts.iter().enumerate() {
        if k > 0 {
            text.push(' ');
        }
        text.push_str(p.text);
    }
    text
}

/// Whether token `i` is worth scoring: a word that starts with a letter.
pub fn is_candidate(w: &Window<'_>, i: usize) -> bool {
    w.tokens
        .get(i)
        .is_some_and(|t| t.is_word() && w.chars[t.start].is_alphabetic())
}

/// The model: a weight per feature.
pub struct CueModel {
    weights: Weights,
    /// The features' texts, for writing the model out.
    names: Vec<(String, f32)>,
}

impl std::fmt::Debug for CueModel {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "CueModel({} features)", self.names.len())
    }
}

impl CueModel {
    /// The score of token `i`: positive means a cue.
    pub fn score(&self, w: &Window<'_>, i: usize) -> f32 {
        let mut keys = [0u64; MAX_FEATURES];
        let mut n = 0;
        features(w, i, &mut |template, parts| {
            keys[n] = key(template, parts);
            n += 1;
        });
        self.weights.sum(&keys[..n])
    }

    /// Reads a model written by [`CueModel::write`].
    pub fn parse(text: &str) -> Result<Self> {
        let mut names = Vec::new();
        for (n, line) in text.lines().enumerate() {
            if line.starts_with('#') || line.is_empty() {
                continue;
            }
            let Some((weight, feature)) = line.split_once('\t') else {
                bail!(
                    "line {}: expected WEIGHT<TAB>FEATURE, found {line:?}",
                    n + 1
                );
            };
            let weight: f32 = weight
                .parse()
                .with_context(|| format!("line {}: bad weight {weight:?}", n + 1))?;
            let Some(key) = key_of_text(feature) else {
                bail!("line {}: unknown feature template in {feature:?}", n + 1);
            };
            names.push((key, feature.to_owned(), weight));
        }
        Ok(Self::from_names(names))
    }

    fn from_names(names: Vec<(u64, String, f32)>) -> Self {
        let weights = Weights::new(names.iter().map(|(k, _, w)| (*k, *w)));
        let names = names.into_iter().map(|(_, f, w)| (f, w)).collect();
        Self { weights, names }
    }

    /// The model as text: a header, then features sorted by name.
    pub fn write(&self, header: &str) -> String {
        let mut out = String::new();
        for line in header.lines() {
            out.push_str("# ");
            out.push_str(line);
            out.push('\n');
        }
        let mut names: Vec<&(String, f32)> = self.names.iter().collect();
        names.sort_by(|a, b| a.0.cmp(&b.0));
        for (f, w) in names {
            out.push_str(&format!("{w}\t{f}\n"));
        }
        out
    }

    /// How many features carry a weight.
    pub fn len(&self) -> usize {
        self.names.len()
    }

    pub fn is_empty(&self) -> bool {
        self.names.is_empty()
    }
}

/// The built-in model.
pub fn model() -> &'static CueModel {
    static MODEL: OnceLock<CueModel> = OnceLock::new();
    MODEL.get_or_init(|| {
        CueModel::parse(include_str!("cue-model.tsv")).expect("the built-in cue model parses")
    })
}

/// Training examples: each candidate token's features and whether it is
/// (part of) a cue.
#[derive(Default)]
pub struct Examples {
    features: Vec<Vec<u64>>,
    labels: Vec<bool>,
    names: HashMap<u64, String>,
}

impl Examples {
    /// Adds the candidate tokens of one unit; `label` says which are cues
    /// (`Some(true)`), which are not (`Some(false)`) and which to leave out.
    pub fn add(&mut self, w: &Window<'_>, label: impl Fn(usize) -> Option<bool>) {
        for i in 0..w.tokens.len() {
            let Some(is_cue) = label(i).filter(|_| is_candidate(w, i)) else {
                continue;
            };
            let mut feats = Vec::new();
            features(w, i, &mut |template, parts| {
                let h = key(template, parts);
                self.names
                    .entry(h)
                    .or_insert_with(|| feature_text(template, parts));
                feats.push(h);
            });
            self.features.push(feats);
            self.labels.push(is_cue);
        }
    }

    pub fn len(&self) -> usize {
        self.labels.len()
    }

    pub fn is_empty(&self) -> bool {
        self.labels.is_empty()
    }

    /// How many examples are cues.
    pub fn positives(&self) -> usize {
        self.labels.iter().filter(|&&l| l).count()
    }

    /// How `model` does on these examples at [`CUE_THRESHOLD`].
    pub fn score(&self, model: &CueModel) -> Heads {
        let mut heads = Heads::default();
        for (feats, &label) in self.features.iter().zip(&self.labels) {
            let score: f32 = feats.iter().map(|&h| model.weights.get(h)).sum();
            match (score >= CUE_THRESHOLD, label) {
                (true, true) => heads.found += 1,
                (true, false) => heads.wrong += 1,
                (false, true) => heads.missed += 1,
                (false, false) => {}
            }
        }
        heads
    }
}

/// Cue heads the model finds, takes wrongly and misses.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Heads {
    pub found: usize,
    pub wrong: usize,
    pub missed: usize,
}

/// Trains the model: a logistic regression over the features seen at least
/// `min_count` times, with weights rounded to hundredths and those below
/// `min_weight` left out. The same examples always give the same model.
pub fn train(examples: &Examples, settings: Settings) -> CueModel {
    // Rare features learn nothing general.
    let mut counts: HashMap<u64, u32> = HashMap::new();
    for feats in &examples.features {
        for h in feats {
            *counts.entry(*h).or_default() += 1;
        }
    }
    let mut kept: Vec<u64> = counts
        .iter()
        .filter(|(_, &n)| n >= settings.min_count)
        .map(|(h, _)| *h)
        .collect();
    // A fixed order of the variables, so that sums run in the same order.
    kept.sort_unstable();
    let names = logistic(examples, &kept, settings.l2)
        .into_iter()
        .filter_map(|(h, w)| {
            let rounded = (w * 100.0).round() / 100.0;
            (rounded != 0.0 && rounded.abs() >= settings.min_weight)
                .then(|| (h, examples.names[&h].clone(), rounded))
        })
        .collect();
    CueModel::from_names(names)
}

/// L2-regularised logistic regression over the `kept` features, fitted to
/// convergence with L-BFGS: a convex objective has one optimum, so the
/// model does not depend on any order of the examples.
fn logistic(examples: &Examples, kept: &[u64], lambda: f64) -> Vec<(u64, f32)> {
    let index: HashMap<u64, u32> = kept
        .iter()
        .enumerate()
        .map(|(k, h)| (*h, k as u32))
        .collect();
    let rows: Vec<Vec<u32>> = examples
        .features
        .iter()
        .map(|f| f.iter().filter_map(|h| index.get(h).copied()).collect())
        .collect();
    let n = kept.len();
    let objective = |w: &[f64], grad: &mut [f64]| -> f64 {
        let mut loss = 0.0;
        for (g, x) in grad.iter_mut().zip(w) {
            *g = lambda * x;
            loss += 0.5 * lambda * x * x;
        }
        for (row, &label) in rows.iter().zip(&examples.labels) {
            let m: f64 = row.iter().map(|&j| w[j as usize]).sum();
            let y = if label { 1.0 } else { -1.0 };
            let z = y * m;
            // log(1 + e^-z), stable either side.
            loss += if z > 0.0 {
                (-z).exp().ln_1p()
            } else {
                -z + z.exp().ln_1p()
            };
            let d = -y / (1.0 + z.exp());
            for &j in row {
                grad[j as usize] += d;
            }
        }
        loss
    };
    let w = lbfgs(n, objective);
    kept.iter().zip(w).map(|(h, x)| (*h, x as f32)).collect()
}

/// Minimises a smooth convex function of `n` variables from zero with
/// L-BFGS (ten pairs of history, backtracking line search), until the
/// objective improves by less than one part in 10⁹ or after 1,000 steps.
fn lbfgs(n: usize, mut f: impl FnMut(&[f64], &mut [f64]) -> f64) -> Vec<f64> {
    const HISTORY: usize = 10;
    let dot = |a: &[f64], b: &[f64]| a.iter().zip(b).map(|(x, y)| x * y).sum::<f64>();
    let mut x = vec![0.0; n];
    let mut g = vec![0.0; n];
    let mut fx = f(&x, &mut g);
    let mut pairs: std::collections::VecDeque<(Vec<f64>, Vec<f64>, f64)> = Default::default();
    let mut next = vec![0.0; n];
    let mut next_g = vec![0.0; n];
    for _ in 0..1000 {
        // Two-loop recursion: d = -H g.
        let mut d: Vec<f64> = g.iter().map(|v| -v).collect();
        let mut alphas = Vec::with_capacity(pairs.len());
        for (s, y, rho) in pairs.iter().rev() {
            let a = rho * dot(s, &d);
            for (di, yi) in d.iter_mut().zip(y) {
                *di -= a * yi;
            }
            alphas.push(a);
        }
        if let Some((s, y, _)) = pairs.back() {
            let gamma = dot(s, y) / dot(y, y);
            d.iter_mut().for_each(|v| *v *= gamma);
        } else {
            let norm = dot(&g, &g).sqrt().max(1e-12);
            d.iter_mut().for_each(|v| *v /= norm);
        }
        for ((s, y, rho), a) in pairs.iter().zip(alphas.iter().rev()) {
            let b = rho * dot(y, &d);
            for (di, si) in d.iter_mut().zip(s) {
                *di += (a - b) * si;
            }
        }
        let slope = dot(&g, &d);
        if slope >= 0.0 {
            break;
        }
        let mut step = 1.0;
        let fnext = loop {
            for ((v, xi), di) in next.iter_mut().zip(&x).zip(&d) {
                *v = xi + step * di;
            }
            let fv = f(&next, &mut next_g);
            if fv <= fx + 1e-4 * step * slope || step < 1e-10 {
                break fv;
            }
            step *= 0.5;
        };
        // A search that found no lower point leaves `x` where it is.
        if fnext > fx {
            break;
        }
        let s: Vec<f64> = next.iter().zip(&x).map(|(a, b)| a - b).collect();
        let y: Vec<f64> = next_g.iter().zip(&g).map(|(a, b)| a - b).collect();
        let sy = dot(&s, &y);
        std::mem::swap(&mut x, &mut next);
        std::mem::swap(&mut g, &mut next_g);
        let done = fx - fnext <= 1e-9 * fx.abs().max(1.0);
        fx = fnext;
        if done {
            break;
        }
        if sy > 1e-12 {
            if pairs.len() == HISTORY {
                pairs.pop_front();
            }
            pairs.push_back((s, y, 1.0 / sy));
        }
    }
    x
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::tokenize;

    fn window_of(text: &str) -> (Vec<char>, Vec<Token>, Vec<Fold>, Vec<bool>) {
        let chars: Vec<char> = text.chars().collect();
        let tokens = tokenize(&chars, 0, chars.len());
        let folds = tokens
            .iter()
            .map(|t| crate::text::fold_chars(&chars[t.start..t.end]))
            .collect();
        let quoted = vec![false; tokens.len()];
        (chars, tokens, folds, quoted)
    }

    /// Settings for a handful of examples.
    const SMALL: Settings = Settings {
        l2: 0.1,
        min_count: 1,
        min_weight: 0.0,
    };

    /// Examples from `sentences`: "shows" and "warned" before "that" are
    /// cues.
    fn examples_of(sentences: &[&str]) -> Examples {
        let mut examples = Examples::default();
        for s in sentences {
            let (chars, tokens, folds, quoted) = window_of(s);
            let w = Window::new(&chars, &tokens, &folds, &quoted);
            let cue = |i: usize| {
                Some(
                    matches!(folds[i].as_str(), "shows" | "warned")
                        && folds.get(i + 1).is_some_and(|f| f == "that"),
                )
            };
            examples.add(&w, cue);
        }
        examples
    }

    #[test]
    fn the_model_does_not_depend_on_the_order_of_its_examples() {
        let sentences = [
            "The report shows that prices rose.",
            "A new poll shows that voters moved.",
            "The film shows a city at night.",
            "Officials warned that the storm was near.",
            "Aides warned the senator.",
        ];
        let mut reversed = sentences;
        reversed.reverse();
        assert_eq!(
            train(&examples_of(&sentences), SMALL).write("test"),
            train(&examples_of(&reversed), SMALL).write("test")
        );
    }

    #[test]
    fn lbfgs_finds_the_minimum_of_a_convex_function() {
        // Σ (i + 1) (x_i − i)²: the minimum is at x_i = i.
        let x = lbfgs(5, |x, grad| {
            let mut f = 0.0;
            for (i, (xi, g)) in x.iter().zip(grad.iter_mut()).enumerate() {
                let d = xi - i as f64;
                f += (i + 1) as f64 * d * d;
                *g = 2.0 * (i + 1) as f64 * d;
            }
            f
        });
        for (i, xi) in x.iter().enumerate() {
            assert!((xi - i as f64).abs() < 1e-4, "{x:?}");
        }
    }

    #[test]
    fn learns_a_cue_from_examples_and_round_trips_as_text() {
        let sentences = [
            "The report shows that prices rose.",
            "A new poll shows that voters moved.",
            "The film shows a city at night.",
            "Officials warned that the storm was near.",
        ];
        let examples = examples_of(&sentences);
        assert_eq!(examples.positives(), 3);
        let model = train(&examples, SMALL);
        let (chars, tokens, folds, quoted) = window_of("The study shows that rents fell.");
        let w = Window::new(&chars, &tokens, &folds, &quoted);
        assert!(model.score(&w, 2) > 0.0, "{}", model.score(&w, 2));
        // On its own examples the model finds the three cue heads.
        let heads = examples.score(&model);
        assert_eq!((heads.found, heads.missed), (3, 0), "{heads:?}");
        assert!(model.score(&w, 1) < 0.0);
        // Written and read back, the model scores alike; training again
        // writes the same text.
        let text = model.write("test");
        let back = CueModel::parse(&text).unwrap();
        assert_eq!(back.score(&w, 2), model.score(&w, 2));
        assert_eq!(train(&examples, SMALL).write("test"), text);
        let err = CueModel::parse("1.0 bias").unwrap_err().to_string();
        assert!(err.contains("line 1"), "{err}");
    }

    #[test]
    fn built_in_model_knows_reporting_verbs() {
        let m = model();
        assert!(m.len() > 1000);
        let (chars, tokens, folds, quoted) =
            window_of("A report released last year found that the agency could not be sure.");
        let w = Window::new(&chars, &tokens, &folds, &quoted);
        let found = folds.iter().position(|f| f == "found").unwrap();
        assert!(m.score(&w, found) > CUE_THRESHOLD);
        assert!(m.score(&w, 1) < 0.0);
    }
}
