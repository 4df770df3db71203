//! The check's screens as steps of the browser's history (issue 17): what Back and Forward
//! arrive at, and how the reducer shows it.

use crate::ui::state::State;

/// The step of the start screen in the browser's history; the result's is [`RESULT_STEP`],
/// a question's its index.
pub const START_STEP: i32 = -1;
/// The step of the result in the browser's history.
pub const RESULT_STEP: i32 = 10_000;

impl State {
    /// The screen on display as a history step: [`START_STEP`], a question's index, [`RESULT_STEP`].
    pub fn step(&self) -> i32 {
        match &self.session {
            None => START_STEP,
            Some(run) if run.finished => RESULT_STEP,
            Some(run) => run.index as i32,
        }
    }

    /// Shows `step` of the run on screen (or the one offered for resuming): the start keeps
    /// the run offered; a question or the result takes it up again.
    pub(crate) fn go_to(&mut self, step: i32) {
        if step == START_STEP {
            if let Some(run) = self.session.take() {
                self.pending = Some(run);
            }
            return;
        }
        if self.session.is_none() {
            self.session = self.pending.take();
        }
        let len = self
            .session
            .as_ref()
            .map_or(0, |r| self.questionnaire.variant_items(r.variant).len());
        if let Some(run) = self.session.as_mut() {
            run.finished = step == RESULT_STEP;
            if step != RESULT_STEP {
                run.index = usize::try_from(step)
                    .unwrap_or(0)
                    .min(len.saturating_sub(1));
            }
        }
    }
}
