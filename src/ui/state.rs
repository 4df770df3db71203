//! The check's state as one reducer: the run on screen, the run offered for resuming, the
//! host's restarts and the outside views the seller brought back.

use std::rc::Rc;

use yew::prelude::*;

use crate::model::{Answer, Questionnaire, Session, VariantId};
pub use crate::ui::notices::{Notice, NoticeBoard};
use crate::ui::saved::load_saved;

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
    /// Without a start screen: the variant a restart goes straight into.
    pub autostart: Option<VariantId>,
    /// The host's restart requests seen: the count when the check opened (requests made before,
    /// on the app's own start screen, are done already), then each one handled.
    pub restarts_seen: u32,
    /// Outside views the seller brought back: link codes, each once, in the order added.
    pub outside: Rc<Vec<String>>,
    /// The run (a value of `runs`) the comparison is open for: a new run starts on its result.
    pub comparing: Option<u32>,
    /// What another tab saved over the run on screen (`Some(None)`: it removed it), until the
    /// visitor chooses; nothing is saved meanwhile.
    pub elsewhere: Option<Option<Session>>,
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
    /// The host has asked for `n` restarts in all: restart when that differs from the count seen.
    HostRestart(u32),
    /// Keep an outside view's link code (once) and show the comparison.
    AddOutside(String),
    /// Show (`true`) or leave (`false`) the comparison of the finished run.
    ShowComparison(bool),
    /// Forget every outside view and leave the comparison.
    RemoveOutside,
    /// Another tab saved this run (`None`: removed it). On the start screen the offer to resume
    /// follows it; during a run the visitor is asked which state counts.
    OtherTab(Option<Session>),
    /// Take what the other tab saved.
    TakeOtherTab,
    /// Keep the run on screen; it is saved over the other tab's.
    KeepThisTab,
    /// Back or Forward arrived at `step` (see `State::step` in history_step.rs).
    Step(i32),
}

impl Action {
    /// Starting over: straight into the variant when there is no start screen, else to the start.
    pub fn restart(autostart: Option<VariantId>) -> Action {
        autostart.map(Action::Start).unwrap_or(Action::Restart)
    }
}

impl State {
    /// True when the comparison of the finished run is on screen instead of its result.
    pub fn comparing(&self) -> bool {
        self.comparing == Some(self.runs)
    }

    /// The state a check opens with: the run saved under `key` offered for resuming (or the
    /// notice why it cannot be), then `autostart` or the variant chosen before (`start`).
    /// `comparison`: a finished saved run is resumed at once with its comparison on screen.
    /// `outside`: the outside views kept; `restarts`: the host's restart count so far.
    #[allow(clippy::too_many_arguments)]
    pub fn open(
        q: Rc<Questionnaire>,
        key: &str,
        autostart: Option<VariantId>,
        start: Option<VariantId>,
        comparison: bool,
        outside: Vec<String>,
        restarts: u32,
    ) -> State {
        let (pending, notice) = match load_saved(&q, key) {
            Ok(p) => (p, None),
            Err(n) => (None, Some(n)),
        };
        let start = start.filter(|_| pending.is_none());
        let resume = comparison && pending.as_ref().is_some_and(|p| p.finished);
        let mut state = State::new(q, pending);
        state.notice = notice;
        state.autostart = autostart;
        state.restarts_seen = restarts;
        state.outside = Rc::new(outside);
        for action in resume
            .then_some(Action::Resume)
            .into_iter()
            .chain(autostart.filter(|_| !resume).map(Action::Autostart))
            .chain(start.map(Action::Start))
        {
            state = Rc::unwrap_or_clone(Rc::new(state).reduce(action));
        }
        if resume {
            state.comparing = Some(state.runs);
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
            autostart: None,
            restarts_seen: 0,
            outside: Rc::default(),
            comparing: None,
            elsewhere: None,
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
            Action::HostRestart(n) => {
                if n != s.restarts_seen {
                    s.restarts_seen = n;
                    let restart = Action::restart(s.autostart);
                    return Rc::new(s).reduce(restart);
                }
            }
            Action::AddOutside(code) => {
                if !s.outside.contains(&code) {
                    Rc::make_mut(&mut s.outside).push(code);
                }
                s.comparing = Some(s.runs);
            }
            Action::ShowComparison(on) => s.comparing = on.then_some(s.runs),
            Action::RemoveOutside => {
                s.outside = Rc::default();
                s.comparing = None;
            }
            Action::OtherTab(other) if s.session.is_none() => {
                s.pending = other.filter(|o| !o.answers.is_empty() || o.index > 0);
            }
            Action::OtherTab(other) => s.elsewhere = (other != s.session).then_some(other),
            Action::TakeOtherTab => {
                if let Some(other) = s.elsewhere.take() {
                    s.runs += 1;
                    s.session = other;
                }
            }
            Action::KeepThisTab => s.elsewhere = None,
            Action::Step(step) => s.go_to(step),
        }
        Rc::new(s)
    }
}
