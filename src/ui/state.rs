//! The check's state as a reducer: which run is active and which is offered for resuming; and
//! the notices the app tells (blocked storage and the like), each once.

use std::rc::Rc;

use yew::prelude::*;

use crate::model::{Answer, Questionnaire, Session, VariantId};
use crate::platform::storage;

/// Something the user should be told once.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Notice {
    /// Storage is blocked: the check works without resume.
    StorageUnavailable,
    /// Storage refused a write, usually because it is full: resume may miss the latest answers.
    StorageFull,
    /// A saved check could not be restored.
    SavedCheckUnreadable,
}

/// The notices on screen, and every notice told before, so that each is told once per page.
/// The app keeps one board for all screens (`App`); the check reports what it finds.
#[derive(Clone, PartialEq, Debug, Default)]
pub struct NoticeBoard {
    /// Notices on screen, in the order told.
    pub shown: Vec<Notice>,
    /// Notices ever told, dismissed or not.
    told: Vec<Notice>,
}

impl NoticeBoard {
    /// Shows `n` unless it was told before.
    pub fn tell(&mut self, n: Notice) {
        if !self.told.contains(&n) {
            self.told.push(n);
            self.shown.push(n);
        }
    }

    /// Hides `n`; it is not told again.
    pub fn dismiss(&mut self, n: Notice) {
        self.shown.retain(|x| *x != n);
    }
}

/// Everything the flow needs to render.
#[derive(Clone, PartialEq)]
pub struct State {
    /// The questionnaire in use.
    pub questionnaire: Rc<Questionnaire>,
    /// The run on screen; `None` on the start screen.
    pub session: Option<Session>,
    /// A saved run offered for resuming.
    pub pending: Option<Session>,
    /// What the check found as it opened (blocked storage, an unreadable saved run), to tell.
    pub notice: Option<Notice>,
    /// Counts runs started or resumed, so a restart of the same variant is a new run.
    pub runs: u32,
    /// The host's restart count when this check opened: restarts asked for before (on the
    /// app's own start screen) are done already.
    pub restarts_at_open: u32,
}

/// What the user did.
pub enum Action {
    /// Start a fresh run of a variant.
    Start(VariantId),
    /// Continue the saved run.
    Resume,
    /// Without a start screen: continue a saved run of this variant, else start one.
    Autostart(VariantId),
    /// Drop the saved run.
    Discard,
    /// Answer the question on screen; `visible_ms` is how long it was visible before this answer.
    Answer {
        /// The item answered.
        item: String,
        /// The answer.
        answer: Answer,
        /// Viewing time since it was shown or last answered.
        visible_ms: u32,
    },
    /// Go on from question `from` to the next, or to the result after the last.
    /// Carrying `from` makes a late or doubled request (auto-advance, double click) harmless.
    Next {
        /// Index of the question the request was made on.
        from: usize,
    },
    /// Go to the previous question (from the result: the last question).
    Back,
    /// Leave the run and return to the start screen.
    Restart,
}

impl Action {
    /// Starting over: straight into the variant when there is no start screen, else to the start.
    pub fn restart(autostart: Option<VariantId>) -> Action {
        autostart.map(Action::Start).unwrap_or(Action::Restart)
    }
}

impl State {
    /// The state a check opens with: the run saved under `key` offered for resuming (or the
    /// notice why it cannot be), then `autostart` or the variant chosen before (`start`).
    /// `comparison`: a finished saved run is resumed at once (its comparison is on screen).
    pub fn open(
        q: Rc<Questionnaire>,
        key: &str,
        autostart: Option<VariantId>,
        start: Option<VariantId>,
        comparison: bool,
    ) -> State {
        let (pending, notice) = match load_saved(&q, key) {
            Ok(p) => (p, None),
            Err(n) => (None, Some(n)),
        };
        let start = start.filter(|_| pending.is_none());
        let resume = comparison && pending.as_ref().is_some_and(|p| p.finished);
        let mut state = State::new(q, pending);
        state.notice = notice;
        for action in resume
            .then_some(Action::Resume)
            .into_iter()
            .chain(autostart.filter(|_| !resume).map(Action::Autostart))
            .chain(start.map(Action::Start))
        {
            state = Rc::unwrap_or_clone(Rc::new(state).reduce(action));
        }
        state
    }

    /// The start state, with a saved run offered if there is one.
    pub fn new(questionnaire: Rc<Questionnaire>, pending: Option<Session>) -> State {
        State {
            questionnaire,
            session: None,
            pending,
            notice: None,
            runs: 0,
            restarts_at_open: 0,
        }
    }

    fn len(&self, variant: VariantId) -> usize {
        self.questionnaire.variant_items(variant).len()
    }
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut s = (*self).clone();
        match action {
            Action::Start(variant) => {
                s.runs += 1;
                s.session = Some(Session::new(&s.questionnaire, variant));
                s.pending = None;
            }
            Action::Resume => {
                s.runs += 1;
                s.session = s.pending.take();
            }
            Action::Autostart(variant) => {
                s.runs += 1;
                s.session = match s.pending.take() {
                    Some(p) if p.variant == variant && !p.finished => Some(p),
                    _ => Some(Session::new(&s.questionnaire, variant)),
                };
            }
            Action::Discard => s.pending = None,
            Action::Answer {
                item,
                answer,
                visible_ms,
            } => {
                if let Some(run) = s.session.as_mut() {
                    run.answers.record(&item, answer, visible_ms);
                }
            }
            Action::Next { from } => {
                let len = s.session.as_ref().map(|r| s.len(r.variant)).unwrap_or(0);
                if let Some(run) = s
                    .session
                    .as_mut()
                    .filter(|r| r.index == from && !r.finished)
                {
                    if run.index + 1 < len {
                        run.index += 1;
                    } else {
                        run.finished = true;
                    }
                }
            }
            Action::Back => {
                if let Some(run) = s.session.as_mut() {
                    if run.finished {
                        run.finished = false;
                    } else {
                        run.index = run.index.saturating_sub(1);
                    }
                }
            }
            Action::Restart => s.session = None,
        }
        Rc::new(s)
    }
}

/// Reads a saved run: `Ok(None)` when there is none, `Err` with the notice to give otherwise.
pub fn load_saved(q: &Questionnaire, key: &str) -> Result<Option<Session>, Notice> {
    match storage::load(key) {
        Err(_) => Err(Notice::StorageUnavailable),
        Ok(None) => Ok(None),
        Ok(Some(json)) => match Session::restore(&json, q) {
            Ok(s) if s.answers.is_empty() && s.index == 0 => Ok(None),
            Ok(s) => Ok(Some(s)),
            // Corrupt, another format or another questionnaire: all unreadable to the user.
            Err(_) => Err(Notice::SavedCheckUnreadable),
        },
    }
}
