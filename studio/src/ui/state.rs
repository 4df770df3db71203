//! The studio's state as one reducer: the draft, what it was opened as, its problems from the
//! validator, the last questionnaire that passed it (for the previews) and where the author is.

use std::rc::Rc;

use serde_json::Value;
use yew::prelude::*;

use crate::draft::path::{steps, Step};
use crate::draft::Draft;
use seller_check::model::{ContentError, Questionnaire};

/// The part of the file the editor shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Section {
    /// Id, version, margin, outside view, instructions.
    #[default]
    General,
    /// The languages and what each lacks.
    Languages,
    /// The answer scales.
    Scales,
    /// One dimension (index into `dimensions`).
    Dimension(usize),
    /// One item (index into `items`).
    Item(usize),
    /// The variants' item lists.
    Variants,
    /// Every stage, so gaps show.
    Stages,
    /// Every pattern.
    Patterns,
}

impl Section {
    /// The section that holds the field at `path` (validator path form).
    pub fn of(path: &str) -> Section {
        let s = steps(path);
        let index = match s.get(1) {
            Some(Step::Index(i)) => *i,
            _ => 0,
        };
        match s.first() {
            Some(Step::Key(k)) => match k.as_str() {
                "languages" => Section::Languages,
                "scales" => Section::Scales,
                "dimensions" => Section::Dimension(index),
                "items" => Section::Item(index),
                "variants" => Section::Variants,
                "stages" => Section::Stages,
                "patterns" => Section::Patterns,
                _ => Section::General,
            },
            _ => Section::General,
        }
    }
}

/// How many earlier states [`StudioAction::Undo`] can go back to.
pub const UNDO_DEPTH: usize = 100;

/// Everything the studio renders.
#[derive(Clone, PartialEq, Default)]
pub struct StudioState {
    /// The file being edited; `None` on the opening screen.
    pub draft: Option<Rc<Draft>>,
    /// The file as it was opened, for the version hint.
    pub opened: Option<Rc<Draft>>,
    /// The file's name, for the download.
    pub name: AttrValue,
    /// Every problem the validator finds in the draft (empty: the file is valid).
    pub problems: Rc<Vec<ContentError>>,
    /// The last state of the draft that passed the validator, for the previews.
    pub valid: Option<Rc<Questionnaire>>,
    /// Whether `valid` is the draft as it is now.
    pub current: bool,
    /// The part on screen.
    pub section: Section,
    /// A field to give the focus once it is drawn, and a count that makes each request new.
    pub focus: Option<(String, u32)>,
    /// Why a file could not be opened (not JSON, not an object).
    pub open_failed: Rc<Vec<ContentError>>,
    /// Earlier states of the draft, newest last, at most [`UNDO_DEPTH`].
    pub undo: Rc<Vec<Rc<Draft>>>,
    /// The path the last edit set: typing on in the same field is one step to undo.
    pub typing_at: Option<String>,
    /// An id being renamed (its path and the id it had): once the field is left, what names the
    /// old id is renamed too ([`StudioAction::Commit`]).
    pub renaming: Option<(String, String)>,
    /// The language code the author tried to add and the file refused (empty, not a code, there
    /// already).
    pub language_refused: Option<String>,
}

/// What the author did.
pub enum StudioAction {
    /// Open a file's text under a name.
    Open {
        /// The file's text.
        text: String,
        /// The file's name.
        name: String,
    },
    /// Set the value at a path.
    Set(String, Value),
    /// Remove the field or element at a path.
    Remove(String),
    /// Insert a value into a list before an index, and show it.
    Insert(String, usize, Value),
    /// Move an element of a list from one index to another.
    Move(String, usize, usize),
    /// Declare a language.
    AddLanguage(String),
    /// Remove a language from the file and every text.
    RemoveLanguage(String),
    /// Go back to the draft before the last edit.
    Undo,
    /// The field at a path was left after a change: an id renamed there renames what names it.
    Commit(String),
    /// Show a section.
    Show(Section),
    /// Show the field at a path and give it the focus.
    Go(String),
    /// Back to the opening screen.
    Close,
}

impl StudioState {
    fn focus_on(&mut self, path: String) {
        let n = self.focus.as_ref().map_or(0, |f| f.1 + 1);
        self.focus = Some((path, n));
    }
}

impl Reducible for StudioState {
    type Action = StudioAction;

    fn reduce(self: Rc<Self>, action: StudioAction) -> Rc<Self> {
        let mut s = (*self).clone();
        let mut draft = s.draft.as_deref().cloned();
        match action {
            StudioAction::Open { text, name } => match Draft::open(&text) {
                Ok(d) => {
                    s = StudioState {
                        opened: Some(Rc::new(d.clone())),
                        name: name.into(),
                        ..StudioState::default()
                    };
                    // The editor's first part takes the focus the opening screen's button had.
                    s.focus_on(String::new());
                    draft = Some(d);
                }
                Err(e) => {
                    s.open_failed = Rc::new(e);
                    return Rc::new(s);
                }
            },
            StudioAction::Show(section) => {
                s.section = section;
                return Rc::new(s);
            }
            StudioAction::Go(path) => {
                s.section = Section::of(&path);
                s.focus_on(path);
                return Rc::new(s);
            }
            StudioAction::Close => return Rc::new(StudioState::default()),
            StudioAction::Commit(path) => {
                let (Some(d), Some((p, old))) = (draft.as_mut(), s.renaming.take()) else {
                    return self;
                };
                let new = d.str_at(&path).to_string();
                let renamed = match (p == path, path.starts_with("dimensions[")) {
                    (false, _) => 0,
                    (true, true) => d.rename_dimension(&old, &new),
                    (true, false) => d.rename_item(&old, &new),
                };
                if renamed == 0 {
                    return Rc::new(s);
                }
            }
            StudioAction::Undo => {
                let mut undo = (*s.undo).clone();
                let Some(before) = undo.pop() else {
                    return self;
                };
                s.undo = Rc::new(undo);
                s.typing_at = None;
                draft = Some((*before).clone());
            }
            edit => {
                let Some(d) = draft.as_mut() else {
                    return self;
                };
                let typing = match &edit {
                    StudioAction::Set(p, _) => Some(p.clone()),
                    _ => None,
                };
                if let Some(p) = typing.as_ref().filter(|p| Some(*p) != s.typing_at.as_ref()) {
                    let id_of = p.ends_with("].id")
                        && (p.starts_with("dimensions[") || p.starts_with("items["));
                    s.renaming = id_of.then(|| (p.clone(), d.str_at(p).to_string()));
                }
                if typing.is_none() || typing != s.typing_at {
                    let mut undo = (*s.undo).clone();
                    if let Some(now) = s.draft.clone() {
                        undo.push(now);
                    }
                    let over = undo.len().saturating_sub(UNDO_DEPTH);
                    undo.drain(..over);
                    s.undo = Rc::new(undo);
                }
                s.typing_at = typing;
                s.language_refused = None;
                edit_draft(d, &mut s, edit);
            }
        }
        if let Some(d) = draft {
            check(&mut s, d);
        }
        Rc::new(s)
    }
}

fn edit_draft(d: &mut Draft, s: &mut StudioState, edit: StudioAction) {
    match edit {
        StudioAction::Set(path, v) => {
            d.set(&path, v);
        }
        StudioAction::Remove(path) => {
            d.remove(&path);
            // The element shown may be gone: show its list's last one.
            s.section = match s.section {
                Section::Item(i) => Section::Item(i.min(d.len("items").saturating_sub(1))),
                Section::Dimension(i) => {
                    Section::Dimension(i.min(d.len("dimensions").saturating_sub(1)))
                }
                other => other,
            };
            // The focus goes to what now stands in the removed element's place (its list where
            // nothing does), never to a button that would remove the next one.
            if path.ends_with(']') {
                s.focus_on(path);
            }
        }
        StudioAction::Insert(list, index, v) => {
            let inserted = d.insert(&list, index, v);
            let at = index.min(d.len(&list).saturating_sub(1));
            if inserted {
                s.section = Section::of(&format!("{list}[{at}]"));
                s.focus_on(format!("{list}[{at}]"));
            }
        }
        StudioAction::Move(list, from, to) if d.move_element(&list, from, to) => {
            s.section = Section::of(&format!("{list}[{to}]"));
            s.focus_on(format!("{list}[{to}]"));
        }
        StudioAction::AddLanguage(code) => {
            let added = d.add_language(&code);
            s.language_refused = (!added).then_some(code);
        }
        StudioAction::RemoveLanguage(code) => {
            d.remove_language(&code);
        }
        _ => {}
    }
}
/// Runs the validator on the draft and keeps what passed it.
fn check(s: &mut StudioState, d: Draft) {
    match d.check() {
        Ok(q) => {
            s.valid = Some(Rc::new(q));
            s.problems = Rc::default();
            s.current = true;
        }
        Err(e) => {
            s.problems = Rc::new(e);
            s.current = false;
        }
    }
    s.open_failed = Rc::default();
    s.draft = Some(Rc::new(d));
}
