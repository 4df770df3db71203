//! The check's screens as steps of the browser's history (issue 17): what Back and Forward
//! arrive at, and how the reducer shows it.

use crate::ui::state::State;

/// The step of the start screen in the browser's history (of any run).
pub const START_STEP: i32 = -1;
/// Within a run's steps: the result (a question's is its index).
pub const RESULT_STEP: i32 = 99_999;
/// Steps of run `n` are `n * RUN_STEPS + ` a question's index or [`RESULT_STEP`]: an entry
/// knows the run it belongs to, so Back across a restart never shows another run's screen.
pub const RUN_STEPS: i32 = 100_000;

impl State {
    /// The screen on display as a history step: [`START_STEP`], else this run's question index
    /// or [`RESULT_STEP`], tagged with the run (`runs`).
    pub fn step(&self) -> i32 {
        let run = i32::try_from(self.runs)
            .unwrap_or(0)
            .min(i32::MAX / RUN_STEPS - 1);
        match &self.session {
            None => START_STEP,
            Some(r) if r.finished => run * RUN_STEPS + RESULT_STEP,
            Some(r) => run * RUN_STEPS + r.index as i32,
        }
    }

    /// Shows `step`: the start keeps the run on screen offered for resuming; a question or the
    /// result of this run (on screen or offered) takes it up again; a step of another run (one
    /// the visitor restarted from) shows the start.
    pub(crate) fn go_to(&mut self, step: i32) {
        let this_run = i32::try_from(self.runs).unwrap_or(0);
        if step == START_STEP || step.div_euclid(RUN_STEPS) != this_run {
            if let Some(run) = self.session.take() {
                self.pending = Some(run);
            }
            return;
        }
        let local = step.rem_euclid(RUN_STEPS);
        if self.session.is_none() {
            self.session = self.pending.take();
        }
        let len = self
            .session
            .as_ref()
            .map_or(0, |r| self.questionnaire.variant_items(r.variant).len());
        if let Some(run) = self.session.as_mut() {
            run.finished = local == RESULT_STEP;
            if local != RESULT_STEP {
                run.index = usize::try_from(local)
                    .unwrap_or(0)
                    .min(len.saturating_sub(1));
            }
        }
    }
}
